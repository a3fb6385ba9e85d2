#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace rapport::testing {

// A fresh, migrated Rapport database in its own temporary folder, removed when
// the fixture goes away. One per test function (create it in init()).
class TempDatabase
{
public:
    TempDatabase();
    bool isValid() const { return m_db != nullptr; }
    QString errorMessage() const { return m_error; }
    core::Database& db() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    QString path() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    QString m_error;
};

} // namespace rapport::testing
