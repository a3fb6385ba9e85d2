#pragma once

#include "common/Result.h"
#include "domain/CustomField.h"
#include "domain/Entities.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace rapport::core {

class BulkInsert;

// Rows exactly as an import stores them: the importer has cleaned every value and
// computed every derived column (sort key, phone digits, search text).
struct ImportedCompany
{
    RowId id = 0;
    QString uuid, name, sortKey, phone, website, address, notes;
};

struct ImportedCustomer
{
    RowId id = 0;
    QString uuid, name, code, sortKey, email, phone, phoneDigits, city, address;
    std::optional<RowId> companyId;
    QString owner;
    bool optedOut = false;
    QString notes, custom, searchText;
};

struct ImportedProduct
{
    RowId id = 0;
    QString uuid, sku, name, sortKey, category;
    std::int64_t priceMinor = 0;
    QString currency;
};

struct ImportedOrder
{
    RowId id = 0;
    QString uuid, number;
    RowId customerId = 0;
    QString orderedOn, status, currency;
    std::int64_t totalMinor = 0;
    QString notes;
};

struct ImportedOrderLine
{
    RowId orderId = 0, productId = 0;
    int position = 0;
    std::int64_t quantity = 0, unitPriceMinor = 0;
};

// What an earlier import did, for the "Undo import" command.
struct ImportRunInfo
{
    RowId id = 0;
    QString entity, fileName, startedAt, finishedAt, undoneAt;
    int inserted = 0, updated = 0, skipped = 0, rejected = 0;
};

// All the SQL of an import: reading what exists (for duplicate detection),
// batched inserts with ids handed out here, single-row updates that keep the
// row as it was for undo, and the journal of runs. The caller holds one
// transaction around the whole import: ids are taken as max(id) + 1 under its
// write lock, so the ids one run inserts into a table are contiguous, which is
// what lets the journal record them as ranges.
class ImportStore
{
public:
    enum Table { Companies, Customers, Products, Orders, TableCount };

    explicit ImportStore(QSqlDatabase db);
    ~ImportStore();
    ImportStore(const ImportStore&) = delete;
    ImportStore& operator=(const ImportStore&) = delete;

    // Inside the caller's transaction: prepares the statements and the next ids.
    // `stamp` is the created/updated time of every row the run writes.
    Status begin(const QString& stamp);
    RowId takeId(Table table) { return m_nextId[table]++; }
    // Ids taken by this run in a table: [firstNewId, nextId).
    RowId firstNewId(Table table) const { return m_firstId[table]; }

    Status insert(const ImportedCompany& row);
    Status insert(const ImportedCustomer& row);
    Status insert(const ImportedProduct& row);
    Status insert(const ImportedOrder& row);
    Status insert(const ImportedOrderLine& row);
    Status flush(); // writes buffered rows; before reading or updating them

    // Bulk mode, for imports large next to what a table holds: its secondary
    // indexes (and, for customers, the full-text triggers) are dropped inside the
    // transaction and built again by endBulkLoad() from their own saved SQL,
    // which SQLite does by sorting once instead of inserting a million times at
    // random places; the full-text index gets the new rows in one statement. It
    // is all in the import's transaction, so a failed or killed import leaves
    // the schema as it was too.
    Status beginBulkLoad(const QStringList& tables);
    Status endBulkLoad();
    bool inBulkLoad() const { return !m_droppedSql.isEmpty(); }
    // Rows already in `table` (its highest id): what bulk mode weighs against.
    std::int64_t existingRows(Table table) const { return m_firstId[table] - 1; }
    Status addToOrderTotal(RowId orderId, std::int64_t delta);

    // Live rows, for duplicate detection.
    Status
    forEachCustomer(const std::function<void(RowId id, const QString& code, const QString& email,
                                             const QString& phoneDigits, const QString& name,
                                             std::optional<RowId> companyId)>& visit);
    Status forEachCompany(const std::function<void(RowId id, const QString& name)>& visit);
    // Every product and order, deleted ones too: their SKU and number stay taken.
    Status
    forEachProduct(const std::function<void(RowId id, const QString& sku, bool deleted)>& visit);
    Status
    forEachOrder(const std::function<void(RowId id, const QString& number, bool deleted)>& visit);
    Result<QString> companyName(RowId id);

    // The columns an import may change, as they are now (also what undo keeps).
    Result<QVariantMap> currentValues(Table table, RowId id);
    // Sets `values`, keeps `before` (the row as currentValues() gave it, which
    // the caller read to decide what changes) in the journal unless the row was
    // inserted by this run, and refreshes derived columns.
    Status update(Table table, RowId id, const QVariantMap& values, const QVariantMap& before,
                  const QString& updatedAt);

    // The journal.
    Result<RowId> beginRun(const QString& entity, const QString& fileName,
                           const QJsonObject& options, const QString& startedAt);
    Status finishRun(RowId runId, int inserted, int updated, int skipped, int rejected,
                     const QString& finishedAt);
    Result<std::optional<ImportRunInfo>> lastRun();
    // Reverses a run: its inserted rows are deleted, its updated rows get their old
    // values back. Refused (Conflict, nothing changed) when later work depends on
    // it: an inserted row edited since, or given orders, activities or tags.
    Status undoRun(RowId runId, const QString& undoneAt);

    // Named column mappings.
    Status saveTemplate(const QString& entity, const QString& name, const QJsonObject& mapping,
                        const QJsonObject& options, const QString& updatedAt);
    Result<QList<std::pair<QString, QJsonObject>>> templates(const QString& entity);
    Status removeTemplate(const QString& entity, const QString& name);

    static QString tableName(Table table);
    static std::optional<Table> tableFromName(const QString& name);

private:
    QSqlDatabase m_db;
    std::array<std::unique_ptr<BulkInsert>, TableCount + 1> m_bulk; // + order lines
    std::array<RowId, TableCount> m_firstId{};
    std::array<RowId, TableCount> m_nextId{};
    QString m_stamp;
    QStringList m_droppedSql; // CREATE statements of what bulk mode dropped
    bool m_customerTriggersDropped = false;
    // The customer field definitions, read on the first updated customer
    // rather than once per row.
    std::optional<QList<CustomFieldDef>> m_customerFields;
    RowId m_runIdForJournal = 0;
};

} // namespace rapport::core
