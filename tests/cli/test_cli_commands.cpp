// rapport-cli as users and scripts meet it: creating and opening files, refusing
// what is not a database, exit statuses, one-line errors, help and JSON output.

#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using rapport::testing::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Errors are exactly one line on stderr, prefixed with the program's name.
void verifyOneLineError(const rapport::testing::CliRun& run)
{
    QVERIFY2(run.err.startsWith("rapport-cli: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void initCreatesFileThatOpens();
    void initJson();
    void missingFolderFails_data();
    void missingFolderFails();
    void notADatabaseIsLeftAlone_data();
    void notADatabaseIsLeftAlone();
    void statsJson();
    void statsText();
    void defaultDatabase();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion_data();
    void helpAndVersion();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCliCommands::initCreatesFileThatOpens()
{
    const QString file = path(QStringLiteral("new.db"));
    QVERIFY(!QFile::exists(file));
    auto run = runCli({QStringLiteral("--db"), file, QStringLiteral("init")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(run.outText().contains(QStringLiteral("Created")));
    QVERIFY(QFile::exists(file));
    {
        auto db = rapport::core::Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db->schemaVersion(), rapport::core::Migrator::kLatestVersion);
    }
    // A second init opens the same file and says so.
    run = runCli({QStringLiteral("init"), QStringLiteral("--db"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(QStringLiteral("Opened")));
}

void TestCliCommands::initJson()
{
    const QString file = path(QStringLiteral("json.db"));
    auto run =
        runCli({QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = run.json().object();
    QCOMPARE(object.value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("schema_version")).toInt(),
             rapport::core::Migrator::kLatestVersion);
    QCOMPARE(QDir::fromNativeSeparators(object.value(QStringLiteral("path")).toString()),
             QFileInfo(file).absoluteFilePath());
    run = runCli({QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--json")});
    QCOMPARE(run.json().object().value(QStringLiteral("created")).toBool(), false);
}

void TestCliCommands::missingFolderFails_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addRow("init") << QStringList{QStringLiteral("init")};
    QTest::addRow("stats") << QStringList{QStringLiteral("stats"), QStringLiteral("--json")};
    QTest::addRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("wang")};
    QTest::addRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--customers"),
                                         QStringLiteral("10")};
}

void TestCliCommands::missingFolderFails()
{
    QFETCH(QStringList, command);
    const QString folder = path(QStringLiteral("no-such-folder"));
    const QString file = folder + QStringLiteral("/x.db");
    auto run = runCli(QStringList{QStringLiteral("--db"), file} + command);
    QCOMPARE(run.exitCode, 1);
    verifyOneLineError(run);
    QVERIFY2(run.errText().contains(QDir::toNativeSeparators(folder)), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(folder)); // we create no folder the user named
}

void TestCliCommands::notADatabaseIsLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("command");
    const QByteArray text = "name,email\nWang Fang,fang@example.com\n";
    QByteArray random(8192, '\0');
    QRandomGenerator generator(42);
    for (char& c : random)
        c = static_cast<char>(generator.bounded(256));
    // A valid SQLite header followed by garbage: passes the first check only.
    QByteArray fakeHeader = QByteArray("SQLite format 3\0", 16) + random.left(4080);
    for (const QString& command : {QStringLiteral("init"), QStringLiteral("stats")}) {
        QTest::addRow("csv text, %s", qPrintable(command)) << text << command;
        QTest::addRow("random bytes, %s", qPrintable(command)) << random << command;
        QTest::addRow("sqlite header + garbage, %s", qPrintable(command)) << fakeHeader << command;
    }
}

void TestCliCommands::notADatabaseIsLeftAlone()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, command);
    const QString file = path(QStringLiteral("garbage-%1.db")
                                  .arg(QString::fromUtf8(QTest::currentDataTag()))
                                  .replace(QLatin1Char(' '), QLatin1Char('_')));
    QVERIFY(writeAll(file, content));
    auto run = runCli({QStringLiteral("--db"), file, command});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.exitCode, 1);
    verifyOneLineError(run);
    QVERIFY2(run.errText().contains(QFileInfo(file).fileName()), run.err.constData());
    QCOMPARE(readAll(file), content); // byte for byte
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
}

void TestCliCommands::statsJson()
{
    const QString file = path(QStringLiteral("stats.db"));
    auto run =
        runCli({QStringLiteral("--db"), file, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().isObject());
    QJsonObject object = run.json().object();
    const QStringList keys = {QStringLiteral("companies"), QStringLiteral("customers"),
                              QStringLiteral("order_lines"), QStringLiteral("orders"),
                              QStringLiteral("products")};
    QCOMPARE(object.keys(), keys);
    for (const QString& key : keys) {
        QVERIFY2(object.value(key).isDouble(), qPrintable(key));
        QCOMPARE(object.value(key).toInteger(-1), 0);
    }

    run = runCli({QStringLiteral("--db"), file, QStringLiteral("demo"),
                  QStringLiteral("--customers"), QStringLiteral("200"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject demo = run.json().object();
    run = runCli({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), file});
    QCOMPARE(run.exitCode, 0);
    object = run.json().object();
    QCOMPARE(object.keys(), keys);
    QCOMPARE(object.value(QStringLiteral("customers")).toInteger(), 200);
    QCOMPARE(object.value(QStringLiteral("companies")).toInteger(), 10);
    QCOMPARE(object.value(QStringLiteral("products")).toInteger(), 40);
    for (const QString& key : keys)
        QCOMPARE(object.value(key).toInteger(), demo.value(key).toInteger(-1));
    QVERIFY(object.value(QStringLiteral("order_lines")).toInteger()
            > object.value(QStringLiteral("orders")).toInteger());
}

void TestCliCommands::statsText()
{
    const QString file = path(QStringLiteral("text.db"));
    auto run = runCli({QStringLiteral("--db"), file, QStringLiteral("stats")});
    QCOMPARE(run.exitCode, 0);
    for (const char* word : {"customers", "companies", "products", "orders", "order lines"})
        QVERIFY2(run.out.contains(word), word);
}

void TestCliCommands::defaultDatabase()
{
    // Without --db, the user's data folder is used, and created if needed.
    QProcessEnvironment env;
    const QString data = path(QStringLiteral("xdg-data"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    auto run = runCli({QStringLiteral("stats"), QStringLiteral("--json")}, 60000, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QFile::exists(data + QStringLiteral("/Rapport/rapport.db")), run.err.constData());
}

void TestCliCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no command") << QStringList{};
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::addRow("unknown option")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--bogus")};
    QTest::addRow("search without text") << QStringList{QStringLiteral("search")};
    QTest::addRow("limit not a number")
        << QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"),
                       QStringLiteral("many")};
    QTest::addRow("limit zero") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                               QStringLiteral("--limit=0")};
    QTest::addRow("negative customers")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("-5")};
    QTest::addRow("seed not a number")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("abc")};
    QTest::addRow("empty --db") << QStringList{QStringLiteral("--db="), QStringLiteral("stats")};
    QTest::addRow("option value missing")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--db")};
}

void TestCliCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    auto run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    verifyOneLineError(run);
    QVERIFY(run.out.isEmpty());
}

void TestCliCommands::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("search");
    QTest::addRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("Commands:");
    QTest::addRow("longest name keeps a gap")
        << QStringList{QStringLiteral("--help")}
        << QStringLiteral("\n  undo-import  Undo the most recent import.\n");
    QTest::addRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("rapport-cli " RAPPORT_VERSION);
    QTest::addRow("search --help")
        << QStringList{QStringLiteral("search"), QStringLiteral("--help")}
        << QStringLiteral("--limit");
    QTest::addRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                                 << QStringLiteral("--seed");
}

void TestCliCommands::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    auto run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(expected), run.out.constData());
    QVERIFY(run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"
