#pragma once

#include "charts/ChartData.h"
#include "storage/ScoreRepository.h"
#include "value/ValueModel.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace rapport::ui {

// What the customer value charts show, as the plain rows ChartView takes: read
// from a scoring run's report (ValueJson) and from a sample of the scores.
// Kept apart from the page so each chart's numbers can be checked alone.
class ValueCharts
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ValueCharts)
public:
    static constexpr int kClvBins = 10;
    static constexpr int kMaxPoints = 2000; // sampled customers for the scatter and histogram

    // One bar per RFM segment in the order of core::value::RfmSegment (best
    // first), translated; the key is the segment's enum value + 1.
    static QList<ChartBar> segmentBars(const QJsonObject& report);
    static ChartAxis customersAxis();
    // The revenue of each segment's customers up to the scoring day, in
    // revenueUnit()s: axis labels stay short ("15" rather than "15000000").
    static double revenueUnit(const QJsonObject& report); // 1, 1000 or 1000000
    static QList<ChartBar> revenueBars(const QJsonObject& report);
    static ChartAxis revenueAxis(double unit);

    // A histogram of the sampled customers' CLV: kClvBins even bins from zero
    // to the 95th percentile, the last open-ended, so a few big spenders do
    // not squeeze everyone else into the first bar.
    static QList<ChartBar> clvHistogram(const QList<core::ValuePoint>& points);

    // P(alive) (per cent) against purchase days, one dot per sampled customer.
    static QList<ChartPoint> alivePoints(const QList<core::ValuePoint>& points);
    static ChartAxis frequencyAxis();
    static ChartAxis aliveAxis();

    // Predicted and actual mean purchases in the holdout, per number of repeat
    // purchases in calibration (0 … 6, 7+): two series.
    static QList<ChartSeries>
    calibrationLines(const std::vector<core::value::CalibrationBin>& bins);
    static ChartAxis repeatPurchasesAxis(const std::vector<core::value::CalibrationBin>& bins);
    static ChartAxis holdoutPurchasesAxis();

    static QString segmentName(const QString& key);
};

} // namespace rapport::ui
