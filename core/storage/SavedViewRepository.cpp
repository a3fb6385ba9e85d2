#include "storage/SavedViewRepository.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::core {

namespace {

Q_LOGGING_CATEGORY(lcViews, "rapport.savedviews")

// User-visible messages, translated in the "rapport::core::SavedViewRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::SavedViewRepository)
};

const QString kSelectView =
    QStringLiteral("SELECT id, uuid, entity, name, spec, position FROM saved_views ");

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

Result<SavedView> viewFrom(const QSqlQuery& q)
{
    SavedView view;
    view.id = q.value(0).toLongLong();
    view.uuid = q.value(1).toString();
    const auto entity = fieldEntityFromKey(q.value(2).toString());
    if (!entity) // the table's CHECK allows only known keys
        return Error::make(Error::Code::Sql,
                           QStringLiteral("Saved view %1 has an unknown table").arg(view.id));
    view.entity = *entity;
    view.name = q.value(3).toString();
    view.position = q.value(5).toInt();
    const QJsonObject spec = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    // A view written by a newer version keeps what this one understands.
    if (!savedViewSpecFromJson(spec, view))
        qCWarning(lcViews) << "Saved view" << view.id << "has parts this version cannot read";
    return view;
}

Result<QList<SavedView>> viewsFrom(QSqlQuery& q)
{
    QList<SavedView> views;
    while (q.next()) {
        auto view = viewFrom(q);
        if (!view)
            return view.error();
        views << *view;
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    return views;
}

QString specText(const SavedView& view)
{
    return QString::fromUtf8(
        QJsonDocument(savedViewSpecToJson(view)).toJson(QJsonDocument::Compact));
}

Result<QString> cleanedName(const QString& name)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty())
        return Error::validation(QStringLiteral("name"), Text::tr("A saved view needs a name."));
    return cleaned;
}

// Whether another live view of `entity` has the name (ASCII case ignored: two
// views called "VIP" and "vip" in one sidebar would only confuse).
Status checkNameFree(const QSqlDatabase& db, FieldEntity entity, const QString& name, RowId except)
{
    auto taken = sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM saved_views WHERE entity = ? "
                                            "AND name = ? COLLATE NOCASE AND id <> ? "
                                            "AND deleted_at IS NULL"),
                             {fieldEntityKey(entity), name, idValue(except)});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0) {
        Error e = Error::make(
            Error::Code::Conflict,
            Text::tr("There is already a saved view named “%1” for this table.").arg(name));
        e.field = QStringLiteral("name");
        return e;
    }
    return {};
}

} // namespace

Result<QList<SavedView>> SavedViewRepository::views(FieldEntity entity) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             kSelectView
                                 + QStringLiteral("WHERE entity = ? AND deleted_at IS NULL "
                                                  "ORDER BY position, name, id"),
                             {fieldEntityKey(entity)});
        !s)
        return s.error();
    return viewsFrom(q);
}

Result<QList<SavedView>> SavedViewRepository::all() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q,
            kSelectView + QStringLiteral("WHERE deleted_at IS NULL ORDER BY position, name, id"));
        !s)
        return s.error();
    auto views = viewsFrom(q);
    if (!views)
        return views;
    // Tables in the order the sidebar lists them (the enum's), not by key.
    std::stable_sort(views->begin(), views->end(), [](const SavedView& a, const SavedView& b) {
        return int(a.entity) < int(b.entity);
    });
    return views;
}

Result<SavedView> SavedViewRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, kSelectView + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"),
                             {idValue(id)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("This saved view does not exist."));
    return viewFrom(q);
}

Result<SavedView> SavedViewRepository::byName(FieldEntity entity, const QString& name) const
{
    // Names are unique regardless of ASCII case, so `vip` finds "VIP".
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             kSelectView
                                 + QStringLiteral("WHERE entity = ? AND name = ? COLLATE NOCASE "
                                                  "AND deleted_at IS NULL"),
                             {fieldEntityKey(entity), name.simplified()});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           Text::tr("There is no saved view named “%1”.").arg(name));
    return viewFrom(q);
}

Result<RowId> SavedViewRepository::create(SavedView view)
{
    auto name = cleanedName(view.name);
    if (!name)
        return name.error();
    view.name = *name;
    if (view.uuid.isEmpty())
        view.uuid = newUuid();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = checkNameFree(m_db, view.entity, view.name, 0); !s)
        return s.error();
    if (view.position <= 0) { // appended after the table's other views
        auto last = sql::scalar(m_db,
                                QStringLiteral("SELECT coalesce(max(position), 0) FROM "
                                               "saved_views WHERE entity = ? "
                                               "AND deleted_at IS NULL"),
                                {fieldEntityKey(view.entity)});
        if (!last)
            return last.error();
        view.position = last->toInt() + 1;
    }
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO saved_views (uuid, entity, name, spec, "
                                            "position, created_at, updated_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {view.uuid, fieldEntityKey(view.entity), view.name, specText(view),
                              view.position, stamp, stamp});
        !s)
        return s.error();
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::SavedView, id);
    return id;
}

Status SavedViewRepository::update(const SavedView& view)
{
    // The table a view belongs to never changes: its columns and filter are that table's.
    auto name = cleanedName(view.name);
    if (!name)
        return name.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stored = get(view.id);
    if (!stored)
        return stored.error();
    if (Status s = checkNameFree(m_db, stored->entity, *name, view.id); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE saved_views SET name = ?, spec = ?, "
                                            "position = ?, updated_at = ? "
                                            "WHERE id = ? AND deleted_at IS NULL"),
                             {*name, specText(view), view.position, now(), idValue(view.id)});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::SavedView, view.id);
    return {};
}

Status SavedViewRepository::remove(RowId id)
{
    return softDelete(QStringLiteral("saved_views"), Entity::SavedView, id,
                      Text::tr("This saved view does not exist."));
}

Status SavedViewRepository::restore(RowId id)
{
    // Another view may have taken the name meanwhile: say so rather than
    // letting the unique index refuse it.
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT entity, name FROM saved_views "
                                            "WHERE id = ? AND deleted_at IS NOT NULL"),
                             {idValue(id)});
        !s)
        return s;
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           Text::tr("There is no deleted saved view to restore."));
    const auto entity = fieldEntityFromKey(q.value(0).toString());
    const QString name = q.value(1).toString();
    q.finish();
    if (entity) {
        if (Status s = checkNameFree(m_db, *entity, name, id); !s)
            return s;
    }
    if (Status s = restoreDeleted(QStringLiteral("saved_views"), Entity::SavedView, id,
                                  Text::tr("There is no deleted saved view to restore."));
        !s)
        return s;
    return tx.commit();
}

} // namespace rapport::core
