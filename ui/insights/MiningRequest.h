#pragma once

#include "mining/MiningRun.h"

namespace rapport::ui {

// What "Mine purchase rules…" asks for: how orders become baskets, how the
// itemsets are mined and which rules are kept.
struct MiningRequest
{
    core::mining::BasketQuery baskets;
    core::mining::MiningOptions mining;
    core::mining::RuleOptions rules;

    // The dialog's defaults: one basket per order, products, FP-Growth, 1%
    // support, 20% confidence, lift at least 1 (a rule that is no better than
    // chance is no help to a shop), itemsets of up to four products.
    static MiningRequest defaults();
};

} // namespace rapport::ui
