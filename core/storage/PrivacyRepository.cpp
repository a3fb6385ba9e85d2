#include "storage/PrivacyRepository.h"

#include "domain/SortKey.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport::core {

namespace {

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

// The ids of the customer's deals and activities, as subqueries (the
// activities of a deal count as the customer's even without a customer id).
const QString kDealsOf = QStringLiteral("SELECT id FROM deals WHERE customer_id = ?");
const QString kActivitiesOf =
    QStringLiteral("SELECT id FROM activities WHERE customer_id = ? "
                   "OR deal_id IN (SELECT id FROM deals WHERE customer_id = ?)");

// Custom field types whose values are picked from a list or are numbers and
// dates: they describe the business (a channel, an invoice amount), not the
// person, and stay on anonymized orders and deals. Every other type (text,
// long text, e-mail, phone, URL) and any key without a definition goes.
const QStringList kStructuredTypes = {QStringLiteral("number"), QStringLiteral("money"),
                                      QStringLiteral("date"),   QStringLiteral("bool"),
                                      QStringLiteral("choice"), QStringLiteral("multi_choice")};

// A string as the audit log stores it: JSON text with quotes and escapes.
QString jsonString(const QString& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace

PrivacyRepository::PrivacyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QJsonArray> PrivacyRepository::rows(const QString& statement,
                                           const QVariantList& values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return sql::errorFrom(q);
    for (int i = 0; i < values.size(); ++i)
        sql::bind(q, i, values[i]);
    if (Status s = sql::exec(q); !s)
        return s.error();
    QJsonArray result;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = q.value(i);
            row.insert(record.fieldName(i),
                       value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
        }
        result.append(row);
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

Result<int> PrivacyRepository::change(const QString& statement, const QVariantList& values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(statement))
        return sql::errorFrom(q);
    // Qt 6.4 counts every '?' as its own value (numbered ? placeholders are
    // refused), so statements that need a value twice list it twice.
    for (int i = 0; i < values.size(); ++i)
        sql::bind(q, i, values[i]);
    if (Status s = sql::exec(q); !s)
        return s.error();
    return q.numRowsAffected();
}

Result<PrivacyRepository::Subject> PrivacyRepository::subject(RowId customerId) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT uuid, name, email, phone, deleted_at IS NOT "
                                            "NULL FROM customers WHERE id = ?"),
                             {idValue(customerId)});
        !s)
        return s.error();
    if (!q.next()) {
        if (Status s = sql::finished(q); !s)
            return s.error();
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("rapport::core::PrivacyRepository",
                                                       "There is no customer with id %1.")
                               .arg(customerId));
    }
    Subject subject;
    subject.id = customerId;
    subject.uuid = q.value(0).toString();
    subject.name = q.value(1).toString();
    subject.email = q.value(2).toString();
    subject.phone = q.value(3).toString();
    subject.deleted = q.value(4).toBool();
    return subject;
}

// ---- Reading

Result<QJsonObject> PrivacyRepository::customer(RowId customerId) const
{
    auto list = rows(QStringLiteral("SELECT c.id, c.uuid, c.name, c.code, c.email, c.phone, "
                                    "c.city, c.address, coalesce(co.name, '') AS company, "
                                    "c.owner, c.opted_out, c.notes, c.custom, c.created_at, "
                                    "c.updated_at, c.deleted_at FROM customers c "
                                    "LEFT JOIN companies co ON co.id = c.company_id "
                                    "WHERE c.id = ?"),
                     {idValue(customerId)});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return subject(customerId).error(); // the NotFound message
    return list->first().toObject();
}

Result<QJsonObject> PrivacyRepository::company(RowId customerId) const
{
    auto list = rows(QStringLiteral("SELECT co.name, co.phone, co.website, co.address "
                                    "FROM companies co JOIN customers c ON c.company_id = co.id "
                                    "WHERE c.id = ?"),
                     {idValue(customerId)});
    if (!list)
        return list.error();
    return list->isEmpty() ? QJsonObject() : list->first().toObject();
}

Result<QHash<QString, QString>> PrivacyRepository::customFieldLabels(const QString& entity) const
{
    auto list = rows(QStringLiteral("SELECT key, label FROM custom_field_defs WHERE entity = ? "
                                    "ORDER BY deleted_at IS NOT NULL, position, id"),
                     {entity});
    if (!list)
        return list.error();
    QHash<QString, QString> labels;
    for (const QJsonValue& row : std::as_const(*list)) {
        const QString key = row[QLatin1String("key")].toString();
        if (!labels.contains(key))
            labels.insert(key, row[QLatin1String("label")].toString());
    }
    return labels;
}

Result<QJsonArray> PrivacyRepository::tags(RowId customerId) const
{
    return rows(QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = "
                               "ct.tag_id WHERE ct.customer_id = ? ORDER BY t.name"),
                {idValue(customerId)});
}

Result<QJsonArray> PrivacyRepository::orders(RowId customerId) const
{
    auto list = rows(QStringLiteral("SELECT id, number, ordered_on, status, currency, "
                                    "total_minor, notes, custom, deleted_at FROM orders "
                                    "WHERE customer_id = ? ORDER BY ordered_on, id"),
                     {idValue(customerId)});
    if (!list)
        return list.error();
    QJsonArray result;
    for (const QJsonValue& value : std::as_const(*list)) {
        QJsonObject order = value.toObject();
        const RowId orderId = order.take(QLatin1String("id")).toInteger();
        auto lines = rows(QStringLiteral("SELECT p.name AS product, p.sku, l.quantity, "
                                         "l.unit_price_minor, "
                                         "l.quantity * l.unit_price_minor AS line_total_minor "
                                         "FROM order_lines l JOIN products p ON p.id = "
                                         "l.product_id WHERE l.order_id = ? ORDER BY l.position, "
                                         "l.id"),
                          {idValue(orderId)});
        if (!lines)
            return lines.error();
        order.insert(QLatin1String("lines"), *lines);
        result.append(order);
    }
    return result;
}

Result<QJsonArray> PrivacyRepository::activities(RowId customerId) const
{
    return rows(QStringLiteral("SELECT a.kind, a.subject, a.body, coalesce(d.title, '') AS deal, "
                               "a.due_at, a.remind_at, a.done_at, a.created_at, a.deleted_at "
                               "FROM activities a LEFT JOIN deals d ON d.id = a.deal_id "
                               "WHERE a.customer_id = ? OR a.deal_id IN (SELECT id FROM deals "
                               "WHERE customer_id = ?) ORDER BY a.created_at, a.id"),
                {idValue(customerId), idValue(customerId)});
}

Result<QJsonArray> PrivacyRepository::deals(RowId customerId) const
{
    return rows(QStringLiteral("SELECT d.title, p.name AS pipeline, s.name AS stage, "
                               "d.amount_minor, d.currency, d.expected_close_on, d.probability, "
                               "d.owner, d.notes, d.custom, d.created_at, d.deleted_at "
                               "FROM deals d JOIN pipelines p ON p.id = d.pipeline_id "
                               "JOIN pipeline_stages s ON s.id = d.stage_id "
                               "WHERE d.customer_id = ? ORDER BY d.created_at, d.id"),
                {idValue(customerId)});
}

Result<QJsonArray> PrivacyRepository::emails(RowId customerId) const
{
    return rows(QStringLiteral("SELECT c.name AS campaign, o.to_name, o.to_address, o.subject, "
                               "o.status, o.queued_at, o.sent_at, o.body_text FROM outbox o "
                               "JOIN campaigns c ON c.id = o.campaign_id "
                               "WHERE o.customer_id = ? ORDER BY o.queued_at, o.id"),
                {idValue(customerId)});
}

Result<QJsonArray> PrivacyRepository::consentEvents(RowId customerId) const
{
    return rows(QStringLiteral("SELECT kind, happened_on, source, wording, created_at "
                               "FROM consent_events WHERE customer_id = ? ORDER BY id"),
                {idValue(customerId)});
}

Result<QJsonArray> PrivacyRepository::scores(RowId customerId) const
{
    return rows(QStringLiteral("SELECT scored_on, model_version, segment, recency_days, "
                               "frequency, monetary_minor, r_score, f_score, m_score, p_alive, "
                               "expected_purchases, expected_spend_minor, clv_minor, churn_risk, "
                               "next_category, next_category_p FROM customer_scores "
                               "WHERE customer_id = ?"),
                {idValue(customerId)});
}

Result<QJsonArray> PrivacyRepository::auditEntries(RowId customerId) const
{
    return rows(QStringLiteral("SELECT at, actor, entity, action, field, old_value, new_value "
                               "FROM audit_log WHERE (entity = 'customers' AND entity_id = ?) "
                               "OR (entity = 'orders' AND entity_id IN (SELECT id FROM orders "
                               "WHERE customer_id = ?)) "
                               "OR (entity = 'deals' AND entity_id IN (SELECT id FROM deals "
                               "WHERE customer_id = ?)) "
                               "OR (entity = 'activities' AND entity_id IN (SELECT id FROM "
                               "activities WHERE customer_id = ? OR deal_id IN (SELECT id "
                               "FROM deals WHERE customer_id = ?))) ORDER BY at, id"),
                QVariantList(5, idValue(customerId)));
}

Result<QJsonArray> PrivacyRepository::importJournal(RowId customerId) const
{
    return rows(QStringLiteral("SELECT r.file_name, r.started_at, j.before FROM import_changes j "
                               "JOIN import_runs r ON r.id = j.run_id WHERE j.tbl = 'customers' "
                               "AND j.kind = 'updated' AND ? BETWEEN j.first_id AND j.last_id "
                               "AND j.before IS NOT NULL ORDER BY j.id"),
                {idValue(customerId)});
}

// ---- Erasing

Result<int> PrivacyRepository::anonymizeCustomer(RowId customerId, const QString& placeholderName,
                                                 const QString& at)
{
    return change(QStringLiteral("UPDATE customers SET name = ?, sort_key = ?, code = '', "
                                 "email = '', phone = '', phone_digits = '', city = '', "
                                 "address = '', company_id = NULL, notes = '', custom = '{}', "
                                 "search_text = '', updated_at = ? WHERE id = ?"),
                  {placeholderName, personSortKeyFor(placeholderName), at, idValue(customerId)});
}

Result<int> PrivacyRepository::deleteTags(RowId customerId)
{
    return change(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"),
                  {idValue(customerId)});
}

Result<int> PrivacyRepository::deleteActivities(RowId customerId)
{
    return change(QStringLiteral("DELETE FROM activities WHERE id IN (") + kActivitiesOf
                      + QLatin1Char(')'),
                  {idValue(customerId), idValue(customerId)});
}

Result<QString> PrivacyRepository::keepStructuredCustom(const QString& entity,
                                                        const QString& customJson) const
{
    auto types =
        rows(QStringLiteral("SELECT key, type FROM custom_field_defs WHERE entity = ?"), {entity});
    if (!types)
        return types.error();
    QHash<QString, QString> typeOf;
    for (const QJsonValue& row : std::as_const(*types))
        typeOf.insert(row[QLatin1String("key")].toString(), row[QLatin1String("type")].toString());
    const QJsonObject custom = QJsonDocument::fromJson(customJson.toUtf8()).object();
    QJsonObject kept;
    for (auto it = custom.begin(); it != custom.end(); ++it) {
        if (kStructuredTypes.contains(typeOf.value(it.key())))
            kept.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

Result<int> PrivacyRepository::anonymizeDeals(RowId customerId,
                                              const std::function<QString(RowId)>& titleFor,
                                              const QString& at)
{
    auto list = rows(QStringLiteral("SELECT id, custom FROM deals WHERE customer_id = ?"),
                     {idValue(customerId)});
    if (!list)
        return list.error();
    for (const QJsonValue& row : std::as_const(*list)) {
        const RowId id = row[QLatin1String("id")].toInteger();
        auto custom =
            keepStructuredCustom(QStringLiteral("deals"), row[QLatin1String("custom")].toString());
        if (!custom)
            return custom.error();
        auto changed = change(QStringLiteral("UPDATE deals SET title = ?, notes = '', custom = ?, "
                                             "updated_at = ? WHERE id = ?"),
                              {titleFor(id), *custom, at, idValue(id)});
        if (!changed)
            return changed.error();
    }
    return static_cast<int>(list->size());
}

Result<int> PrivacyRepository::anonymizeOrders(RowId customerId, const QString& at)
{
    auto list = rows(QStringLiteral("SELECT id, custom FROM orders WHERE customer_id = ?"),
                     {idValue(customerId)});
    if (!list)
        return list.error();
    for (const QJsonValue& row : std::as_const(*list)) {
        auto custom =
            keepStructuredCustom(QStringLiteral("orders"), row[QLatin1String("custom")].toString());
        if (!custom)
            return custom.error();
        auto changed = change(QStringLiteral("UPDATE orders SET notes = '', custom = ?, "
                                             "updated_at = ? WHERE id = ?"),
                              {*custom, at, idValue(row[QLatin1String("id")].toInteger())});
        if (!changed)
            return changed.error();
    }
    return static_cast<int>(list->size());
}

Result<int> PrivacyRepository::anonymizeOutbox(RowId customerId, const QString& at)
{
    // to_address must not be empty: an address under the reserved .invalid
    // domain can never be delivered, should anything still try.
    return change(QStringLiteral("UPDATE outbox SET to_name = '', to_address = 'erased@invalid', "
                                 "subject = '', html = '', body_text = '', last_error = '', "
                                 "status = CASE status WHEN 'queued' THEN 'cancelled' ELSE "
                                 "status END, updated_at = ? WHERE customer_id = ?"),
                  {at, idValue(customerId)});
}

Result<int> PrivacyRepository::anonymizeConsent(RowId customerId)
{
    return change(QStringLiteral("UPDATE consent_events SET source = '', wording = '' "
                                 "WHERE customer_id = ?"),
                  {idValue(customerId)});
}

Result<int> PrivacyRepository::deleteScores(RowId customerId)
{
    return change(QStringLiteral("DELETE FROM customer_scores WHERE customer_id = ?"),
                  {idValue(customerId)});
}

Result<int> PrivacyRepository::blankImportJournal(RowId customerId)
{
    auto customers = change(QStringLiteral("UPDATE import_changes SET before = '{}' "
                                           "WHERE tbl = 'customers' AND kind = 'updated' "
                                           "AND ? BETWEEN first_id AND last_id "
                                           "AND before IS NOT NULL AND before <> '{}'"),
                            {idValue(customerId)});
    if (!customers)
        return customers;
    auto orders = change(QStringLiteral("UPDATE import_changes SET before = json_remove(before, "
                                        "'$.notes', '$.custom') WHERE tbl = 'orders' "
                                        "AND kind = 'updated' AND before IS NOT NULL AND "
                                        "first_id IN (SELECT id FROM orders WHERE customer_id = "
                                        "?)"),
                         {idValue(customerId)});
    if (!orders)
        return orders;
    return *customers + *orders;
}

Result<QList<RowId>> PrivacyRepository::mergedInto(RowId customerId) const
{
    QList<RowId> found;
    QList<RowId> pending{customerId};
    while (!pending.isEmpty()) {
        const RowId keeper = pending.takeFirst();
        // A merge row's field is "#<id of the record merged in>".
        auto fields = sql::strings(m_db,
                                   QStringLiteral("SELECT field FROM audit_log WHERE entity = "
                                                  "'customers' AND entity_id = ? AND action = "
                                                  "'merge' AND field LIKE '#%'"),
                                   {idValue(keeper)});
        if (!fields)
            return fields.error();
        for (const QString& field : std::as_const(*fields)) {
            bool ok = false;
            const RowId merged = field.mid(1).toLongLong(&ok);
            if (ok && merged != customerId && !found.contains(merged)) {
                found << merged;
                pending << merged;
            }
        }
    }
    return found;
}

Result<int> PrivacyRepository::blankAuditValues(const Subject& subject)
{
    const QString byRow =
        QStringLiteral("(entity = 'customers' AND entity_id = ?) "
                       "OR (entity = 'orders' AND entity_id IN (SELECT id FROM orders WHERE "
                       "customer_id = ?)) OR (entity = 'deals' AND entity_id IN (")
        + kDealsOf + QStringLiteral(")) OR (entity = 'activities' AND entity_id IN (")
        + kActivitiesOf + QStringLiteral("))");
    // Other rows can hold the customer's values too (an order moved to another
    // customer names them, a merge): match the stored JSON of the name exactly,
    // and the address and number as whole JSON strings anywhere in a value —
    // quoted, so "jo@x.com" does not match another customer's "bojo@x.com".
    const QString byValue =
        QStringLiteral("old_value = ? OR new_value = ? "
                       "OR (length(?) > 0 AND (instr(old_value, json_quote(?)) > 0 "
                       "OR instr(new_value, json_quote(?)) > 0)) "
                       "OR (length(?) > 0 AND (instr(old_value, json_quote(?)) > 0 "
                       "OR instr(new_value, json_quote(?)) > 0))");
    return change(QStringLiteral("UPDATE audit_log SET old_value = NULL, new_value = NULL "
                                 "WHERE (old_value IS NOT NULL OR new_value IS NOT NULL) AND (")
                      + byRow + QStringLiteral(" OR ") + byValue + QLatin1Char(')'),
                  QVariantList(5, idValue(subject.id)) + QVariantList(2, jsonString(subject.name))
                      + QVariantList(3, subject.email) + QVariantList(3, subject.phone));
}

Result<int> PrivacyRepository::blankSuppressionNote(const QString& email)
{
    if (email.trimmed().isEmpty())
        return 0;
    return change(QStringLiteral("UPDATE suppressions SET note = '' WHERE address = "
                                 "lower(trim(?)) AND note <> ''"),
                  {email});
}

Status PrivacyRepository::optimizeSearchIndex()
{
    return sql::execOnce(m_db, QStringLiteral("INSERT INTO customers_fts (customers_fts) "
                                              "VALUES ('optimize')"));
}

Result<bool> PrivacyRepository::secureDelete() const
{
    auto value = sql::scalar(m_db, QStringLiteral("PRAGMA secure_delete"));
    if (!value)
        return value.error();
    return value->toInt() != 0;
}

Status PrivacyRepository::setSecureDelete(bool on)
{
    // A pragma takes no bound values; the text is one of two fixed statements.
    return sql::execOnce(m_db, on ? QStringLiteral("PRAGMA secure_delete = ON")
                                  : QStringLiteral("PRAGMA secure_delete = OFF"));
}

Result<bool> PrivacyRepository::checkpointTruncate()
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        return s.error();
    // One row: busy (1 when it could not finish), frames in the WAL, frames
    // written back; -1, -1 when the file is not in WAL mode.
    if (!q.next())
        return true;
    return q.value(0).toInt() == 0;
}

} // namespace rapport::core
