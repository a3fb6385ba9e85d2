#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using rapport::testing::runCli;

// `rapport-cli backup` as a script uses it: create (plain and encrypted),
// list, verify, restore, rotate, and the refusals.
class TestCliBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("shop.db")); }
    QJsonObject json(const QStringList& args, const QProcessEnvironment& env = {})
    {
        auto run = runCli(QStringList{QStringLiteral("--db"), db()} + args
                              + QStringList{QStringLiteral("--json")},
                          120000, env);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.errText()));
        return QJsonDocument::fromJson(run.out).object();
    }
    int customers()
    {
        return json({QStringLiteral("stats")}).value(QStringLiteral("customers")).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto demo = runCli({QStringLiteral("--db"), db(), QStringLiteral("demo"),
                            QStringLiteral("--customers"), QStringLiteral("120"),
                            QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(demo.exitCode, 0);
    }

    void createVerifyRestore()
    {
        const QJsonObject made = json({QStringLiteral("backup"), QStringLiteral("create")});
        const QString path = made.value(QStringLiteral("path")).toString();
        QVERIFY(QFile::exists(path));
        QVERIFY(path.contains(QStringLiteral("shop backups")));
        const QJsonObject verified =
            json({QStringLiteral("backup"), QStringLiteral("verify"), path});
        QCOMPARE(verified.value(QStringLiteral("customers")).toInt(), 120);

        // Without --yes nothing is replaced.
        auto refused = runCli({QStringLiteral("--db"), db(), QStringLiteral("backup"),
                               QStringLiteral("restore"), path});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.errText().contains(QStringLiteral("--yes")));

        // A change after the backup, which the restore takes back.
        QVERIFY(runCli({QStringLiteral("--db"), db(), QStringLiteral("customer"),
                        QStringLiteral("erase"), QStringLiteral("--id"), QStringLiteral("1"),
                        QStringLiteral("--yes")})
                    .exitCode
                == 0);
        const QJsonObject restored = json(
            {QStringLiteral("backup"), QStringLiteral("restore"), path, QStringLiteral("--yes")});
        QCOMPARE(restored.value(QStringLiteral("customers")).toInt(), 120);
        QVERIFY(QFile::exists(restored.value(QStringLiteral("kept_as")).toString()));
        QCOMPARE(customers(), 120);
        // The erased customer is back with their name.
        const QString csv = m_dir.filePath(QStringLiteral("after.csv"));
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("export"),
                         QStringLiteral("customers"), QStringLiteral("--out"), csv})
                     .exitCode,
                 0);
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(!exported.readAll().contains("Erased customer"));

        const QJsonObject listed = json({QStringLiteral("backup"), QStringLiteral("list")});
        QStringList kinds;
        for (const auto& row : listed.value(QStringLiteral("backups")).toArray())
            kinds << row.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY(kinds.contains(QStringLiteral("manual")));
        QVERIFY(kinds.contains(QStringLiteral("before-restore")));
    }

    void encryptedNeedsThePassword()
    {
        auto noPassword = runCli({QStringLiteral("--db"), db(), QStringLiteral("backup"),
                                  QStringLiteral("create"), QStringLiteral("--encrypt")});
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY(noPassword.errText().contains(QStringLiteral("RAPPORT_BACKUP_PASSWORD")));

        QProcessEnvironment env;
        env.insert(QStringLiteral("RAPPORT_BACKUP_PASSWORD"), QStringLiteral("a long passphrase"));
        const QString target = m_dir.filePath(QStringLiteral("offsite.rapport-backup"));
        const QJsonObject made =
            json({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--encrypt"),
                  QStringLiteral("--output"), target},
                 env);
        QCOMPARE(made.value(QStringLiteral("encrypted")).toBool(), true);
        auto withoutPassword = runCli({QStringLiteral("backup"), QStringLiteral("verify"), target});
        QCOMPARE(withoutPassword.exitCode, 1);
        QVERIFY(withoutPassword.errText().contains(QStringLiteral("encrypted")));
        QCOMPARE(json({QStringLiteral("backup"), QStringLiteral("verify"), target}, env)
                     .value(QStringLiteral("customers"))
                     .toInt(),
                 120);
    }

    void badFilesAreRefusedByName()
    {
        const QString bad = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,email\n");
        f.close();
        auto run = runCli({QStringLiteral("--db"), db(), QStringLiteral("backup"),
                           QStringLiteral("restore"), bad, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("notes.sqlite")), qPrintable(run.errText()));
        QCOMPARE(customers(), 120);
    }

    void rotateTakesTheDueBackups()
    {
        const QJsonObject first = json({QStringLiteral("backup"), QStringLiteral("rotate")});
        QCOMPARE(first.value(QStringLiteral("taken")).toArray().size(), 2);
        const QJsonObject second = json({QStringLiteral("backup"), QStringLiteral("rotate")});
        QCOMPARE(second.value(QStringLiteral("taken")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "test_cli_backup.moc"
