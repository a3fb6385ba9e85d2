#include "storage/ImportStore.h"

#include "domain/SortKey.h"
#include "storage/BulkInsert.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Repository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::ImportStore)
};

// The columns an import may change, per table: the whitelist every generated
// statement is built from (no identifier ever comes from a file).
const QStringList& updatableColumns(ImportStore::Table table)
{
    static const QStringList companies = {QStringLiteral("name"), QStringLiteral("phone"),
                                          QStringLiteral("website"), QStringLiteral("address"),
                                          QStringLiteral("notes")};
    static const QStringList customers = {
        QStringLiteral("name"),       QStringLiteral("code"),  QStringLiteral("email"),
        QStringLiteral("phone"),      QStringLiteral("city"),  QStringLiteral("address"),
        QStringLiteral("company_id"), QStringLiteral("owner"), QStringLiteral("opted_out"),
        QStringLiteral("notes"),      QStringLiteral("custom")};
    static const QStringList products = {QStringLiteral("name"), QStringLiteral("category"),
                                         QStringLiteral("price_minor"), QStringLiteral("currency")};
    static const QStringList orders = {QStringLiteral("status"), QStringLiteral("notes")};
    switch (table) {
    case ImportStore::Companies:
        return companies;
    case ImportStore::Customers:
        return customers;
    case ImportStore::Products:
        return products;
    case ImportStore::Orders:
    case ImportStore::TableCount:
        break;
    }
    return orders;
}

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

} // namespace

ImportStore::ImportStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

ImportStore::~ImportStore() = default;

QString ImportStore::tableName(Table table)
{
    switch (table) {
    case Companies:
        return QStringLiteral("companies");
    case Customers:
        return QStringLiteral("customers");
    case Products:
        return QStringLiteral("products");
    case Orders:
    case TableCount:
        break;
    }
    return QStringLiteral("orders");
}

Status ImportStore::begin(const QString& stamp)
{
    m_stamp = stamp;
    auto handle = BulkInsert::handleOf(m_db);
    if (!handle)
        return handle.error();
    m_bulk[Companies] = std::make_unique<BulkInsert>(
        *handle, "companies",
        "id, uuid, name, sort_key, phone, website, address, notes, created_at, updated_at", 10);
    m_bulk[Customers] = std::make_unique<BulkInsert>(
        *handle, "customers",
        "id, uuid, name, code, sort_key, email, phone, phone_digits, city, address, company_id, "
        "owner, opted_out, notes, custom, search_text, created_at, updated_at",
        18);
    m_bulk[Products] = std::make_unique<BulkInsert>(
        *handle, "products",
        "id, uuid, sku, name, sort_key, category, price_minor, currency, created_at, updated_at",
        10);
    m_bulk[Orders] = std::make_unique<BulkInsert>(
        *handle, "orders",
        "id, uuid, number, customer_id, ordered_on, status, currency, total_minor, notes, "
        "created_at, updated_at",
        11);
    m_bulk[TableCount] = std::make_unique<BulkInsert>(
        *handle, "order_lines", "order_id, product_id, position, quantity, unit_price_minor", 5);
    m_bulk[Customers]->addParent(m_bulk[Companies].get());
    m_bulk[Orders]->addParent(m_bulk[Customers].get());
    m_bulk[TableCount]->addParent(m_bulk[Products].get());
    m_bulk[TableCount]->addParent(m_bulk[Orders].get());
    for (auto& bulk : m_bulk) {
        if (Status s = bulk->prepare(); !s)
            return s;
    }
    for (Table t : {Companies, Customers, Products, Orders}) {
        // sql-scan: identifier: tableName(Table) of the Table enum; columns from updatableColumns()
        // (a fixed list)
        auto max =
            sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + tableName(t));
        if (!max)
            return max.error();
        m_firstId[t] = m_nextId[t] = max->toLongLong() + 1;
    }
    return {};
}

Status ImportStore::insert(const ImportedCompany& r)
{
    return m_bulk[Companies]->add({r.id, r.uuid, r.name, r.sortKey, r.phone, r.website, r.address,
                                   r.notes, m_stamp, m_stamp});
}

Status ImportStore::insert(const ImportedCustomer& r)
{
    return m_bulk[Customers]->add({r.id, r.uuid, r.name, r.code, r.sortKey, r.email, r.phone,
                                   r.phoneDigits, r.city, r.address, r.companyId, r.owner,
                                   r.optedOut, r.notes, r.custom, r.searchText, m_stamp, m_stamp});
}

Status ImportStore::insert(const ImportedProduct& r)
{
    return m_bulk[Products]->add({r.id, r.uuid, r.sku, r.name, r.sortKey, r.category, r.priceMinor,
                                  r.currency, m_stamp, m_stamp});
}

Status ImportStore::insert(const ImportedOrder& r)
{
    return m_bulk[Orders]->add({r.id, r.uuid, r.number, r.customerId, r.orderedOn, r.status,
                                r.currency, r.totalMinor, r.notes, m_stamp, m_stamp});
}

Status ImportStore::insert(const ImportedOrderLine& r)
{
    return m_bulk[TableCount]->add(
        {r.orderId, r.productId, r.position, r.quantity, r.unitPriceMinor});
}

Status ImportStore::flush()
{
    for (auto& bulk : m_bulk) { // parents flush first
        if (bulk) {
            if (Status s = bulk->flush(); !s)
                return s;
        }
    }
    return {};
}

namespace {

// The split of customers.search_text into the two full-text columns, exactly as
// migration 0002's triggers write it.
const QString kFtsColumns =
    QStringLiteral("substr(search_text, 1, instr(search_text, char(31)) - 1), "
                   "substr(search_text, instr(search_text, char(31)) + 1)");

} // namespace

Status ImportStore::beginBulkLoad(const QStringList& tables)
{
    if (Status s = flush(); !s)
        return s;
    for (const QString& table : tables) {
        QSqlQuery q(m_db);
        if (Status s = sql::exec(q,
                                 QStringLiteral("SELECT type, name, sql FROM sqlite_schema "
                                                "WHERE tbl_name = ? AND sql IS NOT NULL AND "
                                                "(type = 'index' OR (type = 'trigger' AND "
                                                "name LIKE 'customers_fts_%'))"),
                                 {table});
            !s)
            return s;
        QList<std::pair<QString, QString>> objects; // "INDEX name" / "TRIGGER name", sql
        while (q.next())
            objects.append({q.value(0).toString().toUpper() + QStringLiteral(" \"")
                                + q.value(1).toString() + QLatin1Char('"'),
                            q.value(2).toString()});
        if (Status s = sql::finished(q); !s)
            return s;
        for (const auto& [object, createSql] : objects) {
            // Names come from sqlite_schema (our own schema), quoted as identifiers.
            if (Status s = sql::execOnce(m_db, QStringLiteral("DROP ") + object); !s)
                return s;
            m_droppedSql << createSql;
            if (object.startsWith(QLatin1String("TRIGGER")))
                m_customerTriggersDropped = true;
        }
    }
    return {};
}

Status ImportStore::endBulkLoad()
{
    if (!inBulkLoad())
        return {};
    if (Status s = flush(); !s)
        return s;
    if (m_customerTriggersDropped) {
        QSqlQuery q(m_db);
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO customers_fts (rowid, name_text, "
                                                "other_text) SELECT id, ")
                                     + kFtsColumns
                                     + QStringLiteral(" FROM customers WHERE id >= ? AND "
                                                      "deleted_at IS NULL"),
                                 {QVariant::fromValue<qlonglong>(m_firstId[Customers])});
            !s)
            return s;
    }
    for (const QString& createSql : std::as_const(m_droppedSql)) {
        if (Status s = sql::execOnce(m_db, createSql); !s)
            return s;
    }
    m_droppedSql.clear();
    m_customerTriggersDropped = false;
    return {};
}

Status ImportStore::addToOrderTotal(RowId orderId, std::int64_t delta)
{
    if (Status s = flush(); !s)
        return s;
    QSqlQuery q(m_db);
    return sql::exec(q,
                     QStringLiteral("UPDATE orders SET total_minor = total_minor + ? WHERE id = ?"),
                     {QVariant::fromValue<qlonglong>(delta), idValue(orderId)});
}

Status ImportStore::forEachCustomer(
    const std::function<void(RowId, const QString&, const QString&, const QString&, const QString&,
                             std::optional<RowId>)>& visit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, code, email, phone_digits, name, "
                                               "company_id FROM customers "
                                               "WHERE deleted_at IS NULL"));
        !s)
        return s;
    while (q.next()) {
        std::optional<RowId> company;
        if (!q.value(5).isNull())
            company = q.value(5).toLongLong();
        visit(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
              q.value(3).toString(), q.value(4).toString(), company);
    }
    return sql::finished(q);
}

Status ImportStore::forEachCompany(const std::function<void(RowId, const QString&)>& visit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q,
            QStringLiteral("SELECT id, name FROM companies WHERE deleted_at IS NULL ORDER BY id"));
        !s)
        return s;
    while (q.next())
        visit(q.value(0).toLongLong(), q.value(1).toString());
    return sql::finished(q);
}

Status ImportStore::forEachProduct(const std::function<void(RowId, const QString&, bool)>& visit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, sku, deleted_at IS NOT NULL "
                                               "FROM products"));
        !s)
        return s;
    while (q.next())
        visit(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool());
    return sql::finished(q);
}

Status ImportStore::forEachOrder(const std::function<void(RowId, const QString&, bool)>& visit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, number, deleted_at IS NOT NULL "
                                               "FROM orders"));
        !s)
        return s;
    while (q.next())
        visit(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool());
    return sql::finished(q);
}

Result<QString> ImportStore::companyName(RowId id)
{
    if (Status s = flush(); !s)
        return s.error();
    auto name =
        sql::scalar(m_db, QStringLiteral("SELECT name FROM companies WHERE id = ?"), {idValue(id)});
    if (!name)
        return name.error();
    return name->toString();
}

Result<QVariantMap> ImportStore::currentValues(Table table, RowId id)
{
    if (Status s = flush(); !s)
        return s.error();
    const QStringList& columns = updatableColumns(table);
    QSqlQuery q(m_db);
    // sql-scan: identifier: tableName(Table) of the Table enum; columns from updatableColumns() (a
    // fixed list)
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                 .arg(columns.join(QStringLiteral(", ")), tableName(table)),
                             {idValue(id)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           Text::tr("Row %1 of %2 does not exist.").arg(id).arg(tableName(table)));
    QVariantMap values;
    for (int c = 0; c < columns.size(); ++c)
        values.insert(columns[c], q.isNull(c) ? QVariant() : q.value(c));
    return values;
}

Status ImportStore::update(Table table, RowId id, const QVariantMap& values,
                           const QVariantMap& before, const QString& updatedAt)
{
    const QStringList& columns = updatableColumns(table);
    QStringList assignments;
    QVariantList bound;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!columns.contains(it.key()))
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("ImportStore::update: column %1").arg(it.key()));
        // sql-scan: identifier: column checked against updatableColumns() just above
        assignments << it.key() + QStringLiteral(" = ?");
        // JSON (the journal) gives null as std::nullptr_t; the only nullable column
        // an import writes is company_id, an integer.
        const bool isNull =
            it.value().isNull()
            || (it.key() == QLatin1String("company_id") && it.value().toString().isEmpty());
        bound << (isNull ? QVariant(QMetaType(QMetaType::LongLong)) : it.value());
    }
    if (table == Companies || table == Products) {
        if (values.contains(QStringLiteral("name"))) {
            assignments << QStringLiteral("sort_key = ?");
            bound << sortKeyFor(values.value(QStringLiteral("name")).toString());
        }
    }
    assignments << QStringLiteral("updated_at = ?");
    bound << updatedAt << idValue(id);
    QSqlQuery q(m_db);
    // sql-scan: identifier: tableName(Table) of the Table enum; columns from updatableColumns() (a
    // fixed list)
    if (!q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                       .arg(tableName(table), assignments.join(QStringLiteral(", ")))))
        return sql::errorFrom(q);
    for (int i = 0; i < bound.size(); ++i)
        sql::bind(q, i, bound[i]);
    if (Status s = sql::exec(q); !s)
        return s;
    if (table == Customers) {
        // Without the triggers (bulk mode), a customer that was in the index
        // before this run is moved in it by hand; rows of this run are indexed
        // once at the end.
        const bool moveInIndex = m_customerTriggersDropped && id < m_firstId[Customers];
        QVariant oldText;
        if (moveInIndex) {
            auto text = sql::scalar(m_db,
                                    QStringLiteral("SELECT search_text FROM customers WHERE id = ? "
                                                   "AND deleted_at IS NULL"),
                                    {idValue(id)});
            if (!text)
                return text.error();
            oldText = *text;
        }
        if (!m_customerFields) {
            auto defs = CustomFieldRepository(m_db).fields(FieldEntity::Customers);
            if (!defs)
                return defs.error();
            m_customerFields = *defs;
        }
        if (Status s = CustomerRepository::refreshDerivedColumns(m_db, id, *m_customerFields); !s)
            return s;
        if (moveInIndex) {
            QSqlQuery remove(m_db);
            if (Status s = sql::exec(remove,
                                     QStringLiteral("INSERT INTO customers_fts (customers_fts, "
                                                    "rowid, name_text, other_text) SELECT "
                                                    "'delete', ?, substr(?, 1, instr(?, "
                                                    "char(31)) - 1), substr(?, instr(?, "
                                                    "char(31)) + 1)"),
                                     {idValue(id), oldText, oldText, oldText, oldText});
                !s)
                return s;
            QSqlQuery add(m_db);
            if (Status s =
                    sql::exec(add,
                              QStringLiteral("INSERT INTO customers_fts (rowid, name_text, "
                                             "other_text) SELECT id, ")
                                  + kFtsColumns + QStringLiteral(" FROM customers WHERE id = ?"),
                              {idValue(id)});
                !s)
                return s;
        }
    } else if (table == Companies && values.contains(QStringLiteral("name"))) {
        if (Status s = CustomerRepository::refreshSearchTextForCompany(m_db, id); !s)
            return s;
    }
    if (id >= m_firstId[table] || m_runIdForJournal == 0)
        return {}; // inserted by this run: undo deletes it anyway
    QSqlQuery journal(m_db);
    return sql::exec(
        journal,
        QStringLiteral("INSERT INTO import_changes (run_id, tbl, kind, first_id, "
                       "last_id, before) VALUES (?, ?, 'updated', ?, ?, ?)"),
        {idValue(m_runIdForJournal), tableName(table), idValue(id), idValue(id),
         QString::fromUtf8(
             QJsonDocument(QJsonObject::fromVariantMap(before)).toJson(QJsonDocument::Compact))});
}

Result<RowId> ImportStore::beginRun(const QString& entity, const QString& fileName,
                                    const QJsonObject& options, const QString& startedAt)
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("INSERT INTO import_runs (uuid, entity, file_name, options, started_at, "
                           "finished_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {Repository::newUuid(), entity, fileName,
             QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)), startedAt,
             startedAt});
        !s)
        return s.error();
    m_runIdForJournal = q.lastInsertId().toLongLong();
    return m_runIdForJournal;
}

Status ImportStore::finishRun(RowId runId, int inserted, int updated, int skipped, int rejected,
                              const QString& finishedAt)
{
    if (Status s = flush(); !s)
        return s;
    for (Table t : {Companies, Customers, Products, Orders}) {
        if (m_nextId[t] == m_firstId[t])
            continue;
        QSqlQuery q(m_db);
        if (Status s = sql::exec(
                q,
                QStringLiteral("INSERT INTO import_changes (run_id, tbl, kind, "
                               "first_id, last_id) VALUES (?, ?, 'inserted', ?, ?)"),
                {idValue(runId), tableName(t), idValue(m_firstId[t]), idValue(m_nextId[t] - 1)});
            !s)
            return s;
    }
    QSqlQuery q(m_db);
    return sql::exec(
        q,
        QStringLiteral("UPDATE import_runs SET inserted = ?, updated = ?, skipped = ?, "
                       "rejected = ?, finished_at = ? WHERE id = ?"),
        {inserted, updated, skipped, rejected, finishedAt, idValue(runId)});
}

} // namespace rapport::core
