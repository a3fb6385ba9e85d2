#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "mining/Baskets.h"
#include "mining/MiningOptions.h"

#include <cstdint>
#include <span>

namespace rapport::core::mining {

// Receives the frequent itemsets as the miner finds them, so nothing is held in
// memory unless the sink wants it (ItemsetStore does; a file writer streams).
class ItemsetSink
{
public:
    virtual ~ItemsetSink() = default;
    // `items` are BasketSet item indices in no particular order, valid only
    // during the call. Return false to stop mining (the run then fails with the
    // sink's error()).
    virtual bool add(std::span<const Item> items, Support support) = 0;
    // A sink that only counts is told how many itemsets a group stands for
    // instead of receiving each one (the miners' perfect-extension shortcut
    // otherwise expands 2^k sets).
    virtual bool countsOnly() const { return false; }
    virtual void addCount(std::uint64_t itemsets) { (void)itemsets; }
    // Why add() returned false (say, too many itemsets to keep in memory).
    virtual Error error() const { return Error::make(Error::Code::Cancelled, {}); }
};

// Counts without keeping anything.
class CountingSink final : public ItemsetSink
{
public:
    bool add(std::span<const Item>, Support) override
    {
        ++m_count;
        return true;
    }
    bool countsOnly() const override { return true; }
    void addCount(std::uint64_t itemsets) override { m_count += itemsets; }
    std::uint64_t count() const { return m_count; }

private:
    std::uint64_t m_count = 0;
};

struct MiningStats
{
    std::size_t transactions = 0;  // baskets, empty ones included
    std::size_t items = 0;         // distinct items in the input
    std::size_t frequentItems = 0; // of which frequent
    Support minCount = 0;          // the absolute threshold used
};

// Finds every frequent itemset (the empty set excluded) with the chosen
// algorithm and hands each to `sink` once. All three algorithms report the same
// sets with the same supports. ItemsetKind other than All is applied by
// ItemsetStore, not here. Fails with Cancelled when `progress` is cancelled.
Result<MiningStats> mineItemsets(const BasketSet& baskets, const MiningOptions& options,
                                 ItemsetSink& sink, Progress& progress);

} // namespace rapport::core::mining
