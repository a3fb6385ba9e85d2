#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::core {

// One bound value of a buffered row: an integer, UTF-8 text or NULL.
struct BulkValue
{
    enum Kind { Null, Integer, Real, Text } kind = Null;
    std::int64_t integer = 0;
    double real = 0;
    QByteArray text;

    BulkValue() = default;
    BulkValue(std::int64_t i)
        : kind(Integer)
        , integer(i)
    {}
    BulkValue(int i)
        : kind(Integer)
        , integer(i)
    {}
    BulkValue(bool b)
        : kind(Integer)
        , integer(b ? 1 : 0)
    {}
    BulkValue(const QString& s)
        : kind(Text)
        , text(s.toUtf8())
    {}
    BulkValue(std::optional<std::int64_t> i)
        : kind(i ? Integer : Null)
        , integer(i.value_or(0))
    {}
    BulkValue(double d)
        : kind(Real)
        , real(d)
    {}
    BulkValue(std::optional<double> d)
        : kind(d ? Real : Null)
        , real(d.value_or(0))
    {}
};

// Rows of one table, buffered and written a few hundred at a time with one
// prepared multi-row INSERT, on the connection's raw sqlite3 handle. Used where
// rows come by the hundred thousand (demo generation, imports):
//  - several times faster than QSqlQuery, whose per-row QVariant binding
//    dominates at this size;
//  - and, above all, one statement per batch instead of per row: a customer
//    insert fires the full-text trigger, and SQLite opens a savepoint for every
//    such statement, on which FTS5 flushes its pending terms into a new
//    segment. Row by row that is a segment (and merge work) per customer,
//    ~140 us each; in batches of 256 it is ~25 us.
// Foreign keys are checked per statement, so a table's parents (orders for
// order lines) are flushed before it: then their batch is partial, and the
// statements for partial batches are kept by size. The caller owns the
// transaction, so raw and Qt statements share it.
class BulkInsert
{
public:
    BulkInsert(sqlite3* handle, const char* table, const char* columns, int columnCount);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    void addParent(BulkInsert* parent) { m_parents.push_back(parent); }
    Status prepare();
    // Buffers a row (exactly columnCount values); writes a batch when full.
    Status add(std::initializer_list<BulkValue> row);
    // Writes what is buffered (parents first).
    Status flush();
    bool hasPending() const { return !m_pending.empty(); }

    // The raw handle of an open QSQLITE connection, or an error.
    static Result<sqlite3*> handleOf(const QSqlDatabase& db);

private:
    Result<sqlite3_stmt*> statementFor(int rows);
    Error errorFor(sqlite3_stmt* statement, const QByteArray& sql = {},
                   const QVariantList& values = {}) const;

    sqlite3* m_handle;
    QByteArray m_head;
    int m_columns;
    std::map<int, sqlite3_stmt*> m_statements; // by rows per statement
    std::vector<BulkInsert*> m_parents;
    std::vector<BulkValue> m_pending;
};

// Sets a connection up for a bulk load and puts it back afterwards: a larger
// page cache (the secondary indexes take rows in random order, so a cache that
// holds them keeps the load from re-reading its own pages; SQLite allocates it
// only as pages are used) and statement journals in memory (a multi-row
// statement keeps its own journal; in a temporary file that is several page
// writes per batch). Begin before the transaction: SQLite reads temp_store
// when a transaction starts.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(QSqlDatabase db);
    ~BulkLoadSettings();
    BulkLoadSettings(const BulkLoadSettings&) = delete;
    BulkLoadSettings& operator=(const BulkLoadSettings&) = delete;

    Status begin();
    Status end(); // also run by the destructor; idempotent

private:
    QSqlDatabase m_db;
    QString m_savedCacheSize;
    QString m_savedTempStore;
};

} // namespace rapport::core
