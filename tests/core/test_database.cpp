#include "TempDatabase.h"
#include "storage/Database.h"
#include "storage/FileSystem.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace rapport;
using core::Database;
using core::Error;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file through SQLite directly, as another program would.
bool rawExec(const QString& path, const char* statement)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &handle) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(handle, statement, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndMigratesANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(db->schemaVersion(), core::Migrator::kLatestVersion);
        QVERIFY(QFile::exists(path));
        auto journal = core::sql::scalar(db->connection(), QStringLiteral("PRAGMA journal_mode"));
        QCOMPARE(journal->toString(), QStringLiteral("wal"));
        auto foreignKeys =
            core::sql::scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys"));
        QCOMPARE(foreignKeys->toInt(), 1);
        QVERIFY(db->preMigrationBackup().isEmpty()); // nothing to back up in a new file
    }

    void reopensWithoutChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("again.db"));
        {
            QVERIFY(Database::open(path));
        }
        auto again = Database::open(path);
        QVERIFY2(again, qPrintable(again.error().message));
        QVERIFY(again->preMigrationBackup().isEmpty());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("expectedCode");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("text file")
            << QByteArray("name,email\nAda,ada@example.com\n") << int(Error::Code::NotADatabase)
            << QStringLiteral("not an SQLite");
        QTest::addRow("truncated header")
            << QByteArray("SQLite format") << int(Error::Code::NotADatabase)
            << QStringLiteral("not an SQLite");
        QByteArray corrupt("SQLite format 3\0", 16);
        corrupt += QByteArray(4096, '\xff');
        QTest::addRow("corrupt body")
            << corrupt << int(Error::Code::NotADatabase) << QStringLiteral("damaged");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, expectedCode);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = fileHash(path);

        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(int(db.error().code), expectedCode);
        QVERIFY2(db.error().message.contains(messagePart), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QStringLiteral("bad.db")),
                 "the message names the file");
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(rawExec(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                              "INSERT INTO notes (body) VALUES ('keep me');"));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::NotADatabase);
        QVERIFY(db.error().message.contains(QStringLiteral("another program")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesANewerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            QVERIFY(Database::open(path));
        }
        QVERIFY(rawExec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;"));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::TooNew);
        QVERIFY2(db.error().message.contains(QStringLiteral("newer version of Rapport")),
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("99")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/rapport.db"));
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Io);
        QVERIFY(db.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no"))));
    }

    void refusesAReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("readonly.db"));
        {
            QVERIFY(Database::open(path));
        }
        QVERIFY(rawExec(path, "PRAGMA journal_mode = DELETE;"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::ReadOnly);
        QVERIFY(db.error().message.contains(QStringLiteral("read-only")));
        QCOMPARE(fileHash(path), before);
    }

    void reportsALockedFileClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.db"));
        QVERIFY(QFile::copy(QStringLiteral(RAPPORT_TEST_DATA_DIR "/db/v1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // Another program holds the write lock while this one needs to upgrade.
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        Database::Options options;
        options.busyTimeoutMs = 200;
        auto db = Database::open(path, options);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Locked);
        QVERIFY2(db.error().message.contains(QStringLiteral("another program")),
                 qPrintable(db.error().message));
        // Once the other program lets go, the file opens and upgrades.
        auto later = Database::open(path);
        QVERIFY2(later, qPrintable(later.error().message));
    }

    void detectsNetworkFileSystems_data()
    {
        QTest::addColumn<long>("type");
        QTest::addColumn<bool>("network");
        QTest::addRow("nfs") << 0x6969L << true;
        QTest::addRow("cifs") << long(0xff534d42UL) << true;
        QTest::addRow("smb2") << long(0xfe534d42UL) << true;
        QTest::addRow("fuse") << 0x65735546L << true;
        QTest::addRow("ext4") << 0xef53L << false;
        QTest::addRow("tmpfs") << 0x01021994L << false;
        QTest::addRow("btrfs") << 0x9123683eL << false;
    }

    void detectsNetworkFileSystems()
    {
        QFETCH(long, type);
        QFETCH(bool, network);
        QCOMPARE(core::isNetworkFileSystemType(type), network);
    }

    void twoConnectionsShareOneFile()
    {
        testing::TempDatabase temp;
        QVERIFY2(temp.isValid(), qPrintable(temp.errorMessage()));
        auto second = Database::open(temp.path());
        QVERIFY2(second, qPrintable(second.error().message));
        QVERIFY(core::sql::execOnce(temp.connection(),
                                    QStringLiteral("INSERT INTO tags (uuid, name, created_at) "
                                                   "VALUES ('u1', 'VIP', 'now')")));
        auto seen =
            core::sql::scalar(second->connection(), QStringLiteral("SELECT count(*) FROM tags"));
        QCOMPARE(seen->toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
