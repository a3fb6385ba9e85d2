#include "value/ValueJson.h"

#include "value/Features.h"

#include <QJsonArray>

#include <cmath>

namespace rapport::core::value {
namespace {

// JSON has no NaN or infinity; a value that is not finite is left out (null).
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? number(*value) : QJsonValue();
}

QString isoDate(std::int32_t day)
{
    return dateOf(day).toString(Qt::ISODate);
}

} // namespace

QJsonObject bgNbdJson(const BgNbdFit& fit)
{
    return {
        {QStringLiteral("r"), number(fit.params.r)},
        {QStringLiteral("alpha"), number(fit.params.alpha)},
        {QStringLiteral("a"), number(fit.params.a)},
        {QStringLiteral("b"), number(fit.params.b)},
        {QStringLiteral("log_likelihood"), number(fit.logLikelihood)},
        {QStringLiteral("customers"), static_cast<qint64>(fit.customers)},
        {QStringLiteral("repeat_customers"), static_cast<qint64>(fit.repeatCustomers)},
        {QStringLiteral("fitted_on"), static_cast<qint64>(fit.fittedOn)},
        {QStringLiteral("iterations"), fit.iterations},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(fit.warnings)},
    };
}

QJsonObject gammaGammaJson(const GammaGammaFit& fit)
{
    return {
        {QStringLiteral("p"), number(fit.params.p)},
        {QStringLiteral("q"), number(fit.params.q)},
        {QStringLiteral("gamma"), number(fit.params.gamma)},
        {QStringLiteral("log_likelihood"), number(fit.logLikelihood)},
        {QStringLiteral("customers"), static_cast<qint64>(fit.customers)},
        {QStringLiteral("fitted_on"), static_cast<qint64>(fit.fittedOn)},
        {QStringLiteral("frequency_spend_correlation"), number(fit.frequencySpendCorrelation)},
        {QStringLiteral("iterations"), fit.iterations},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(fit.warnings)},
    };
}

QJsonObject holdoutJson(const HoldoutReport& holdout)
{
    QJsonArray bins;
    for (const CalibrationBin& bin : holdout.bins) {
        bins.append(QJsonObject{
            {QStringLiteral("frequency"), bin.frequency},
            {QStringLiteral("customers"), static_cast<qint64>(bin.customers)},
            {QStringLiteral("actual"), number(bin.actual)},
            {QStringLiteral("predicted"), number(bin.predicted)},
        });
    }
    return {
        {QStringLiteral("calibration_end"), isoDate(holdout.calibrationEnd)},
        {QStringLiteral("holdout_end"), isoDate(holdout.holdoutEnd)},
        {QStringLiteral("length"), number(holdout.length)},
        {QStringLiteral("actual_purchases"), number(holdout.actualPurchases)},
        {QStringLiteral("predicted_purchases"), number(holdout.predictedPurchases)},
        {QStringLiteral("actual_spend"), number(holdout.actualSpend)},
        {QStringLiteral("predicted_spend"), number(holdout.predictedSpend)},
        {QStringLiteral("p_alive_auc"), number(holdout.aliveAuc)},
        {QStringLiteral("bins"), bins},
    };
}

QJsonObject lifetimeJson(const LifetimeFit& fit)
{
    return {
        {QStringLiteral("customers"), static_cast<qint64>(fit.bgNbd.customers)},
        {QStringLiteral("time_unit"), timeUnitKey(fit.unit)},
        {QStringLiteral("calibration_end"), isoDate(fit.holdout.calibrationEnd)},
        {QStringLiteral("bgnbd"), bgNbdJson(fit.bgNbd)},
        {QStringLiteral("gamma_gamma"), gammaGammaJson(fit.gammaGamma)},
        {QStringLiteral("holdout"), holdoutJson(fit.holdout)},
    };
}

QJsonObject reportJson(const ValueReport& report)
{
    QJsonObject segments;
    QJsonObject revenue;
    for (int s = 0; s < kRfmSegmentCount; ++s) {
        const QString key = rfmSegmentKey(static_cast<RfmSegment>(s));
        segments.insert(key,
                        static_cast<qint64>(report.segmentCounts[static_cast<std::size_t>(s)]));
        revenue.insert(key, number(report.segmentRevenue[static_cast<std::size_t>(s)]));
    }
    QJsonArray models;
    for (const ModelReport& m : report.models) {
        QJsonArray importance;
        for (const auto& [column, share] : m.importance) {
            importance.append(QJsonObject{
                {QStringLiteral("feature"), featureKey(column)},
                {QStringLiteral("label"), report.featureNames.value(column)},
                {QStringLiteral("share"), number(share)},
            });
        }
        models.append(QJsonObject{
            {QStringLiteral("name"), m.key},
            {QStringLiteral("auc"), number(m.auc)},
            {QStringLiteral("lift_top_decile"), number(m.liftTopDecile)},
            {QStringLiteral("baseline"), m.key == QLatin1String("churn")
                                             ? QStringLiteral("recency")
                                             : QStringLiteral("past_category_share")},
            {QStringLiteral("baseline_auc"), number(m.recencyAuc)},
            {QStringLiteral("baseline_lift"), number(m.recencyLift)},
            {QStringLiteral("p_alive_auc"), number(m.aliveAuc)},
            {QStringLiteral("p_alive_lift"), number(m.aliveLift)},
            {QStringLiteral("bgnbd_auc"), number(m.bgNbdAuc)},
            {QStringLiteral("bgnbd_lift"), number(m.bgNbdLift)},
            {QStringLiteral("train_rows"), static_cast<qint64>(m.trainRows)},
            {QStringLiteral("test_rows"), static_cast<qint64>(m.testRows)},
            {QStringLiteral("positive_rate"), number(m.positiveRate)},
            {QStringLiteral("baseline_rate"), number(m.baselineRate)},
            {QStringLiteral("importance"), importance},
        });
    }
    return {
        {QStringLiteral("as_of"), isoDate(report.asOf)},
        {QStringLiteral("time_unit"), timeUnitKey(report.options.unit)},
        {QStringLiteral("period_days"), report.options.periodDays},
        {QStringLiteral("customers"), static_cast<qint64>(report.customers)},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("segment_revenue"), revenue},
        {QStringLiteral("bgnbd"), bgNbdJson(report.bgNbd)},
        {QStringLiteral("gamma_gamma"), gammaGammaJson(report.gammaGamma)},
        {QStringLiteral("holdout"), lifetimeJson(report.evaluation)},
        {QStringLiteral("clv"), QJsonObject{{QStringLiteral("months"), report.options.clv.months},
                                            {QStringLiteral("monthly_discount"),
                                             number(report.options.clv.monthlyDiscount)}}},
        {QStringLiteral("models"), models},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(report.categoryNames)},
    };
}

std::vector<CalibrationBin> calibrationBinsFrom(const QJsonObject& report)
{
    std::vector<CalibrationBin> bins;
    const QJsonObject holdout = report.value(QStringLiteral("holdout"))
                                    .toObject()
                                    .value(QStringLiteral("holdout"))
                                    .toObject();
    for (const QJsonValue& value : holdout.value(QStringLiteral("bins")).toArray()) {
        const QJsonObject o = value.toObject();
        CalibrationBin bin;
        bin.frequency = o.value(QStringLiteral("frequency")).toInt();
        bin.customers = static_cast<std::size_t>(o.value(QStringLiteral("customers")).toInteger());
        bin.actual = o.value(QStringLiteral("actual")).toDouble();
        bin.predicted = o.value(QStringLiteral("predicted")).toDouble();
        bins.push_back(bin);
    }
    return bins;
}

} // namespace rapport::core::value
