#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace rapport;
using core::Database;
using core::Migrator;

namespace {

QString copyFixture(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    QFile::copy(QStringLiteral(RAPPORT_TEST_DATA_DIR "/db/") + name, path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QStringList schemaObjects(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_schema "
                          "WHERE name NOT LIKE 'sqlite_%' ORDER BY 1"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsScriptsIntoStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("statements");
        QTest::addRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);") << 2;
        QTest::addRow("semicolon in string")
            << QStringLiteral("INSERT INTO a VALUES ('x;\ny');\nSELECT 1;") << 2;
        QTest::addRow("trigger body") << QStringLiteral(
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\nSELECT 3;")
                                      << 2;
        QTest::addRow("trailing comment") << QStringLiteral("SELECT 1;\n-- done\n") << 1;
        QTest::addRow("blank lines inside") << QStringLiteral("CREATE TABLE a (\n\n  x\n\n);") << 1;
    }

    void splitsScriptsIntoStatements()
    {
        QFETCH(QString, script);
        QFETCH(int, statements);
        QCOMPARE(Migrator::splitStatements(script).size(), statements);
    }

    void newFileHasTheWholeSchema()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("fresh.db")));
        QVERIFY2(db, qPrintable(db.error().message));
        const QStringList objects = schemaObjects(db->connection());
        for (const char* table : {"companies", "customers", "products", "orders", "order_lines",
                                  "activities", "tags", "customer_tags", "customers_fts"}) {
            QVERIFY2(objects.contains(QStringLiteral("table ") + QLatin1String(table)), table);
        }
        QVERIFY(objects.contains(QStringLiteral("trigger customers_fts_update")));
        auto version = Migrator::currentVersion(db->connection());
        QCOMPARE(*version, Migrator::kLatestVersion);
        auto check = core::sql::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check->toString(), QStringLiteral("ok"));
    }

    // The fixture is a file written by schema version 1 (see tests/data/db/README.md).
    void upgradesAVersion1File()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(*Migrator::currentVersion(db->connection()), Migrator::kLatestVersion);

        // The rows survived, and the new search index covers them.
        core::CustomerRepository customers(db->connection());
        auto found = customers.search(QStringLiteral("伟明"), 10);
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().name, QStringLiteral("张伟明"));
        QCOMPARE(found->first().companyName, QStringLiteral("华为技术"));
        auto byPhone = customers.search(QStringLiteral("555-0134"), 10);
        QCOMPARE(byPhone->size(), 1);
        QCOMPARE(byPhone->first().name, QStringLiteral("Alice Martin"));
        auto total =
            core::sql::scalar(db->connection(), QStringLiteral("SELECT total_minor FROM orders"));
        QCOMPARE(total->toLongLong(), 17600);

        // A copy of the version 1 file was kept, and it is still version 1.
        QVERIFY(!db->preMigrationBackup().isEmpty());
        QVERIFY(QFile::exists(db->preMigrationBackup()));
        sqlite3* backup = nullptr;
        QCOMPARE(sqlite3_open_v2(db->preMigrationBackup().toUtf8().constData(), &backup,
                                 SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(backup, "PRAGMA user_version", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 1);
        sqlite3_finalize(stmt);
        sqlite3_close(backup);
    }

    // Version 2 (full-text search) gains customer numbers and the import journal.
    void upgradesAVersion2File()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v2.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(*Migrator::currentVersion(db->connection()), Migrator::kLatestVersion);
        const QStringList objects = schemaObjects(db->connection());
        for (const char* object : {"table import_runs", "table import_changes",
                                   "table import_templates", "index customers_by_code"})
            QVERIFY2(objects.contains(QLatin1String(object)), object);

        core::CustomerRepository customers(db->connection());
        auto found = customers.search(QStringLiteral("zhang"), 10);
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().code, QString()); // existing customers have no number yet
        core::Customer edited = found->first();
        edited.code = QStringLiteral(" C-0042 ");
        QVERIFY(customers.update(edited));
        QCOMPARE(customers.get(edited.id)->code, QStringLiteral("C-0042"));
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
        // Something already named like what migration 0002 creates makes it fail
        // half-way, after its ALTER TABLE succeeded.
        sqlite3* handle = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &handle), SQLITE_OK);
        QCOMPARE(sqlite3_exec(handle, "CREATE TABLE customers_fts (x)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(handle);

        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, core::Error::Code::Migration);
        QVERIFY2(db.error().message.contains(QStringLiteral("version 2")),
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("unchanged")));

        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &handle), SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 1);
        sqlite3_finalize(stmt);
        // The ALTER TABLE of the failed step was rolled back too.
        QVERIFY(sqlite3_prepare_v2(handle, "SELECT search_text FROM customers", -1, &stmt, nullptr)
                != SQLITE_OK);
        sqlite3_finalize(stmt);
        sqlite3_close(handle);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
