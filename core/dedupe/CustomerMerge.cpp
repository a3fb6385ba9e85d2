#include "dedupe/CustomerMerge.h"

#include "dedupe/IdList.h"
#include "storage/AuditLog.h"
#include "storage/AuditSnapshots.h"
#include "storage/CustomerRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::CustomerMerge" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::CustomerMerge)
};

QVariant big(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

Error changedSince()
{
    return Error::make(Error::Code::Conflict,
                       Text::tr("The merged customers were changed after the merge, so it "
                                "cannot be undone."));
}

// Columns that identify the row or stamp its history: a merge never changes
// them (updated_at is stamped anew by every write, undo included).
bool isIdentityColumn(const QString& column)
{
    static const QSet<QString> identity = {
        QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("deleted_at")};
    return identity.contains(column);
}

// The keeper's stored columns, all of them (derived ones and those added by
// later migrations included), so undo writes back exactly what was there.
Result<QList<QPair<QString, QVariant>>> storedColumns(const QSqlDatabase& db, RowId id)
{
    QSqlQuery q(db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT * FROM customers WHERE id = ?"), {big(id)});
        !s)
        return s.error();
    if (!q.next()) {
        if (Status s = sql::finished(q); !s)
            return s.error();
        return Error::make(Error::Code::NotFound, Text::tr("This customer does not exist."));
    }
    QList<QPair<QString, QVariant>> columns;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (!isIdentityColumn(name))
            columns.append({name, q.isNull(i) ? QVariant() : q.value(i)}); // NULL stays NULL
    }
    return columns;
}

// Writes `columns` back to the live customer `id`. The column names come from
// the table itself (storedColumns), never from a user; they are checked anyway
// before they go into the SQL text.
Status restoreColumns(const QSqlDatabase& db, RowId id,
                      const QList<QPair<QString, QVariant>>& columns, const QString& stamp)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    QStringList assignments;
    for (const auto& [name, value] : columns) {
        if (!identifier.match(name).hasMatch() || isIdentityColumn(name))
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("Not a customer column: %1").arg(name));
        // sql-scan: identifier: column names read from the customers table itself, checked against
        // ^[a-z_][a-z0-9_]*$ above
        assignments << name + QStringLiteral(" = ?");
    }
    assignments << QStringLiteral("updated_at = ?");
    QSqlQuery q(db);
    // sql-scan: identifier: column names read from the customers table itself, checked against
    // ^[a-z_][a-z0-9_]*$ above
    if (!q.prepare(QStringLiteral("UPDATE customers SET %1 WHERE id = ? AND deleted_at IS NULL")
                       .arg(assignments.join(QStringLiteral(", ")))))
        return sql::errorFrom(q);
    int index = 0;
    for (const auto& column : columns)
        sql::bind(q, index++, column.second);
    sql::bind(q, index++, stamp);
    sql::bind(q, index, big(id));
    if (Status s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound,
                           Text::tr("The kept customer does not exist any more."));
    return {};
}

// Moves the rows of `table` (orders or activities: ours, never user input)
// that belong to any of `fromIds` to `toId`, and says which moved from where.
Result<QList<MergeRecord::Moved>> moveRows(const QSqlDatabase& db, const QString& table,
                                           const QList<RowId>& fromIds, RowId toId,
                                           const QString& stamp)
{
    const QString ids = jsonIdList(fromIds);
    QList<MergeRecord::Moved> moved;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    // sql-scan: identifier: table is "orders" or "activities", fixed by every caller in this file
    if (Status s = sql::exec(select,
                             QStringLiteral("SELECT id, customer_id FROM %1 WHERE customer_id IN "
                                            "(SELECT value FROM json_each(?)) ORDER BY id")
                                 .arg(table),
                             {ids});
        !s)
        return s.error();
    while (select.next())
        moved.append({select.value(0).toLongLong(), select.value(1).toLongLong()});
    if (Status s = sql::finished(select); !s)
        return s.error();
    if (moved.isEmpty())
        return moved;
    QSqlQuery update(db);
    // sql-scan: identifier: table is "orders" or "activities", fixed by every caller in this file
    if (Status s = sql::exec(update,
                             QStringLiteral("UPDATE %1 SET customer_id = ?, updated_at = ? WHERE "
                                            "customer_id IN (SELECT value FROM json_each(?))")
                                 .arg(table),
                             {big(toId), stamp, ids});
        !s)
        return s.error();
    return moved;
}

Status moveRowsBack(const QSqlDatabase& db, const QString& table,
                    const QList<MergeRecord::Moved>& moved, RowId keeperId, const QString& stamp)
{
    if (moved.isEmpty())
        return {};
    QSqlQuery update(db);
    // sql-scan: identifier: table is "orders" or "activities", fixed by every caller in this file
    if (!update.prepare(QStringLiteral("UPDATE %1 SET customer_id = ?, updated_at = ? "
                                       "WHERE id = ? AND customer_id = ?")
                            .arg(table)))
        return sql::errorFrom(update);
    for (const MergeRecord::Moved& row : moved) {
        sql::bind(update, 0, big(row.from));
        sql::bind(update, 1, stamp);
        sql::bind(update, 2, big(row.id));
        sql::bind(update, 3, big(keeperId));
        if (Status s = sql::exec(update); !s)
            return s;
        if (update.numRowsAffected() != 1)
            return changedSince();
    }
    return {};
}

// Gives the keeper the others' tags. A tag the keeper already has (or got from
// an earlier record) is not linked twice: that link is dropped and recorded.
Status moveTags(const QSqlDatabase& db, const QList<RowId>& fromIds, RowId toId,
                MergeRecord& record)
{
    QSet<RowId> held;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s =
            sql::exec(q, QStringLiteral("SELECT tag_id FROM customer_tags WHERE customer_id = ?"),
                      {big(toId)});
        !s)
        return s;
    while (q.next())
        held.insert(q.value(0).toLongLong());
    if (Status s = sql::finished(q); !s)
        return s;

    QList<MergeRecord::TagLink> links;
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT customer_id, tag_id FROM customer_tags WHERE "
                                            "customer_id IN (SELECT value FROM json_each(?)) "
                                            "ORDER BY customer_id, tag_id"),
                             {jsonIdList(fromIds)});
        !s)
        return s;
    while (q.next())
        links.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    if (Status s = sql::finished(q); !s)
        return s;

    QSqlQuery move(db);
    QSqlQuery drop(db);
    if (!move.prepare(QStringLiteral("UPDATE customer_tags SET customer_id = ? "
                                     "WHERE customer_id = ? AND tag_id = ?")))
        return sql::errorFrom(move);
    if (!drop.prepare(
            QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?")))
        return sql::errorFrom(drop);
    for (const MergeRecord::TagLink& link : std::as_const(links)) {
        if (held.contains(link.tagId)) {
            sql::bind(drop, 0, big(link.customerId));
            sql::bind(drop, 1, big(link.tagId));
            if (Status s = sql::exec(drop); !s)
                return s;
            record.droppedTags << link;
        } else {
            sql::bind(move, 0, big(toId));
            sql::bind(move, 1, big(link.customerId));
            sql::bind(move, 2, big(link.tagId));
            if (Status s = sql::exec(move); !s)
                return s;
            held.insert(link.tagId);
            record.movedTags << link;
        }
    }
    return {};
}

// Puts the tag links back. A tag deleted since has taken its links with it:
// there is nothing to put back for it, and that is no reason to refuse the undo.
Status restoreTags(const QSqlDatabase& db, const MergeRecord& record)
{
    QSqlQuery back(db);
    if (!back.prepare(QStringLiteral("UPDATE customer_tags SET customer_id = ? "
                                     "WHERE customer_id = ? AND tag_id = ?")))
        return sql::errorFrom(back);
    for (const MergeRecord::TagLink& link : record.movedTags) {
        sql::bind(back, 0, big(link.customerId));
        sql::bind(back, 1, big(record.keeperId));
        sql::bind(back, 2, big(link.tagId));
        if (Status s = sql::exec(back); !s)
            return s;
    }
    QSqlQuery relink(db);
    if (!relink.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                                       "SELECT ?, id FROM tags WHERE id = ?")))
        return sql::errorFrom(relink);
    for (const MergeRecord::TagLink& link : record.droppedTags) {
        sql::bind(relink, 0, big(link.customerId));
        sql::bind(relink, 1, big(link.tagId));
        if (Status s = sql::exec(relink); !s)
            return s;
    }
    return {};
}

// The field names the audit log uses for the merge dialog's fields (the
// same as AuditLog::diff's).
QString auditField(CustomerField field)
{
    switch (field) {
    case CustomerField::Name:
        return QStringLiteral("name");
    case CustomerField::Code:
        return QStringLiteral("code");
    case CustomerField::Email:
        return QStringLiteral("email");
    case CustomerField::Phone:
        return QStringLiteral("phone");
    case CustomerField::City:
        return QStringLiteral("city");
    case CustomerField::Address:
        return QStringLiteral("address");
    case CustomerField::Company:
        return QStringLiteral("company");
    case CustomerField::Owner:
        return QStringLiteral("owner");
    case CustomerField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

QString compactJson(const QJsonObject& object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// One 'merge' row on the keeper per merged record: field "#id" names the
// record merged in, old/new hold the keeper's values and the ones taken from
// that record (JSON objects by field; null when nothing was taken).
Status auditMerge(const QSqlDatabase& db, const QList<Customer>& records,
                  const FieldChoices& choices, const QString& at)
{
    const Customer& keeper = records.first();
    const QStringList customKeys = FieldChoices::customKeys(records);
    for (qsizetype i = 1; i < records.size(); ++i) {
        const Customer& merged = records[i];
        QJsonObject before;
        QJsonObject taken;
        for (CustomerField field : FieldChoices::allFields()) {
            if (choices.sourceOf(field, records) != merged.id)
                continue;
            const QString oldText = FieldChoices::text(keeper, field);
            const QString newText = FieldChoices::text(merged, field);
            if (oldText == newText)
                continue;
            before.insert(auditField(field), oldText);
            taken.insert(auditField(field), newText);
        }
        for (const QString& key : customKeys) {
            if (choices.customSourceOf(key, records) != merged.id)
                continue;
            const QString oldText = FieldChoices::customText(keeper, key);
            const QString newText = FieldChoices::customText(merged, key);
            if (oldText == newText)
                continue;
            before.insert(QStringLiteral("custom.") + key, oldText);
            taken.insert(QStringLiteral("custom.") + key, newText);
        }
        if (Status s = AuditLog::record(
                db, QStringLiteral("customers"), keeper.id, AuditLog::Action::Merge,
                QStringLiteral("#%1").arg(merged.id), compactJson(before), compactJson(taken), at);
            !s)
            return s;
    }
    return {};
}

} // namespace

Result<QList<MergeCandidate>> CustomerMerge::candidates(const QList<RowId>& ids) const
{
    const CustomerRepository customers(m_db);
    QList<MergeCandidate> result;
    QSqlQuery counts(m_db);
    if (!counts.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM orders WHERE customer_id = ? AND deleted_at IS NULL), "
            "(SELECT count(*) FROM activities WHERE customer_id = ? AND deleted_at IS NULL), "
            "(SELECT count(*) FROM customer_tags WHERE customer_id = ?)")))
        return sql::errorFrom(counts);
    for (RowId id : ids) {
        auto customer = customers.get(id);
        if (!customer)
            return customer.error();
        for (int i = 0; i < 3; ++i)
            sql::bind(counts, i, big(id));
        if (Status s = sql::exec(counts); !s)
            return s.error();
        MergeCandidate candidate;
        candidate.customer = std::move(customer).value();
        if (counts.next()) {
            candidate.orderCount = counts.value(0).toInt();
            candidate.activityCount = counts.value(1).toInt();
            candidate.tagCount = counts.value(2).toInt();
        }
        if (Status s = sql::finished(counts); !s)
            return s.error();
        result << candidate;
    }
    return result;
}

Result<MergeRecord> CustomerMerge::merge(RowId keeperId, const QList<RowId>& otherIds,
                                         const FieldChoices& choices) const
{
    if (otherIds.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("Choose at least two customers to merge."));
    QSet<RowId> distinct{keeperId};
    for (RowId id : otherIds) {
        if (distinct.contains(id))
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("A customer cannot be merged with itself."));
        distinct.insert(id);
    }

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // No hub here: the changes are announced once the whole merge is committed.
    CustomerRepository customers(m_db, nullptr, *m_clock);
    QList<Customer> records;
    for (RowId id : QList<RowId>{keeperId} + otherIds) {
        auto customer = customers.get(id);
        if (!customer)
            return customer.error();
        records << std::move(customer).value();
    }

    MergeRecord record;
    record.keeperId = keeperId;
    record.mergedIds = otherIds;
    auto before = storedColumns(m_db, keeperId);
    if (!before)
        return before.error();
    record.keeperBefore = std::move(before).value();

    const Customer merged = choices.apply(records);
    if (Status s = customers.update(merged); !s)
        return s.error();
    const QString stamp = now();
    if (Status s = auditMerge(m_db, records, choices, stamp); !s)
        return s.error();
    auto orders = moveRows(m_db, QStringLiteral("orders"), otherIds, keeperId, stamp);
    if (!orders)
        return orders.error();
    record.orders = std::move(orders).value();
    auto activities = moveRows(m_db, QStringLiteral("activities"), otherIds, keeperId, stamp);
    if (!activities)
        return activities.error();
    record.activities = std::move(activities).value();
    if (Status s = moveTags(m_db, otherIds, keeperId, record); !s)
        return s.error();
    for (RowId id : otherIds) {
        if (Status s = customers.remove(id); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();

    notify(Entity::Customer, keeperId);
    for (RowId id : otherIds)
        notify(Entity::Customer, id);
    if (!record.orders.isEmpty())
        notify(Entity::Order, 0); // one reload for any number of moved orders
    return record;
}

Status CustomerMerge::undo(const MergeRecord& record) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    CustomerRepository customers(m_db, nullptr, *m_clock);
    for (RowId id : record.mergedIds) {
        if (Status s = customers.restore(id); !s)
            return s;
    }
    const QString stamp = now();
    if (Status s =
            moveRowsBack(m_db, QStringLiteral("orders"), record.orders, record.keeperId, stamp);
        !s)
        return s;
    if (Status s = moveRowsBack(m_db, QStringLiteral("activities"), record.activities,
                                record.keeperId, stamp);
        !s)
        return s;
    if (Status s = restoreTags(m_db, record); !s)
        return s;
    // restoreColumns() writes the stored columns directly: the audit rows
    // come from the keeper as read before and after.
    auto keeperBefore = customers.get(record.keeperId);
    if (Status s = restoreColumns(m_db, record.keeperId, record.keeperBefore, stamp); !s)
        return s;
    if (keeperBefore) {
        auto keeperAfter = customers.get(record.keeperId);
        if (!keeperAfter)
            return keeperAfter.error();
        if (Status s = AuditLog::recordCustomerUpdate(m_db, *keeperBefore, *keeperAfter, stamp); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;

    notify(Entity::Customer, record.keeperId);
    for (RowId id : record.mergedIds)
        notify(Entity::Customer, id);
    if (!record.orders.isEmpty())
        notify(Entity::Order, 0);
    return {};
}

} // namespace rapport::core
