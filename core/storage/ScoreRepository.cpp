#include "storage/ScoreRepository.h"

#include "storage/BulkInsert.h"
#include "storage/MiningRepository.h"
#include "storage/RowScan.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "value/Features.h"
#include "value/ValueJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <xgboost/c_api.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>

namespace rapport::core {

using value::PurchaseHistory;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::ScoreRepository)
};

constexpr std::int64_t kCheckEvery = std::int64_t(1) << 14;

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, Text::tr("Scoring was cancelled."));
}

// "2024-03-05" as a Julian day, without QDate's string parsing (millions of rows).
std::int32_t julianDay(std::string_view text)
{
    if (text.size() != 10)
        return 0;
    auto digits = [text](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    return value::dayNumber(QDate(digits(0, 4), digits(5, 2), digits(8, 2)));
}

std::int64_t minor(double major)
{
    return static_cast<std::int64_t>(std::llround(major * 100.0));
}

// Reads the orders on the raw handle (the same reason as BasketLoader: one
// QVariant per column per row would triple the cost at ten million lines).
class PurchaseLoader
{
public:
    PurchaseLoader(QSqlDatabase db, Progress& progress)
        : m_db(std::move(db))
        , m_progress(progress)
    {}

    Result<PurchaseHistory> load()
    {
        if (Status s = readCustomersAndProducts(); !s)
            return s.error();
        if (Status s = scan(); !s)
            return s.error();
        return build();
    }

private:
    Status readCustomersAndProducts()
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status s = sql::exec(q, QStringLiteral("SELECT id FROM customers "
                                                   "WHERE deleted_at IS NULL"));
            !s)
            return s;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id >= 0) {
                if (static_cast<std::size_t>(id) >= m_liveCustomer.size())
                    m_liveCustomer.resize(static_cast<std::size_t>(id) + 1, false);
                m_liveCustomer[static_cast<std::size_t>(id)] = true;
            }
        }
        if (Status s = sql::finished(q); !s)
            return s;
        // Every product, deleted ones too: an old order's money still counts.
        if (Status s = sql::exec(q, QStringLiteral("SELECT id, category FROM products "
                                                   "ORDER BY category, id"));
            !s)
            return s;
        QHash<QString, std::uint32_t> slotOfCategory;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString category = q.value(1).toString();
            auto slot = slotOfCategory.constFind(category);
            if (slot == slotOfCategory.constEnd()) {
                slot = slotOfCategory.insert(category, std::uint32_t(m_slotNames.size()));
                m_slotNames << (category.isEmpty() ? MiningRepository::noCategoryLabel()
                                                   : category);
            }
            m_slotOfProduct.insert(id, *slot);
        }
        m_slotSpend.assign(static_cast<std::size_t>(m_slotNames.size()), 0);
        return sql::finished(q);
    }

    Status scan()
    {
        auto lines =
            sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM order_lines"));
        if (!lines)
            return lines.error();
        const std::int64_t total = lines->toLongLong();
        const QString stage = Text::tr("Loading the orders");
        m_progress.report(0, total, stage);
        // CROSS JOIN: orders stay the outer loop, walked in rowid order (no sort).
        const QString statement =
            QStringLiteral("SELECT o.id, o.customer_id, o.ordered_on, l.product_id, "
                           "l.quantity * l.unit_price_minor FROM orders o "
                           "CROSS JOIN order_lines l ON l.order_id = o.id "
                           "WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' "
                           "ORDER BY o.id");
        auto scan = RowScan::prepare(m_db, statement);
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
                m_progress.report(std::min(rows, total), total, stage);
                if (m_progress.isCancelled())
                    return cancelled();
            }
            const std::int64_t orderId = scan->integer(0);
            if (orderId != m_orderId) {
                closeOrder();
                m_orderId = orderId;
                m_customer = scan->integer(1);
                m_day = julianDay(scan->text(2));
            }
            const std::int64_t amount = scan->integer(4);
            m_orderAmount += amount;
            const auto slot = m_slotOfProduct.constFind(scan->integer(3));
            if (slot != m_slotOfProduct.constEnd()) {
                if (m_slotSpend[*slot] == 0)
                    m_touched.push_back(*slot);
                m_slotSpend[*slot] += amount + 1; // + 1: a free line still names a category
            }
        }
        closeOrder();
        m_progress.report(total, total, stage);
        return {};
    }

    void closeOrder()
    {
        if (m_orderId == 0)
            return;
        std::uint32_t main = kNoSlot;
        std::int64_t best = 0;
        for (std::uint32_t slot : m_touched) {
            if (m_slotSpend[slot] > best || (m_slotSpend[slot] == best && slot < main)) {
                best = m_slotSpend[slot];
                main = slot;
            }
            m_slotSpend[slot] = 0;
        }
        m_touched.clear();
        const bool live = m_customer >= 0
                          && static_cast<std::size_t>(m_customer) < m_liveCustomer.size()
                          && m_liveCustomer[static_cast<std::size_t>(m_customer)];
        if (live && m_day > 0) {
            m_customers.push_back(m_customer);
            m_days.push_back(m_day);
            m_amounts.push_back(static_cast<double>(m_orderAmount) / 100.0);
            m_slots.push_back(main);
        }
        m_orderAmount = 0;
        m_orderId = 0;
    }

    // Categories beyond the sixteenth most bought are folded into "Other", so
    // that the next-category model has classes with enough buyers to learn.
    PurchaseHistory build()
    {
        std::vector<std::int64_t> orders(static_cast<std::size_t>(m_slotNames.size()), 0);
        for (std::uint32_t slot : m_slots) {
            if (slot != kNoSlot)
                ++orders[slot];
        }
        std::vector<std::uint32_t> bySize(orders.size());
        std::iota(bySize.begin(), bySize.end(), 0U);
        std::stable_sort(bySize.begin(), bySize.end(),
                         [&](std::uint32_t l, std::uint32_t r) { return orders[l] > orders[r]; });
        const int limit = PurchaseHistory::kMaxCategories;
        std::vector<std::uint8_t> mapped(orders.size(), PurchaseHistory::kNoCategory);
        QStringList names;
        // Only categories someone bought count towards the limit.
        const auto bought =
            std::count_if(orders.begin(), orders.end(), [](std::int64_t n) { return n > 0; });
        const bool fold = bought > limit;
        for (std::size_t i = 0; i < bySize.size(); ++i) {
            if (orders[bySize[i]] == 0)
                break;
            if (fold && static_cast<int>(i) >= limit - 1) {
                if (names.size() < limit)
                    names << Text::tr("Other");
                mapped[bySize[i]] = static_cast<std::uint8_t>(limit - 1);
                continue;
            }
            mapped[bySize[i]] = static_cast<std::uint8_t>(names.size());
            names << m_slotNames.at(static_cast<qsizetype>(bySize[i]));
        }
        value::PurchaseHistoryBuilder builder;
        builder.setCategoryNames(names);
        for (std::size_t i = 0; i < m_customers.size(); ++i) {
            builder.add(m_customers[i], m_days[i], m_amounts[i],
                        m_slots[i] == kNoSlot ? PurchaseHistory::kNoCategory : mapped[m_slots[i]]);
        }
        m_customers = {};
        m_days = {};
        m_amounts = {};
        m_slots = {};
        return builder.build(true);
    }

    static constexpr std::uint32_t kNoSlot = 0xffffffff;
    QSqlDatabase m_db;
    Progress& m_progress;
    std::vector<bool> m_liveCustomer;
    QHash<qint64, std::uint32_t> m_slotOfProduct;
    QStringList m_slotNames;
    std::vector<std::int64_t> m_slotSpend;
    std::vector<std::uint32_t> m_touched;
    std::int64_t m_orderId = 0;
    std::int64_t m_customer = 0;
    std::int32_t m_day = 0;
    std::int64_t m_orderAmount = 0;
    std::vector<std::int64_t> m_customers;
    std::vector<std::int32_t> m_days;
    std::vector<double> m_amounts;
    std::vector<std::uint32_t> m_slots;
};

ScoringRun runFrom(const QSqlQuery& q)
{
    ScoringRun run;
    run.id = q.value(0).toLongLong();
    run.createdAt = q.value(1).toString();
    run.asOf = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    run.modelVersion = q.value(3).toString();
    run.timeUnit = q.value(4).toString();
    run.periodDays = q.value(5).toInt();
    run.customers = q.value(6).toLongLong();
    run.seconds = q.value(7).toDouble();
    run.report = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    return run;
}

const QString kRunColumns = QStringLiteral(
    "id, created_at, as_of, model_version, time_unit, period_days, customers, seconds, report");

} // namespace

QString ScoreRepository::modelVersion()
{
    int major = 0, minorVersion = 0, patch = 0;
    XGBoostVersion(&major, &minorVersion, &patch);
    return QStringLiteral("rapport-value 1 (BG/NBD, Gamma-Gamma, XGBoost %1.%2.%3)")
        .arg(major)
        .arg(minorVersion)
        .arg(patch);
}

Result<PurchaseHistory> ScoreRepository::loadPurchases(Progress& progress) const
{
    // The newest order before reading: orders an import adds while the scores
    // are computed count as added since (ids only grow).
    auto lastOrder = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM orders"));
    if (!lastOrder)
        return lastOrder.error();
    m_lastOrderLoaded = lastOrder->toLongLong();
    return PurchaseLoader(m_db, progress).load();
}

Result<RowId> ScoreRepository::saveRun(const value::ValueResult& result,
                                       const PurchaseHistory& history, double seconds,
                                       Progress& progress)
{
    const value::ValueReport& report = result.report;
    const QString version = modelVersion();
    const QString asOf = value::dateOf(report.asOf).toString(Qt::ISODate);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    QSqlQuery q(m_db);
    // The newest order the scores saw, so the page can tell when an import
    // has added orders since.
    qint64 lastOrder = m_lastOrderLoaded;
    if (lastOrder < 0) { // scores from a history read elsewhere: the newest now
        auto newest = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM orders"));
        if (!newest)
            return newest.error();
        lastOrder = newest->toLongLong();
    }
    QJsonObject reportObject = value::reportJson(report);
    reportObject.insert(QStringLiteral("last_order_id"), lastOrder);
    const QByteArray json = QJsonDocument(reportObject).toJson(QJsonDocument::Compact);
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO scoring_runs (created_at, as_of, "
                                            "model_version, time_unit, period_days, customers, "
                                            "seconds, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {now(), asOf, version, value::timeUnitKey(report.options.unit),
                              report.options.periodDays, static_cast<qint64>(report.customers),
                              std::max(0.0, seconds), QString::fromUtf8(json)});
        !s)
        return s.error();
    const RowId runId = q.lastInsertId().toLongLong();
    if (Status s = sql::execOnce(m_db, QStringLiteral("DELETE FROM customer_scores")); !s)
        return s.error();

    auto handle = BulkInsert::handleOf(m_db);
    if (!handle)
        return handle.error();
    BulkInsert insert(*handle, "customer_scores",
                      "customer_id, run_id, model_version, scored_on, recency_days, frequency, "
                      "monetary_minor, r_score, f_score, m_score, segment, p_alive, "
                      "expected_purchases, expected_spend_minor, clv_minor, churn_risk, "
                      "next_category, next_category_p, churn_driver, churn_driver_value",
                      20);
    if (Status s = insert.prepare(); !s)
        return s.error();
    const QString stage = Text::tr("Saving the scores");
    const auto total = static_cast<std::int64_t>(result.customers.size());
    // The segment keys, converted once rather than per customer.
    QStringList segmentKeys;
    for (int s = 0; s < value::kRfmSegmentCount; ++s)
        segmentKeys << value::rfmSegmentKey(static_cast<value::RfmSegment>(s));
    for (std::size_t c = 0; c < result.customers.size(); ++c) {
        if (static_cast<std::int64_t>(c) % kCheckEvery == 0) {
            progress.report(static_cast<std::int64_t>(c), total, stage);
            if (progress.isCancelled())
                return cancelled();
        }
        const value::CustomerValue& v = result.customers[c];
        if (!v.rfm.scored)
            continue;
        std::optional<double> nextP;
        QString nextCategory;
        if (v.nextCategory >= 0 && v.nextCategory < history.categoryNames.size()) {
            nextCategory = history.categoryNames.at(v.nextCategory);
            nextP = std::clamp(v.nextCategoryProbability, 0.0, 1.0);
        }
        std::optional<double> churn;
        if (v.churnRisk)
            churn = std::clamp(*v.churnRisk, 0.0, 1.0);
        const Status s = insert.add({
            history.customerKeys[c],
            runId,
            version,
            asOf,
            v.rfm.recencyDays,
            v.rfm.frequency,
            minor(v.rfm.monetary),
            v.rfm.r,
            v.rfm.f,
            v.rfm.m,
            segmentKeys.at(static_cast<int>(v.rfm.segment)),
            std::clamp(v.pAlive, 0.0, 1.0),
            std::max(0.0, v.expectedPurchases),
            minor(v.expectedSpend),
            minor(v.clv),
            churn,
            nextCategory.isEmpty() ? BulkValue() : BulkValue(nextCategory),
            nextP,
            v.churnDriver >= 0 ? BulkValue(value::featureKey(v.churnDriver)) : BulkValue(),
            // NaN (a gap of a one-purchase customer) is stored as NULL.
            v.churnDriver >= 0 && !std::isnan(v.churnDriverValue)
                ? BulkValue(static_cast<double>(v.churnDriverValue))
                : BulkValue(),
        });
        if (!s)
            return s.error();
    }
    if (Status s = insert.flush(); !s)
        return s.error();
    progress.report(total, total, stage);
    // The last chance to cancel: after the commit the scores are there to stay.
    if (progress.isCancelled())
        return cancelled();
    if (Status s = transaction.commit(); !s)
        return s.error();
    notify(Entity::CustomerScores, runId);
    return runId;
}

Result<QList<ScoringRun>> ScoreRepository::runs() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q, QStringLiteral("SELECT %1 FROM scoring_runs ORDER BY id DESC").arg(kRunColumns));
        !s)
        return s.error();
    QList<ScoringRun> out;
    while (q.next())
        out << runFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return out;
}

Result<std::optional<ScoringRun>> ScoreRepository::latestRun() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s =
            sql::exec(q, QStringLiteral("SELECT %1 FROM scoring_runs ORDER BY id DESC LIMIT 1")
                             .arg(kRunColumns));
        !s)
        return s.error();
    std::optional<ScoringRun> run;
    if (q.next())
        run = runFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return run;
}

Result<std::optional<CustomerScore>> ScoreRepository::score(RowId customerId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q,
            QStringLiteral(
                "SELECT customer_id, run_id, model_version, scored_on, recency_days, "
                "frequency, monetary_minor, r_score, f_score, m_score, segment, "
                "p_alive, expected_purchases, expected_spend_minor, clv_minor, "
                "churn_risk, next_category, next_category_p, churn_driver, churn_driver_value "
                "FROM customer_scores WHERE customer_id = ?"),
            {qint64(customerId)});
        !s)
        return s.error();
    std::optional<CustomerScore> out;
    if (q.next()) {
        CustomerScore s;
        s.customerId = q.value(0).toLongLong();
        s.runId = q.value(1).toLongLong();
        s.modelVersion = q.value(2).toString();
        s.scoredOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        s.recencyDays = q.value(4).toInt();
        s.frequency = q.value(5).toInt();
        s.monetaryMinor = q.value(6).toLongLong();
        s.r = q.value(7).toInt();
        s.f = q.value(8).toInt();
        s.m = q.value(9).toInt();
        s.segment = q.value(10).toString();
        s.pAlive = q.value(11).toDouble();
        s.expectedPurchases = q.value(12).toDouble();
        s.expectedSpendMinor = q.value(13).toLongLong();
        s.clvMinor = q.value(14).toLongLong();
        if (!q.value(15).isNull())
            s.churnRisk = q.value(15).toDouble();
        s.nextCategory = q.value(16).toString();
        if (!q.value(17).isNull())
            s.nextCategoryProbability = q.value(17).toDouble();
        s.churnDriver = q.value(18).toString();
        s.churnDriverValue = q.value(19).isNull() ? std::numeric_limits<double>::quiet_NaN()
                                                  : q.value(19).toDouble();
        out = s;
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    return out;
}

Result<QList<ValuePoint>> ScoreRepository::valuePoints(int maxPoints) const
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM customer_scores"));
    if (!count)
        return count.error();
    const qint64 step =
        std::max<qint64>(1, (count->toLongLong() + maxPoints - 1) / std::max(1, maxPoints));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT frequency, p_alive, clv_minor "
                                            "FROM customer_scores WHERE customer_id % ? = 0"),
                             {step});
        !s)
        return s.error();
    QList<ValuePoint> out;
    while (q.next())
        out << ValuePoint{q.value(0).toInt(), q.value(1).toDouble(), q.value(2).toLongLong()};
    if (Status s = sql::finished(q); !s)
        return s.error();
    return out;
}

Result<qint64> ScoreRepository::ordersAddedSince(const ScoringRun& run) const
{
    const qint64 last = run.report.value(QStringLiteral("last_order_id")).toInteger(-1);
    if (last < 0)
        return qint64(0); // a run from before this was recorded: unknown, say nothing
    auto added = sql::scalar(m_db,
                             QStringLiteral("SELECT count(*) FROM orders WHERE id > ? AND "
                                            "deleted_at IS NULL"),
                             {last});
    if (!added)
        return added.error();
    return added->toLongLong();
}

Result<QList<RowId>> ScoreRepository::segmentMembers(const QString& segmentKey) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT c.id FROM customer_scores s "
                                            "JOIN customers c ON c.id = s.customer_id "
                                            "WHERE s.segment = ? AND c.deleted_at IS NULL "
                                            "ORDER BY c.sort_key, c.id"),
                             {segmentKey});
        !s)
        return s.error();
    QList<RowId> out;
    while (q.next())
        out << q.value(0).toLongLong();
    if (Status s = sql::finished(q); !s)
        return s.error();
    return out;
}

} // namespace rapport::core
