#pragma once

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

namespace rapport::core::value {

// Keeps a seeded random sample of `limit` of `items` (all of them when there
// are no more than that, or `limit` is 0), in ascending order: the same seed
// gives the same sample, so fits and models are repeatable run to run.
inline void keepSeededSample(std::vector<std::size_t>& items, std::size_t limit, std::uint64_t seed)
{
    if (limit == 0 || items.size() <= limit)
        return;
    std::mt19937_64 random(seed);
    for (std::size_t i = 0; i < limit; ++i) { // a partial Fisher-Yates shuffle
        std::uniform_int_distribution<std::size_t> pick(i, items.size() - 1);
        std::swap(items[i], items[pick(random)]);
    }
    items.resize(limit);
    std::sort(items.begin(), items.end());
}

} // namespace rapport::core::value
