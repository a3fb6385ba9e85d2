#include "mining/ItemsetStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::core::mining {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mining::ItemsetStore)
};
} // namespace

ItemsetStore::ItemsetStore(std::size_t limit)
    : m_limit(limit)
{
    rehash(1024);
}

bool ItemsetStore::add(std::span<const Item> items, Support support)
{
    if (m_supports.size() >= m_limit)
        return false;
    m_scratch.assign(items.begin(), items.end());
    std::sort(m_scratch.begin(), m_scratch.end());
    m_items.insert(m_items.end(), m_scratch.begin(), m_scratch.end());
    m_starts.push_back(m_items.size());
    m_supports.push_back(support);
    if (m_supports.size() * 2 > m_table.size())
        rehash(m_table.size() * 2);
    else
        insertIndex(m_supports.size() - 1);
    return true;
}

Error ItemsetStore::error() const
{
    return Error::validation(
        QStringLiteral("min_support"),
        Text::tr("More than %L1 frequent itemsets: too many to keep in memory. Raise the minimum "
                 "support or set a maximum itemset size.")
            .arg(qulonglong(m_limit)));
}

std::size_t ItemsetStore::hashOf(std::span<const Item> items) const
{
    // FNV-1a over the items, then a final mix so the low bits spread.
    std::uint64_t h = 1469598103934665603ull;
    for (Item item : items) {
        h ^= item;
        h *= 1099511628211ull;
    }
    h ^= h >> 29;
    return std::size_t(h);
}

void ItemsetStore::insertIndex(std::size_t i)
{
    const std::size_t mask = m_table.size() - 1;
    std::size_t slot = hashOf(itemset(i)) & mask;
    while (m_table[slot] != 0)
        slot = (slot + 1) & mask;
    m_table[slot] = std::uint32_t(i + 1);
}

void ItemsetStore::rehash(std::size_t buckets)
{
    m_table.assign(buckets, 0);
    for (std::size_t i = 0; i < m_supports.size(); ++i)
        insertIndex(i);
}

std::optional<std::size_t> ItemsetStore::indexOf(std::span<const Item> sortedItems) const
{
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t slot = hashOf(sortedItems) & mask; m_table[slot] != 0;
         slot = (slot + 1) & mask) {
        const std::size_t i = m_table[slot] - 1;
        if (std::ranges::equal(itemset(i), sortedItems))
            return i;
    }
    return std::nullopt;
}

std::optional<Support> ItemsetStore::find(std::span<const Item> sortedItems) const
{
    if (auto i = indexOf(sortedItems))
        return m_supports[*i];
    return std::nullopt;
}

void ItemsetStore::keepOnly(ItemsetKind kind)
{
    if (kind == ItemsetKind::All)
        return;
    // A set is not closed when a one-larger superset has its support, and not
    // maximal when any one-larger superset is frequent; every frequent superset
    // has a frequent one-larger subset on the way, so looking one level up
    // from each set is enough.
    std::vector<std::uint8_t> drop(size(), 0);
    std::vector<Item> subset;
    for (std::size_t i = 0; i < size(); ++i) {
        const auto set = itemset(i);
        if (set.size() < 2)
            continue;
        for (std::size_t skip = 0; skip < set.size(); ++skip) {
            subset.clear();
            for (std::size_t j = 0; j < set.size(); ++j) {
                if (j != skip)
                    subset.push_back(set[j]);
            }
            if (auto below = indexOf(subset);
                below && (kind == ItemsetKind::Maximal || m_supports[*below] == m_supports[i]))
                drop[*below] = 1;
        }
    }
    ItemsetStore kept(m_limit);
    for (std::size_t i = 0; i < size(); ++i) {
        if (!drop[i])
            kept.add(itemset(i), m_supports[i]);
    }
    *this = std::move(kept);
}

} // namespace rapport::core::mining
