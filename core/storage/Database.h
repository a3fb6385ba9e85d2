#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rapport::core {

// One open Rapport database file on one thread (Qt's SQL connections belong to
// the thread that opened them: a worker opens its own Database on the same path).
//
// open() checks the file before touching it (folder exists, SQLite header,
// writable, not newer than this build), then sets the pragmas and migrates. A
// failed open leaves the file byte for byte as it was.
class Database
{
public:
    struct Options
    {
        bool migrate = true;      // false: open an up-to-date file only (workers)
        int busyTimeoutMs = 5000; // how long to wait for another writer
    };

    static Result<Database> open(const QString& path);
    static Result<Database> open(const QString& path, Options options);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Non-fatal findings for the user, e.g. a network file system (no WAL there).
    QStringList warnings() const { return m_warnings; }
    // Where the copy taken before the last migration went (empty if none).
    QString preMigrationBackup() const { return m_backupPath; }

    // The default database: ~/.local/share/Rapport/rapport.db on Linux.
    static QString defaultPath();

private:
    Database() = default;
    void close();

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    QStringList m_warnings;
    QString m_backupPath;
};

} // namespace rapport::core
