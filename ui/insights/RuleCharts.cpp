#include "insights/RuleCharts.h"

#include "insights/MiningText.h"

#include <algorithm>

namespace rapport::ui {

QList<ChartPoint> RuleCharts::scatterPoints(const QList<core::mining::StoredRule>& rules)
{
    QList<ChartPoint> points;
    points.reserve(rules.size());
    for (const core::mining::StoredRule& rule : rules)
        points.append({rule.support * 100, rule.confidence * 100, rule.lift,
                       MiningText::ruleDetails(rule), rule.id});
    return points;
}

ChartAxis RuleCharts::supportAxis()
{
    ChartAxis axis;
    axis.title = tr("Support (share of baskets)");
    axis.labelFormat = QStringLiteral("%.1f%%");
    return axis;
}

ChartAxis RuleCharts::confidenceAxis()
{
    ChartAxis axis;
    axis.title = tr("Confidence");
    axis.labelFormat = QStringLiteral("%.0f%%");
    axis.max = 100;
    return axis;
}

ColourScale RuleCharts::liftScale(const QList<core::mining::StoredRule>& rules)
{
    ColourScale scale;
    scale.title = tr("Lift");
    if (rules.isEmpty())
        return scale;
    const auto [low, high] = std::minmax_element(
        rules.cbegin(), rules.cend(), [](const auto& a, const auto& b) { return a.lift < b.lift; });
    scale.min = low->lift;
    scale.max = high->lift;
    return scale;
}

QList<ChartBar> RuleCharts::topByLift(QList<core::mining::StoredRule> rules, int count)
{
    std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) {
        if (a.lift != b.lift)
            return a.lift > b.lift;
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.support > b.support;
    });
    QList<ChartBar> bars;
    for (int i = 0; i < rules.size() && i < count; ++i) {
        const core::mining::StoredRule& rule = rules.at(i);
        bars.append({rule.text(), rule.lift, MiningText::ruleDetails(rule), rule.id});
    }
    return bars;
}

ChartAxis RuleCharts::liftAxis()
{
    ChartAxis axis;
    axis.title = tr("Lift");
    axis.labelFormat = QStringLiteral("%.1f");
    axis.min = 0;
    return axis;
}

} // namespace rapport::ui
