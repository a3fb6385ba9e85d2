#include "storage/ExportQueries.h"

#include "storage/CompanyRepository.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FilterSql.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"
#include "storage/SearchText.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::ExportQueries" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::ExportQueries)
};

// One exportable column: its key, how its values are stored, and the SQL that
// reads it (ours, never a user's: the whitelist of H3).
struct ColumnSql
{
    const char* key;
    ExportValue value;
    const char* expr;
};

// The keys are the importer's (core/import/ImportSchema.cpp), so a file
// exported here imports back; the last columns of customers are extra facts
// the importer leaves out.
const QList<ColumnSql>& columnSql(ExportKind kind)
{
    using V = ExportValue;
    static const QList<ColumnSql> customers = {
        {"name", V::Text, "c.name"},
        {"code", V::Text, "c.code"},
        {"email", V::Text, "c.email"},
        {"phone", V::Text, "c.phone"},
        // A deleted company is no company, as CustomerRepository::get reads it.
        {"company", V::Text,
         "coalesce((SELECT name FROM companies WHERE id = c.company_id AND deleted_at IS NULL), "
         "'')"},
        {"city", V::Text, "c.city"},
        {"address", V::Text, "c.address"},
        {"owner", V::Text, "c.owner"},
        {"opted_out", V::YesNo, "c.opted_out"},
        {"notes", V::Text, "c.notes"},
        {"uuid", V::Text, "c.uuid"},
        {"created_at", V::Timestamp, "c.created_at"},
    };
    static const QList<ColumnSql> companies = {
        {"name", V::Text, "co.name"},       {"phone", V::Text, "co.phone"},
        {"website", V::Text, "co.website"}, {"address", V::Text, "co.address"},
        {"notes", V::Text, "co.notes"},
    };
    static const QList<ColumnSql> products = {
        {"sku", V::Text, "p.sku"},           {"name", V::Text, "p.name"},
        {"category", V::Text, "p.category"}, {"price", V::Money, "p.price_minor"},
        {"currency", V::Text, "p.currency"},
    };
    static const QList<ColumnSql> orders = {
        {"number", V::Text, "o.number"},
        {"date", V::Date, "o.ordered_on"},
        {"customer", V::Text, "coalesce(cu.name, '')"},
        {"customer_code", V::Text, "coalesce(cu.code, '')"},
        {"customer_email", V::Text, "coalesce(cu.email, '')"},
        {"status", V::Text, "o.status"},
        {"total", V::Money, "o.total_minor"},
        {"currency", V::Text, "o.currency"},
        {"lines", V::Integer, "(SELECT count(*) FROM order_lines WHERE order_id = o.id)"},
        {"notes", V::Text, "o.notes"},
    };
    static const QList<ColumnSql> orderLines = {
        {"number", V::Text, "o.number"},
        {"date", V::Date, "o.ordered_on"},
        {"customer", V::Text, "coalesce(cu.name, '')"},
        {"customer_code", V::Text, "coalesce(cu.code, '')"},
        {"customer_email", V::Text, "coalesce(cu.email, '')"},
        // The importer reads a cancelled order back from this column (the
        // quantities stay positive).
        {"status", V::Text, "o.status"},
        {"currency", V::Text, "o.currency"},
        {"sku", V::Text, "coalesce(p.sku, '')"},
        {"product", V::Text, "coalesce(p.name, '')"},
        {"quantity", V::Integer, "l.quantity"},
        {"unit_price", V::Money, "l.unit_price_minor"},
        {"notes", V::Text, "o.notes"},
    };
    switch (kind) {
    case ExportKind::Customers:
        return customers;
    case ExportKind::Companies:
        return companies;
    case ExportKind::Products:
        return products;
    case ExportKind::Orders:
        return orders;
    case ExportKind::OrderLines:
        break;
    }
    return orderLines;
}

// The latest scores (customer_scores) of a customer: exported when a view
// shows them, never by default (the importer has no such fields). NULL for a
// customer without a score, written as an empty cell.
const QList<ColumnSql>& customerScoreSql()
{
    using V = ExportValue;
    static const QList<ColumnSql> scores = {
        {"segment", V::Text, "(SELECT segment FROM customer_scores WHERE customer_id = c.id)"},
        {"clv", V::Money, "(SELECT clv_minor FROM customer_scores WHERE customer_id = c.id)"},
        {"churn_risk", V::Decimal,
         "(SELECT churn_risk FROM customer_scores WHERE customer_id = c.id)"},
        {"p_alive", V::Decimal, "(SELECT p_alive FROM customer_scores WHERE customer_id = c.id)"},
    };
    return scores;
}

// The column `key` of an export of `kind`, default or on request; null when none.
const ColumnSql* findColumnSql(ExportKind kind, const QString& key)
{
    for (const ColumnSql& c : columnSql(kind)) {
        if (key == QLatin1String(c.key))
            return &c;
    }
    if (kind == ExportKind::Customers) {
        for (const ColumnSql& c : customerScoreSql()) {
            if (key == QLatin1String(c.key))
                return &c;
        }
    }
    return nullptr;
}

// Where a row's currency comes from, for Money columns; empty: no money.
QString currencyExpr(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Products:
        return QStringLiteral("p.currency");
    case ExportKind::Orders:
    case ExportKind::OrderLines:
        return QStringLiteral("o.currency");
    case ExportKind::Customers:
    case ExportKind::Companies:
        break;
    }
    return QString();
}

TableDef tableDefOf(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Customers:
        return CustomerRepository::tableDef();
    case ExportKind::Companies:
        return CompanyRepository::tableDef();
    case ExportKind::Products:
        return ProductRepository::tableDef();
    case ExportKind::Orders:
    case ExportKind::OrderLines:
        break;
    }
    return OrderRepository::tableDef(); // order lines are chosen by their orders
}

// The table whose view selects the rows of an export of `kind`.
FieldEntity fieldEntityOf(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Customers:
        return FieldEntity::Customers;
    case ExportKind::Companies:
        return FieldEntity::Companies;
    case ExportKind::Products:
        return FieldEntity::Products;
    case ExportKind::Orders:
    case ExportKind::OrderLines:
        break;
    }
    return FieldEntity::Orders;
}

// The joins the columns need on top of the view's FROM clause.
QString joinsOf(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Orders:
        return QStringLiteral(" LEFT JOIN customers cu ON cu.id = o.customer_id");
    case ExportKind::OrderLines:
        return QStringLiteral(" JOIN order_lines l ON l.order_id = o.id"
                              " LEFT JOIN customers cu ON cu.id = o.customer_id"
                              " LEFT JOIN products p ON p.id = l.product_id");
    case ExportKind::Customers:
    case ExportKind::Companies:
    case ExportKind::Products:
        break;
    }
    return QString();
}

// The order of a whole-table export: the order rows were added in (a walk of
// the table itself, the cheapest), and orders by date, as accountants read them.
QString wholeTableOrder(ExportKind kind, const TableDef& def)
{
    if (kind == ExportKind::Orders || kind == ExportKind::OrderLines)
        return QStringLiteral("o.ordered_on, o.id");
    return def.idExpr;
}

// An order's lines stay together and in their order: `import orders` gathers
// the lines of one order from consecutive rows.
QString linesOrder(ExportKind kind)
{
    return kind == ExportKind::OrderLines ? QStringLiteral(", l.position, l.id") : QString();
}

const QString kCustomPrefix = QStringLiteral("custom.");

// "custom." and a key of the custom JSON (whatever its characters: it is bound).
bool isCustomKey(const QString& key)
{
    return key.size() > kCustomPrefix.size() && key.startsWith(kCustomPrefix);
}

} // namespace

ExportQueries::ExportQueries(QSqlDatabase db, ExportKind kind)
    : m_db(std::move(db))
    , m_kind(kind)
    , m_def(tableDefOf(kind))
    , m_rows(m_db)
{}

ExportQueries::~ExportQueries()
{
    m_rows.finish();
    // Only read: a rollback loses nothing. Sql logs a failure.
    if (m_ownTransaction)
        (void)sql::execOnce(m_db, QStringLiteral("ROLLBACK"));
}

QList<ExportColumn> ExportQueries::columns(ExportKind kind)
{
    QList<ExportColumn> list;
    for (const ColumnSql& c : columnSql(kind))
        list << ExportColumn{QLatin1String(c.key), c.value};
    return list;
}

std::optional<ExportColumn> ExportQueries::column(ExportKind kind, const QString& key)
{
    if (const ColumnSql* c = findColumnSql(kind, key))
        return ExportColumn{key, c->value};
    if (kind == ExportKind::Customers && isCustomKey(key))
        return ExportColumn{key, ExportValue::Custom};
    return std::nullopt;
}

Result<QString> ExportQueries::rankedOrUnranked(const QString& match) const
{
    // As TableQuery pages a search: ranked by relevance when no sort column was
    // chosen and few rows match, else in the sort column's order.
    // sql-scan: identifier: m_def.ftsTable and idExpr come from the TableDef (ours)
    auto matches = sql::scalar(m_db,
                               QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM %1 "
                                              "WHERE %1 MATCH ? LIMIT ?)")
                                   .arg(m_def.ftsTable),
                               {match, TableQuery::kRankedMatchLimit + 1});
    if (!matches)
        return matches.error();
    return matches->toLongLong() <= TableQuery::kRankedMatchLimit ? m_def.ftsTable : QString();
}

Status ExportQueries::begin(const std::optional<QuerySpec>& view)
{
    sqlite3* handle = nullptr;
    const QVariant driverHandle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (qstrcmp(driverHandle.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3* const*>(driverHandle.constData());
    if (!handle)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Export needs an open SQLite connection"));
    if (!m_ownTransaction && sqlite3_get_autocommit(handle) != 0) {
        // DEFERRED: the snapshot is taken by the first read (the count) and
        // kept until end(); no write lock is taken.
        if (Status s = sql::execOnce(m_db, QStringLiteral("BEGIN DEFERRED")); !s)
            return s;
        m_ownTransaction = true;
    }

    m_from = m_def.from + joinsOf(m_kind);
    m_values.clear();
    QStringList conditions;
    if (!m_def.baseWhere.isEmpty())
        conditions << m_def.baseWhere;
    if (!view) {
        // sql-scan: fixed fragment: conditions are TableDef::baseWhere, filterSql() output (values
        // bound) and FTS clauses on m_def.ftsTable
        m_where = conditions.isEmpty() ? QStringLiteral("1") : conditions.join(u" AND ");
        m_order = wholeTableOrder(m_kind, m_def) + linesOrder(m_kind);
        return {};
    }
    // A view may sort and filter on custom fields: check it against the table
    // as the view pages it (the same FROM clause, with the fields' columns).
    auto withCustom = tableDefWithCustomFields(m_db, fieldEntityOf(m_kind));
    if (!withCustom)
        return withCustom.error();
    m_def.columns = withCustom->columns;
    m_def.filterFields = withCustom->filterFields;

    for (const auto& [key, value] : view->filters) {
        const auto def = std::find_if(m_def.filters.cbegin(), m_def.filters.cend(),
                                      [&key = key](const FilterDef& f) { return f.key == key; });
        if (def == m_def.filters.cend())
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("This table cannot be filtered by “%1”.").arg(key));
        conditions << QLatin1Char('(') + def->sql + QLatin1Char(')');
        m_values << value;
    }
    // The user's filter, compiled as TableQuery compiles it (same rows as the view).
    auto userFilter = filterSql(m_def.filterFields, view->where, m_values);
    if (!userFilter)
        return userFilter.error();
    if (!userFilter->isEmpty())
        conditions << *userFilter;

    const ColumnDef* sortColumn = nullptr;
    for (const ColumnDef& c : m_def.columns) {
        if (c.sortExpr.isEmpty())
            continue;
        if (view->sortKey.isEmpty() ? sortColumn == nullptr : c.key == view->sortKey)
            sortColumn = &c;
    }
    if (!sortColumn)
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("This table cannot be sorted by “%1”.").arg(view->sortKey));
    const QString direction = view->descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    m_order = sortColumn->sortExpr + direction + QStringLiteral(", ") + m_def.idExpr + direction;

    if (!view->search.trimmed().isEmpty() && !m_def.ftsTable.isEmpty()) {
        const QString match = search::matchExpression(view->search);
        if (match.isEmpty()) {
            conditions << QStringLiteral("0"); // only punctuation typed: nothing matches
        } else {
            QString ranked;
            if (view->sortKey.isEmpty()) {
                auto plan = rankedOrUnranked(match);
                if (!plan)
                    return plan.error();
                ranked = *plan;
            }
            if (!ranked.isEmpty()) {
                m_from = ranked + QStringLiteral(", ") + m_from;
                // sql-scan: identifier: ranked is m_def.ftsTable (TableDef) or empty, from
                // rankedOrUnranked()
                conditions << ranked + QStringLiteral(" MATCH ?")
                           << ranked + QStringLiteral(".rowid = ") + m_def.idExpr;
                m_order = ranked + QStringLiteral(".rank, ") + m_order;
            } else {
                // sql-scan: identifier: m_def.ftsTable and idExpr come from the TableDef (ours)
                conditions << m_def.idExpr
                                  + QStringLiteral(" IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)")
                                        .arg(m_def.ftsTable);
            }
            m_values << match;
        }
    }
    // sql-scan: fixed fragment: conditions are TableDef::baseWhere, filterSql() output (values
    // bound) and FTS clauses on m_def.ftsTable
    m_where = conditions.isEmpty() ? QStringLiteral("1") : conditions.join(u" AND ");
    m_order += linesOrder(m_kind);
    return {};
}

Result<std::int64_t> ExportQueries::count() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // sql-scan: fixed fragment: m_from/m_where/m_order built in begin() from TableDef fragments,
    // select list from the ColumnSql whitelist; values bound
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(m_from, m_where)))
        return sql::errorFrom(query);
    for (int i = 0; i < m_values.size(); ++i)
        sql::bind(query, i, m_values[i]);
    if (Status s = sql::exec(query); !s)
        return s.error();
    if (!query.next())
        return sql::errorFrom(query);
    return query.value(0).toLongLong();
}

Result<QStringList> ExportQueries::customFieldKeys() const
{
    QStringList keys;
    if (m_kind != ExportKind::Customers)
        return keys;
    // Rows without custom fields ('{}', most of them) are not parsed at all.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // sql-scan: fixed fragment: m_from/m_where/m_order built in begin() from TableDef fragments,
    // select list from the ColumnSql whitelist; values bound
    if (!query.prepare(QStringLiteral("SELECT DISTINCT j.key FROM %1, json_each(c.custom) j "
                                      "WHERE %2 AND c.custom <> '{}' "
                                      "AND json_type(c.custom) = 'object' ORDER BY j.key")
                           .arg(m_from, m_where)))
        return sql::errorFrom(query);
    for (int i = 0; i < m_values.size(); ++i)
        sql::bind(query, i, m_values[i]);
    if (Status s = sql::exec(query); !s)
        return s.error();
    while (query.next())
        keys << query.value(0).toString();
    if (Status s = sql::finished(query); !s)
        return s.error();
    return keys;
}

Status ExportQueries::select(const QList<ExportColumn>& columns)
{
    QStringList exprs;
    QVariantList values; // the select list's, which come before the WHERE clause's
    for (const ExportColumn& column : columns) {
        if (column.value == ExportValue::Custom) {
            if (m_kind != ExportKind::Customers || !isCustomKey(column.key))
                return Error::make(Error::Code::InvalidArgument,
                                   QStringLiteral("Not a custom field: %1").arg(column.key));
            // The key is bound, whatever characters it holds.
            exprs << QStringLiteral("(SELECT value FROM json_each(c.custom) WHERE key = ?)");
            values << column.key.mid(kCustomPrefix.size());
            continue;
        }
        const ColumnSql* found = findColumnSql(m_kind, column.key);
        if (!found)
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("Not an export column: %1").arg(column.key));
        exprs << QLatin1String(found->expr);
    }
    m_currencyColumn = -1;
    if (const QString currency = currencyExpr(m_kind); !currency.isEmpty()) {
        m_currencyColumn = static_cast<int>(exprs.size());
        exprs << currency;
    }
    if (exprs.isEmpty())
        exprs << QStringLiteral("1");
    values << m_values;

    m_rows.finish();
    m_rows.setForwardOnly(true); // one row at a time: flat memory for a million rows
    // sql-scan: fixed fragment: m_from/m_where/m_order built in begin() from TableDef fragments,
    // select list from the ColumnSql whitelist; values bound
    if (!m_rows.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                            .arg(exprs.join(QStringLiteral(", ")), m_from, m_where, m_order)))
        return sql::errorFrom(m_rows);
    for (int i = 0; i < values.size(); ++i)
        sql::bind(m_rows, i, values[i]);
    return sql::exec(m_rows);
}

QString ExportQueries::currency() const
{
    return m_currencyColumn >= 0 ? m_rows.value(m_currencyColumn).toString() : QString();
}

Status ExportQueries::finished() const
{
    return sql::finished(m_rows);
}

Status ExportQueries::end()
{
    m_rows.finish();
    if (!m_ownTransaction)
        return {};
    m_ownTransaction = false;
    return sql::execOnce(m_db, QStringLiteral("COMMIT"));
}

} // namespace rapport::core
