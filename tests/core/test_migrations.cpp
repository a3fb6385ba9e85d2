#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlError>
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
        for (const char* table :
             {"companies", "customers", "products", "orders", "order_lines", "activities", "tags",
              "customer_tags", "customers_fts", "custom_field_defs", "pipelines", "pipeline_stages",
              "deals", "audit_log", "saved_views", "mining_runs", "association_rules"}) {
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

    // Version 3 gains custom field definitions, pipelines and deals, the audit
    // log and saved views; activities are rebuilt (optional customer, deals,
    // reminders) and must keep every row.
    void upgradesAVersion3File()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v3.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        const QSqlDatabase c = db->connection();
        QCOMPARE(*Migrator::currentVersion(c), Migrator::kLatestVersion);
        const QStringList objects = schemaObjects(c);
        for (const char* object :
             {"table custom_field_defs", "table pipelines", "table pipeline_stages", "table deals",
              "table audit_log", "table saved_views", "index activities_by_deal",
              "index activities_open_by_reminder"})
            QVERIFY2(objects.contains(QLatin1String(object)), object);
        QVERIFY(!objects.contains(QStringLiteral("table activities_v4")));

        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT uuid, customer_id, kind, subject, due_at, deal_id, "
                                      "remind_at FROM activities")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a0000000-0000-4000-8000-000000000001"));
        QCOMPARE(q.value(1).toLongLong(), 1);
        QCOMPARE(q.value(2).toString(), QStringLiteral("call"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Call back about the order"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("2024-03-06T09:00:00.000Z"));
        QVERIFY(q.value(5).isNull());
        QVERIFY(q.value(6).isNull());
        QVERIFY(!q.next());
        QCOMPARE(core::CustomerRepository(c).get(1)->code, QStringLiteral("C-001"));

        // An activity must belong to someone: a customer or a deal.
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO activities (uuid, kind, subject, created_at, updated_at) "
            "VALUES ('x', 'note', 'orphan', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")));
        // A custom field key goes into SQL paths, so the file itself refuses odd ones.
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO custom_field_defs (uuid, entity, key, label, type, created_at, "
            "updated_at) VALUES ('y', 'customers', 'a'')--', 'Odd', 'text', '', '')")));
        auto check = core::sql::scalar(c, QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check->toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    // Version 4 gains the mining runs and their rules; the version 4 rows stay.
    void upgradesAVersion4File()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v4.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        const QSqlDatabase c = db->connection();
        QCOMPARE(*Migrator::currentVersion(c), Migrator::kLatestVersion);
        const QStringList objects = schemaObjects(c);
        for (const char* object :
             {"table mining_runs", "table association_rules", "index association_rules_by_lift"})
            QVERIFY2(objects.contains(QLatin1String(object)), object);

        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT d.title, d.amount_minor, s.name, p.name, "
                                      "d.customer_id FROM deals d "
                                      "JOIN pipeline_stages s ON s.id = d.stage_id "
                                      "JOIN pipelines p ON p.id = d.pipeline_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Tea for the office"));
        QCOMPARE(q.value(1).toLongLong(), 52800);
        QCOMPARE(q.value(2).toString(), QStringLiteral("Proposal"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Sales"));
        QCOMPARE(q.value(4).toLongLong(), 1);
        QVERIFY(!q.next());
        auto view = core::sql::scalar(c, QStringLiteral("SELECT name FROM saved_views"));
        QCOMPARE(view->toString(), QStringLiteral("Tea lovers"));
        auto activities = core::sql::scalar(c, QStringLiteral("SELECT count(*) FROM activities"));
        QCOMPARE(activities->toInt(), 1);
        QCOMPARE(core::CustomerRepository(c).get(1)->code, QStringLiteral("C-001"));

        // A run's rules go with it, and the file refuses malformed keys.
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO mining_runs (id, uuid, created_at, basket_unit, item_level, "
                     "algorithm, min_support, min_confidence) VALUES (1, 'r', "
                     "'2024-05-01T00:00:00.000Z', 'order', 'product', 'eclat', 0.01, 0.5)")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO association_rules (run_id, antecedent_keys, consequent_keys, "
                     "antecedent_labels, consequent_labels, count, support, confidence, lift, "
                     "leverage) VALUES (1, '[1]', '[2]', '[\"a\"]', '[\"b\"]', 3, 0.3, 0.75, "
                     "1.5, 0.1)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO association_rules (run_id, antecedent_keys, consequent_keys, "
            "antecedent_labels, consequent_labels, count, support, confidence, lift, leverage) "
            "VALUES (1, '1', '[2]', '[]', '[]', 3, 0.3, 0.75, 1.5, 0.1)")));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO mining_runs (uuid, created_at, basket_unit, item_level, algorithm, "
            "min_support, min_confidence) VALUES ('s', '', 'basket', 'product', 'eclat', 0.1, "
            "0.5)")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM mining_runs WHERE id = 1")));
        auto rules = core::sql::scalar(c, QStringLiteral("SELECT count(*) FROM association_rules"));
        QCOMPARE(rules->toInt(), 0);

        auto check = core::sql::scalar(c, QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check->toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    // Version 5 gains the scoring runs and the customer scores; the mining run stays.
    void upgradesAVersion5File()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v5.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        const QSqlDatabase c = db->connection();
        QCOMPARE(*Migrator::currentVersion(c), Migrator::kLatestVersion);
        const QStringList objects = schemaObjects(c);
        for (const char* object :
             {"table scoring_runs", "table customer_scores", "index customer_scores_by_segment"})
            QVERIFY2(objects.contains(QLatin1String(object)), object);
        auto run = core::sql::scalar(c, QStringLiteral("SELECT uuid FROM mining_runs"));
        QCOMPARE(run->toString(), QStringLiteral("run-v5"));

        // Scores belong to a run and a customer, and the file refuses nonsense.
        QSqlQuery q(c);
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO scoring_runs (id, created_at, as_of, model_version, time_unit, "
                     "period_days, customers) VALUES (1, '2024-05-01T00:00:00.000Z', "
                     "'2024-04-30', 'test', 'week', 182, 1)")),
                 qPrintable(q.lastError().text()));
        const QString insert = QStringLiteral(
            "INSERT INTO customer_scores (customer_id, run_id, model_version, scored_on, "
            "recency_days, frequency, monetary_minor, r_score, f_score, m_score, segment, "
            "p_alive, expected_purchases, expected_spend_minor, clv_minor) VALUES "
            "(1, 1, 'test', '2024-04-30', 3, 2, 1000, 5, 4, 4, %1, %2, 0.5, 500, 1200)");
        QVERIFY2(q.exec(insert.arg(QStringLiteral("'champions'"), QStringLiteral("0.9"))),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(insert.arg(QStringLiteral("'vip'"), QStringLiteral("0.9"))));
        QVERIFY(!q.exec(insert.arg(QStringLiteral("'loyal'"), QStringLiteral("1.5"))));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM scoring_runs WHERE id = 1")));
        auto scores = core::sql::scalar(c, QStringLiteral("SELECT count(*) FROM customer_scores"));
        QCOMPARE(scores->toInt(), 0);

        auto check = core::sql::scalar(c, QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check->toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    // Version 6 gains the mail tables; a customer who had opted out before is
    // on the suppression list from the first moment, and stays there.
    void upgradesAVersion6File()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v6.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        const QSqlDatabase c = db->connection();
        QCOMPARE(*Migrator::currentVersion(c), Migrator::kLatestVersion);
        const QStringList objects = schemaObjects(c);
        for (const char* object :
             {"table email_templates", "table campaigns", "table outbox", "table suppressions",
              "table consent_events", "table mail_settings", "index outbox_due",
              "trigger customers_opt_out_suppresses"})
            QVERIFY2(objects.contains(QLatin1String(object)), object);
        auto runs = core::sql::scalar(c, QStringLiteral("SELECT count(*) FROM scoring_runs"));
        QCOMPARE(runs->toInt(), 1);
        auto suppressed = core::sql::scalar(c, QStringLiteral("SELECT address FROM suppressions"));
        QCOMPARE(suppressed->toString(), QStringLiteral("alice@example.com"));

        QSqlQuery q(c);
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM suppressions")));
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET opted_out = 0 WHERE id = 2")));
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET opted_out = 1 WHERE id = 1")));
        auto count = core::sql::scalar(c, QStringLiteral("SELECT count(*) FROM suppressions"));
        QCOMPARE(count->toInt(), 2);

        auto check = core::sql::scalar(c, QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check->toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    // Version 7 gains the file's own settings table and the audit log's time index;
    // the audit rows written before are kept.
    void upgradesAVersion7File()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v7.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        const QSqlDatabase c = db->connection();
        QCOMPARE(*Migrator::currentVersion(c), Migrator::kLatestVersion);
        const QStringList objects = schemaObjects(c);
        for (const char* object : {"table app_settings", "index audit_log_by_time"})
            QVERIFY2(objects.contains(QLatin1String(object)), object);
        auto audit = core::sql::scalar(c, QStringLiteral("SELECT new_value FROM audit_log"));
        QCOMPARE(audit->toString(), QStringLiteral("\"Hangzhou\""));
        auto suppressed = core::sql::scalar(c, QStringLiteral("SELECT count(*) FROM suppressions"));
        QCOMPARE(suppressed->toInt(), 1);

        auto check = core::sql::scalar(c, QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check->toString(), QStringLiteral("ok"));
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
