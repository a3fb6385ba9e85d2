#include "storage/Transaction.h"

#include "storage/Sql.h"

#include <QHash>

namespace rapport::core {

namespace {

// Open guards per connection. Connections belong to one thread, so the map is
// per thread too and needs no lock.
thread_local QHash<QString, int> t_depth;

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int& depth = t_depth[m_db.connectionName()];
    if (depth == 0) {
        m_begun = sql::execOnce(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("sp_%1").arg(depth);
        // sql-scan: identifier: m_savepoint is "sp_<depth>", built from an int
        m_begun = sql::execOnce(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_begun) {
        m_open = true;
        ++depth;
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    // Rolling back cannot be reported from a destructor; Sql logs any failure.
    if (m_savepoint.isEmpty()) {
        (void)sql::execOnce(m_db, QStringLiteral("ROLLBACK"));
    } else {
        // sql-scan: identifier: m_savepoint is "sp_<depth>", built from an int
        (void)sql::execOnce(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        // sql-scan: identifier: m_savepoint is "sp_<depth>", built from an int
        (void)sql::execOnce(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
    --t_depth[m_db.connectionName()];
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun ? Error::make(Error::Code::InvalidArgument,
                                     QStringLiteral("Transaction committed twice"))
                       : m_begun.error();
    // sql-scan: identifier: m_savepoint is "sp_<depth>", built from an int
    Status s =
        sql::execOnce(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                  : QStringLiteral("RELEASE ") + m_savepoint);
    if (s) {
        m_open = false;
        --t_depth[m_db.connectionName()];
    }
    return s;
}

} // namespace rapport::core
