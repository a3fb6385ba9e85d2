#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::core {

// One SELECT stepped on the connection's raw sqlite3 handle, for the passes
// that read every order line (baskets, purchase histories): through QSqlQuery
// each row costs a QVariant per column, which made those passes three times
// slower than SQLite's own work. Text values are bound; columns are read by
// index while a row is current.
class RowScan
{
public:
    // Prepares `statement` and binds `values` (text, in order).
    static Result<RowScan> prepare(const QSqlDatabase& db, const QString& statement,
                                   const QStringList& values = {});
    RowScan(RowScan&& other) noexcept;
    RowScan& operator=(RowScan&&) = delete;
    RowScan(const RowScan&) = delete;
    ~RowScan();

    // true: a row is current; false: the end. A failed step is an Error.
    Result<bool> next();
    std::int64_t integer(int column) const;
    std::string_view text(int column) const; // valid until the next step

private:
    RowScan(sqlite3* handle, sqlite3_stmt* statement, QString sql, QStringList values);
    Error error(int code) const;

    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
    QString m_sql;
    QStringList m_values;
};

} // namespace rapport::core
