#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rapport::core {

// What a backup file holds, read without changing it.
struct BackupContents
{
    int schemaVersion = 0;
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 bytes = 0;
};

// SQLite's online backup API, through the Qt driver's connection handle: a copy
// taken while Rapport (or a second Rapport) keeps working on the file is still
// one consistent snapshot, including what is only in the WAL so far.
class OnlineBackup
{
public:
    // Copies the open database into `target`: written beside it as
    // "TARGET.partial", turned into a self-contained file (rollback journal, no
    // -wal), synced, then renamed over `target`, so a crash never leaves a
    // half-written file under the backup's name.
    static Status copy(const QSqlDatabase& source, const QString& target, Progress& progress);

    // Opens `path` read-only and checks it is a whole Rapport database this
    // version can open: the SQLite header, the application id, a schema version
    // not newer than this build's, and PRAGMA integrity_check.
    static Result<BackupContents> inspect(const QString& path);

    // Replaces the content of the database file `livePath` with the (inspected)
    // file `backupPath`, in one write transaction on the live file: readers see
    // the old or the new database, and a crash leaves the old one.
    static Status copyInto(const QString& backupPath, const QString& livePath, Progress& progress);

    // The name of the customer with `uuid` in the backup at `path` (read-only),
    // or nothing when the backup does not have them.
    static Result<std::optional<QString>> customerName(const QString& path, const QString& uuid);
};

} // namespace rapport::core
