#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "mining/ItemsetStore.h"

#include <cstddef>
#include <limits>
#include <vector>

namespace rapport::core::mining {

struct RuleOptions
{
    double minConfidence = 0.5; // [0, 1]
    double minLift = 0;         // >= 0; 0 = no filter
    int maxAntecedent = 0;      // largest antecedent; 0 = no limit
    int maxConsequent = 1;      // largest consequent (1 = one item, as arules does)
    std::size_t limit = 5'000'000;
};

Status validate(const RuleOptions& options);

// antecedent ⇒ consequent. Items are BasketSet item indices, ascending.
struct Rule
{
    std::vector<Item> antecedent;
    std::vector<Item> consequent;
    Support count = 0; // transactions holding both sides
    Support antecedentCount = 0;
    Support consequentCount = 0;
    double support = 0;    // count / transactions
    double confidence = 0; // count / antecedentCount
    double lift = 0;       // confidence / (consequentCount / transactions)
    double leverage = 0;   // support - P(antecedent) P(consequent)
    double conviction = 0; // (1 - P(consequent)) / (1 - confidence); +inf when confidence is 1
};

struct RuleMetrics
{
    double support, confidence, lift, leverage, conviction;
};
// The five measures from the three counts (no second pass over the data).
RuleMetrics ruleMetrics(Support both, Support antecedent, Support consequent,
                        std::size_t transactions);

// Every rule A ⇒ C with A non-empty, A ∪ C frequent and A ∩ C empty that passes
// the filters, from the itemsets in `store` (which must hold all frequent
// itemsets, not only closed or maximal ones). Sorted by lift, then confidence,
// then support, all descending.
Result<std::vector<Rule>> generateRules(const ItemsetStore& store, std::size_t transactions,
                                        const RuleOptions& options, Progress& progress);

} // namespace rapport::core::mining
