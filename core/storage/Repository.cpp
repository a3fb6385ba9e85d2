#include "storage/Repository.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace rapport::core {

Status Repository::softDelete(const QString& table, Entity entity, std::int64_t id,
                              const QString& notFound, const QString& auditOld) const
{
    // The delete and its audit row land together (a savepoint in the caller's
    // transaction, if any).
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db);
    const QString stamp = now();
    // sql-scan: identifier: table is a literal table name passed by each repository
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ? "
                                            "WHERE id = ? AND deleted_at IS NULL")
                                 .arg(table),
                             {stamp, stamp, QVariant::fromValue<qlonglong>(id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, notFound);
    if (Status s =
            AuditLog::record(m_db, table, id, AuditLog::Action::Delete, {}, auditOld, {}, stamp);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(entity, id);
    return {};
}

Status Repository::restoreDeleted(const QString& table, Entity entity, std::int64_t id,
                                  const QString& notFound) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db);
    const QString stamp = now();
    // sql-scan: identifier: table is a literal table name passed by each repository
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE %1 SET deleted_at = NULL, updated_at = ? "
                                            "WHERE id = ? AND deleted_at IS NOT NULL")
                                 .arg(table),
                             {stamp, QVariant::fromValue<qlonglong>(id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, notFound);
    if (Status s = AuditLog::record(m_db, table, id, AuditLog::Action::Restore, {}, {}, {}, stamp);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(entity, id);
    return {};
}

QString Repository::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace rapport::core
