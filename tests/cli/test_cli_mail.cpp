#include "CliRunner.h"
#include "SmtpTestServer.h"
#include "TempDatabase.h"

#include "storage/CustomerRepository.h"
#include "storage/TagRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace rapport;
using testing::runCli;
using testing::SmtpTestServer;

// `rapport-cli campaign queue` and `outbox send` against a real SMTP server,
// including the crash the issue asks about: the sender killed while the server
// holds a message, then started again.
class TestCliMail : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    QString m_templateFile;

    QStringList db(QStringList arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_temp->path()} + arguments;
    }

    // Customers tagged "News", in this order, and the sender's identity.
    void makeShop(const QStringList& addresses)
    {
        core::TagRepository tags(m_temp->connection());
        auto tag = tags.create({0, QStringLiteral("News"), {}});
        QVERIFY(tag);
        QList<core::RowId> ids;
        for (const QString& address : addresses) {
            core::Customer c;
            c.name = address.section(QLatin1Char('@'), 0, 0);
            c.email = address;
            auto id = core::CustomerRepository(m_temp->connection()).create(c);
            QVERIFY(id);
            ids << *id;
        }
        QVERIFY(tags.addToCustomers(*tag, ids));
        const auto run = runCli(db({QStringLiteral("mail"), QStringLiteral("identity"),
                                    QStringLiteral("--from"), QStringLiteral("shop@example.com"),
                                    QStringLiteral("--from-name"), QStringLiteral("茶叶店")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    }

    QJsonObject queue()
    {
        const auto run = runCli(
            db({QStringLiteral("campaign"), QStringLiteral("queue"),
                QStringLiteral("--template-file"), m_templateFile, QStringLiteral("--segment"),
                QStringLiteral("tag:News"), QStringLiteral("--json")}));
        if (run.exitCode != 0)
            qWarning() << run.errText();
        return QJsonDocument::fromJson(run.out).object();
    }

    QStringList sendArguments(const SmtpTestServer& server) const
    {
        QStringList args =
            db({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--smtp-url"),
                smtpUrl(server), QStringLiteral("--rate"), QStringLiteral("6000"),
                QStringLiteral("--json")});
        if (!server.caFile().isEmpty())
            args << QStringLiteral("--ca-file") << server.caFile();
        return args;
    }

    // The --smtp-url that reaches the server ("smtp+plain" for one without TLS).
    static QString smtpUrl(const SmtpTestServer& server)
    {
        const QString scheme =
            server.mode() == SmtpTestServer::Mode::Plain ? QStringLiteral("smtp+plain")
            : server.mode() == SmtpTestServer::Mode::Tls ? QStringLiteral("smtps")
                                                         : QStringLiteral("smtp");
        return QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(server.port());
    }

    static QMap<QString, int> deliveries(const SmtpTestServer& server)
    {
        QMap<QString, int> count;
        for (const testing::SmtpReceivedMessage& m : server.messages())
            ++count[m.recipient];
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_templateFile = testing::writeFile(
            m_temp->dir() + QStringLiteral("/spring.json"),
            QByteArrayLiteral(
                "{\"subject\": \"春茶 {{name}}\", \"html\": \"<p>Hi {{name}}</p>\",\n              "
                "                   \"text\": \"Hi {{name}}\"}"));
    }
    void cleanup() { m_temp.reset(); }

    void queuesAndSends_data()
    {
        QTest::addColumn<SmtpTestServer::Mode>("mode");
        QTest::addRow("plain") << SmtpTestServer::Mode::Plain;
        QTest::addRow("starttls") << SmtpTestServer::Mode::StartTls;
    }
    void queuesAndSends()
    {
        QFETCH(SmtpTestServer::Mode, mode);
        SmtpTestServer server(mode);
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        makeShop({QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                  QStringLiteral("perm1@example.com")});
        const QJsonObject queued = queue();
        QCOMPARE(queued.value(QStringLiteral("queued")).toInt(), 3);
        const auto run = runCli(sendArguments(server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 0);
        QCOMPARE(deliveries(server).size(), 2);
    }

    // Killed while the server holds the third message: that one comes back
    // "uncertain", is not sent again, and the rest go out exactly once.
    void killedMidSendNeverSendsTwice()
    {
        SmtpTestServer server(SmtpTestServer::Mode::Plain, {.slowDataSeconds = 30});
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        const QStringList addresses{
            QStringLiteral("a1@example.com"), QStringLiteral("a2@example.com"),
            QStringLiteral("slowdata1@example.com"), QStringLiteral("a3@example.com"),
            QStringLiteral("a4@example.com")};
        makeShop(addresses);
        QCOMPARE(queue().value(QStringLiteral("queued")).toInt(), 5);

        QProcess sender;
        sender.start(QStringLiteral(RAPPORT_CLI_PATH), sendArguments(server));
        QVERIFY(sender.waitForStarted());
        QVERIFY(server.waitForMessages(3, 20000)); // the third is with the server
        sender.kill();                             // SIGKILL: no clean-up at all
        QVERIFY(sender.waitForFinished());

        const auto again = runCli(sendArguments(server));
        QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
        const QJsonObject report = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("uncertain")).toInt(), 1);

        const QMap<QString, int> count = deliveries(server);
        QCOMPARE(count.size(), 5); // none lost
        for (const QString& address : addresses)
            QCOMPARE(count.value(address), 1); // none twice

        const auto list =
            runCli(db({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("uncertain"), QStringLiteral("--json")}));
        const QJsonArray uncertain = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(uncertain.size(), 1);
        const QJsonObject row = uncertain.first().toObject();
        QCOMPARE(row.value(QStringLiteral("to")).toString(),
                 QStringLiteral("slowdata1@example.com"));
        // A third run leaves it alone; the user decides.
        const auto third = runCli(sendArguments(server));
        QCOMPARE(QJsonDocument::fromJson(third.out).object().value(QStringLiteral("sent")).toInt(),
                 0);
        const auto resolved = runCli(db({QStringLiteral("outbox"), QStringLiteral("resolve"),
                                         QString::number(row.value(QStringLiteral("id")).toInt()),
                                         QStringLiteral("--delivered")}));
        QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.errText()));
        QCOMPARE(deliveries(server).value(QStringLiteral("slowdata1@example.com")), 1);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString tmpl = QStringLiteral("TEMPLATE");
        QTest::addRow("no segment")
            << QStringList{QStringLiteral("campaign"), QStringLiteral("queue"),
                           QStringLiteral("--template-file"), tmpl}
            << 2 << QStringLiteral("--segment");
        QTest::addRow("bad segment")
            << QStringList{QStringLiteral("campaign"),        QStringLiteral("queue"),
                           QStringLiteral("--template-file"), tmpl,
                           QStringLiteral("--segment"),       QStringLiteral("VIP")}
            << 2 << QStringLiteral("tag:NAME");
        QTest::addRow("unknown tag")
            << QStringList{QStringLiteral("campaign"),        QStringLiteral("queue"),
                           QStringLiteral("--template-file"), tmpl,
                           QStringLiteral("--segment"),       QStringLiteral("tag:Nobody")}
            << 1 << QStringLiteral("Nobody");
        QTest::addRow("missing file")
            << QStringList{QStringLiteral("campaign"),        QStringLiteral("queue"),
                           QStringLiteral("--template-file"), QStringLiteral("/nonexistent.json"),
                           QStringLiteral("--segment"),       QStringLiteral("tag:News")}
            << 1 << QStringLiteral("/nonexistent.json");
        QTest::addRow("no smtp url")
            << QStringList{QStringLiteral("outbox"), QStringLiteral("send")} << 2
            << QStringLiteral("--smtp-url");
        QTest::addRow("http url") << QStringList{QStringLiteral("outbox"), QStringLiteral("send"),
                                                 QStringLiteral("--smtp-url"),
                                                 QStringLiteral("http://example.com")}
                                  << 2 << QStringLiteral("smtp://");
        QTest::addRow("user without password")
            << QStringList{QStringLiteral("outbox"),     QStringLiteral("send"),
                           QStringLiteral("--smtp-url"), QStringLiteral("smtp://127.0.0.1:25"),
                           QStringLiteral("--user"),     QStringLiteral("me")}
            << 2 << QStringLiteral("RAPPORT_SMTP_PASSWORD");
        QTest::addRow("resolve needs a choice")
            << QStringList{QStringLiteral("outbox"), QStringLiteral("resolve"), QStringLiteral("1")}
            << 2 << QStringLiteral("--delivered");
        QTest::addRow("bad sender")
            << QStringList{QStringLiteral("mail"), QStringLiteral("identity"),
                           QStringLiteral("--from"), QStringLiteral("shop at example")}
            << 1 << QStringLiteral("shop at example");
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        makeShop({QStringLiteral("a@example.com")});
        arguments.replaceInStrings(QStringLiteral("TEMPLATE"), m_templateFile);
        const auto run = runCli(db(arguments));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    }

    void refusesBadTemplateFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("not json") << QByteArrayLiteral("subject: hi")
                                  << QStringLiteral("not a JSON object");
        QTest::addRow("unknown key")
            << QByteArrayLiteral("{\"subject\":\"a\",\"text\":\"b\",\"body\":\"c\"}")
            << QStringLiteral("“body”");
        QTest::addRow("no text") << QByteArrayLiteral("{\"subject\":\"a\",\"html\":\"<p>b</p>\"}")
                                 << QStringLiteral("plain-text body");
        QTest::addRow("unclosed section")
            << QByteArrayLiteral("{\"subject\":\"a\",\"text\":\"{{#vip}}b\"}")
            << QStringLiteral("vip");
    }
    void refusesBadTemplateFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        makeShop({QStringLiteral("a@example.com")});
        const QString file =
            testing::writeFile(m_temp->dir() + QStringLiteral("/bad.json"), content);
        const auto run = runCli(db({QStringLiteral("campaign"), QStringLiteral("queue"),
                                    QStringLiteral("--template-file"), file,
                                    QStringLiteral("--segment"), QStringLiteral("tag:News")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(file), qPrintable(run.errText())); // which file
    }
};

QTEST_GUILESS_MAIN(TestCliMail)
#include "test_cli_mail.moc"
