#include "storage/Database.h"

#include "storage/FileSystem.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::Database" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::Database)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("rapport-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Everything we can learn about the file without opening it, so that a file we
// must refuse is never touched.
Status checkFileBeforeOpening(const QString& path,
                              QFileDevice::Permissions writeBits = QFileDevice::WriteOwner
                                                                   | QFileDevice::WriteGroup
                                                                   | QFileDevice::WriteOther)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return Error::make(Error::Code::Io, Text::tr("The folder “%1” does not exist.")
                                                .arg(QDir::toNativeSeparators(folder.filePath())));
    if (!info.exists()) {
        if (!folder.isWritable())
            return Error::make(Error::Code::ReadOnly,
                               Text::tr("Cannot create “%1”: the folder is read-only.").arg(name));
        return {};
    }
    if (info.isDir())
        return Error::make(Error::Code::Io,
                           Text::tr("“%1” is a folder, not a database file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot read “%1”: %2").arg(name, file.errorString()));
    const QByteArray header = file.read(16);
    if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
        return Error::make(
            Error::Code::NotADatabase,
            Text::tr("“%1” is not a Rapport database (it is not an SQLite file).").arg(name));
    // The permission bits count too: root may write anywhere, but a file whose
    // owner made it read-only is not ours to change.
    if (!info.isWritable() || !folder.isWritable() || !(info.permissions() & writeBits))
        return Error::make(
            Error::Code::ReadOnly,
            Text::tr("“%1” is read-only. Rapport needs to write to its database; copy "
                     "it to a writable folder or change its permissions.")
                .arg(name));
    return {};
}

QString backupPathFor(const QString& path, int fromVersion)
{
    const QString base = path + QStringLiteral(".v%1.backup").arg(fromVersion);
    if (!QFileInfo::exists(base))
        return base;
    return path
           + QStringLiteral(".v%1-%2.backup")
                 .arg(fromVersion)
                 .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
}

} // namespace

Result<Database> Database::open(const QString& path)
{
    return open(path, Options{});
}

Result<Database> Database::open(const QString& path, Options options)
{
    if (path.isEmpty())
        return Error::make(Error::Code::InvalidArgument, Text::tr("No database file was given."));
    const bool inMemory = path == QStringLiteral(":memory:");
    if (!inMemory) {
        if (Status s = checkFileBeforeOpening(path); !s)
            return s.error();
    }

    Database db;
    db.m_path = inMemory ? path : QFileInfo(path).absoluteFilePath();
    db.m_connectionName = nextConnectionName();
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db.m_connectionName);
        connection.setDatabaseName(db.m_path);
        connection.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!connection.open())
            return Error::make(
                Error::Code::Io,
                Text::tr("Cannot open “%1”: %2").arg(db.m_path, connection.lastError().text()));
    }
    QSqlDatabase connection = db.connection();

    auto version = Migrator::currentVersion(connection);
    if (!version) {
        Error e = version.error();
        if (e.code == Error::Code::NotADatabase)
            e.message = Text::tr("“%1” is damaged or is not a database file.").arg(db.m_path);
        return e;
    }
    if (*version > Migrator::kLatestVersion)
        return Error::make(
            Error::Code::TooNew,
            Text::tr("“%1” was saved by a newer version of Rapport (database version %2; "
                     "this version knows up to %3). Update Rapport to open it.")
                .arg(db.m_path)
                .arg(*version)
                .arg(Migrator::kLatestVersion));
    if (*version == 0) {
        auto tables = sql::scalar(connection, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!tables)
            return tables.error();
        if (tables->toInt() > 0)
            return Error::make(Error::Code::NotADatabase,
                               Text::tr("“%1” is an SQLite database of another program, not a "
                                        "Rapport database; it was left untouched.")
                                   .arg(db.m_path));
    } else {
        auto appId = sql::scalar(connection, QStringLiteral("PRAGMA application_id"));
        if (!appId)
            return appId.error();
        if (appId->toLongLong() != Migrator::kApplicationId)
            return Error::make(Error::Code::NotADatabase,
                               Text::tr("“%1” is an SQLite database of another program, not a "
                                        "Rapport database; it was left untouched.")
                                   .arg(db.m_path));
    }

    if (Status s = sql::execOnce(connection, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s.error();

    if (*version < Migrator::kLatestVersion) {
        if (!options.migrate)
            return Error::make(Error::Code::Migration,
                               Text::tr("“%1” needs an upgrade first.").arg(db.m_path));
        if (*version > 0 && !inMemory) {
            auto check = sql::scalar(connection, QStringLiteral("PRAGMA integrity_check"));
            if (!check)
                return check.error();
            if (check->toString() != QStringLiteral("ok"))
                return Error::make(Error::Code::NotADatabase,
                                   Text::tr("“%1” is damaged (%2); it was not upgraded.")
                                       .arg(db.m_path, check->toString()));
            db.m_backupPath = backupPathFor(db.m_path, *version);
            // Written under a temporary name and renamed when whole: a process
            // killed mid-copy must not leave a torn file that looks like a backup.
            const QString partial = db.m_backupPath + QStringLiteral(".partial");
            QFile::remove(partial);
            Status copied = sql::execOnce(connection, QStringLiteral("VACUUM INTO ?"), {partial});
            if (copied && !QFile::rename(partial, db.m_backupPath))
                copied = Error::make(Error::Code::Io,
                                     Text::tr("Cannot write “%1”.").arg(db.m_backupPath));
            if (Status s = copied; !s) {
                QFile::remove(partial);
                Error e = s.error();
                e.message = Text::tr("Could not back up “%1” before upgrading it: %2")
                                .arg(db.m_path, e.message);
                return e;
            }
        }
        if (Status s = Migrator::migrate(connection); !s)
            return s.error();
    }

    // WAL lets the GUI read while a worker writes. It relies on shared memory,
    // which network file systems do not provide, so there we keep the rollback
    // journal and say why.
    QString journal = QStringLiteral("WAL");
    if (!inMemory && isOnNetworkFileSystem(db.m_path)) {
        journal = QStringLiteral("DELETE");
        db.m_warnings << Text::tr(
                             "“%1” is on a network file system. Rapport works there, but more "
                             "slowly and only safely for one user at a time; keep the database "
                             "on a local disk if you can.")
                             .arg(db.m_path);
    }
    // sql-scan: fixed fragment: journal is "WAL" or "DELETE", chosen above
    if (Status s = sql::execOnce(connection, QStringLiteral("PRAGMA journal_mode = ") + journal);
        !s)
        return s.error();
    if (Status s = sql::execOnce(connection, QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
        return s.error();

    db.m_schemaVersion = Migrator::kLatestVersion;
    return db;
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_path(std::move(other.m_path))
    , m_schemaVersion(other.m_schemaVersion)
    , m_warnings(std::move(other.m_warnings))
    , m_backupPath(std::move(other.m_backupPath))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_path = std::move(other.m_path);
        m_schemaVersion = other.m_schemaVersion;
        m_warnings = std::move(other.m_warnings);
        m_backupPath = std::move(other.m_backupPath);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    // The user's data location (~/.local/share on Linux) under one fixed folder,
    // so the GUI and the CLI agree whatever names their main() sets.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/Rapport/rapport.db");
}

} // namespace rapport::core
