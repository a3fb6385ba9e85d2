#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rapport::core {

// Brings a database to the latest schema. Migrations are numbered SQL files
// embedded as resources (:/rapport/migrations/NNNN_name.sql); a step may also
// have a C++ part that derives data SQL cannot (e.g. the search text of 0002).
// All pending steps run inside one transaction, each in its own savepoint, so a
// failure anywhere leaves the file exactly at the version it had.
class Migrator
{
public:
    static constexpr int kLatestVersion = 8;
    // PRAGMA application_id of every Rapport file ("RPRT"), set by 0001: a SQLite
    // file without it belongs to another program.
    static constexpr qint64 kApplicationId = 1380995668;

    static Result<int> currentVersion(const QSqlDatabase& db);
    static Status migrate(const QSqlDatabase& db, int targetVersion = kLatestVersion);

    // Splits a script into complete statements (sqlite3_complete, so semicolons
    // inside strings, comments and trigger bodies are handled).
    static QStringList splitStatements(const QString& script);
};

} // namespace rapport::core
