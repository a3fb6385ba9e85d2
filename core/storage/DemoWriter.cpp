#include "storage/DemoWriter.h"

#include "storage/Sql.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <map>
#include <vector>

namespace rapport::core {

namespace {

// The page cache for the load, in KiB (negative: a size, not a page count). The
// secondary indexes (name, e-mail, phone, totals) take rows in random order, so
// a cache that holds them keeps the load from re-reading its own pages. SQLite
// allocates it only as pages are used: small demos pay nothing.
constexpr int kLoadCacheKiB = 512 * 1024;

// Multi-row statements keep SQLite's statement journal (the pages a statement
// changes, so that it alone can be undone); in a temporary file that is several
// page writes per batch, in memory a few memcpy calls.
constexpr int kTempStoreMemory = 2;

// Rows per statement: enough to amortize the per-statement work, few enough
// that a batch's statement journal stays small. (SQLite 3.40 allows 32766
// parameters per statement; the widest batch binds 256 x 15.)
constexpr int kBatchRows = 256;

Error::Code codeOf(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Code::Locked;
    case SQLITE_READONLY:
        return Error::Code::ReadOnly;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Error::Code::Io;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Code::NotADatabase;
    default:
        return Error::Code::Sql;
    }
}

// One bound value of a buffered row.
struct Value
{
    enum Kind { Null, Integer, Text } kind = Null;
    qint64 integer = 0;
    QByteArray text;

    Value() = default;
    Value(std::int64_t i)
        : kind(Integer)
        , integer(i)
    {}
    Value(int i)
        : kind(Integer)
        , integer(i)
    {}
    Value(bool b)
        : kind(Integer)
        , integer(b ? 1 : 0)
    {}
    Value(const QString& s)
        : kind(Text)
        , text(s.toUtf8())
    {}
    Value(std::optional<std::int64_t> i)
        : kind(i ? Integer : Null)
        , integer(i.value_or(0))
    {}

    QVariant toVariant() const
    {
        switch (kind) {
        case Integer:
            return QVariant::fromValue(integer);
        case Text:
            return QString::fromUtf8(text);
        case Null:
            break;
        }
        return {};
    }
};

} // namespace

// Rows of one table, buffered and written kBatchRows at a time with one
// prepared multi-row INSERT. Foreign keys are checked per statement, so a
// table's parents (orders for order lines) are flushed before it: then their
// batch is partial, and the statements for partial batches are kept by size.
class BulkInsert
{
public:
    BulkInsert(sqlite3* handle, const char* table, const char* columns, int columnCount)
        : m_handle(handle)
        , m_head(QByteArrayLiteral("INSERT INTO ") + table + " (" + columns + ") VALUES ")
        , m_columns(columnCount)
    {
        m_pending.reserve(static_cast<std::size_t>(kBatchRows * m_columns));
    }
    ~BulkInsert()
    {
        for (auto& [rows, statement] : m_statements)
            sqlite3_finalize(statement);
    }
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    void addParent(BulkInsert* parent) { m_parents.push_back(parent); }
    Status prepare()
    {
        auto statement = statementFor(kBatchRows);
        return statement ? Status() : Status(statement.error());
    }

    Status add(std::initializer_list<Value> row)
    {
        for (const Value& v : row)
            m_pending.push_back(v);
        if (m_pending.size() >= static_cast<std::size_t>(kBatchRows * m_columns))
            return flush();
        return {};
    }

    Status flush()
    {
        for (BulkInsert* parent : m_parents) {
            if (Status s = parent->flush(); !s)
                return s;
        }
        const int rows = static_cast<int>(m_pending.size()) / m_columns;
        if (rows == 0)
            return {};
        auto prepared = statementFor(rows);
        if (!prepared)
            return prepared.error();
        sqlite3_stmt* statement = *prepared;
        for (int i = 0; i < static_cast<int>(m_pending.size()); ++i) {
            const Value& v = m_pending[static_cast<std::size_t>(i)];
            if (v.kind == Value::Integer)
                sqlite3_bind_int64(statement, i + 1, v.integer);
            else if (v.kind == Value::Text) // no copy: m_pending outlives the step
                sqlite3_bind_text(statement, i + 1, v.text.constData(),
                                  static_cast<int>(v.text.size()), nullptr);
            else
                sqlite3_bind_null(statement, i + 1);
        }
        Status status;
        if (sqlite3_step(statement) != SQLITE_DONE) {
            Error e = errorFor(statement);
            for (const Value& v : m_pending)
                e.values << v.toVariant();
            status = e;
        }
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        m_pending.clear();
        return status;
    }

private:
    Result<sqlite3_stmt*> statementFor(int rows)
    {
        auto found = m_statements.find(rows);
        if (found != m_statements.end())
            return found->second;
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(rows, &statement); !s)
            return s.error();
        m_statements.emplace(rows, statement);
        return statement;
    }

    Status prepare(int rows, sqlite3_stmt** statement)
    {
        QByteArray row = "(";
        for (int c = 0; c < m_columns; ++c)
            row += c == 0 ? "?" : ", ?";
        row += ")";
        QByteArray sql = m_head;
        for (int r = 0; r < rows; ++r)
            sql += r == 0 ? row : ", " + row;
        if (sqlite3_prepare_v3(m_handle, sql.constData(), static_cast<int>(sql.size()),
                               SQLITE_PREPARE_PERSISTENT, statement, nullptr)
            != SQLITE_OK)
            return errorFor(nullptr, sql);
        return {};
    }

    Error errorFor(sqlite3_stmt* statement, const QByteArray& sql = {}) const
    {
        Error e = Error::make(codeOf(sqlite3_extended_errcode(m_handle)),
                              QString::fromUtf8(sqlite3_errmsg(m_handle)));
        e.sql = statement ? QString::fromUtf8(sqlite3_sql(statement)) : QString::fromUtf8(sql);
        return e;
    }

    sqlite3* m_handle;
    QByteArray m_head;
    int m_columns;
    std::map<int, sqlite3_stmt*> m_statements; // by rows per statement
    std::vector<BulkInsert*> m_parents;
    std::vector<Value> m_pending;
};

DemoWriter::DemoWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

DemoWriter::~DemoWriter() = default;

Result<bool> DemoWriter::isEmpty(const QSqlDatabase& db)
{
    auto any = sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM companies) "
                                              "OR EXISTS (SELECT 1 FROM customers) "
                                              "OR EXISTS (SELECT 1 FROM products) "
                                              "OR EXISTS (SELECT 1 FROM orders)"));
    if (!any)
        return any.error();
    return !any->toBool();
}

Status DemoWriter::prepare()
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Demo data needs an SQLite database"));
    m_handle = *static_cast<sqlite3* const*>(handle.data());
    if (!m_handle)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("The database connection is not open"));

    auto cacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!cacheSize)
        return cacheSize.error();
    auto tempStore = sql::scalar(m_db, QStringLiteral("PRAGMA temp_store"));
    if (!tempStore)
        return tempStore.error();
    m_savedCacheSize = cacheSize->toString();
    m_savedTempStore = tempStore->toString();
    // PRAGMA takes no bound values; the numbers are ours.
    if (Status s =
            sql::execOnce(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(kLoadCacheKiB));
        !s)
        return s;
    if (Status s =
            sql::execOnce(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(kTempStoreMemory));
        !s)
        return s;

    m_tables[Companies] = std::make_unique<BulkInsert>(
        m_handle, "companies",
        "id, uuid, name, sort_key, phone, website, address, created_at, updated_at", 9);
    m_tables[Customers] = std::make_unique<BulkInsert>(
        m_handle, "customers",
        "id, uuid, name, sort_key, email, phone, phone_digits, city, address, company_id, owner, "
        "opted_out, notes, created_at, updated_at, search_text",
        16);
    m_tables[Products] = std::make_unique<BulkInsert>(
        m_handle, "products",
        "id, uuid, sku, name, sort_key, category, price_minor, currency, created_at, updated_at",
        10);
    m_tables[Orders] = std::make_unique<BulkInsert>(
        m_handle, "orders",
        "id, uuid, number, customer_id, ordered_on, status, currency, total_minor, created_at, "
        "updated_at",
        10);
    m_tables[OrderLines] = std::make_unique<BulkInsert>(
        m_handle, "order_lines", "id, order_id, product_id, position, quantity, unit_price_minor",
        6);
    m_tables[Customers]->addParent(m_tables[Companies].get());
    m_tables[Orders]->addParent(m_tables[Customers].get());
    m_tables[OrderLines]->addParent(m_tables[Products].get());
    m_tables[OrderLines]->addParent(m_tables[Orders].get());
    for (auto& table : m_tables) {
        if (Status s = table->prepare(); !s)
            return s;
    }
    return {};
}

Status DemoWriter::flush()
{
    for (auto& table : m_tables) { // parents flush first
        if (table) {
            if (Status s = table->flush(); !s)
                return s;
        }
    }
    return {};
}

Status DemoWriter::finish()
{
    for (auto& table : m_tables)
        table.reset(); // finalizes the statements
    Status status;
    auto restore = [&](QString& saved, const QString& pragma) {
        bool isNumber = false;
        const int value = saved.toInt(&isNumber);
        saved.clear();
        if (isNumber && status)
            status = sql::execOnce(m_db, QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(value));
    };
    restore(m_savedCacheSize, QStringLiteral("cache_size"));
    restore(m_savedTempStore, QStringLiteral("temp_store"));
    return status;
}

namespace {

Status notPrepared()
{
    return Error::make(Error::Code::InvalidArgument,
                       QStringLiteral("DemoWriter used before prepare()"));
}

} // namespace

Status DemoWriter::insert(const DemoCompanyRow& row)
{
    if (!m_tables[Companies])
        return notPrepared();
    return m_tables[Companies]->add({row.id, row.uuid, row.name, row.sortKey, row.phone,
                                     row.website, row.address, row.createdAt, row.createdAt});
}

Status DemoWriter::insert(const DemoCustomerRow& row)
{
    if (!m_tables[Customers])
        return notPrepared();
    return m_tables[Customers]->add({row.id, row.uuid, row.name, row.sortKey, row.email, row.phone,
                                     row.phoneDigits, row.city, row.address, row.companyId,
                                     row.owner, row.optedOut, row.notes, row.createdAt,
                                     row.createdAt, row.searchText});
}

Status DemoWriter::insert(const DemoProductRow& row)
{
    if (!m_tables[Products])
        return notPrepared();
    return m_tables[Products]->add({row.id, row.uuid, row.sku, row.name, row.sortKey, row.category,
                                    row.priceMinor, QStringLiteral("CNY"), row.createdAt,
                                    row.createdAt});
}

Status DemoWriter::insert(const DemoOrderRow& row)
{
    if (!m_tables[Orders])
        return notPrepared();
    return m_tables[Orders]->add({row.id, row.uuid, row.number, row.customerId, row.orderedOn,
                                  row.status, QStringLiteral("CNY"), row.totalMinor, row.createdAt,
                                  row.createdAt});
}

Status DemoWriter::insert(const DemoOrderLineRow& row)
{
    if (!m_tables[OrderLines])
        return notPrepared();
    return m_tables[OrderLines]->add(
        {row.id, row.orderId, row.productId, row.position, row.quantity, row.unitPriceMinor});
}

} // namespace rapport::core
