#pragma once

#include "common/Result.h"
#include "domain/Entities.h"

#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace rapport::core {

// Who changed what and when, one row per changed field (table audit_log). The
// repositories write it inside their own transaction, so a change and its log
// row land together or not at all. Bulk imports do not write per-field rows
// (the import journal records them); neither do demo data writers.
class AuditLog
{
public:
    // The table's CHECK allows exactly these. An import run is one 'create'
    // row of field "import" on its table (entity id 0; the journal holds the
    // rows), its undo one 'delete' row of field "import".
    enum class Action { Create, Update, Delete, Restore, Merge, Export, Erase };
    static QString actionKey(Action action); // the stored value: "create", "update"...
    static QList<Action> allActions();

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

    // A row as the log compares it: field -> JSON value, in the order shown.
    struct Snapshot
    {
        QList<std::pair<QString, QJsonValue>> values;

        Snapshot& add(const QString& field, const QJsonValue& value);
        Snapshot& add(const char* field, const QString& value);
        // One "custom.KEY" field per key of a `custom` JSON object, by key.
        Snapshot& addCustom(const QString& customJson);
    };

    // Who is written as the actor: the OS user ($USER, or %USERNAME% on Windows)
    // unless set here. Set it once at start-up, before any worker runs.
    static void setActor(const QString& actor);
    static QString actor();

    static Status record(const QSqlDatabase& db, const QString& entity, RowId id, Action action,
                         const QString& field, const QString& oldJson, const QString& newJson,
                         const QString& at);

    // The JSON text of a value as stored in old_value/new_value ("null" for an
    // empty string).
    static QString json(const QJsonValue& value);

    // The fields that differ between two snapshots: those of `before` in order,
    // then those only `after` has.
    static QList<FieldDiff> diff(const Snapshot& before, const Snapshot& after);
    // One 'update' row per field of diff(); nothing when nothing changed.
    static Status recordUpdate(const QSqlDatabase& db, const QString& entity, RowId id,
                               const Snapshot& before, const Snapshot& after, const QString& at);
    // The same `action` and `field` on many rows of one entity (a bulk tag,
    // a bulk delete): one prepared statement.
    static Status recordMany(const QSqlDatabase& db, const QString& entity, const QList<RowId>& ids,
                             Action action, const QString& field, const QString& oldJson,
                             const QString& newJson, const QString& at);
    // A customer's tags before and after: one "tag" row per tag given (old
    // null) or taken away (new null), as TagRepository writes them in bulk.
    static Status recordTagChanges(const QSqlDatabase& db, RowId customerId,
                                   const QList<Tag>& before, const QList<Tag>& after,
                                   const QString& at);
    // An export of `entity` (the table, or another key for what was exported)
    // to a file: entity id 0, new value {"file": name, "rows": n}, never the data.
    static Status recordExport(const QSqlDatabase& db, const QString& entity,
                               const QString& fileName, qint64 rows, const QString& at);

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
