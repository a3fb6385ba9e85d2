#include "storage/AuditLog.h"

#include "storage/AuditSnapshots.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rapport::core {

namespace {

QString& actorOverride()
{
    static QString actor;
    return actor;
}

// A value as JSON text: a string, or null for an empty one.
QString jsonOf(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("null");
    // QJsonDocument only holds arrays and objects: wrap, then strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QVariant big(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

const QString kInsert = QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, "
                                       "action, field, old_value, new_value) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

QVariant jsonOrNull(const QString& json)
{
    return json.isEmpty() ? QVariant() : QVariant(json); // NULL, not ''
}

} // namespace

QString AuditLog::actionKey(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::Merge:
        return QStringLiteral("merge");
    case Action::Export:
        return QStringLiteral("export");
    case Action::Erase:
        return QStringLiteral("erase");
    }
    return QStringLiteral("update");
}

QList<AuditLog::Action> AuditLog::allActions()
{
    return {Action::Create, Action::Update, Action::Delete, Action::Restore,
            Action::Merge,  Action::Export, Action::Erase};
}

AuditLog::Snapshot& AuditLog::Snapshot::add(const QString& field, const QJsonValue& value)
{
    values.append({field, value});
    return *this;
}

AuditLog::Snapshot& AuditLog::Snapshot::add(const char* field, const QString& value)
{
    return add(QLatin1String(field), QJsonValue(value));
}

AuditLog::Snapshot& AuditLog::Snapshot::addCustom(const QString& customJson)
{
    const QJsonObject custom = QJsonDocument::fromJson(customJson.toUtf8()).object();
    // QJsonObject's keys() are sorted already.
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
        add(QStringLiteral("custom.") + it.key(), it.value());
    return *this;
}

QString AuditLog::json(const QJsonValue& value)
{
    return jsonOf(value);
}

void AuditLog::setActor(const QString& actor)
{
    actorOverride() = actor;
}

QString AuditLog::actor()
{
    if (!actorOverride().isEmpty())
        return actorOverride();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // Services, cron jobs and containers often run without $USER: the account
    // name still says who it was.
    if (user.isEmpty()) {
        if (const passwd* account = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return user;
}

Status AuditLog::record(const QSqlDatabase& db, const QString& entity, RowId id, Action action,
                        const QString& field, const QString& oldJson, const QString& newJson,
                        const QString& at)
{
    return sql::execOnce(db, kInsert,
                         {at, actor(), entity, big(id), actionKey(action), field,
                          jsonOrNull(oldJson), jsonOrNull(newJson)});
}

QList<AuditLog::FieldDiff> AuditLog::diff(const Snapshot& before, const Snapshot& after)
{
    QList<FieldDiff> out;
    QSet<QString> seen;
    const auto valueIn = [](const Snapshot& snapshot, const QString& field) {
        for (const auto& [name, value] : snapshot.values) {
            if (name == field)
                return value;
        }
        return QJsonValue();
    };
    const auto compare = [&](const QString& field) {
        if (seen.contains(field))
            return;
        seen.insert(field);
        const QString oldJson = jsonOf(valueIn(before, field));
        const QString newJson = jsonOf(valueIn(after, field));
        if (oldJson != newJson)
            out << FieldDiff{field, oldJson, newJson};
    };
    for (const auto& entry : before.values)
        compare(entry.first);
    for (const auto& entry : after.values)
        compare(entry.first);
    return out;
}

Status AuditLog::recordUpdate(const QSqlDatabase& db, const QString& entity, RowId id,
                              const Snapshot& before, const Snapshot& after, const QString& at)
{
    for (const FieldDiff& d : diff(before, after)) {
        if (Status s = record(db, entity, id, Action::Update, d.field, d.oldValue, d.newValue, at);
            !s)
            return s;
    }
    return {};
}

Status AuditLog::recordMany(const QSqlDatabase& db, const QString& entity, const QList<RowId>& ids,
                            Action action, const QString& field, const QString& oldJson,
                            const QString& newJson, const QString& at)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q(db);
    if (!q.prepare(kInsert))
        return sql::errorFrom(q);
    const QList<QVariant> fixed{at,
                                actor(),
                                entity,
                                QVariant(),
                                actionKey(action),
                                field,
                                jsonOrNull(oldJson),
                                jsonOrNull(newJson)};
    for (int i = 0; i < fixed.size(); ++i)
        sql::bind(q, i, fixed[i]);
    for (RowId id : ids) {
        sql::bind(q, 3, big(id));
        if (Status s = sql::exec(q); !s)
            return s;
    }
    return {};
}

Status AuditLog::recordTagChanges(const QSqlDatabase& db, RowId customerId,
                                  const QList<Tag>& before, const QList<Tag>& after,
                                  const QString& at)
{
    const auto has = [](const QList<Tag>& tags, RowId id) {
        return std::any_of(tags.begin(), tags.end(), [id](const Tag& t) { return t.id == id; });
    };
    const QString customers = QStringLiteral("customers");
    const QString field = QStringLiteral("tag");
    for (const Tag& tag : before) {
        if (has(after, tag.id))
            continue;
        if (Status s =
                record(db, customers, customerId, Action::Update, field, json(tag.name), {}, at);
            !s)
            return s;
    }
    for (const Tag& tag : after) {
        if (has(before, tag.id))
            continue;
        if (Status s =
                record(db, customers, customerId, Action::Update, field, {}, json(tag.name), at);
            !s)
            return s;
    }
    return {};
}

Status AuditLog::recordExport(const QSqlDatabase& db, const QString& entity,
                              const QString& fileName, qint64 rows, const QString& at)
{
    const QJsonObject what{{QStringLiteral("file"), fileName},
                           {QStringLiteral("rows"), QJsonValue(double(rows))}};
    return record(db, entity, 0, Action::Export, {}, {},
                  QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact)), at);
}

QList<AuditLog::FieldDiff> AuditLog::diff(const Customer& before, const Customer& after)
{
    return diff(audit::snapshot(before), audit::snapshot(after));
}

Status AuditLog::recordCustomerUpdate(const QSqlDatabase& db, const Customer& before,
                                      const Customer& after, const QString& at)
{
    return recordUpdate(db, QStringLiteral("customers"), after.id, audit::snapshot(before),
                        audit::snapshot(after), at);
}

Result<QList<AuditLog::Change>> AuditLog::changes(const QSqlDatabase& db, const QString& entity,
                                                  RowId id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT id, at, actor, entity, entity_id, action, "
                                            "field, old_value, new_value FROM audit_log "
                                            "WHERE entity = ? AND entity_id = ? ORDER BY at, id"),
                             {entity, QVariant::fromValue<qlonglong>(id)});
        !s)
        return s.error();
    QList<Change> result;
    while (q.next()) {
        Change c;
        c.id = q.value(0).toLongLong();
        c.at = q.value(1).toString();
        c.actor = q.value(2).toString();
        c.entity = q.value(3).toString();
        c.entityId = q.value(4).toLongLong();
        c.action = q.value(5).toString();
        c.field = q.value(6).toString();
        c.oldValue = q.value(7).toString();
        c.newValue = q.value(8).toString();
        result << c;
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

} // namespace rapport::core
