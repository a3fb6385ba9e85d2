#pragma once

#include "mining/MiningRun.h"

#include <QCoreApplication>

namespace rapport::ui {

// How mining runs, rules and recommendations read in the GUI, in one place so
// the Insights panel and the customer card say the same thing.
class MiningText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::MiningText)
public:
    // "FP-Growth", "Eclat", "Apriori".
    static QString algorithmName(core::mining::Algorithm algorithm);
    // "2026-11-25 03:10 · FP-Growth · per order, products · support 1% ·
    // confidence 20% — 1,204 baskets, 87 rules"
    static QString runSummary(const core::mining::MiningRun& run);
    // The rule and its measures, for tooltips.
    static QString ruleDetails(const core::mining::StoredRule& rule);
    // "Bought 尿布 — 65% of such customers also bought 薯片 (lift 2.30)"
    static QString reason(const core::mining::StoredRule& rule);
    // "12.5%": a fraction as a percentage with up to `decimals` decimals.
    static QString percent(double fraction, int decimals = 1);
};

} // namespace rapport::ui
