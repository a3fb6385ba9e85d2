#pragma once

#include "mining/Baskets.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace rapport::core::mining::detail {

// A recoded item: 0 is the most frequent item, k-1 the least frequent one.
using Code = std::uint32_t;

// The baskets as every miner starts from them (technique 1 of the mining notes):
// infrequent items dropped, survivors recoded densely by descending frequency,
// every transaction's codes sorted ascending (most frequent first, the order of
// an FP-tree's paths), identical transactions merged into one weighted one.
// Items held by every transaction are taken out as "root perfect extensions":
// they would be perfect extensions of every itemset (see Reporter).
struct PreparedBaskets
{
    std::size_t transactions = 0; // baskets in the input, empty ones included
    std::size_t inputItems = 0;   // distinct items seen in the input
    Support minCount = 1;
    std::vector<Item> codeToItem;  // code -> BasketSet item
    std::vector<Support> supports; // code -> support
    std::vector<Item> rootPerfect; // BasketSet items in every transaction
    // Merged transactions: codes[starts[t], starts[t+1]) with weight weights[t],
    // sorted lexicographically, none empty.
    std::vector<Code> codes;
    std::vector<std::size_t> starts{0};
    std::vector<Support> weights;

    std::size_t codeCount() const { return codeToItem.size(); }
    std::size_t size() const { return weights.size(); }
    std::span<const Code> transaction(std::size_t t) const
    {
        return {codes.data() + starts[t], codes.data() + starts[t + 1]};
    }
};

PreparedBaskets prepareBaskets(const BasketSet& baskets, Support minCount);

} // namespace rapport::core::mining::detail
