#include "Command.h"
#include "Output.h"
#include "Parsed.h"
#include "TerminalProgress.h"

#include "value/Features.h"
#include "value/ScoringService.h"
#include "value/TransactionFile.h"
#include "value/ValueJson.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <optional>
#include <variant>

namespace rapport::cli {

namespace {

using namespace core::value;

std::optional<Usage> parseUnit(const QCommandLineParser& parser, TimeUnit& unit)
{
    const QString key = optionText(parser, "time-unit").toLower();
    if (!timeUnitFromKey(key, &unit))
        return Usage{QStringLiteral("unknown time unit “%1”: use day, week or month").arg(key)};
    return std::nullopt;
}

std::optional<Usage> parseDate(const QCommandLineParser& parser, const char* option,
                               std::optional<std::int32_t>& day)
{
    if (!parser.isSet(QString::fromLatin1(option)))
        return std::nullopt;
    const QDate date = QDate::fromString(optionText(parser, option), Qt::ISODate);
    if (!date.isValid())
        return Usage{QStringLiteral("--%1 must be a date like 2024-03-31, not “%2”")
                         .arg(QString::fromLatin1(option), optionText(parser, option))};
    day = dayNumber(date);
    return std::nullopt;
}

std::optional<Usage> parseNumber(const QCommandLineParser& parser, const char* option,
                                 double minimum, double maximum, double& out)
{
    if (!parser.isSet(QString::fromLatin1(option)))
        return std::nullopt;
    bool ok = false;
    const double value = optionText(parser, option).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < minimum || value > maximum)
        return Usage{QStringLiteral("--%1 must be a number from %2 to %3, not “%4”")
                         .arg(QString::fromLatin1(option))
                         .arg(minimum)
                         .arg(maximum)
                         .arg(optionText(parser, option))};
    out = value;
    return std::nullopt;
}

QString fixed(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}

// `rapport-cli value fit`: the lifetime models on any transaction file.
struct FitRequest
{
    QString input;
    TransactionColumns columns;
    std::int32_t calibrationEnd = 0;
    TimeUnit unit = TimeUnit::Week;
    FitOptions fit;
};

Parsed<FitRequest> parseFit(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.constFirst() != QLatin1String("fit"))
        return Usage{QStringLiteral("value needs a subcommand: value fit --input TX.csv "
                                    "--customer-column C --date-column D --amount-column A "
                                    "--calibration-end YYYY-MM-DD")};
    if (positional.size() > 1)
        return Usage{
            QStringLiteral("value fit takes no further arguments, not “%1”").arg(positional.at(1))};
    FitRequest request;
    request.input = parser.value(QStringLiteral("input"));
    request.columns.customer = optionText(parser, "customer-column");
    request.columns.date = optionText(parser, "date-column");
    request.columns.amount = optionText(parser, "amount-column");
    request.columns.quantity = optionText(parser, "quantity-column");
    if (request.input.isEmpty() || request.columns.customer.isEmpty()
        || request.columns.date.isEmpty() || request.columns.amount.isEmpty())
        return Usage{QStringLiteral("value fit needs --input FILE, --customer-column, "
                                    "--date-column and --amount-column")};
    std::optional<std::int32_t> end;
    if (auto bad = parseDate(parser, "calibration-end", end))
        return *bad;
    if (!end)
        return Usage{QStringLiteral("value fit needs --calibration-end YYYY-MM-DD (the last "
                                    "day of the calibration period, inclusive)")};
    request.calibrationEnd = *end;
    if (auto bad = parseUnit(parser, request.unit))
        return *bad;
    double sample = static_cast<double>(request.fit.maxFitCustomers);
    if (auto bad = parseNumber(parser, "max-fit-customers", 0, 1e9, sample))
        return *bad;
    request.fit.maxFitCustomers = static_cast<std::size_t>(sample);
    return request;
}

int runFit(const FitRequest& request, bool json)
{
    QElapsedTimer timer;
    timer.start();
    TransactionFileStats stats;
    std::optional<core::Result<LifetimeFit>> fit;
    {
        TerminalProgress progress;
        auto history = readTransactionFile(request.input, request.columns, &stats, progress);
        if (!history)
            return output::failure(history.error());
        fit = fitLifetime(*history, request.calibrationEnd, request.unit, request.fit, progress);
    }
    if (!*fit)
        return output::failure(fit->error());
    const LifetimeFit& f = **fit;
    if (stats.withoutCustomer > 0)
        output::warning(
            QStringLiteral("%1 rows without a customer were left out").arg(stats.withoutCustomer));
    if (stats.returns > 0)
        output::warning(QStringLiteral("%1 rows with a negative amount (returns) were left out")
                            .arg(stats.returns));
    for (const QString& warning : f.bgNbd.warnings + f.gammaGamma.warnings)
        output::warning(warning);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (json) {
        QJsonObject o = lifetimeJson(f);
        o.insert(QStringLiteral("input"), QFileInfo(request.input).fileName());
        o.insert(QStringLiteral("rows"), stats.rows);
        o.insert(QStringLiteral("rows_without_customer"), stats.withoutCustomer);
        o.insert(QStringLiteral("returns"), stats.returns);
        o.insert(QStringLiteral("seconds"), seconds);
        output::json(QJsonDocument(o));
        return kExitOk;
    }
    const QLocale c = QLocale::c();
    output::line(QStringLiteral("%1 customers (%2 bought again) in %3, calibration to %4, "
                                "time in %5s")
                     .arg(c.toString(qulonglong(f.bgNbd.customers)))
                     .arg(c.toString(qulonglong(f.bgNbd.repeatCustomers)))
                     .arg(QFileInfo(request.input).fileName(),
                          dateOf(request.calibrationEnd).toString(Qt::ISODate),
                          timeUnitKey(f.unit)));
    output::line(QStringLiteral("BG/NBD       r = %1  alpha = %2  a = %3  b = %4  "
                                "log-likelihood = %5")
                     .arg(fixed(f.bgNbd.params.r, 4), fixed(f.bgNbd.params.alpha, 4),
                          fixed(f.bgNbd.params.a, 4), fixed(f.bgNbd.params.b, 4),
                          fixed(f.bgNbd.logLikelihood, 2)));
    output::line(QStringLiteral("Gamma-Gamma  p = %1  q = %2  gamma = %3  log-likelihood = %4  "
                                "(%5 repeat customers; frequency-spend correlation %6)")
                     .arg(fixed(f.gammaGamma.params.p, 4), fixed(f.gammaGamma.params.q, 4),
                          fixed(f.gammaGamma.params.gamma, 4), fixed(f.gammaGamma.logLikelihood, 2))
                     .arg(f.gammaGamma.customers)
                     .arg(fixed(f.gammaGamma.frequencySpendCorrelation, 3)));
    if (f.holdout.length > 0) {
        output::line(QStringLiteral("Holdout to %1 (%2 %3s): %4 repeat purchases, %5 predicted")
                         .arg(dateOf(f.holdout.holdoutEnd).toString(Qt::ISODate),
                              fixed(f.holdout.length, 1), timeUnitKey(f.unit),
                              fixed(f.holdout.actualPurchases, 0),
                              fixed(f.holdout.predictedPurchases, 1)));
        QList<QStringList> rows;
        for (const CalibrationBin& bin : f.holdout.bins) {
            rows << QStringList{bin.frequency + 1 == int(f.holdout.bins.size())
                                    ? QStringLiteral("%1+").arg(bin.frequency)
                                    : QString::number(bin.frequency),
                                QString::number(bin.customers), fixed(bin.actual, 3),
                                fixed(bin.predicted, 3)};
        }
        output::line(output::table({QStringLiteral("repeat purchases in calibration"),
                                    QStringLiteral("customers"), QStringLiteral("actual"),
                                    QStringLiteral("predicted")},
                                   rows));
    }
    return kExitOk;
}

class ValueCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("value"); }
    QString summary() const override
    {
        return QStringLiteral("Fit the lifetime-value models (BG/NBD, Gamma-Gamma) to a "
                              "transaction file: value fit.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("fit"),
                                     QStringLiteral("Fit the models and check them on the "
                                                    "holdout after the calibration end."));
        parser.addOption({QStringLiteral("input"),
                          QStringLiteral("The transaction CSV file (one row per purchase or "
                                         "order line)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("customer-column"),
                          QStringLiteral("The column with the customer id."), QStringLiteral("C")});
        parser.addOption({QStringLiteral("date-column"),
                          QStringLiteral("The column with the date (2024-03-05, optionally with "
                                         "a time, or 20240305)."),
                          QStringLiteral("D")});
        parser.addOption({QStringLiteral("amount-column"),
                          QStringLiteral("The column with the amount (or the unit price, with "
                                         "--quantity-column)."),
                          QStringLiteral("A")});
        parser.addOption({QStringLiteral("quantity-column"),
                          QStringLiteral("Multiply the amount by this column (unit price × "
                                         "quantity)."),
                          QStringLiteral("Q")});
        parser.addOption({QStringLiteral("calibration-end"),
                          QStringLiteral("The last day of the calibration period (inclusive); "
                                         "later purchases form the holdout."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("time-unit"),
                          QStringLiteral("day, week (default) or month."), QStringLiteral("UNIT"),
                          QStringLiteral("week")});
        parser.addOption({QStringLiteral("max-fit-customers"),
                          QStringLiteral("Fit BG/NBD on a seeded random sample of at most N "
                                         "customers (default 100000; 0: all)."),
                          QStringLiteral("N")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        auto parsed = parseFit(parser);
        if (auto* usage = std::get_if<Usage>(&parsed))
            return output::usage(usage->message);
        return runFit(std::get<FitRequest>(parsed), context.json);
    }
};

// `rapport-cli --db FILE score`: every customer of the database scored and stored.
Parsed<ValueOptions> parseScore(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Usage{QStringLiteral("score takes no arguments besides its options, not “%1”")
                         .arg(parser.positionalArguments().constFirst())};
    ValueOptions options;
    if (auto bad = parseUnit(parser, options.unit))
        return *bad;
    if (auto bad = parseDate(parser, "as-of", options.asOfDay))
        return *bad;
    double period = options.periodDays;
    if (auto bad = parseNumber(parser, "period-days", 7, 3650, period))
        return *bad;
    options.periodDays = static_cast<int>(period);
    double months = options.clv.months;
    if (auto bad = parseNumber(parser, "horizon-months", 1, 120, months))
        return *bad;
    options.clv.months = static_cast<int>(months);
    if (auto bad = parseNumber(parser, "discount", 0, 1, options.clv.monthlyDiscount))
        return *bad;
    options.propensity = !parser.isSet(QStringLiteral("no-propensity"));
    return options;
}

QString segmentLine(const ValueReport& report)
{
    QStringList parts;
    for (int s = 0; s < kRfmSegmentCount; ++s) {
        const std::size_t n = report.segmentCounts[static_cast<std::size_t>(s)];
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(rfmSegmentName(static_cast<RfmSegment>(s))).arg(n);
    }
    return parts.join(QStringLiteral(", "));
}

int runScore(const ValueOptions& options, const CommandContext& context)
{
    auto db = openDatabase(context.databasePath);
    if (!db)
        return output::failure(db.error());
    std::optional<core::Result<ScoringOutcome>> outcome;
    {
        TerminalProgress progress;
        outcome = runScoring(db->connection(), options, progress);
    }
    if (!*outcome)
        return output::failure(outcome->error());
    const ScoringOutcome& o = **outcome;
    const ValueReport& r = o.report;
    if (context.json) {
        QJsonObject json = reportJson(r);
        json.insert(QStringLiteral("run_id"), qint64(o.runId));
        json.insert(QStringLiteral("seconds"), o.seconds);
        output::json(QJsonDocument(json));
        return kExitOk;
    }
    output::line(QStringLiteral("%1 customers scored as of %2 in %3 s (run %4)")
                     .arg(r.customers)
                     .arg(dateOf(r.asOf).toString(Qt::ISODate), fixed(o.seconds, 1))
                     .arg(o.runId));
    output::line(QStringLiteral("Segments: %1").arg(segmentLine(r)));
    output::line(QStringLiteral("BG/NBD r = %1, alpha = %2, a = %3, b = %4; Gamma-Gamma p = %5, "
                                "q = %6, gamma = %7")
                     .arg(fixed(r.bgNbd.params.r, 4), fixed(r.bgNbd.params.alpha, 4),
                          fixed(r.bgNbd.params.a, 4), fixed(r.bgNbd.params.b, 4),
                          fixed(r.gammaGamma.params.p, 4), fixed(r.gammaGamma.params.q, 4),
                          fixed(r.gammaGamma.params.gamma, 4)));
    QList<QStringList> rows;
    for (const ModelReport& m : r.models) {
        rows << QStringList{m.key,
                            fixed(m.auc, 3),
                            fixed(m.recencyAuc, 3),
                            m.aliveAuc ? fixed(*m.aliveAuc, 3) : QStringLiteral("–"),
                            fixed(m.liftTopDecile, 2),
                            QString::number(m.testRows)};
    }
    if (!rows.isEmpty()) {
        output::line(
            output::table({QStringLiteral("model"), QStringLiteral("AUC"),
                           QStringLiteral("baseline AUC"), QStringLiteral("P(alive) AUC"),
                           QStringLiteral("lift top 10%"), QStringLiteral("holdout customers")},
                          rows));
    }
    for (const QString& note : r.notes + r.bgNbd.warnings + r.gammaGamma.warnings)
        output::warning(note);
    return kExitOk;
}

class ScoreCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("score"); }
    QString summary() const override
    {
        return QStringLiteral("Score every customer: RFM segment, lifetime value, churn risk.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("time-unit"),
                          QStringLiteral("The lifetime models' unit: day, week (default) or "
                                         "month."),
                          QStringLiteral("UNIT"), QStringLiteral("week")});
        parser.addOption({QStringLiteral("as-of"),
                          QStringLiteral("Score on the orders up to this day (default: the "
                                         "last order's day)."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("period-days"),
                          QStringLiteral("The next period of churn and expected purchases, "
                                         "and the holdout the models are checked on (default "
                                         "182)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("horizon-months"),
                          QStringLiteral("Lifetime value over this many months (default 12)."),
                          QStringLiteral("M")});
        parser.addOption({QStringLiteral("discount"),
                          QStringLiteral("Monthly discount rate of the lifetime value (default "
                                         "0.01)."),
                          QStringLiteral("D")});
        parser.addOption({QStringLiteral("no-propensity"),
                          QStringLiteral("Skip the churn and next-category models.")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        auto parsed = parseScore(parser);
        if (auto* usage = std::get_if<Usage>(&parsed))
            return output::usage(usage->message);
        return runScore(std::get<ValueOptions>(parsed), context);
    }
};

} // namespace

std::unique_ptr<Command> makeValueCommand()
{
    return std::make_unique<ValueCommand>();
}

std::unique_ptr<Command> makeScoreCommand()
{
    return std::make_unique<ScoreCommand>();
}

} // namespace rapport::cli
