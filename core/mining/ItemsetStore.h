#pragma once

#include "mining/ItemsetMiner.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace rapport::core::mining {

// The frequent itemsets kept in memory (for rules, closed/maximal filtering and
// the database), with their supports, looked up by content. Refuses to grow past
// `limit` itemsets so a too-low support fails with a clear message instead of
// exhausting memory.
class ItemsetStore final : public ItemsetSink
{
public:
    static constexpr std::size_t kDefaultLimit = 5'000'000;
    explicit ItemsetStore(std::size_t limit = kDefaultLimit);

    bool add(std::span<const Item> items, Support support) override;
    Error error() const override;

    std::size_t size() const { return m_supports.size(); }
    // Itemset i, its items in ascending order.
    std::span<const Item> itemset(std::size_t i) const
    {
        return {m_items.data() + m_starts[i], m_items.data() + m_starts[i + 1]};
    }
    Support support(std::size_t i) const { return m_supports[i]; }
    // The support of an itemset given in ascending order, if it is frequent.
    std::optional<Support> find(std::span<const Item> sortedItems) const;

    // Keeps only the closed (or maximal) itemsets; the others are dropped. With
    // a size limit, "closed" and "maximal" are relative to the sets mined.
    void keepOnly(ItemsetKind kind);

private:
    std::optional<std::size_t> indexOf(std::span<const Item> sortedItems) const;
    std::size_t hashOf(std::span<const Item> items) const;
    void insertIndex(std::size_t i);
    void rehash(std::size_t buckets);

    std::size_t m_limit;
    std::vector<Item> m_items;
    std::vector<std::size_t> m_starts{0};
    std::vector<Support> m_supports;
    std::vector<std::uint32_t> m_table; // open addressing: itemset index + 1, 0 = empty
    std::vector<Item> m_scratch;
};

} // namespace rapport::core::mining
