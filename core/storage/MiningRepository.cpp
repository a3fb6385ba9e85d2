#include "storage/MiningRepository.h"

#include "domain/Activity.h"
#include "storage/BasketLoader.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rapport::core {

using mining::BasketQuery;
using mining::BasketSet;
using mining::BasketUnit;
using mining::Item;
using mining::ItemLevel;
using mining::ItemsetKind;
using mining::MiningRun;
using mining::StoredRule;

namespace {

// User-visible messages, translated in the "rapport::core::MiningRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::MiningRepository)
};

// Progress is reported, and Cancel looked at, once per this many rows: often
// enough for a responsive Cancel, rarely enough to cost nothing per row.
constexpr std::int64_t kCheckEvery = std::int64_t(1) << 14;

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

QVariant countValue(std::uint64_t n)
{
    return QVariant::fromValue<qlonglong>(qlonglong(n));
}

QVariant dateOrNull(const std::optional<QDate>& date)
{
    // An invalid QVariant binds as NULL (a null QString would bind as '').
    return date && date->isValid() ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, Text::tr("Mining was cancelled."));
}

QString kindKey(ItemsetKind kind)
{
    switch (kind) {
    case ItemsetKind::All:
        return QStringLiteral("all");
    case ItemsetKind::Closed:
        return QStringLiteral("closed");
    case ItemsetKind::Maximal:
        return QStringLiteral("maximal");
    }
    return {};
}

ItemsetKind kindFromKey(const QString& key)
{
    if (key == QLatin1String("closed"))
        return ItemsetKind::Closed;
    if (key == QLatin1String("maximal"))
        return ItemsetKind::Maximal;
    return ItemsetKind::All;
}

// The text of one JSON string value ("a\"b" with its quotes), for arrays built
// by joining: a run repeats the same few items in thousands of rules.
QString jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString jsonArray(const QStringList& values)
{
    return QLatin1Char('[') + values.join(QLatin1Char(',')) + QLatin1Char(']');
}

QJsonArray parseArray(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QList<std::int64_t> keysFrom(const QString& text)
{
    QList<std::int64_t> keys;
    const QJsonArray array = parseArray(text);
    for (const QJsonValue& value : array)
        keys << value.toInteger();
    return keys;
}

QStringList labelsFrom(const QString& text)
{
    QStringList labels;
    const QJsonArray array = parseArray(text);
    for (const QJsonValue& value : array)
        labels << value.toString();
    return labels;
}

const QString kSelectRun = QStringLiteral(
    "SELECT id, created_at, basket_unit, item_level, date_from, date_to, algorithm, "
    "min_support, min_count, max_size, itemset_kind, min_confidence, min_lift, max_antecedent, "
    "max_consequent, transactions, items, itemsets, rule_count, seconds FROM mining_runs ");

MiningRun runFrom(const QSqlQuery& q)
{
    MiningRun run;
    run.id = q.value(0).toLongLong();
    run.createdAt = fromTimestamp(q.value(1).toString());
    run.baskets.unit = q.value(2).toString() == QLatin1String("customer") ? BasketUnit::Customer
                                                                          : BasketUnit::Order;
    run.baskets.level = q.value(3).toString() == QLatin1String("category") ? ItemLevel::Category
                                                                           : ItemLevel::Product;
    if (!q.value(4).isNull())
        run.baskets.from = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    if (!q.value(5).isNull())
        run.baskets.to = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (auto algorithm = mining::algorithmFromKey(q.value(6).toString()))
        run.mining.algorithm = *algorithm;
    run.mining.minSupport = q.value(7).toDouble();
    run.mining.minCount = mining::Support(q.value(8).toLongLong());
    run.mining.maxSize = q.value(9).toInt();
    run.mining.kind = kindFromKey(q.value(10).toString());
    run.rules.minConfidence = q.value(11).toDouble();
    run.rules.minLift = q.value(12).toDouble();
    run.rules.maxAntecedent = q.value(13).toInt();
    run.rules.maxConsequent = q.value(14).toInt();
    run.transactions = std::size_t(q.value(15).toLongLong());
    run.items = std::size_t(q.value(16).toLongLong());
    run.itemsets = std::size_t(q.value(17).toLongLong());
    run.ruleCount = std::size_t(q.value(18).toLongLong());
    run.seconds = q.value(19).toDouble();
    return run;
}

// The rule columns, in the order storedRuleFrom() reads them from `first` on.
const QString kRuleColumns = QStringLiteral(
    "r.id, r.run_id, r.antecedent_keys, r.consequent_keys, r.antecedent_labels, "
    "r.consequent_labels, r.count, r.support, r.confidence, r.lift, r.leverage, r.conviction");

StoredRule storedRuleFrom(const QSqlQuery& q, int first = 0)
{
    StoredRule rule;
    rule.id = q.value(first).toLongLong();
    rule.runId = q.value(first + 1).toLongLong();
    rule.antecedentKeys = keysFrom(q.value(first + 2).toString());
    rule.consequentKeys = keysFrom(q.value(first + 3).toString());
    rule.antecedentLabels = labelsFrom(q.value(first + 4).toString());
    rule.consequentLabels = labelsFrom(q.value(first + 5).toString());
    rule.count = mining::Support(q.value(first + 6).toLongLong());
    rule.support = q.value(first + 7).toDouble();
    rule.confidence = q.value(first + 8).toDouble();
    rule.lift = q.value(first + 9).toDouble();
    rule.leverage = q.value(first + 10).toDouble();
    // NULL stands for an infinite conviction (a rule that always holds).
    rule.conviction = q.value(first + 11).isNull() ? std::numeric_limits<double>::infinity()
                                                   : q.value(first + 11).toDouble();
    return rule;
}

// Live, uncancelled orders: what every purchase query counts.
const QString kLiveOrder = QStringLiteral("o.deleted_at IS NULL AND o.status <> 'cancelled'");

} // namespace

QString MiningRepository::noCategoryLabel()
{
    return Text::tr("(no category)");
}

Result<BasketSet> MiningRepository::loadBaskets(const BasketQuery& query, Progress& progress) const
{
    return BasketLoader(m_db, query, progress).load();
}

Result<RowId> MiningRepository::saveRun(MiningRun run, const std::vector<mining::Rule>& rules,
                                        const BasketSet& baskets)
{
    SilentProgress progress;
    return saveRun(std::move(run), rules, baskets, progress);
}

Result<RowId> MiningRepository::saveRun(MiningRun run, const std::vector<mining::Rule>& rules,
                                        const BasketSet& baskets, Progress& progress)
{
    const std::size_t itemCount = baskets.itemCount();
    if (!baskets.keys.empty() && baskets.keys.size() != itemCount)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("saveRun: %1 keys for %2 items")
                               .arg(baskets.keys.size())
                               .arg(itemCount));
    // Each item's key and label as JSON, once: rules repeat the same items.
    QStringList keyJson;
    QStringList labelJson;
    keyJson.reserve(qsizetype(itemCount));
    labelJson.reserve(qsizetype(itemCount));
    for (std::size_t i = 0; i < itemCount; ++i) {
        keyJson << QString::number(baskets.keys.empty() ? std::int64_t(i) : baskets.keys[i]);
        labelJson << jsonString(baskets.labels.at(qsizetype(i)));
    }

    // A category run keeps its category names, so its keys resolve later.
    QStringList categoryJson;
    if (run.baskets.level == ItemLevel::Category) {
        std::vector<QString> names;
        for (std::size_t i = 0; i < itemCount; ++i) {
            const std::size_t key = baskets.keys.empty() ? i : std::size_t(baskets.keys[i]);
            if (key >= itemCount)
                return Error::make(
                    Error::Code::InvalidArgument,
                    QStringLiteral("saveRun: category key %1 out of range").arg(key));
            names.resize(std::max(names.size(), key + 1));
            names[key] = baskets.labels.at(qsizetype(i));
        }
        // loadBaskets() shows products without a category under a translated
        // label. The empty name sorts first, so only key 0 can be it; a real
        // category spelled like that label is told apart by the products.
        if (!names.empty() && names.front() == noCategoryLabel()) {
            auto unnamed = sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM products "
                                                            "WHERE category = '' AND "
                                                            "deleted_at IS NULL)"));
            if (!unnamed)
                return unnamed.error();
            if (unnamed->toBool())
                names.front().clear();
        }
        for (const QString& name : names)
            categoryJson << jsonString(name);
    }

    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    QSqlQuery q(m_db);
    const QString createdAt = run.createdAt.isValid() ? toTimestamp(run.createdAt) : now();
    if (Status s = sql::exec(
            q,
            QStringLiteral(
                "INSERT INTO mining_runs (uuid, created_at, basket_unit, item_level, date_from, "
                "date_to, algorithm, min_support, min_count, max_size, itemset_kind, "
                "min_confidence, min_lift, max_antecedent, max_consequent, categories, "
                "transactions, items, itemsets, rule_count, seconds) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {newUuid(),
             createdAt,
             mining::basketUnitKey(run.baskets.unit),
             mining::itemLevelKey(run.baskets.level),
             dateOrNull(run.baskets.from),
             dateOrNull(run.baskets.to),
             mining::algorithmKey(run.mining.algorithm),
             run.mining.minSupport,
             countValue(run.mining.minCount),
             run.mining.maxSize,
             kindKey(run.mining.kind),
             run.rules.minConfidence,
             run.rules.minLift,
             run.rules.maxAntecedent,
             run.rules.maxConsequent,
             jsonArray(categoryJson),
             countValue(run.transactions),
             countValue(run.items),
             countValue(run.itemsets),
             countValue(rules.size()),
             std::max(0.0, run.seconds)});
        !s)
        return s.error();
    const RowId runId = q.lastInsertId().toLongLong();

    // One statement, prepared once and executed per rule.
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO association_rules (run_id, antecedent_keys, consequent_keys, "
            "antecedent_labels, consequent_labels, count, support, confidence, lift, leverage, "
            "conviction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sql::errorFrom(insert);
    const QString stage = Text::tr("Saving the rules");
    const auto ruleTotal = std::int64_t(rules.size());
    QStringList keys;
    QStringList labels;
    auto side = [&](const std::vector<Item>& items) -> bool {
        keys.clear();
        labels.clear();
        for (Item item : items) {
            if (item >= itemCount)
                return false;
            keys << keyJson.at(qsizetype(item));
            labels << labelJson.at(qsizetype(item));
        }
        return true;
    };
    for (std::int64_t r = 0; r < ruleTotal; ++r) {
        const mining::Rule& rule = rules[std::size_t(r)];
        sql::bind(insert, 0, idValue(runId));
        if (!side(rule.antecedent))
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("saveRun: a rule names an unknown item"));
        sql::bind(insert, 1, jsonArray(keys));
        sql::bind(insert, 3, jsonArray(labels));
        if (!side(rule.consequent))
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("saveRun: a rule names an unknown item"));
        sql::bind(insert, 2, jsonArray(keys));
        sql::bind(insert, 4, jsonArray(labels));
        sql::bind(insert, 5, countValue(rule.count));
        sql::bind(insert, 6, rule.support);
        sql::bind(insert, 7, rule.confidence);
        sql::bind(insert, 8, rule.lift);
        sql::bind(insert, 9, rule.leverage);
        sql::bind(insert, 10,
                  std::isfinite(rule.conviction) ? QVariant(rule.conviction)
                                                 : QVariant(QMetaType(QMetaType::Double)));
        if (Status s = sql::exec(insert); !s)
            return s.error();
        if ((r + 1) % kCheckEvery == 0) {
            progress.report(r + 1, ruleTotal, stage);
            if (progress.isCancelled())
                return cancelled();
        }
    }
    // The last chance to cancel: after the commit the run is there to stay.
    if (progress.isCancelled())
        return cancelled();
    if (Status s = transaction.commit(); !s)
        return s.error();
    progress.report(ruleTotal, ruleTotal, stage);
    notify(Entity::MiningRun, runId);
    return runId;
}

Result<QList<MiningRun>> MiningRepository::runs() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, kSelectRun + QStringLiteral("ORDER BY created_at DESC, id DESC"));
        !s)
        return s.error();
    QList<MiningRun> list;
    while (q.next())
        list << runFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return list;
}

Result<std::optional<MiningRun>> MiningRepository::latestRun() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s =
            sql::exec(q, kSelectRun + QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT 1"));
        !s)
        return s.error();
    std::optional<MiningRun> run;
    if (q.next())
        run = runFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return run;
}

Result<MiningRun> MiningRepository::run(RowId runId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, kSelectRun + QStringLiteral("WHERE id = ?"), {idValue(runId)}); !s)
        return s.error();
    if (!q.next()) {
        if (Status s = sql::finished(q); !s)
            return s.error();
        return Error::make(Error::Code::NotFound, Text::tr("The mining run does not exist."));
    }
    return runFrom(q);
}

Status MiningRepository::removeRun(RowId runId)
{
    // One statement: the rules go with the run (ON DELETE CASCADE).
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q, QStringLiteral("DELETE FROM mining_runs WHERE id = ?"), {idValue(runId)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("The mining run does not exist."));
    notify(Entity::MiningRun, runId);
    return {};
}

Result<QList<StoredRule>> MiningRepository::rules(RowId runId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT ") + kRuleColumns
                                 + QStringLiteral(" FROM association_rules r WHERE r.run_id = ? "
                                                  "ORDER BY r.lift DESC, r.confidence DESC, "
                                                  "r.support DESC, r.id"),
                             {idValue(runId)});
        !s)
        return s.error();
    QList<StoredRule> list;
    while (q.next())
        list << storedRuleFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return list;
}

Result<StoredRule> MiningRepository::rule(RowId ruleId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT ") + kRuleColumns
                                 + QStringLiteral(" FROM association_rules r WHERE r.id = ?"),
                             {idValue(ruleId)});
        !s)
        return s.error();
    if (!q.next()) {
        if (Status s = sql::finished(q); !s)
            return s.error();
        return Error::make(Error::Code::NotFound, Text::tr("The rule does not exist."));
    }
    return storedRuleFrom(q);
}

Result<QStringList> MiningRepository::categories(RowId runId) const
{
    auto text = sql::scalar(m_db, QStringLiteral("SELECT categories FROM mining_runs WHERE id = ?"),
                            {idValue(runId)});
    if (!text) {
        if (text.error().code == Error::Code::NotFound)
            return Error::make(Error::Code::NotFound, Text::tr("The mining run does not exist."));
        return text.error();
    }
    return labelsFrom(text->toString());
}

Result<QList<RowId>> MiningRepository::ruleTargets(RowId ruleId) const
{
    auto level = sql::scalar(m_db,
                             QStringLiteral("SELECT m.item_level FROM association_rules r "
                                            "JOIN mining_runs m ON m.id = r.run_id WHERE r.id = ?"),
                             {idValue(ruleId)});
    if (!level) {
        if (level.error().code == Error::Code::NotFound)
            return Error::make(Error::Code::NotFound, Text::tr("The rule does not exist."));
        return level.error();
    }
    // keys: the items of each side (0 antecedent, 1 consequent); wanted: the
    // live products that stand for them (a category run's keys index the run's
    // category names).
    const QString wanted =
        QStringLiteral("target(id) AS (SELECT ?), keys(item, side) AS ("
                       " SELECT a.value, 0 FROM association_rules r, json_each(r.antecedent_keys) a"
                       " WHERE r.id = (SELECT id FROM target)"
                       " UNION ALL"
                       " SELECT c.value, 1 FROM association_rules r, json_each(r.consequent_keys) c"
                       " WHERE r.id = (SELECT id FROM target)), ")
        + (level->toString() == QLatin1String("category")
               ? QStringLiteral("wanted(product_id, item, side) AS ("
                                " SELECT p.id, k.item, k.side FROM keys k"
                                " JOIN association_rules r ON r.id = (SELECT id FROM target)"
                                " JOIN mining_runs m ON m.id = r.run_id"
                                " JOIN json_each(m.categories) n ON n.key = k.item"
                                " JOIN products p ON p.category = n.value"
                                " AND p.deleted_at IS NULL)")
               : QStringLiteral("wanted(product_id, item, side) AS ("
                                " SELECT item, item, side FROM keys)"));
    // held: which of those items each customer bought; a target holds every
    // antecedent item and no consequent item.
    const QString statement =
        QStringLiteral("WITH ") + wanted
        + QStringLiteral(", held(customer_id, item, side) AS ("
                         " SELECT DISTINCT o.customer_id, w.item, w.side FROM wanted w"
                         " JOIN order_lines l ON l.product_id = w.product_id"
                         " JOIN products p ON p.id = l.product_id AND p.deleted_at IS NULL"
                         " JOIN orders o ON o.id = l.order_id AND ")
        + kLiveOrder
        + QStringLiteral(") SELECT c.id FROM held h"
                         " JOIN customers c ON c.id = h.customer_id AND c.deleted_at IS NULL"
                         " GROUP BY c.id"
                         " HAVING sum(h.side = 0) = (SELECT count(DISTINCT item) FROM keys"
                         "                          WHERE side = 0)"
                         " AND sum(h.side = 1) = 0"
                         " ORDER BY c.sort_key, c.id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement, {idValue(ruleId)}); !s)
        return s.error();
    QList<RowId> customers;
    while (q.next())
        customers << q.value(0).toLongLong();
    if (Status s = sql::finished(q); !s)
        return s.error();
    return customers;
}

Result<QList<mining::Recommendation>> MiningRepository::alsoBuys(RowId customerId, int limit) const
{
    QList<mining::Recommendation> recommendations;
    if (limit <= 0)
        return recommendations;
    auto latest = latestRun();
    if (!latest)
        return latest.error();
    // Categories cannot be put in a basket: only a product run recommends.
    if (!*latest || (*latest)->baskets.level != ItemLevel::Product)
        return recommendations;

    // A rule fires when the customer bought its whole antecedent and none of
    // its consequent; each consequent product is then offered, with the best
    // rule that offers it as the reason.
    const QString statement =
        QStringLiteral("WITH bought(item) AS ("
                       " SELECT DISTINCT l.product_id FROM orders o"
                       " JOIN order_lines l ON l.order_id = o.id"
                       " JOIN products p ON p.id = l.product_id AND p.deleted_at IS NULL"
                       " WHERE o.customer_id = ? AND ")
        + kLiveOrder
        + QStringLiteral("), fired AS ("
                         " SELECT r.id, r.lift, r.confidence, r.support, r.consequent_keys"
                         " FROM association_rules r WHERE r.run_id = ?"
                         " AND NOT EXISTS (SELECT 1 FROM json_each(r.antecedent_keys) a"
                         "                 WHERE a.value NOT IN (SELECT item FROM bought))"
                         " AND NOT EXISTS (SELECT 1 FROM json_each(r.consequent_keys) c"
                         "                 WHERE c.value IN (SELECT item FROM bought))),"
                         " offers AS ("
                         " SELECT c.value AS product_id, f.id AS rule_id, f.lift, f.confidence,"
                         "  f.support, row_number() OVER (PARTITION BY c.value ORDER BY f.lift"
                         "  DESC, f.confidence DESC, f.support DESC, f.id) AS rank"
                         " FROM fired f, json_each(f.consequent_keys) c)"
                         " SELECT x.product_id, p.name, ")
        + kRuleColumns
        + QStringLiteral(" FROM offers x"
                         " JOIN products p ON p.id = x.product_id AND p.deleted_at IS NULL"
                         " JOIN association_rules r ON r.id = x.rule_id"
                         " WHERE x.rank = 1"
                         " ORDER BY x.lift DESC, x.confidence DESC, x.support DESC, x.product_id"
                         " LIMIT ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement, {idValue(customerId), idValue((*latest)->id), limit});
        !s)
        return s.error();
    while (q.next()) {
        mining::Recommendation recommendation;
        recommendation.productId = q.value(0).toLongLong();
        recommendation.productName = q.value(1).toString();
        recommendation.reason = storedRuleFrom(q, 2);
        recommendations << recommendation;
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    return recommendations;
}

} // namespace rapport::core
