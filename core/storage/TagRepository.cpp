#include "storage/TagRepository.h"

#include "domain/ContactRules.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {

Result<RowId> TagRepository::create(Tag tag)
{
    tag.name = contact::simplified(tag.name);
    if (tag.name.isEmpty())
        return Error::validation(
            QStringLiteral("name"),
            QCoreApplication::translate("rapport::core::TagRepository", "A tag needs a name."));
    if (tag.color.isEmpty())
        tag.color = QStringLiteral("#888888");
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO tags (uuid, name, color, created_at) "
                                            "VALUES (?, ?, ?, ?)"),
                             {newUuid(), tag.name, tag.color, now()});
        !s) {
        if (s.error().code == Error::Code::Conflict)
            return Error::validation(QStringLiteral("name"),
                                     QCoreApplication::translate("rapport::core::TagRepository",
                                                                 "The tag “%1” already exists.")
                                         .arg(tag.name));
        return s.error();
    }
    const RowId id = q.lastInsertId().toLongLong();
    notify(Entity::Tag, id);
    return id;
}

Result<QList<Tag>> TagRepository::all() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, name, color FROM tags ORDER BY name"));
        !s)
        return s.error();
    QList<Tag> result;
    while (q.next())
        result << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

Status TagRepository::remove(RowId id)
{
    if (Status s = sql::execOnce(m_db, QStringLiteral("DELETE FROM tags WHERE id = ?"),
                                 {QVariant::fromValue<qlonglong>(id)});
        !s)
        return s;
    notify(Entity::Tag, id);
    return {};
}

} // namespace rapport::core
