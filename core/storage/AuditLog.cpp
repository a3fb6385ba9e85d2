#include "storage/AuditLog.h"

#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

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

QJsonObject customOf(const Customer& c)
{
    return QJsonDocument::fromJson(c.custom.toUtf8()).object();
}

void compare(QList<AuditLog::FieldDiff>& out, const QString& field, const QJsonValue& before,
             const QJsonValue& after)
{
    const QString oldJson = jsonOf(before);
    const QString newJson = jsonOf(after);
    if (oldJson != newJson)
        out << AuditLog::FieldDiff{field, oldJson, newJson};
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
    return user;
}

Status AuditLog::record(const QSqlDatabase& db, const QString& entity, RowId id, Action action,
                        const QString& field, const QString& oldJson, const QString& newJson,
                        const QString& at)
{
    const auto jsonOrNull = [](const QString& json) {
        return json.isEmpty() ? QVariant() : QVariant(json); // NULL, not ''
    };
    return sql::execOnce(db,
                         QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, "
                                        "action, field, old_value, new_value) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {at, actor(), entity, QVariant::fromValue<qlonglong>(id),
                          actionKey(action), field, jsonOrNull(oldJson), jsonOrNull(newJson)});
}

QList<AuditLog::FieldDiff> AuditLog::diff(const Customer& before, const Customer& after)
{
    QList<FieldDiff> out;
    const auto text = [&](const char* field, const QString& a, const QString& b) {
        compare(out, QLatin1String(field), QJsonValue(a), QJsonValue(b));
    };
    text("name", before.name, after.name);
    text("code", before.code, after.code);
    text("email", before.email, after.email);
    text("phone", before.phone, after.phone);
    text("city", before.city, after.city);
    text("address", before.address, after.address);
    text("company", before.companyName, after.companyName);
    text("owner", before.owner, after.owner);
    compare(out, QStringLiteral("opted_out"), QJsonValue(before.optedOut),
            QJsonValue(after.optedOut));
    text("notes", before.notes, after.notes);

    const QJsonObject oldCustom = customOf(before);
    const QJsonObject newCustom = customOf(after);
    QStringList keys = oldCustom.keys() + newCustom.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString& key : std::as_const(keys))
        compare(out, QStringLiteral("custom.") + key, oldCustom.value(key), newCustom.value(key));
    return out;
}

Status AuditLog::recordCustomerUpdate(const QSqlDatabase& db, const Customer& before,
                                      const Customer& after, const QString& at)
{
    for (const FieldDiff& d : diff(before, after)) {
        if (Status s = record(db, QStringLiteral("customers"), after.id, Action::Update, d.field,
                              d.oldValue, d.newValue, at);
            !s)
            return s;
    }
    return {};
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
