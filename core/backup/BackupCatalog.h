#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::core::backup {

enum class BackupKind { Daily, Weekly, Manual, BeforeRestore };

// One backup file in a backup folder. Its kind and time come from its name
// ("rapport-daily-20261125-083000Z.sqlite"), not from the file's dates, which a
// copy to another disk changes.
struct BackupEntry
{
    QString path;
    BackupKind kind = BackupKind::Manual;
    QDateTime takenAt; // UTC
    bool encrypted = false;
    qint64 bytes = 0;
};

// How many automatic backups are kept. Manual backups and the copies kept before
// a restore are never removed by the rotation.
struct RotationPolicy
{
    bool enabled = true;
    int keepDaily = 7;
    int keepWeekly = 4;
};

struct RotationPlan
{
    bool takeDaily = false;
    bool takeWeekly = false;
    QStringList remove; // paths, oldest automatic backups beyond the counts
};

// Naming and listing of the files in a backup folder, and what the rotation
// should do next. No I/O beyond listing the folder.
class BackupCatalog
{
public:
    static QString kindKey(BackupKind kind); // "daily", "weekly", "manual", "before-restore"

    // The default folder: "<stem> backups" beside the database file.
    static QString defaultFolderFor(const QString& databasePath);
    // The stem the files of one database share: the database's base name.
    static QString stemOf(const QString& databasePath);

    static QString fileName(const QString& stem, BackupKind kind, const QDateTime& takenAtUtc,
                            bool encrypted);
    static std::optional<BackupEntry> parse(const QString& path, const QString& stem);
    // Every backup of `stem` in `folder`, newest first (empty if the folder is missing).
    static QList<BackupEntry> list(const QString& folder, const QString& stem);

    // A daily backup when the newest is 23 hours old or more (an hour of slack so
    // that opening Rapport a little earlier each day still makes one a day), a
    // weekly one when the newest is 7 days old or more, and the removal of the
    // oldest beyond the counts, counting the ones about to be taken.
    static RotationPlan plan(const QList<BackupEntry>& existing, const QDateTime& nowUtc,
                             const RotationPolicy& policy);
};

} // namespace rapport::core::backup
