#pragma once

#include "common/Result.h"
#include "storage/TableQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace rapport::core {

// What an export writes, one row per...
enum class ExportKind {
    Customers,
    Companies,
    Products,
    Orders,     // ...order, with its total and number of lines (for accountants)
    OrderLines, // ...order line, the order repeated on each (what `import orders` reads)
};

// How the values of a column are stored, so the exporter knows how to write them.
enum class ExportValue {
    Text,      // typed by a person: guarded against spreadsheet formulas on export
    Integer,   // a whole number (quantities, line counts)
    Money,     // minor units of the row's currency
    Date,      // 'YYYY-MM-DD'
    Timestamp, // ISO 8601, UTC
    YesNo,     // 0 or 1
    Decimal,   // a fraction or a probability (REAL), written with up to 4 decimals
    Custom,    // a value of the custom JSON: text, a JSON number, or NULL when absent
};

struct ExportColumn
{
    QString key; // the importer's field key ("name", "unit_price", "custom.vip")
    ExportValue value = ExportValue::Text;
};

// The reads behind an export, all inside ONE read transaction, so the row count,
// the custom field keys and the rows come from the same snapshot of the file (a
// write from another connection meanwhile changes none of them).
//
// The selection is a table view's QuerySpec (filters, search and sort, checked
// against the repository's TableDef as TableQuery checks them) or, without
// one, the whole table; soft-deleted rows are never part of it. The rows are
// read with one forward-only statement, so memory stays flat however many
// there are. Order lines are selected by a spec of the orders view.
//
// Use it on a connection no other code uses meanwhile (a worker's own, H6):
// the read transaction is the connection's.
class ExportQueries
{
public:
    ExportQueries(QSqlDatabase db, ExportKind kind);
    ~ExportQueries(); // ends the read transaction if end() was not called
    ExportQueries(const ExportQueries&) = delete;
    ExportQueries& operator=(const ExportQueries&) = delete;

    // The fixed columns of `kind`, in the order an export writes them (for
    // customers, custom.KEY columns belong after "notes").
    static QList<ExportColumn> columns(ExportKind kind);
    // The column an export of `kind` can write under `key`, including any
    // custom.KEY for customers; empty for an unknown key.
    static std::optional<ExportColumn> column(ExportKind kind, const QString& key);

    // Starts the read transaction (unless the connection is in one already)
    // and checks `view`: an unknown filter or sort key is InvalidArgument.
    Status begin(const std::optional<QuerySpec>& view);
    // How many rows the selection holds.
    Result<std::int64_t> count() const;
    // Customers: the keys of the custom JSON of the selected rows, sorted;
    // empty for the other kinds.
    Result<QStringList> customFieldKeys() const;
    // Runs the row query for `columns` (from column()); then next() and value().
    Status select(const QList<ExportColumn>& columns);
    bool next() { return m_rows.next(); }
    QVariant value(int column) const { return m_rows.value(column); }
    // The current row's currency, for Money columns ("" for kinds without money).
    QString currency() const;
    // After next() returned false: an Error if reading stopped on a failure.
    Status finished() const;
    // Closes the rows and ends the read transaction.
    Status end();

private:
    Result<QString> rankedOrUnranked(const QString& match) const;

    QSqlDatabase m_db;
    ExportKind m_kind;
    TableDef m_def;
    QString m_from, m_where, m_order;
    QVariantList m_values; // bound in m_where, in order
    QSqlQuery m_rows;
    int m_currencyColumn = -1;
    bool m_ownTransaction = false;
};

} // namespace rapport::core
