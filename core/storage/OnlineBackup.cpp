#include "storage/OnlineBackup.h"

#include "storage/BulkInsert.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace rapport::core {

namespace {

// Pages copied per step: 16 MiB with 4 KiB pages. Between steps other
// connections may write; SQLite then restarts or updates the copy itself.
constexpr int kPagesPerStep = 4096;
constexpr int kBusyTimeoutMs = 10000;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::OnlineBackup)
};

struct Closer
{
    void operator()(sqlite3* handle) const { sqlite3_close_v2(handle); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

// The failure of the last call on `handle`, classified as every other SQLite
// error is (busy, read-only, disk full, not a database), and said about `what`.
Error sqliteError(sqlite3* handle, const QString& what)
{
    if (!handle) // sqlite3_open_v2 could not even allocate its handle
        return Error::make(Error::Code::Io, QStringLiteral("%1: out of memory").arg(what));
    Error error = sql::errorFromCode(sqlite3_extended_errcode(handle),
                                     QString::fromUtf8(sqlite3_errmsg(handle)), QString());
    if (error.code == Error::Code::Sql) // no class of its own: an I/O failure here
        error.code = Error::Code::Io;
    error.message = QStringLiteral("%1: %2").arg(what, error.message);
    return error;
}

Result<Connection> openFile(const QString& path, int flags)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Connection connection(raw);
    if (rc != SQLITE_OK)
        return sqliteError(raw, Text::tr("Cannot open “%1”").arg(QDir::toNativeSeparators(path)));
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    return connection;
}

// One value of a one-row statement without parameters (PRAGMAs, counts).
Result<QString> single(sqlite3* handle, const char* statement, const QString& path)
{
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(handle, statement, -1, &raw, nullptr) != SQLITE_OK)
        return sqliteError(handle,
                           Text::tr("Cannot read “%1”").arg(QDir::toNativeSeparators(path)));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
    const int rc = sqlite3_step(raw);
    if (rc == SQLITE_ROW)
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(raw, 0)));
    if (rc == SQLITE_DONE)
        return QString();
    return sqliteError(handle, Text::tr("Cannot read “%1”").arg(QDir::toNativeSeparators(path)));
}

Status run(sqlite3* handle, const char* statement, const QString& what)
{
    char* message = nullptr;
    if (sqlite3_exec(handle, statement, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    sqlite3_free(message);
    return sqliteError(handle, what);
}

// Copies every page of `from` into `to`, reporting progress; one step runs
// until done when no progress is wanted.
Status copyPages(sqlite3* to, sqlite3* from, Progress& progress, const QString& what)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqliteError(to, what);
    int rc = SQLITE_OK;
    int busyWaits = 0;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        progress.report(total - sqlite3_backup_remaining(backup), total, what);
        if (progress.isCancelled()) {
            sqlite3_backup_finish(backup);
            return Error::make(Error::Code::Cancelled, Text::tr("The backup was cancelled."));
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another writer holds the file: wait for it, but not forever.
            if (++busyWaits * 50 > kBusyTimeoutMs)
                break;
            sqlite3_sleep(50);
        } else {
            busyWaits = 0;
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error::make(Error::Code::Locked,
                           Text::tr("%1: another program kept the database busy; try again when "
                                    "it has finished.")
                               .arg(what));
    if (rc != SQLITE_DONE)
        return sqliteError(to, what);
    return {};
}

Status syncFolderOf(const QString& path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return {}; // not every file system lets a folder be opened; the rename still happened
    ::fsync(fd);
    ::close(fd);
    return {};
}

} // namespace

Result<std::optional<QString>> OnlineBackup::customerName(const QString& path, const QString& uuid)
{
    auto db = openFile(path, SQLITE_OPEN_READONLY);
    if (!db)
        return db.error();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db->get(), "SELECT name FROM customers WHERE uuid = ?", -1, &raw,
                           nullptr)
        != SQLITE_OK)
        return sqliteError(db->get(),
                           Text::tr("Cannot read “%1”").arg(QDir::toNativeSeparators(path)));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
    const QByteArray key = uuid.toUtf8();
    sqlite3_bind_text(raw, 1, key.constData(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(raw);
    if (rc == SQLITE_ROW)
        return std::optional<QString>(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(raw, 0))));
    if (rc == SQLITE_DONE)
        return std::optional<QString>();
    return sqliteError(db->get(), Text::tr("Cannot read “%1”").arg(QDir::toNativeSeparators(path)));
}

Status OnlineBackup::copy(const QSqlDatabase& source, const QString& target, Progress& progress)
{
    auto from = BulkInsert::handleOf(source);
    if (!from)
        return from.error();
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    const QString what = Text::tr("Backing up to “%1”").arg(QDir::toNativeSeparators(target));
    {
        auto to = openFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!to) {
            QFile::remove(partial);
            return to.error();
        }
        Status copied = copyPages(to->get(), *from, progress, what);
        // A backup is one file that any SQLite tool opens: no WAL beside it.
        if (copied)
            copied = run(to->get(), "PRAGMA journal_mode = DELETE", what);
        to.value().reset();
        if (!copied) {
            QFile::remove(partial);
            return copied;
        }
    }
    // rename(2) replaces an older file of the same name in one step.
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData())
        != 0) {
        QFile::remove(partial);
        return Error::make(Error::Code::Io, Text::tr("Cannot write “%1”: %2")
                                                .arg(QDir::toNativeSeparators(target),
                                                     QString::fromLocal8Bit(std::strerror(errno))));
    }
    return syncFolderOf(target);
}

Result<BackupContents> OnlineBackup::inspect(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot read “%1”: %2").arg(name, file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error::make(
            Error::Code::NotADatabase,
            Text::tr("“%1” is not a Rapport backup (it is not an SQLite file).").arg(name));
    BackupContents contents;
    contents.bytes = file.size();
    file.close();

    auto db = openFile(path, SQLITE_OPEN_READONLY);
    if (!db)
        return db.error();
    auto appId = single(db->get(), "PRAGMA application_id", path);
    if (!appId)
        return appId.error();
    if (appId->toLongLong() != Migrator::kApplicationId)
        return Error::make(Error::Code::NotADatabase,
                           Text::tr("“%1” is an SQLite database of another program, not a "
                                    "Rapport backup.")
                               .arg(name));
    auto version = single(db->get(), "PRAGMA user_version", path);
    if (!version)
        return version.error();
    contents.schemaVersion = version->toInt();
    if (contents.schemaVersion > Migrator::kLatestVersion)
        return Error::make(Error::Code::TooNew,
                           Text::tr("“%1” was made by a newer version of Rapport (database "
                                    "version %2; this version knows up to %3). Update Rapport "
                                    "to restore it.")
                               .arg(name)
                               .arg(contents.schemaVersion)
                               .arg(Migrator::kLatestVersion));
    auto check = single(db->get(), "PRAGMA integrity_check", path);
    if (!check)
        return check.error();
    if (*check != QStringLiteral("ok"))
        return Error::make(
            Error::Code::NotADatabase,
            Text::tr("“%1” is damaged (%2); it cannot be restored.").arg(name, check->left(200)));
    auto customers = single(db->get(), "SELECT count(*) FROM customers", path);
    auto orders = single(db->get(), "SELECT count(*) FROM orders", path);
    if (!customers || !orders)
        return Error::make(Error::Code::NotADatabase,
                           Text::tr("“%1” is not a complete Rapport database.").arg(name));
    contents.customers = customers->toLongLong();
    contents.orders = orders->toLongLong();
    return contents;
}

Status OnlineBackup::copyInto(const QString& backupPath, const QString& livePath,
                              Progress& progress)
{
    auto from = openFile(backupPath, SQLITE_OPEN_READONLY);
    if (!from)
        return from.error();
    auto to = openFile(livePath, SQLITE_OPEN_READWRITE);
    if (!to)
        return to.error();
    const QString what = Text::tr("Restoring “%1”").arg(QDir::toNativeSeparators(backupPath));
    return copyPages(to->get(), from->get(), progress, what);
}

} // namespace rapport::core
