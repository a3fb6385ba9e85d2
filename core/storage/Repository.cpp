#include "storage/Repository.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace rapport::core {

Status Repository::softDelete(const QString& table, Entity entity, std::int64_t id,
                              const QString& notFound) const
{
    QSqlQuery q(m_db);
    const QString stamp = now();
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ? "
                                            "WHERE id = ? AND deleted_at IS NULL")
                                 .arg(table),
                             {stamp, stamp, QVariant::fromValue<qlonglong>(id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, notFound);
    notify(entity, id);
    return {};
}

Status Repository::restoreDeleted(const QString& table, Entity entity, std::int64_t id,
                                  const QString& notFound) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE %1 SET deleted_at = NULL, updated_at = ? "
                                            "WHERE id = ? AND deleted_at IS NOT NULL")
                                 .arg(table),
                             {now(), QVariant::fromValue<qlonglong>(id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, notFound);
    notify(entity, id);
    return {};
}

QString Repository::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace rapport::core
