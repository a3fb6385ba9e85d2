#include "storage/CustomerRepository.h"

#include "value/Rfm.h"

#include "domain/ContactRules.h"
#include "domain/SortKey.h"
#include "storage/AuditLog.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomValues.h"
#include "storage/SearchText.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "value/Rfm.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::CustomerRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::CustomerRepository)
};

// Cleans what a user typed; single-line fields lose stray spaces, notes keep
// their line breaks.
Customer cleaned(Customer c)
{
    c.name = contact::simplified(c.name);
    c.code = contact::simplified(c.code);
    c.email = contact::normalizedEmail(c.email);
    c.phone = contact::simplified(c.phone);
    c.city = contact::simplified(c.city);
    c.address = c.address.trimmed();
    c.owner = contact::simplified(c.owner);
    c.notes = c.notes.trimmed();
    if (c.custom.trimmed().isEmpty())
        c.custom = QStringLiteral("{}");
    return c;
}

Result<QString> companyNameOf(const QSqlDatabase& db, std::optional<RowId> companyId)
{
    if (!companyId)
        return QString();
    auto name = sql::scalar(
        db, QStringLiteral("SELECT name FROM companies WHERE id = ? AND deleted_at IS NULL"),
        {QVariant::fromValue<qlonglong>(*companyId)});
    if (!name) {
        if (name.error().code == Error::Code::NotFound)
            return Error::validation(QStringLiteral("company"),
                                     Text::tr("The chosen company does not exist any more."));
        return name.error();
    }
    return name->toString();
}

QString searchTextOf(const Customer& c, const QString& companyName,
                     const QString& customText = QString())
{
    // The words of text-like custom fields are found like the notes.
    return search::indexText(c.name, c.email, c.phone, companyName,
                             customText.isEmpty() ? c.notes
                                                  : c.notes + QLatin1Char(' ') + customText);
}

QVariant idOrNull(std::optional<RowId> id)
{
    return id ? QVariant::fromValue<qlonglong>(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Recomputes sort_key, phone_digits and search_text for the rows `where`
// selects; `defs` are the customer field definitions (for their words in the
// search text).
Status rebuild(const QSqlDatabase& db, const QList<CustomFieldDef>& defs, const QString& where,
               const QVariantList& values)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    // sql-scan: fixed fragment: `where` is a literal condition from the callers below (values
    // bound)
    if (!select.prepare(QStringLiteral("SELECT c.id, c.name, c.email, c.phone, c.notes, "
                                       "coalesce(co.name, ''), c.custom FROM customers c "
                                       "LEFT JOIN companies co ON co.id = c.company_id WHERE ")
                        + where))
        return sql::errorFrom(select);
    for (int i = 0; i < values.size(); ++i)
        sql::bind(select, i, values[i]);
    if (Status s = sql::exec(select); !s)
        return s;
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE customers SET sort_key = ?, phone_digits = ?, "
                                       "search_text = ? WHERE id = ?")))
        return sql::errorFrom(update);
    while (select.next()) {
        Customer c;
        c.name = select.value(1).toString();
        c.email = select.value(2).toString();
        c.phone = select.value(3).toString();
        c.notes = select.value(4).toString();
        sql::bind(update, 0, personSortKeyFor(c.name));
        sql::bind(update, 1, contact::phoneDigits(c.phone));
        const auto custom = customfields::parseObject(select.value(6).toString());
        sql::bind(update, 2,
                  searchTextOf(c, select.value(5).toString(),
                               custom ? customfields::searchText(defs, *custom) : QString()));
        sql::bind(update, 3, select.value(0));
        if (Status s = sql::exec(update); !s)
            return s;
    }
    if (Status s = sql::finished(select); !s)
        return s;
    return {};
}

const QString kSelectCustomer = QStringLiteral(
    "SELECT c.id, c.uuid, c.name, c.email, c.phone, c.city, c.address, c.company_id, "
    "coalesce(co.name, ''), c.owner, c.opted_out, c.notes, c.custom, c.created_at, c.updated_at, "
    "c.code FROM customers c LEFT JOIN companies co ON co.id = c.company_id AND co.deleted_at IS "
    "NULL ");

Customer customerFrom(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.city = q.value(5).toString();
    c.address = q.value(6).toString();
    if (!q.value(7).isNull())
        c.companyId = q.value(7).toLongLong();
    c.companyName = q.value(8).toString();
    c.owner = q.value(9).toString();
    c.optedOut = q.value(10).toBool();
    c.notes = q.value(11).toString();
    c.custom = q.value(12).toString();
    c.createdAt = q.value(13).toString();
    c.updatedAt = q.value(14).toString();
    c.code = q.value(15).toString();
    return c;
}

} // namespace

Status CustomerRepository::validate(const Customer& customer)
{
    const Customer c = cleaned(customer);
    if (c.name.isEmpty())
        return Error::validation(QStringLiteral("name"), Text::tr("A customer needs a name."));
    if (!c.email.isEmpty() && !contact::isValidEmail(c.email))
        return Error::validation(QStringLiteral("email"),
                                 Text::tr("“%1” is not a valid e-mail address.").arg(c.email));
    if (!c.phone.isEmpty() && !contact::isValidPhone(c.phone))
        return Error::validation(
            QStringLiteral("phone"),
            Text::tr("“%1” is not a valid phone number (5 to 20 digits; spaces, "
                     "dashes, brackets and a leading + are fine).")
                .arg(c.phone));
    return {};
}

Result<RowId> CustomerRepository::create(Customer customer)
{
    Customer c = cleaned(std::move(customer));
    if (Status s = validate(c); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto companyName = companyNameOf(m_db, c.companyId);
    if (!companyName)
        return companyName.error();
    auto custom = customvalues::prepare(m_db, FieldEntity::Customers, c.custom, true);
    if (!custom)
        return custom.error();
    c.custom = custom->json;
    if (c.uuid.isEmpty())
        c.uuid = newUuid();
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("INSERT INTO customers (uuid, name, sort_key, email, phone, "
                           "phone_digits, city, address, company_id, owner, opted_out, notes, "
                           "custom, search_text, created_at, updated_at, code) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {c.uuid, c.name, personSortKeyFor(c.name), c.email, c.phone,
             contact::phoneDigits(c.phone), c.city, c.address, idOrNull(c.companyId), c.owner,
             c.optedOut ? 1 : 0, c.notes, c.custom,
             searchTextOf(c, *companyName, custom->searchText), stamp, stamp, c.code});
        !s)
        return s.error();
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog::record(m_db, QStringLiteral("customers"), id, AuditLog::Action::Create,
                                    {}, {}, {}, stamp);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Customer, id);
    return id;
}

Status CustomerRepository::update(Customer customer)
{
    Customer c = cleaned(std::move(customer));
    if (Status s = validate(c); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto companyName = companyNameOf(m_db, c.companyId);
    if (!companyName)
        return companyName.error();
    auto custom = customvalues::prepare(m_db, FieldEntity::Customers, c.custom, false);
    if (!custom)
        return custom.error();
    c.custom = custom->json;
    // The stored row, read inside the transaction, for the audit log's diff.
    const auto before = get(c.id);
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("UPDATE customers SET name = ?, sort_key = ?, email = ?, phone = ?, "
                           "phone_digits = ?, city = ?, address = ?, company_id = ?, owner = ?, "
                           "opted_out = ?, notes = ?, custom = ?, search_text = ?, updated_at = ?, "
                           "code = ? WHERE id = ? AND deleted_at IS NULL"),
            {c.name, personSortKeyFor(c.name), c.email, c.phone, contact::phoneDigits(c.phone),
             c.city, c.address, idOrNull(c.companyId), c.owner, c.optedOut ? 1 : 0, c.notes,
             c.custom, searchTextOf(c, *companyName, custom->searchText), now(), c.code,
             QVariant::fromValue<qlonglong>(c.id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("This customer was deleted meanwhile."));
    if (before) {
        c.companyName = *companyName;
        if (Status s = AuditLog::recordCustomerUpdate(m_db, *before, c, now()); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Customer, c.id);
    return {};
}

Status CustomerRepository::remove(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // softDelete() writes the audit row.
    if (Status s = softDelete(QStringLiteral("customers"), Entity::Customer, id,
                              Text::tr("This customer does not exist."));
        !s)
        return s;
    return tx.commit();
}

Status CustomerRepository::restore(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = restoreDeleted(QStringLiteral("customers"), Entity::Customer, id,
                                  Text::tr("There is no deleted customer to restore."));
        !s)
        return s;
    return tx.commit();
}

Result<Customer> CustomerRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q, kSelectCustomer + QStringLiteral("WHERE c.id = ? AND c.deleted_at IS NULL"),
            {QVariant::fromValue<qlonglong>(id)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("This customer does not exist."));
    return customerFrom(q);
}

Result<QList<Customer>> CustomerRepository::search(const QString& text, int limit) const
{
    QList<Customer> found;
    if (search::matchExpression(text).isEmpty() || limit <= 0)
        return found;
    // The order (relevance, or names when too many match) is TableQuery's.
    QuerySpec spec;
    spec.search = text;
    auto page = TableQuery(m_db, tableDef()).page(spec, 0, limit);
    if (!page)
        return page.error();
    if (page->empty())
        return found;
    QJsonArray ids;
    for (const PageRow& row : *page)
        ids.append(QJsonValue(qint64(row.id)));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q, kSelectCustomer + QStringLiteral("WHERE c.id IN (SELECT value FROM json_each(?))"),
            {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
        !s)
        return s.error();
    QHash<RowId, Customer> byId;
    while (q.next()) {
        Customer c = customerFrom(q);
        byId.insert(c.id, c);
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    for (const PageRow& row : *page) {
        if (byId.contains(row.id))
            found << byId.value(row.id);
    }
    return found;
}

Result<QList<Tag>> CustomerRepository::tags(RowId customerId) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT t.id, t.name, t.color FROM tags t "
                                            "JOIN customer_tags ct ON ct.tag_id = t.id "
                                            "WHERE ct.customer_id = ? ORDER BY t.name"),
                             {QVariant::fromValue<qlonglong>(customerId)});
        !s)
        return s.error();
    QList<Tag> result;
    while (q.next())
        result << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

Status CustomerRepository::setTags(RowId customerId, const QList<RowId>& tagIds)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QVariant id = QVariant::fromValue<qlonglong>(customerId);
    auto before = tags(customerId);
    if (!before)
        return before.error();
    if (Status s = sql::execOnce(
            m_db, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"), {id});
        !s)
        return s;
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                                       "VALUES (?, ?)")))
        return sql::errorFrom(insert);
    for (RowId tagId : tagIds) {
        sql::bind(insert, 0, id);
        sql::bind(insert, 1, QVariant::fromValue<qlonglong>(tagId));
        if (Status s = sql::exec(insert); !s)
            return s;
    }
    auto after = tags(customerId);
    if (!after)
        return after.error();
    if (Status s = AuditLog::recordTagChanges(m_db, customerId, *before, *after, now()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Customer, customerId);
    return {};
}

Status CustomerRepository::forEachLive(const QSqlDatabase& db,
                                       const std::function<bool(const Customer&)>& visit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q, kSelectCustomer
                   + QStringLiteral("WHERE c.deleted_at IS NULL ORDER BY c.sort_key, c.id"));
        !s)
        return s;
    while (q.next()) {
        if (!visit(customerFrom(q)))
            break;
    }
    return sql::finished(q);
}

namespace {

// One column of the customer's row in customer_scores (a column name or an
// expression over it, always ours).
QString scoreExpr(const QString& column)
{
    // sql-scan: identifier: column is a literal customer_scores column/expression from tableDef()
    return QStringLiteral("(SELECT %1 FROM customer_scores WHERE customer_id = c.id)").arg(column);
}

// The segments in the order of value, for sorting (Champions first).
QString segmentRank()
{
    QStringList cases;
    // sql-scan: fixed fragment: segment keys from value::rfmSegmentKey() (an enum) and their int
    // ranks
    for (int s = 0; s < value::kRfmSegmentCount; ++s)
        cases << QStringLiteral("WHEN '%1' THEN %2")
                     .arg(value::rfmSegmentKey(static_cast<value::RfmSegment>(s)))
                     .arg(s);
    // sql-scan: fixed fragment: segment keys from value::rfmSegmentKey() (an enum) and their int
    // ranks
    return QStringLiteral("CASE segment %1 END").arg(cases.join(QLatin1Char(' ')));
}

} // namespace

TableDef CustomerRepository::tableDef()
{
    TableDef def;
    def.from = QStringLiteral("customers c");
    def.idExpr = QStringLiteral("c.id");
    def.baseWhere = QStringLiteral("c.deleted_at IS NULL");
    // The company comes from a scalar subquery rather than a join, so that rows
    // an OFFSET skips never touch the companies table.
    def.columns = {
        {QStringLiteral("name"), QStringLiteral("c.name"), QStringLiteral("c.sort_key")},
        {QStringLiteral("email"), QStringLiteral("c.email"), QStringLiteral("c.email")},
        {QStringLiteral("phone"), QStringLiteral("c.phone"), QStringLiteral("c.phone")},
        {QStringLiteral("company"),
         QStringLiteral("(SELECT name FROM companies WHERE id = c.company_id)"),
         QStringLiteral("coalesce((SELECT sort_key FROM companies WHERE id = c.company_id), '')")},
        {QStringLiteral("city"), QStringLiteral("c.city"), QStringLiteral("c.city")},
        {QStringLiteral("created"), QStringLiteral("c.created_at"), QStringLiteral("c.created_at")},
        // The latest scoring run's values (customer_scores), NULL for customers
        // not scored. Sorting on them walks every customer (no index can order
        // a subquery): about a second per page at a million customers.
        {QStringLiteral("segment"), scoreExpr(QStringLiteral("segment")),
         QStringLiteral("coalesce(%1, 99)").arg(scoreExpr(segmentRank()))},
        {QStringLiteral("clv"), scoreExpr(QStringLiteral("clv_minor")),
         QStringLiteral("coalesce(%1, -1)").arg(scoreExpr(QStringLiteral("clv_minor")))},
        {QStringLiteral("churn_risk"), scoreExpr(QStringLiteral("churn_risk")),
         QStringLiteral("coalesce(%1, -1)").arg(scoreExpr(QStringLiteral("churn_risk")))},
        {QStringLiteral("p_alive"), scoreExpr(QStringLiteral("p_alive")),
         QStringLiteral("coalesce(%1, -1)").arg(scoreExpr(QStringLiteral("p_alive")))},
    };
    def.filters = {
        {QStringLiteral("company"), QStringLiteral("c.company_id = ?")},
        {QStringLiteral("tag"), QStringLiteral("EXISTS (SELECT 1 FROM customer_tags t "
                                               "WHERE t.customer_id = c.id AND t.tag_id = ?)")},
    };
    using Kind = FilterField::Kind;
    def.filterFields = {
        {QStringLiteral("name"), QStringLiteral("c.name"), Kind::Text, {}},
        {QStringLiteral("code"), QStringLiteral("c.code"), Kind::Text, {}},
        {QStringLiteral("email"), QStringLiteral("c.email"), Kind::Text, {}},
        {QStringLiteral("phone"), QStringLiteral("c.phone"), Kind::Text, {}},
        {QStringLiteral("city"), QStringLiteral("c.city"), Kind::Text, {}},
        {QStringLiteral("address"), QStringLiteral("c.address"), Kind::Text, {}},
        {QStringLiteral("owner"), QStringLiteral("c.owner"), Kind::Text, {}},
        // A deleted company is no company, as CustomerRepository::get reads it.
        {QStringLiteral("company"),
         QStringLiteral("coalesce((SELECT name FROM companies WHERE id = c.company_id "
                        "AND deleted_at IS NULL), '')"),
         Kind::Text,
         {}},
        {QStringLiteral("opted_out"), QStringLiteral("c.opted_out"), Kind::Bool, {}},
        // The local day, as the table shows it (created_at is a UTC timestamp).
        {QStringLiteral("created"),
         QStringLiteral("date(c.created_at, 'localtime')"),
         Kind::Date,
         {}},
        {QStringLiteral("notes"), QStringLiteral("c.notes"), Kind::Text, {}},
        // Scores, in the units people type: a segment key, money in major
        // units, probabilities in percent.
        {QStringLiteral("segment"), scoreExpr(QStringLiteral("segment")), Kind::Choice, {}},
        {QStringLiteral("clv"), scoreExpr(QStringLiteral("clv_minor / 100.0")), Kind::Number, {}},
        {QStringLiteral("churn_risk"),
         scoreExpr(QStringLiteral("churn_risk * 100")),
         Kind::Number,
         {}},
        {QStringLiteral("p_alive"), scoreExpr(QStringLiteral("p_alive * 100")), Kind::Number, {}},
        {QStringLiteral("tags"),
         QStringLiteral("EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = c.id)"),
         Kind::Tags,
         QStringLiteral("EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                        "WHERE ct.customer_id = c.id AND t.name = ? COLLATE NOCASE)")},
    };
    def.ftsTable = QStringLiteral("customers_fts");
    return def;
}

Status CustomerRepository::rebuildDerivedColumns(const QSqlDatabase& db)
{
    auto defs = CustomFieldRepository(db).fields(FieldEntity::Customers);
    if (!defs)
        return defs.error();
    return rebuildDerivedColumns(db, *defs);
}

Status CustomerRepository::rebuildDerivedColumns(const QSqlDatabase& db,
                                                 const QList<CustomFieldDef>& customerFields)
{
    return rebuild(db, customerFields, QStringLiteral("1"), {});
}

Status CustomerRepository::refreshDerivedColumns(const QSqlDatabase& db, RowId customerId)
{
    auto defs = CustomFieldRepository(db).fields(FieldEntity::Customers);
    if (!defs)
        return defs.error();
    return refreshDerivedColumns(db, customerId, *defs);
}

Status CustomerRepository::refreshDerivedColumns(const QSqlDatabase& db, RowId customerId,
                                                 const QList<CustomFieldDef>& customerFields)
{
    return rebuild(db, customerFields, QStringLiteral("c.id = ?"),
                   {QVariant::fromValue<qlonglong>(customerId)});
}

Status CustomerRepository::refreshDerivedColumns(const QSqlDatabase& db,
                                                 const QList<RowId>& customerIds)
{
    if (customerIds.isEmpty())
        return {};
    QJsonArray ids;
    for (RowId id : customerIds)
        ids.append(QJsonValue(qint64(id)));
    auto defs = CustomFieldRepository(db).fields(FieldEntity::Customers);
    if (!defs)
        return defs.error();
    return rebuild(db, *defs, QStringLiteral("c.id IN (SELECT value FROM json_each(?))"),
                   {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
}

Status CustomerRepository::refreshSearchTextForCompany(const QSqlDatabase& db, RowId companyId)
{
    auto defs = CustomFieldRepository(db).fields(FieldEntity::Customers);
    if (!defs)
        return defs.error();
    return rebuild(db, *defs, QStringLiteral("c.company_id = ?"),
                   {QVariant::fromValue<qlonglong>(companyId)});
}

} // namespace rapport::core
