#include "insights/ValueCharts.h"

#include "Format.h"
#include "value/Rfm.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rapport::ui {

namespace {

QString segmentKeyAt(int index)
{
    return core::value::rfmSegmentKey(static_cast<core::value::RfmSegment>(index));
}

QString percent(double fraction)
{
    return Format::percent(fraction, 1);
}

// A bin width of 1, 2 or 5 × a power of ten (in minor units, at least one
// major unit), so the bars' labels read as round amounts.
std::int64_t niceWidth(double span)
{
    const double raw = std::max(span, 100.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= step * power)
            return std::llround(step * power);
    }
    return std::llround(10 * power);
}

// Round bins: "¥1,200" rather than "¥1,200.00".
QString amount(std::int64_t minor)
{
    QString text = Format::money(minor);
    const QString cents = QLocale().decimalPoint() + QStringLiteral("00");
    if (text.endsWith(cents))
        text.chop(cents.size());
    return text;
}

} // namespace

QString ValueCharts::segmentName(const QString& key)
{
    core::value::RfmSegment segment;
    return core::value::rfmSegmentFromKey(key, &segment) ? core::value::rfmSegmentName(segment)
                                                         : key;
}

QList<ChartBar> ValueCharts::segmentBars(const QJsonObject& report)
{
    const QJsonObject counts = report.value(QStringLiteral("segments")).toObject();
    qint64 total = 0;
    for (int s = 0; s < core::value::kRfmSegmentCount; ++s)
        total += counts.value(segmentKeyAt(s)).toInteger();
    QList<ChartBar> bars;
    for (int s = 0; s < core::value::kRfmSegmentCount; ++s) {
        const QString key = segmentKeyAt(s);
        const qint64 count = counts.value(key).toInteger();
        const QString name = segmentName(key);
        bars.append({name, double(count),
                     tr("%1: %Ln customer(s) (%2)", nullptr, int(count))
                         .arg(name, percent(total > 0 ? double(count) / double(total) : 0)),
                     s + 1});
    }
    return bars;
}

ChartAxis ValueCharts::customersAxis()
{
    ChartAxis axis;
    axis.title = tr("Customers");
    axis.labelFormat = QStringLiteral("%.0f");
    axis.min = 0;
    return axis;
}

double ValueCharts::revenueUnit(const QJsonObject& report)
{
    const QJsonObject revenue = report.value(QStringLiteral("segment_revenue")).toObject();
    double high = 0;
    for (int s = 0; s < core::value::kRfmSegmentCount; ++s)
        high = std::max(high, revenue.value(segmentKeyAt(s)).toDouble());
    return high >= 1e7 ? 1e6 : high >= 1e4 ? 1e3 : 1;
}

QList<ChartBar> ValueCharts::revenueBars(const QJsonObject& report)
{
    const QJsonObject revenue = report.value(QStringLiteral("segment_revenue")).toObject();
    const double unit = revenueUnit(report);
    double total = 0;
    for (int s = 0; s < core::value::kRfmSegmentCount; ++s)
        total += revenue.value(segmentKeyAt(s)).toDouble();
    QList<ChartBar> bars;
    for (int s = 0; s < core::value::kRfmSegmentCount; ++s) {
        const QString key = segmentKeyAt(s);
        const double value = revenue.value(key).toDouble();
        const QString name = segmentName(key);
        bars.append({name, value / unit,
                     tr("%1: %2 (%3 of all revenue)")
                         .arg(name, Format::money(std::llround(value * 100)),
                              percent(total > 0 ? value / total : 0)),
                     s + 1});
    }
    return bars;
}

ChartAxis ValueCharts::revenueAxis(double unit)
{
    ChartAxis axis;
    axis.title = unit >= 1e6   ? tr("Revenue (million ¥)")
                 : unit >= 1e3 ? tr("Revenue (thousand ¥)")
                               : tr("Revenue (¥)");
    axis.labelFormat = QStringLiteral("%.0f");
    axis.min = 0;
    return axis;
}

QList<ChartBar> ValueCharts::clvHistogram(const QList<core::ValuePoint>& points)
{
    if (points.isEmpty())
        return {};
    std::vector<std::int64_t> values;
    values.reserve(std::size_t(points.size()));
    for (const core::ValuePoint& point : points)
        values.push_back(std::max<std::int64_t>(0, point.clvMinor));
    std::sort(values.begin(), values.end());
    const std::int64_t p95 = values[std::size_t(double(values.size() - 1) * 0.95)];
    const std::int64_t width = niceWidth(double(p95) / (kClvBins - 1));
    QList<qint64> counts(kClvBins, 0);
    for (const std::int64_t value : values)
        ++counts[int(std::min<std::int64_t>(value / width, kClvBins - 1))];
    QList<ChartBar> bars;
    for (int bin = 0; bin < kClvBins; ++bin) {
        const std::int64_t low = bin * width;
        const QString label = bin + 1 < kClvBins
                                  ? tr("%1 – %2").arg(amount(low), amount(low + width))
                                  : tr("%1 or more").arg(amount(low));
        bars.append({label, double(counts.at(bin)),
                     tr("CLV %1: %Ln sampled customer(s)", nullptr, int(counts.at(bin))).arg(label),
                     bin + 1});
    }
    return bars;
}

QList<ChartPoint> ValueCharts::alivePoints(const QList<core::ValuePoint>& points)
{
    QList<ChartPoint> out;
    out.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const core::ValuePoint& point = points.at(i);
        // Purchase days are whole numbers: a small, fixed sideways spread (the
        // golden ratio's fractions) keeps a column of dots from hiding in one.
        // Rightwards only, so the column at zero stays inside the axis.
        const double spread = std::fmod(double(i) * 0.6180339887, 1.0);
        out.append({double(point.frequency) + spread * 0.5, point.pAlive * 100, 0,
                    tr("%Ln purchase day(s), P(alive) %1, CLV %2", nullptr, point.frequency)
                        .arg(percent(point.pAlive), Format::money(point.clvMinor)),
                    0});
    }
    return out;
}

ChartAxis ValueCharts::frequencyAxis()
{
    ChartAxis axis;
    axis.title = tr("Purchase days");
    axis.labelFormat = QStringLiteral("%.0f");
    axis.min = 0;
    return axis;
}

ChartAxis ValueCharts::aliveAxis()
{
    ChartAxis axis;
    axis.title = tr("P(alive)");
    axis.labelFormat = QStringLiteral("%.0f%%");
    axis.min = 0;
    axis.max = 100;
    return axis;
}

QList<ChartSeries>
ValueCharts::calibrationLines(const std::vector<core::value::CalibrationBin>& bins)
{
    ChartSeries predicted{tr("Predicted (BG/NBD)"), {}};
    ChartSeries actual{tr("Actual"), {}};
    for (const core::value::CalibrationBin& bin : bins) {
        predicted.points.append(QPointF(bin.frequency, bin.predicted));
        actual.points.append(QPointF(bin.frequency, bin.actual));
    }
    return {predicted, actual};
}

ChartAxis ValueCharts::repeatPurchasesAxis(const std::vector<core::value::CalibrationBin>& bins)
{
    ChartAxis axis;
    const int last = bins.empty() ? 7 : bins.back().frequency;
    axis.title = tr("Repeat purchases before (%1 = %1+)").arg(last);
    axis.labelFormat = QStringLiteral("%.0f");
    // Room on both sides, so the end markers are drawn whole.
    axis.min = -0.4;
    axis.max = last + 0.4;
    axis.tickInterval = 1;
    return axis;
}

ChartAxis ValueCharts::holdoutPurchasesAxis()
{
    ChartAxis axis;
    axis.title = tr("Purchases per customer");
    axis.labelFormat = QStringLiteral("%.1f");
    axis.min = 0;
    return axis;
}

} // namespace rapport::ui
