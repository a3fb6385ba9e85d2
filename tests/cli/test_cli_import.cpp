// `rapport-cli import` and `undo-import` as a user runs them: exit statuses,
// the --json report, the rejected-rows file, and an import killed half-way.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rapport::testing;

namespace {

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const QString& dbPath, const QString& sql)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath);
        db.open();
        QSqlQuery q(db);
        q.exec(sql);
        if (q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("t%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exitCode, 0);
    }

    void jsonReportAndRejectedRows()
    {
        writeFile(path(QStringLiteral("people.csv")),
                  "Name,Email,Phone\nAnn Lee,ANN@example.com,\nBad,not-mail,\n");
        const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                   QStringLiteral("customers"), path(QStringLiteral("people.csv")),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject r = run.json().object();
        QCOMPARE(r.value(QStringLiteral("inserted")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("skipped")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("rejected")).toInt(), 1);
        const QString errors = r.value(QStringLiteral("errors_file")).toString();
        QCOMPARE(QFileInfo(errors).fileName(), QStringLiteral("people.rejected.csv"));
        QVERIFY(QFile::exists(errors));

        // Again: the same person is a duplicate (skipped), nothing new.
        const CliRun again = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                     QStringLiteral("customers"),
                                     path(QStringLiteral("people.csv")), QStringLiteral("--json")});
        QCOMPARE(again.json().object().value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 1);

        // The last import (which inserted nothing) and the first can be undone in turn.
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("undo-import")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("undo-import")}).exitCode, 1);
    }

    void dryRunAndErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown kind")
            << QStringList{QStringLiteral("import"), QStringLiteral("deals"),
                           QStringLiteral("x.csv")}
            << 2 << "deals";
        QTest::addRow("bad encoding")
            << QStringList{QStringLiteral("import"), QStringLiteral("customers"),
                           QStringLiteral("x.csv"), QStringLiteral("--encoding"),
                           QStringLiteral("latin9")}
            << 2 << "latin9";
        QTest::addRow("missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("customers"),
                           QStringLiteral("nope.csv")}
            << 1 << "nope.csv";
        QTest::addRow("no name column")
            << QStringList{QStringLiteral("import"), QStringLiteral("customers"),
                           QStringLiteral("noname.csv")}
            << 1 << "Name";
    }
    void dryRunAndErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        writeFile(path(QStringLiteral("noname.csv")), "Email\nann@example.com\n");
        for (QString& a : arguments) {
            if (a.endsWith(QLatin1String(".csv")))
                a = path(a);
        }
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), m_db} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    }

    // An import killed by SIGKILL while it writes leaves the file as it was,
    // and whole (SQLite's journal rolls the unfinished transaction back).
    void killedImportLeavesTheDatabaseUnchanged()
    {
        QByteArray bytes = "name,email,phone\n";
        for (int i = 0; i < 300000; ++i)
            bytes += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i)
                     + "@example.com,+86 138 " + QByteArray::number(10000000 + i) + "\n";
        writeFile(path(QStringLiteral("big.csv")), bytes);
        const QByteArray before = sha256(m_db);

        QProcess process;
        process.start(QStringLiteral(RAPPORT_CLI_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("import"),
                       QStringLiteral("customers"), path(QStringLiteral("big.csv")),
                       QStringLiteral("--progress")});
        QVERIFY(process.waitForStarted());
        // Kill it half-way through the rows it writes.
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress += process.readAllStandardError(), progress.contains("Importing…: 5")),
            120000);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());

        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM import_runs")).toInt(), 0);
        // The main file itself was never written.
        QCOMPARE(sha256(m_db), before);
    }

    void importsTheWholeOnlineRetailFile()
    {
        if (qEnvironmentVariableIsEmpty("RAPPORT_LONG_TESTS"))
            QSKIP("long test: run by `make test-long`");
        const QString data = QStringLiteral(RAPPORT_SHARED_DATA_DIR)
                             + QStringLiteral("/online_retail/online_retail.csv");
        if (!QFile::exists(data))
            QSKIP("the UCI Online Retail file is not in ../shared/data");
        const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                   QStringLiteral("orders"), data, QStringLiteral("--currency"),
                                   QStringLiteral("GBP"), QStringLiteral("--errors"),
                                   path(QStringLiteral("rejected.csv")), QStringLiteral("--json")},
                                  1800000);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject r = run.json().object();
        QCOMPARE(r.value(QStringLiteral("rows")).toInt(), 541909);
        QCOMPARE(r.value(QStringLiteral("inserted")).toInt(), 406825);
        QCOMPARE(r.value(QStringLiteral("rejected")).toInt(), 135084);
        const QJsonObject created = r.value(QStringLiteral("created")).toObject();
        QCOMPARE(created.value(QStringLiteral("orders")).toInt(), 22190);
        QCOMPARE(created.value(QStringLiteral("customers")).toInt(), 4372);
        QCOMPARE(r.value(QStringLiteral("cancellations")).toInt(), 3654);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM order_lines")).toInt(), 406825);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
