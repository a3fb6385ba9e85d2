#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "mining/Baskets.h"
#include "mining/MiningRun.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace rapport::core {

// Reads the baskets a BasketQuery asks for (MiningRepository::loadBaskets) in
// one forward pass over the live order lines. The orders are read in id order,
// which SQLite walks sequentially; baskets per customer are grouped here in
// memory, because walking the orders in customer order through an index reads
// the file at random: about twenty times slower on ten million lines.
class BasketLoader
{
public:
    BasketLoader(QSqlDatabase db, const mining::BasketQuery& query, Progress& progress);

    // Loads once; the loader is spent afterwards.
    Result<mining::BasketSet> load();

private:
    Status readSlots();
    Status scanLines();
    std::uint32_t slotOf(std::int64_t productId) const; // kNoSlot: not a live product
    void addLine(std::int64_t orderId, std::int64_t customerId, std::uint32_t slot);
    void closeBasket();
    void groupByCustomer();
    void numberItems();

    QSqlDatabase m_db;
    mining::BasketQuery m_query;
    Progress& m_progress;
    QString m_stage;

    // Slots: the live products by id, or their distinct categories by name.
    static constexpr std::uint32_t kNoSlot = 0xffffffff;
    QHash<qint64, std::uint32_t> m_slotOfProduct;
    std::vector<std::uint32_t> m_slotById; // the same, indexed by id, when ids are dense
    QStringList m_slotLabels;
    std::vector<std::int64_t> m_slotKeys; // product ids

    // Baskets hold slots until numberItems() turns them into dense items.
    mining::BasketSet m_baskets;
    // Per order: the number of the last basket that took each slot, so an item
    // on two lines of an order counts once without a set per basket.
    std::vector<std::uint32_t> m_stamp;
    std::uint32_t m_basketNumber = 0;
    std::int64_t m_orderId = 0;
    // Per customer: every (customer, slot) line, grouped after the scan.
    QHash<qint64, std::uint32_t> m_customerIndex;
    std::vector<std::int64_t> m_customerIds;
    std::vector<std::uint32_t> m_lineCustomer;
    std::vector<std::uint32_t> m_lineSlot;
};

} // namespace rapport::core
