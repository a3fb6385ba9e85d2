#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport::core {

// A scoped transaction: begins in the constructor, rolls back in the destructor
// unless commit() succeeded. The outermost guard on a connection takes the write
// lock at once (BEGIN IMMEDIATE, so a second writer waits instead of failing
// half-way); nested guards become SAVEPOINTs.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; a guard that failed to begin must not be used.
    const Status& begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    Status m_begun;
    bool m_open = false;
};

} // namespace rapport::core
