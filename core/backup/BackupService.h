#pragma once

#include "backup/BackupCatalog.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "storage/OnlineBackup.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace rapport::core::backup {

// Where one database's backups go and how many are kept (stored in the
// database's app_settings; defaults when never set).
struct BackupSettings
{
    QString folder; // never empty once loaded: the default is beside the database
    RotationPolicy policy;
};

struct RotationResult
{
    QStringList taken;   // new files
    QStringList removed; // files the rotation deleted
};

struct RestoreResult
{
    BackupContents contents; // what the restored backup held
    QString keptAs;          // the database as it was before, kept in the backup folder
};

// A backup that check() found sound: what it holds, and the SQLite file that was
// checked. For an archive that is its decrypted copy in Rapport's private data
// folder, deleted with the last copy of this object; restoring from it spares a
// second key derivation and decryption.
struct CheckedBackup
{
    QString source;      // the file chosen
    QString checkedFile; // the SQLite file inspected (the source itself when plain)
    qint64 checkedSize = -1;
    QDateTime checkedModified; // with the size: a file changed since is checked again
    BackupContents contents;
    std::shared_ptr<QTemporaryDir> scratch;
};

// A backup that may still hold an erased customer's personal data.
struct BackupHolding
{
    BackupEntry entry;
    bool certain = false; // false: encrypted, so only its date says it may hold them
};

// Backups of the open database, their rotation, verification and restore. Works
// on the caller's connection (any thread that owns it); long steps report
// progress and can be cancelled.
class BackupService
{
public:
    BackupService(QSqlDatabase db, QString databasePath);

    QString databasePath() const { return m_databasePath; }
    Result<BackupSettings> settings() const;
    Status saveSettings(const BackupSettings& settings);

    // A backup to `target`, or (empty) a manual one in the backup folder;
    // encrypted when a password is given. Returns the file written.
    Result<QString> backUpNow(const QString& target, const QString& password,
                              Progress& progress) const;

    // What the automatic schedule does: a daily and a weekly backup when due,
    // then the oldest automatic ones beyond the counts removed.
    Result<RotationResult> rotate(const QDateTime& nowUtc, Progress& progress) const;

    // Checks a backup without changing anything (decrypting an archive to a
    // private temporary file first): integrity, application, schema version.
    static Result<CheckedBackup> check(const QString& backupPath, const QString& password,
                                       Progress& progress);
    // check(), for callers that only want to know what the backup holds.
    static Result<BackupContents> verify(const QString& backupPath, const QString& password,
                                         Progress& progress);

    // Keeps the current database as a "before-restore" backup, then replaces the
    // database's content with the checked backup's in one transaction. The
    // caller reopens the database afterwards (an older backup is then upgraded
    // like any older file).
    Result<RestoreResult> restore(const CheckedBackup& backup, Progress& progress) const;
    // check() and then restore() in one call.
    Result<RestoreResult> restore(const QString& backupPath, const QString& password,
                                  Progress& progress) const;

    // The backups in the folder that may still hold the customer with `uuid`,
    // erased at `erasedAtUtc`: plain ones where the customer still has another
    // name than the erased placeholder they have now, encrypted ones made before.
    Result<QList<BackupHolding>> backupsHolding(const QString& uuid,
                                                const QDateTime& erasedAtUtc) const;

private:
    Status notTheOpenDatabase(const QString& backupPath) const;

    QSqlDatabase m_db;
    QString m_databasePath;
};

} // namespace rapport::core::backup
