#include "backup/BackupService.h"

#include "backup/BackupArchive.h"
#include "storage/AppSettingsRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rapport::core::backup {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::backup::BackupService)
};

Status ensureFolder(const QString& folder)
{
    if (QDir().mkpath(folder))
        return {};
    return Error::make(
        Error::Code::Io,
        Text::tr("Cannot create the backup folder “%1”.").arg(QDir::toNativeSeparators(folder)));
}

// A scratch folder beside `near` for decrypted copies: personal data stays on
// the disk the user chose, not in a shared /tmp.
Result<std::unique_ptr<QTemporaryDir>> scratchBeside(const QString& near)
{
    auto dir = std::make_unique<QTemporaryDir>(
        QFileInfo(near).absoluteDir().filePath(QStringLiteral(".rapport-restore-XXXXXX")));
    if (!dir->isValid())
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot create a temporary folder beside "
                                    "“%1”: %2")
                               .arg(QDir::toNativeSeparators(near), dir->errorString()));
    return dir;
}

} // namespace

BackupService::BackupService(QSqlDatabase db, QString databasePath)
    : m_db(std::move(db))
    , m_databasePath(std::move(databasePath))
{}

Result<BackupSettings> BackupService::settings() const
{
    AppSettingsRepository repo(m_db);
    BackupSettings settings;
    auto enabled = repo.value(AppSettingsRepository::kBackupEnabled, QStringLiteral("1"));
    auto folder = repo.value(AppSettingsRepository::kBackupFolder);
    auto daily = repo.value(AppSettingsRepository::kBackupKeepDaily, QStringLiteral("7"));
    auto weekly = repo.value(AppSettingsRepository::kBackupKeepWeekly, QStringLiteral("4"));
    for (const auto* r : {&enabled, &folder, &daily, &weekly})
        if (!*r)
            return r->error();
    settings.policy.enabled = *enabled != QStringLiteral("0");
    settings.folder = folder->isEmpty() ? BackupCatalog::defaultFolderFor(m_databasePath) : *folder;
    settings.policy.keepDaily = std::max(1, daily->toInt());
    settings.policy.keepWeekly = std::max(1, weekly->toInt());
    return settings;
}

Status BackupService::saveSettings(const BackupSettings& settings)
{
    if (settings.policy.keepDaily < 1 || settings.policy.keepDaily > 365)
        return Error::validation(QStringLiteral("keep_daily"),
                                 Text::tr("Keep between 1 and 365 daily backups."));
    if (settings.policy.keepWeekly < 1 || settings.policy.keepWeekly > 520)
        return Error::validation(QStringLiteral("keep_weekly"),
                                 Text::tr("Keep between 1 and 520 weekly backups."));
    const QString folder =
        QDir::cleanPath(settings.folder)
                == QDir::cleanPath(BackupCatalog::defaultFolderFor(m_databasePath))
            ? QString()
            : settings.folder;
    return AppSettingsRepository(m_db).setValues(
        {{AppSettingsRepository::kBackupEnabled,
          settings.policy.enabled ? QStringLiteral("1") : QStringLiteral("0")},
         {AppSettingsRepository::kBackupFolder, folder},
         {AppSettingsRepository::kBackupKeepDaily, QString::number(settings.policy.keepDaily)},
         {AppSettingsRepository::kBackupKeepWeekly, QString::number(settings.policy.keepWeekly)}});
}

Result<QString> BackupService::backUpNow(const QString& target, const QString& password,
                                         Progress& progress) const
{
    QString path = target;
    if (path.isEmpty()) {
        auto current = settings();
        if (!current)
            return current.error();
        if (Status s = ensureFolder(current->folder); !s)
            return s.error();
        path = QDir(current->folder)
                   .filePath(BackupCatalog::fileName(
                       BackupCatalog::stemOf(m_databasePath), BackupKind::Manual,
                       QDateTime::currentDateTimeUtc(), !password.isEmpty()));
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath())
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("A backup cannot replace the database it copies."));
    if (password.isEmpty()) {
        if (Status s = OnlineBackup::copy(m_db, path, progress); !s)
            return s.error();
        return path;
    }
    if (password.size() < BackupArchive::kMinimumPasswordLength)
        return Error::validation(QStringLiteral("password"),
                                 Text::tr("The password needs at least %n characters.", nullptr,
                                          BackupArchive::kMinimumPasswordLength));
    // The plain copy stays beside the database, never in the folder the
    // encrypted one goes to (a synced folder, a USB stick).
    auto scratch = scratchBeside(m_databasePath);
    if (!scratch)
        return scratch.error();
    const QString plain = (*scratch)->filePath(QStringLiteral("backup.sqlite"));
    if (Status s = OnlineBackup::copy(m_db, plain, progress); !s)
        return s.error();
    if (Status s = BackupArchive::encrypt(plain, path, password, progress); !s)
        return s.error();
    return path;
}

Result<RotationResult> BackupService::rotate(const QDateTime& nowUtc, Progress& progress) const
{
    auto current = settings();
    if (!current)
        return current.error();
    RotationResult result;
    const QString stem = BackupCatalog::stemOf(m_databasePath);
    const RotationPlan plan =
        BackupCatalog::plan(BackupCatalog::list(current->folder, stem), nowUtc, current->policy);
    if (!plan.takeDaily && !plan.takeWeekly && plan.remove.isEmpty())
        return result;
    if (Status s = ensureFolder(current->folder); !s)
        return s.error();
    const QDir folder(current->folder);
    QString daily;
    if (plan.takeDaily || plan.takeWeekly) {
        daily = folder.filePath(BackupCatalog::fileName(
            stem, plan.takeDaily ? BackupKind::Daily : BackupKind::Weekly, nowUtc, false));
        if (Status s = OnlineBackup::copy(m_db, daily, progress); !s)
            return s.error();
        result.taken << daily;
    }
    if (plan.takeDaily && plan.takeWeekly) {
        // The weekly copy is the same snapshot: a file copy, not a second backup.
        const QString weekly =
            folder.filePath(BackupCatalog::fileName(stem, BackupKind::Weekly, nowUtc, false));
        QFile::remove(weekly);
        if (!QFile::copy(daily, weekly))
            return Error::make(
                Error::Code::Io,
                Text::tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(weekly)));
        result.taken << weekly;
    }
    // Only after the new backups exist are old ones removed.
    for (const QString& old : plan.remove)
        if (QFile::remove(old))
            result.removed << old;
    return result;
}

Result<CheckedBackup> BackupService::check(const QString& backupPath, const QString& password,
                                           Progress& progress)
{
    if (!QFileInfo::exists(backupPath))
        return Error::make(
            Error::Code::NotFound,
            Text::tr("The backup “%1” does not exist.").arg(QDir::toNativeSeparators(backupPath)));
    CheckedBackup checked;
    checked.source = backupPath;
    checked.checkedFile = backupPath;
    if (BackupArchive::isArchive(backupPath)) {
        if (password.isEmpty())
            return Error::validation(QStringLiteral("password"),
                                     Text::tr("“%1” is encrypted: enter its password.")
                                         .arg(QDir::toNativeSeparators(backupPath)));
        // Decrypted into Rapport's own data folder, not beside the archive (which
        // may be on a stick or in a synced folder).
        const QString privateFolder =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QDir().mkpath(privateFolder);
        auto scratch = scratchBeside(QDir(privateFolder).filePath(QStringLiteral("x")));
        if (!scratch)
            return scratch.error();
        checked.scratch = std::move(*scratch);
        checked.checkedFile = checked.scratch->filePath(QStringLiteral("backup.sqlite"));
        if (Status s = BackupArchive::decrypt(backupPath, checked.checkedFile, password, progress);
            !s)
            return s.error();
    }
    const QFileInfo file(checked.checkedFile);
    checked.checkedSize = file.size();
    checked.checkedModified = file.lastModified();
    auto contents = OnlineBackup::inspect(checked.checkedFile);
    if (!contents)
        return contents.error();
    checked.contents = *contents;
    return checked;
}

Result<BackupContents> BackupService::verify(const QString& backupPath, const QString& password,
                                             Progress& progress)
{
    auto checked = check(backupPath, password, progress);
    if (!checked)
        return checked.error();
    return checked->contents;
}

Result<RestoreResult> BackupService::restore(const QString& backupPath, const QString& password,
                                             Progress& progress) const
{
    if (Status s = notTheOpenDatabase(backupPath); !s)
        return s.error();
    auto checked = check(backupPath, password, progress);
    if (!checked)
        return checked.error();
    return restore(*checked, progress);
}

Result<RestoreResult> BackupService::restore(const CheckedBackup& backup, Progress& progress) const
{
    if (Status s = notTheOpenDatabase(backup.source); !s)
        return s.error();
    auto current = settings();
    if (!current)
        return current.error();

    RestoreResult result;
    result.contents = backup.contents;
    // A plain backup is the user's own file: if it changed since it was checked
    // (while the question was open), it is checked again.
    const QFileInfo now(backup.checkedFile);
    if (!now.exists() || now.size() != backup.checkedSize
        || now.lastModified() != backup.checkedModified) {
        auto again = OnlineBackup::inspect(backup.checkedFile);
        if (!again)
            return again.error();
        result.contents = *again;
    }

    // Nothing is replaced before the current database is safely kept.
    if (Status s = ensureFolder(current->folder); !s)
        return s.error();
    result.keptAs = QDir(current->folder)
                        .filePath(BackupCatalog::fileName(BackupCatalog::stemOf(m_databasePath),
                                                          BackupKind::BeforeRestore,
                                                          QDateTime::currentDateTimeUtc(), false));
    if (Status s = OnlineBackup::copy(m_db, result.keptAs, progress); !s)
        return s.error();
    if (Status s = OnlineBackup::copyInto(backup.checkedFile, m_databasePath, progress); !s)
        return s.error();
    return result;
}

Status BackupService::notTheOpenDatabase(const QString& backupPath) const
{
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath())
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("“%1” is the open database, not a backup of it.")
                               .arg(QDir::toNativeSeparators(backupPath)));
    return {};
}

Result<QList<BackupHolding>> BackupService::backupsHolding(const QString& uuid,
                                                           const QDateTime& erasedAtUtc) const
{
    auto current = settings();
    if (!current)
        return current.error();
    auto live = OnlineBackup::customerName(m_databasePath, uuid);
    if (!live)
        return live.error();
    if (!live->has_value())
        return Error::make(Error::Code::NotFound,
                           Text::tr("No customer with this identity is in the database."));
    const QString placeholderName = **live;
    QList<BackupHolding> holding;
    auto entries = BackupCatalog::list(current->folder, BackupCatalog::stemOf(m_databasePath));
    // The copies kept before schema upgrades ("<file>.v7.backup", beside the
    // database) hold the data of their day too.
    const QFileInfo database(m_databasePath);
    const QStringList upgrades =
        database.dir().entryList({database.fileName() + QStringLiteral(".v*.backup")}, QDir::Files);
    for (const QString& name : upgrades) {
        BackupEntry entry;
        entry.path = database.dir().filePath(name);
        entry.kind = BackupKind::Manual;
        entry.takenAt = QFileInfo(entry.path).lastModified().toUTC();
        entries << entry;
    }
    for (const BackupEntry& entry : entries) {
        if (entry.encrypted) {
            if (entry.takenAt < erasedAtUtc)
                holding << BackupHolding{entry, false};
            continue;
        }
        auto name = OnlineBackup::customerName(entry.path, uuid);
        if (!name) {
            // An unreadable backup cannot be cleared; say it may hold them.
            holding << BackupHolding{entry, false};
            continue;
        }
        if (name->has_value() && **name != placeholderName)
            holding << BackupHolding{entry, true};
    }
    return holding;
}

} // namespace rapport::core::backup
