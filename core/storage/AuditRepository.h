#pragma once

#include "domain/Entities.h"
#include "storage/Repository.h"
#include "storage/TableQuery.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace rapport::core {

// What the audit-log viewer narrows the log to. Empty strings and invalid
// times mean "any".
struct AuditFilter
{
    QString entity;                // a table key: "customers", "orders"...
    std::optional<RowId> entityId; // with `entity`: one record's history
    QString action;                // AuditLog::actionKey()
    QString actor;
    QString field;  // exact: "email", "custom.level", "tag"
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
    QString text;   // anywhere in field, old or new value (case-insensitive for ASCII)

    friend bool operator==(const AuditFilter&, const AuditFilter&) = default;
};

// The audit log as a paged, filterable table (read side of AuditLog). Columns:
// at, actor, entity (the stored key; entityLabel() translates it), record
// (the row's current display name, "#id" when the row is gone, empty for
// table-wide rows such as exports), action, field, old, new (JSON text).
class AuditRepository : public Repository
{
public:
    using Repository::Repository;

    static TableDef tableDef();
    // The QuerySpec for a filter: its filters, newest first.
    static QuerySpec querySpec(const AuditFilter& filter);

    // The entity keys the log uses, in the order a picker shows them.
    static QStringList entityKeys();
    // "Customer", "Company"... (translated); the key itself when unknown.
    static QString entityLabel(const QString& entity);
    // "Created", "Changed"... (translated); the key itself when unknown.
    static QString actionLabel(const QString& action);

    // Every actor in the log, sorted (for the filter's picker).
    Result<QStringList> actors() const;
};

} // namespace rapport::core
