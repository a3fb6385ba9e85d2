#pragma once

#include "domain/CustomField.h"
#include "storage/Repository.h"
#include "storage/TableQuery.h"

namespace rapport::core {

// Definitions of custom fields, and the operations on their values that span
// a whole table (each one transaction). Writes announce Entity::CustomField.
class CustomFieldRepository : public Repository
{
public:
    using Repository::Repository;

    // Live definitions of `entity`, by position (`withDeleted`: soft-deleted too).
    Result<QList<CustomFieldDef>> fields(FieldEntity entity, bool withDeleted = false) const;
    Result<CustomFieldDef> get(RowId id) const;
    Result<CustomFieldDef> byKey(FieldEntity entity, const QString& key) const;

    // Validates and stores a new field (key taken, even by a deleted field:
    // Conflict). Position 0 appends it after the others. Creates its index if
    // `indexed`.
    Result<RowId> create(CustomFieldDef def);
    // Label, help, required, default, choices, position, indexed may change;
    // key, entity and type may not (InvalidArgument). Making a field required
    // does not touch existing rows (they are flagged when edited).
    Status update(const CustomFieldDef& def);
    // Soft delete: hidden everywhere, values kept, undo with restore().
    Status remove(RowId id);
    Status restore(RowId id);
    // Removes a deleted field's values from every row and its definition for
    // good (the only path that drops values; the GUI asks first).
    Status purge(RowId id);
    // Renames a choice in the list and in every row holding it (one transaction).
    Status renameChoice(RowId id, const QString& from, const QString& to);
    // Rows of the entity's table holding a value for the field (what a delete
    // or purge would hide or drop, shown in the confirmation).
    Result<std::int64_t> countValues(RowId id) const;
    // Creates or drops the field's expression index.
    Status setIndexed(RowId id, bool indexed);

    // The SQL of a field's sort/filter expression over table alias `alias`
    // ("json_extract(c.custom, '$.vip_level')"), built only from validated keys.
    static QString valueExpr(const CustomFieldDef& def, const QString& alias);
    // What the table is sorted on: valueExpr with empties ordered last.
    static QString sortExpr(const CustomFieldDef& def, const QString& alias);
    // Adds a column ("custom.KEY") and a filter field per definition to `def`
    // (the repository's tableDef for that entity, whose main table has `alias`).
    static void addColumns(TableDef& def, const QList<CustomFieldDef>& fields,
                           const QString& alias);
};

// The table definition of an entity with its live custom fields as columns
// (what the table panels and exports page over).
Result<TableDef> tableDefWithCustomFields(const QSqlDatabase& db, FieldEntity entity);

} // namespace rapport::core
