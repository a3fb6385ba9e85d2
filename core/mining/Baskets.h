#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace rapport::core::mining {

// An item as the miners see it: a dense index into the basket set's labels.
using Item = std::uint32_t;
// How many transactions hold an itemset (an absolute count, never a fraction).
using Support = std::uint64_t;

// The transactions to mine, however they were read (a FIMI or CSV basket file,
// or the orders in the database). Items are dense indices 0..itemCount()-1 so
// every miner can use flat arrays; what each index means lives in `labels`
// (what the user reads: "尿布", or "39" for a FIMI item) and, for baskets read
// from the database, `keys` (the product id, or the category's index).
struct BasketSet
{
    std::vector<Item> items;            // every basket's items, back to back
    std::vector<std::size_t> starts{0}; // basket b is items[starts[b], starts[b+1])
    QStringList labels;                 // labels[item]
    std::vector<std::int64_t> keys;     // keys[item], or empty when items have no key

    std::size_t basketCount() const { return starts.size() - 1; }
    std::size_t itemCount() const { return std::size_t(labels.size()); }
    std::span<const Item> basket(std::size_t b) const
    {
        return {items.data() + starts[b], items.data() + starts[b + 1]};
    }
    // Appends one basket. A basket may hold an item twice and may be empty (it
    // still counts as a transaction, as in the FIMI files' blank lines).
    void addBasket(std::span<const Item> basket)
    {
        items.insert(items.end(), basket.begin(), basket.end());
        starts.push_back(items.size());
    }
};

} // namespace rapport::core::mining
