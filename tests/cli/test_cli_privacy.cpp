#include "CliRunner.h"
#include "TempDatabase.h"

#include "storage/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace rapport;
using testing::runCli;

// `rapport-cli customer export-data` and `customer erase`, run as a process on
// a real database file.
class TestCliPrivacy : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    core::RowId m_customer = 0;

    QStringList db(const QStringList& arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_temp->path()} + arguments;
    }
    core::Customer stored() const
    {
        auto c = core::CustomerRepository(m_temp->connection()).get(m_customer);
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return *c;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        core::Customer c;
        c.name = QStringLiteral("陈静");
        c.email = QStringLiteral("chen.jing@example.cn");
        c.phone = QStringLiteral("+86 137 0000 1111");
        c.notes = QStringLiteral("Allergic to jasmine");
        auto id = core::CustomerRepository(m_temp->connection()).create(c);
        QVERIFY(id);
        m_customer = *id;
    }
    void cleanup() { m_temp.reset(); }

    void exportDataWritesTheFile()
    {
        const QString file = m_temp->dir() + QStringLiteral("/chen.json");
        const auto run = runCli(db({QStringLiteral("customer"), QStringLiteral("export-data"),
                                    QStringLiteral("--id"), QString::number(m_customer),
                                    QStringLiteral("--output"), file, QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(run.json().object().value(QLatin1String("file")).toString(), file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject customer = QJsonDocument::fromJson(f.readAll())
                                         .object()
                                         .value(QLatin1String("customer"))
                                         .toObject();
        QCOMPARE(customer.value(QLatin1String("name")).toString(), QStringLiteral("陈静"));
        QCOMPARE(customer.value(QLatin1String("notes")).toString(),
                 QStringLiteral("Allergic to jasmine"));
        QCOMPARE(qint64(run.json().object().value(QLatin1String("bytes")).toInteger()), f.size());
    }

    void eraseNeedsYes()
    {
        const auto run = runCli(db({QStringLiteral("customer"), QStringLiteral("erase"),
                                    QStringLiteral("--id"), QString::number(m_customer)}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("cannot be undone")),
                 qPrintable(run.errText()));
        QVERIFY(run.errText().contains(QStringLiteral("--yes")));
        QCOMPARE(stored().email, QStringLiteral("chen.jing@example.cn"));
    }

    void eraseWithYes()
    {
        const QString uuid = stored().uuid;
        // A backup made before the erasure still holds the customer: it is named.
        const auto backup = runCli(
            db({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--json")}));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.errText()));
        const QString backupPath = backup.json().object().value(QLatin1String("path")).toString();
        const auto run = runCli(
            db({QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--id"),
                QString::number(m_customer), QStringLiteral("--yes"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(QLatin1String("uuid")).toString(), uuid);
        const QJsonArray holding = report.value(QLatin1String("backups_holding")).toArray();
        QCOMPARE(holding.size(), 1);
        QCOMPARE(holding.first().toObject().value(QLatin1String("path")).toString(), backupPath);
        QVERIFY(holding.first().toObject().value(QLatin1String("certain")).toBool());
        QVERIFY(!report.value(QLatin1String("erased_at")).toString().isEmpty());
        QCOMPARE(report.value(QLatin1String("counts"))
                     .toObject()
                     .value(QLatin1String("customers"))
                     .toInt(),
                 1);
        const core::Customer after = stored();
        QCOMPARE(after.email, QString());
        QCOMPARE(after.phone, QString());
        QCOMPARE(after.notes, QString());
        QCOMPARE(after.name, QStringLiteral("Erased customer #%1").arg(m_customer));

        // Plain output names the customer and the backup that still holds them.
        const auto again =
            runCli(db({QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--id"),
                       QString::number(m_customer), QStringLiteral("--yes")}));
        QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
        QVERIFY(again.outText().contains(uuid));
        QVERIFY2(again.outText().contains(backupPath), qPrintable(again.outText()));
    }

    void errorsNameWhatWasWrong_data()
    {
        QTest::addColumn<QString>("arguments"); // split at spaces
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown customer")
            << QStringLiteral("customer erase --id 999 --yes") << 1 << "no customer with id 999";
        QTest::addRow("unknown customer, export")
            << QStringLiteral("customer export-data --id 999 --output x.json") << 1
            << "no customer with id 999";
        QTest::addRow("id not a number")
            << QStringLiteral("customer erase --id abc --yes") << 2 << "“abc”";
        QTest::addRow("no id") << QStringLiteral("customer erase --yes") << 2 << "--id N";
        QTest::addRow("no output")
            << QStringLiteral("customer export-data --id 1") << 2 << "--output";
        QTest::addRow("unknown action")
            << QStringLiteral("customer forget --id 1") << 2 << "export-data";
    }
    void errorsNameWhatWasWrong()
    {
        QFETCH(QString, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto run = runCli(db(arguments.split(QLatin1Char(' '))));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errText().contains(message, Qt::CaseInsensitive), qPrintable(run.errText()));
        QCOMPARE(stored().email, QStringLiteral("chen.jing@example.cn"));
    }
};

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "test_cli_privacy.moc"
