#include "storage/BulkInsert.h"

#include "storage/Sql.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace rapport::core {

namespace {

// The page cache for a bulk load, in KiB (negative: a size, not a page count).
constexpr int kLoadCacheKiB = 512 * 1024;

// PRAGMA temp_store = MEMORY.
constexpr int kTempStoreMemory = 2;

// Rows per statement: enough to amortize the per-statement work, few enough
// that a batch's statement journal stays small. (SQLite 3.40 allows 32766
// parameters per statement; the widest batch binds 256 x 17.)
constexpr int kBatchRows = 256;

QVariant toVariant(const BulkValue& v)
{
    switch (v.kind) {
    case BulkValue::Integer:
        return QVariant::fromValue(static_cast<qlonglong>(v.integer));
    case BulkValue::Real:
        return v.real;
    case BulkValue::Text:
        return QString::fromUtf8(v.text);
    case BulkValue::Null:
        break;
    }
    return {};
}

} // namespace

// sql-scan: identifier: table and column list are literals from ImportStore::begin()
BulkInsert::BulkInsert(sqlite3* handle, const char* table, const char* columns, int columnCount)
    : m_handle(handle)
    , m_head(QByteArrayLiteral("INSERT INTO ") + table + " (" + columns + ") VALUES ")
    , m_columns(columnCount)
{
    m_pending.reserve(static_cast<std::size_t>(kBatchRows * m_columns));
}

BulkInsert::~BulkInsert()
{
    for (auto& [rows, statement] : m_statements)
        sqlite3_finalize(statement);
}

Result<sqlite3*> BulkInsert::handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Bulk loads need an SQLite database"));
    sqlite3* raw = *static_cast<sqlite3* const*>(handle.data());
    if (!raw)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("The database connection is not open"));
    return raw;
}

Status BulkInsert::prepare()
{
    auto statement = statementFor(kBatchRows);
    return statement ? Status() : Status(statement.error());
}

Status BulkInsert::add(std::initializer_list<BulkValue> row)
{
    if (static_cast<int>(row.size()) != m_columns)
        return Error::make(
            Error::Code::InvalidArgument,
            QStringLiteral("BulkInsert: %1 values for %2 columns").arg(row.size()).arg(m_columns));
    for (const BulkValue& v : row)
        m_pending.push_back(v);
    if (m_pending.size() >= static_cast<std::size_t>(kBatchRows * m_columns))
        return flush();
    return {};
}

Status BulkInsert::flush()
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
        const BulkValue& v = m_pending[static_cast<std::size_t>(i)];
        if (v.kind == BulkValue::Integer)
            sqlite3_bind_int64(statement, i + 1, v.integer);
        else if (v.kind == BulkValue::Real)
            sqlite3_bind_double(statement, i + 1, v.real);
        else if (v.kind == BulkValue::Text) // no copy: m_pending outlives the step
            sqlite3_bind_text(statement, i + 1, v.text.constData(), static_cast<int>(v.text.size()),
                              nullptr);
        else
            sqlite3_bind_null(statement, i + 1);
    }
    Status status;
    if (sqlite3_step(statement) != SQLITE_DONE) {
        QVariantList values;
        for (const BulkValue& v : m_pending)
            values << toVariant(v);
        status = errorFor(statement, {}, values);
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_pending.clear();
    return status;
}

Result<sqlite3_stmt*> BulkInsert::statementFor(int rows)
{
    auto found = m_statements.find(rows);
    if (found != m_statements.end())
        return found->second;
    QByteArray row = "(";
    for (int c = 0; c < m_columns; ++c)
        row += c == 0 ? "?" : ", ?";
    row += ")";
    QByteArray sql = m_head;
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? row : ", " + row;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql.constData(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK)
        return errorFor(nullptr, sql);
    m_statements.emplace(rows, statement);
    return statement;
}

Error BulkInsert::errorFor(sqlite3_stmt* statement, const QByteArray& sql,
                           const QVariantList& values) const
{
    return sql::errorFromCode(
        sqlite3_extended_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle)),
        statement ? QString::fromUtf8(sqlite3_sql(statement)) : QString::fromUtf8(sql), values);
}

BulkLoadSettings::BulkLoadSettings(QSqlDatabase db)
    : m_db(std::move(db))
{}

BulkLoadSettings::~BulkLoadSettings()
{
    (void)end();
}

Status BulkLoadSettings::begin()
{
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
    return sql::execOnce(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(kTempStoreMemory));
}

Status BulkLoadSettings::end()
{
    Status status;
    auto restore = [&](QString& saved, const QString& pragma) {
        bool isNumber = false;
        const int value = saved.toInt(&isNumber);
        saved.clear();
        // sql-scan: fixed fragment: pragma is "cache_size" or "temp_store" (below); value is an int
        // read back from that pragma
        if (isNumber && status && m_db.isOpen())
            status = sql::execOnce(m_db, QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(value));
    };
    restore(m_savedCacheSize, QStringLiteral("cache_size"));
    restore(m_savedTempStore, QStringLiteral("temp_store"));
    return status;
}

} // namespace rapport::core
