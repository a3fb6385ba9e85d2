#include "storage/RowScan.h"

#include "storage/BulkInsert.h"
#include "storage/Sql.h"

#include <sqlite3.h>

#include <utility>

namespace rapport::core {

RowScan::RowScan(sqlite3* handle, sqlite3_stmt* statement, QString sql, QStringList values)
    : m_handle(handle)
    , m_statement(statement)
    , m_sql(std::move(sql))
    , m_values(std::move(values))
{}

RowScan::RowScan(RowScan&& other) noexcept
    : m_handle(other.m_handle)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_values(std::move(other.m_values))
{}

RowScan::~RowScan()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<RowScan> RowScan::prepare(const QSqlDatabase& db, const QString& statement,
                                 const QStringList& values)
{
    auto handle = BulkInsert::handleOf(db);
    if (!handle)
        return handle.error();
    const QByteArray utf8 = statement.toUtf8();
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(*handle, utf8.constData(), int(utf8.size()), &raw, nullptr);
    RowScan scan(*handle, raw, statement, values);
    if (rc != SQLITE_OK)
        return scan.error(rc);
    for (int i = 0; i < values.size(); ++i) {
        const QByteArray value = values.at(i).toUtf8();
        const int bound =
            sqlite3_bind_text(raw, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        if (bound != SQLITE_OK)
            return scan.error(bound);
    }
    return scan;
}

Result<bool> RowScan::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return error(rc);
}

std::int64_t RowScan::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string_view RowScan::text(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

Error RowScan::error(int code) const
{
    QVariantList values;
    for (const QString& value : m_values)
        values << value;
    return sql::errorFromCode(code, QString::fromUtf8(sqlite3_errmsg(m_handle)), m_sql, values);
}

} // namespace rapport::core
