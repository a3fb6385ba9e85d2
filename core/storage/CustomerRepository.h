#pragma once

#include "domain/CustomField.h"
#include "domain/Entities.h"
#include "storage/Repository.h"
#include "storage/TableQuery.h"

#include <functional>

namespace rapport::core {

// Customers: validated writes (each one transaction), soft deletes that undo,
// full-text search, and the table definition the customer view pages over.
class CustomerRepository : public Repository
{
public:
    using Repository::Repository;

    // Checks what a user typed: a name is required; e-mail and phone, if given,
    // must look like one. The Error names the field.
    static Status validate(const Customer& customer);

    Result<RowId> create(Customer customer);
    Status update(Customer customer);
    Status remove(RowId id);  // soft delete (undo: restore)
    Status restore(RowId id); // brings a soft-deleted customer back
    Result<Customer> get(RowId id) const;

    // Customers matching `text` (see search::matchExpression), best first, then
    // by name. An empty or unsearchable text gives no rows, not an error.
    Result<QList<Customer>> search(const QString& text, int limit) const;

    Result<QList<Tag>> tags(RowId customerId) const;
    Status setTags(RowId customerId, const QList<RowId>& tagIds);

    // Every live customer (company name joined in), by name, until `visit`
    // returns false.
    static Status forEachLive(const QSqlDatabase& db,
                              const std::function<bool(const Customer&)>& visit);

    static TableDef tableDef();
    // Recomputes sort keys and search text of every customer.
    static Status rebuildDerivedColumns(const QSqlDatabase& db);
    // The same with the customer field definitions given: migration 0002 runs
    // before 0004 created their table and passes none.
    static Status rebuildDerivedColumns(const QSqlDatabase& db,
                                        const QList<CustomFieldDef>& customerFields);
    // Recomputes sort key, phone digits and search text of one customer.
    static Status refreshDerivedColumns(const QSqlDatabase& db, RowId customerId);
    // The same, for callers that refresh many rows one by one and read the
    // customer field definitions once (the importer).
    static Status refreshDerivedColumns(const QSqlDatabase& db, RowId customerId,
                                        const QList<CustomFieldDef>& customerFields);
    // The same for many customers at once (a custom field's values rewritten).
    static Status refreshDerivedColumns(const QSqlDatabase& db, const QList<RowId>& customerIds);
    // Recomputes the search text of a company's customers after a rename.
    static Status refreshSearchTextForCompany(const QSqlDatabase& db, RowId companyId);
};

} // namespace rapport::core
