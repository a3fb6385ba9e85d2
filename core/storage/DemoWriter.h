#pragma once

#include "common/Result.h"
#include "domain/Entities.h"

#include <QSqlDatabase>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>

struct sqlite3;

namespace rapport::core {

class BulkInsert;
class BulkLoadSettings;

// Rows exactly as they are stored: the demo generator computes every derived
// column (sort key, search text, phone digits, totals) itself.
struct DemoCompanyRow
{
    RowId id = 0;
    QString uuid, name, sortKey, phone, website, address, createdAt;
};

struct DemoCustomerRow
{
    RowId id = 0;
    QString uuid, name, sortKey, email, phone, phoneDigits, city, address;
    std::optional<RowId> companyId;
    QString owner;
    bool optedOut = false;
    QString notes, createdAt, searchText;
};

struct DemoProductRow
{
    RowId id = 0;
    QString uuid, sku, name, sortKey, category;
    std::int64_t priceMinor = 0;
    QString createdAt;
};

struct DemoOrderRow
{
    RowId id = 0;
    QString uuid, number;
    RowId customerId = 0;
    QString orderedOn, status;
    std::int64_t totalMinor = 0;
    QString createdAt;
};

struct DemoOrderLineRow
{
    RowId id = 0;
    RowId orderId = 0;
    RowId productId = 0;
    int position = 0;
    std::int64_t quantity = 1;
    std::int64_t unitPriceMinor = 0;
};

// The bulk inserts of the demo generator (a million customers, ten million order
// lines), kept here with the rest of the SQL, on BulkInsert (see why there).
// The caller owns the transaction (the whole generation is one), so raw and Qt
// statements share it. Ids are given explicitly: the tables must be empty.
// insert() buffers; flush() (or finish()) writes what is left.
class DemoWriter
{
public:
    explicit DemoWriter(QSqlDatabase db);
    ~DemoWriter();
    DemoWriter(const DemoWriter&) = delete;
    DemoWriter& operator=(const DemoWriter&) = delete;

    // Whether companies, customers, products and orders hold no rows at all
    // (soft-deleted ones count: their ids and SKUs are taken).
    static Result<bool> isEmpty(const QSqlDatabase& db);

    // Prepares the statements and sets the connection up for a bulk load (a
    // larger page cache, statement journals in memory). Call it before the
    // transaction begins: SQLite reads temp_store when a transaction starts.
    Status prepare();
    Status insert(const DemoCompanyRow& row);
    Status insert(const DemoCustomerRow& row);
    Status insert(const DemoProductRow& row);
    Status insert(const DemoOrderRow& row);
    Status insert(const DemoOrderLineRow& row);
    // Writes the rows still buffered; call it before reading the tables back.
    Status flush();
    // Finalizes the statements and restores the connection's settings. Call it
    // after the transaction ended (committed or rolled back).
    Status finish();

private:
    enum Table { Companies, Customers, Products, Orders, OrderLines, TableCount };

    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
    std::array<std::unique_ptr<BulkInsert>, TableCount> m_tables;
    std::unique_ptr<BulkLoadSettings> m_settings;
};

} // namespace rapport::core
