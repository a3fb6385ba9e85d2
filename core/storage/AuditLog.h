#pragma once

#include "common/Result.h"
#include "domain/Entities.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rapport::core {

// Who changed what and when, one row per changed field (table audit_log). The
// repositories write it inside their own transaction, so a change and its log
// row land together or not at all. Bulk imports do not write per-field rows
// (the import journal records them); neither do demo data writers.
class AuditLog
{
public:
    enum class Action { Create, Update, Delete, Restore, Merge, Export, Erase };
    static QString actionKey(Action action); // the stored value: "create", "update"...

    // One stored row. Values are JSON text ("null" or empty for none).
    struct Change
    {
        RowId id = 0;
        QString at;
        QString actor;
        QString entity;
        RowId entityId = 0;
        QString action;
        QString field;
        QString oldValue;
        QString newValue;
    };

    // A field that differs between two versions of a row; values are JSON.
    struct FieldDiff
    {
        QString field; // "email", or "custom.KEY" for a custom field
        QString oldValue;
        QString newValue;
    };

    // Who is written as the actor: the OS user ($USER, or %USERNAME% on Windows)
    // unless set here. Set it once at start-up, before any worker runs.
    static void setActor(const QString& actor);
    static QString actor();

    static Status record(const QSqlDatabase& db, const QString& entity, RowId id, Action action,
                         const QString& field, const QString& oldJson, const QString& newJson,
                         const QString& at);

    // The customer fields that differ (name, code, email, phone, city, address,
    // company by name, owner, opted_out, notes and each key of `custom`).
    static QList<FieldDiff> diff(const Customer& before, const Customer& after);
    // Records one 'update' row per field of diff(); nothing when nothing changed.
    static Status recordCustomerUpdate(const QSqlDatabase& db, const Customer& before,
                                       const Customer& after, const QString& at);

    // The rows for one entity ("customers", id), oldest first.
    static Result<QList<Change>> changes(const QSqlDatabase& db, const QString& entity, RowId id);
};

} // namespace rapport::core
