#pragma once

#include "mining/ItemsetMiner.h"
#include "mining/PreparedBaskets.h"

#include <cstdint>
#include <vector>

namespace rapport::core::mining::detail {

// Keeps the itemset a miner is standing on (a prefix stack) and hands it to the
// sink. Perfect extensions (technique 4 of the mining notes): when every
// transaction holding the current set also holds item i, the miner does not
// search i at all but declares it here; each reported set then stands for
// itself joined with every subset of the declared items, all with the same
// support. A counting sink is told 2^k at once instead of receiving them.
class Reporter
{
public:
    Reporter(const PreparedBaskets& prepared, ItemsetSink& sink, int maxSize);

    void push(Code code) { m_prefix.push_back(m_prepared.codeToItem[code]); }
    void pop() { m_prefix.pop_back(); }
    int size() const { return int(m_prefix.size()); }
    int maxSize() const { return m_maxSize; } // 0 = no limit
    // Whether sets one larger than the current one may still be reported.
    bool canGrow() const { return m_maxSize == 0 || int(m_prefix.size()) < m_maxSize; }

    std::size_t perfectMark() const { return m_perfect.size(); }
    void addPerfect(Code code) { m_perfect.push_back(m_prepared.codeToItem[code]); }
    void dropPerfect(std::size_t mark) { m_perfect.resize(mark); }

    // Reports the current set (with the perfect-extension subsets); at the root
    // only the non-empty subsets. False once the sink refused a set.
    bool report(Support support);
    bool stopped() const { return m_stopped; }
    std::uint64_t reported() const { return m_reported; }

private:
    bool expand(std::size_t from, Support support);

    const PreparedBaskets& m_prepared;
    ItemsetSink& m_sink;
    int m_maxSize;
    std::vector<Item> m_prefix;
    std::vector<Item> m_perfect;
    std::vector<Item> m_buffer;
    std::uint64_t m_reported = 0;
    bool m_stopped = false;
};

} // namespace rapport::core::mining::detail
