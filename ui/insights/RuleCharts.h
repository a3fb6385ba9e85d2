#pragma once

#include "charts/ChartData.h"
#include "mining/MiningRun.h"

#include <QCoreApplication>

namespace rapport::ui {

// The chart rows of a set of rules: plain data for ChartView, so the panel
// never walks a view model to draw (house style H20).
class RuleCharts
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::RuleCharts)
public:
    static constexpr int kTopRules = 15;
    static constexpr int kMaxPoints = 5000; // the scatter's most

    // One point per rule: support (%) across, confidence (%) up, coloured by
    // lift; the key is the rule id.
    static QList<ChartPoint> scatterPoints(const QList<core::mining::StoredRule>& rules);
    static ChartAxis supportAxis();
    static ChartAxis confidenceAxis();
    // The lift range of `rules` (the whole run, so colours do not shift while
    // the table is filtered).
    static ColourScale liftScale(const QList<core::mining::StoredRule>& rules);

    // The `count` rules with the highest lift (ties: confidence, then
    // support), highest first, labelled "啤酒, 尿布 ⇒ 薯片".
    static QList<ChartBar> topByLift(QList<core::mining::StoredRule> rules, int count = kTopRules);
    static ChartAxis liftAxis();
};

} // namespace rapport::ui
