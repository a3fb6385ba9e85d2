#include "storage/BasketLoader.h"

#include "storage/BulkInsert.h"
#include "storage/MiningRepository.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>

namespace rapport::core {

using mining::BasketUnit;
using mining::Item;
using mining::ItemLevel;

namespace {

// User-visible messages, translated in the "rapport::core::BasketLoader" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::BasketLoader)
};

// Progress is reported, and Cancel looked at, once per this many lines: often
// enough for a responsive Cancel, rarely enough to cost nothing per line.
constexpr std::int64_t kCheckEvery = std::int64_t(1) << 14;

QVariant dateValue(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

void sortBaskets(mining::BasketSet& baskets)
{
    for (std::size_t b = 0; b < baskets.basketCount(); ++b)
        std::sort(baskets.items.begin() + std::ptrdiff_t(baskets.starts[b]),
                  baskets.items.begin() + std::ptrdiff_t(baskets.starts[b + 1]));
}

} // namespace

BasketLoader::BasketLoader(QSqlDatabase db, const mining::BasketQuery& query, Progress& progress)
    : m_db(std::move(db))
    , m_query(query)
    , m_progress(progress)
    , m_stage(Text::tr("Loading the orders"))
{}

Result<mining::BasketSet> BasketLoader::load()
{
    m_progress.report(0, 0, m_stage);
    if (Status s = readSlots(); !s)
        return s.error();
    if (m_progress.isCancelled())
        return Error::make(Error::Code::Cancelled, Text::tr("Mining was cancelled."));
    if (Status s = scanLines(); !s)
        return s.error();
    if (m_query.unit == BasketUnit::Customer)
        groupByCustomer();
    else
        sortBaskets(m_baskets);
    numberItems();
    return std::move(m_baskets);
}

Status BasketLoader::readSlots()
{
    // Categories in SQLite's binary order, which the run's category keys
    // follow. Deleted products get no slot, so their lines are skipped.
    const bool byCategory = m_query.level == ItemLevel::Category;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s =
            sql::exec(q, byCategory ? QStringLiteral("SELECT id, category FROM products "
                                                     "WHERE deleted_at IS NULL "
                                                     "ORDER BY category, id")
                                    : QStringLiteral("SELECT id, name FROM products "
                                                     "WHERE deleted_at IS NULL ORDER BY id"));
        !s)
        return s;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString label = q.value(1).toString();
        if (!byCategory || m_slotLabels.isEmpty() || m_slotLabels.constLast() != label) {
            m_slotLabels << label;
            m_slotKeys.push_back(id);
        }
        m_slotOfProduct.insert(id, std::uint32_t(m_slotLabels.size() - 1));
    }
    m_stamp.assign(std::size_t(m_slotLabels.size()), 0);
    // Product ids are rowids, dense in practice: a table indexed by id looks
    // ten million lines up several times faster than the hash. Ids far
    // sparser than that (a hand-edited file) keep using the hash.
    qint64 maxId = 0;
    for (auto it = m_slotOfProduct.cbegin(); it != m_slotOfProduct.cend(); ++it)
        maxId = std::max(maxId, it.key());
    if (maxId < 4 * qint64(m_slotOfProduct.size()) + 65536) {
        m_slotById.assign(std::size_t(maxId) + 1, kNoSlot);
        for (auto it = m_slotOfProduct.cbegin(); it != m_slotOfProduct.cend(); ++it)
            m_slotById[std::size_t(it.key())] = it.value();
    }
    return sql::finished(q);
}

Status BasketLoader::scanLines()
{
    // The largest line id stands in for the number of lines: exact enough for
    // a progress bar, and free, where count(*) would read them all once more.
    auto lines = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM order_lines"));
    if (!lines)
        return lines.error();
    const std::int64_t total = lines->toLongLong();

    // CROSS JOIN keeps orders the outer loop, walked in rowid order, which is
    // what ORDER BY asks: no sort. Left to itself the planner scans the lines
    // first for a date range and sorts them all afterwards.
    QString statement = QStringLiteral("SELECT o.id, o.customer_id, l.product_id FROM orders o "
                                       "CROSS JOIN order_lines l ON l.order_id = o.id "
                                       "WHERE o.deleted_at IS NULL AND o.status <> 'cancelled'");
    if (m_query.from)
        statement += QStringLiteral(" AND o.ordered_on >= ?");
    if (m_query.to)
        statement += QStringLiteral(" AND o.ordered_on <= ?");
    statement += QStringLiteral(" ORDER BY o.id");
    QVariantList values;
    if (m_query.from)
        values << dateValue(*m_query.from);
    if (m_query.to)
        values << dateValue(*m_query.to);

    QStringList texts;
    for (const QVariant& value : values)
        texts << value.toString();
    // The one statement that reads every line runs on the raw handle (RowScan).
    auto scan = RowScan::prepare(m_db, statement, texts);
    if (!scan)
        return scan.error();
    std::int64_t rows = 0;
    while (true) {
        auto row = scan->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (++rows % kCheckEvery == 0) {
            m_progress.report(std::min(rows, total), total, m_stage);
            if (m_progress.isCancelled())
                return Error::make(Error::Code::Cancelled, Text::tr("Mining was cancelled."));
        }
        const std::uint32_t slot = slotOf(scan->integer(2));
        if (slot != kNoSlot)
            addLine(scan->integer(0), scan->integer(1), slot);
    }
    closeBasket();
    m_progress.report(total, total, m_stage);
    return {};
}

std::uint32_t BasketLoader::slotOf(std::int64_t productId) const
{
    if (!m_slotById.empty())
        return productId >= 0 && std::uint64_t(productId) < m_slotById.size()
                   ? m_slotById[std::size_t(productId)]
                   : kNoSlot;
    return m_slotOfProduct.value(productId, kNoSlot);
}

void BasketLoader::addLine(std::int64_t orderId, std::int64_t customerId, std::uint32_t slot)
{
    if (m_query.unit == BasketUnit::Customer) {
        // Lines come order by order, so the customer is mostly the last one.
        if (m_lineCustomer.empty() || customerId != m_customerIds[m_lineCustomer.back()]) {
            auto index = m_customerIndex.constFind(customerId);
            if (index == m_customerIndex.constEnd()) {
                index = m_customerIndex.insert(customerId, std::uint32_t(m_customerIds.size()));
                m_customerIds.push_back(customerId);
            }
            m_lineCustomer.push_back(*index);
        } else if (m_lineSlot.back() == slot) {
            return; // the same product on the next line: nothing to add
        } else {
            m_lineCustomer.push_back(m_lineCustomer.back());
        }
        m_lineSlot.push_back(slot);
        return;
    }
    if (m_basketNumber == 0 || orderId != m_orderId) {
        closeBasket();
        m_orderId = orderId;
        ++m_basketNumber;
    }
    if (m_stamp[slot] == m_basketNumber)
        return;
    m_stamp[slot] = m_basketNumber;
    m_baskets.items.push_back(slot);
}

void BasketLoader::closeBasket()
{
    // Only lines of live products reach a basket, so an order whose products
    // were all deleted makes none.
    if (m_baskets.items.size() > m_baskets.starts.back())
        m_baskets.starts.push_back(m_baskets.items.size());
}

void BasketLoader::groupByCustomer()
{
    // A counting sort of the lines by customer, the customers in id order.
    const std::size_t customers = m_customerIds.size();
    std::vector<std::uint32_t> byId(customers);
    std::iota(byId.begin(), byId.end(), std::uint32_t(0));
    std::sort(byId.begin(), byId.end(), [this](std::uint32_t a, std::uint32_t b) {
        return m_customerIds[a] < m_customerIds[b];
    });
    std::vector<std::uint32_t> basketOf(customers);
    for (std::size_t rank = 0; rank < customers; ++rank)
        basketOf[byId[rank]] = std::uint32_t(rank);

    std::vector<std::size_t> next(customers + 1, 0);
    for (std::uint32_t customer : m_lineCustomer)
        ++next[basketOf[customer] + 1];
    std::partial_sum(next.begin(), next.end(), next.begin());
    const std::vector<std::size_t> starts = next;
    std::vector<Item> grouped(m_lineSlot.size());
    for (std::size_t line = 0; line < m_lineSlot.size(); ++line)
        grouped[next[basketOf[m_lineCustomer[line]]]++] = m_lineSlot[line];
    m_lineCustomer = {};
    m_lineSlot = {};

    // Each customer's products once, in slot order.
    m_baskets.items.clear();
    m_baskets.items.reserve(grouped.size());
    for (std::size_t b = 0; b < customers; ++b) {
        const auto first = grouped.begin() + std::ptrdiff_t(starts[b]);
        const auto last = grouped.begin() + std::ptrdiff_t(starts[b + 1]);
        std::sort(first, last);
        m_baskets.items.insert(m_baskets.items.end(), first, std::unique(first, last));
        m_baskets.starts.push_back(m_baskets.items.size());
    }
}

void BasketLoader::numberItems()
{
    // Dense items in slot order (product id, or category name) for the slots
    // some basket holds; the order is kept, so sorted baskets stay sorted.
    constexpr Item kNone = std::numeric_limits<Item>::max();
    std::vector<Item> itemOfSlot(std::size_t(m_slotLabels.size()), kNone);
    for (Item slot : m_baskets.items)
        itemOfSlot[slot] = 0;
    const bool byCategory = m_query.level == ItemLevel::Category;
    for (std::size_t slot = 0; slot < itemOfSlot.size(); ++slot) {
        if (itemOfSlot[slot] == kNone)
            continue;
        const auto item = Item(m_baskets.labels.size());
        itemOfSlot[slot] = item;
        const QString& label = m_slotLabels.at(qsizetype(slot));
        if (byCategory) {
            m_baskets.keys.push_back(std::int64_t(item));
            m_baskets.labels << (label.isEmpty() ? MiningRepository::noCategoryLabel() : label);
        } else {
            m_baskets.keys.push_back(m_slotKeys[slot]);
            m_baskets.labels << label;
        }
    }
    for (Item& item : m_baskets.items)
        item = itemOfSlot[item];
}

} // namespace rapport::core
