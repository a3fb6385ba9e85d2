#include "FixedClock.h"
#include "PythonMime.h"
#include "SmtpTestServer.h"
#include "TempDatabase.h"

#include "mail/CampaignQueue.h"
#include "mail/OutboxSender.h"
#include "storage/ActivityRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MailSettingsRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

#include <QJsonArray>
#include <QLockFile>
#include <QProcess>
#include <QTest>

using namespace rapport;
using core::RowId;
namespace mail = core::mail;
using testing::SmtpTestServer;

// The outbox against a real SMTP server (aiosmtpd on loopback): what arrives
// is parsed back with Python's email package; temporary and permanent
// failures, offline, consent withdrawn after queueing, and a connection cut
// after the data each end where the issue says.
class TestOutboxSender : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;
    QHash<QString, RowId> m_ids; // address -> customer id

    QSqlDatabase db() const { return m_temp->connection(); }

    void addCustomer(const QString& name, const QString& email)
    {
        core::Customer c;
        c.name = name;
        c.email = email;
        auto id = core::CustomerRepository(db()).create(c);
        QVERIFY2(id, qPrintable(id.error().message));
        m_ids.insert(email, *id);
    }

    // Queues one campaign to everyone in `addresses` (tagged "News").
    void queue(const QStringList& addresses)
    {
        core::TagRepository tags(db());
        auto tag = tags.create({0, QStringLiteral("News"), {}});
        QVERIFY(tag);
        QList<RowId> ids;
        for (const QString& address : addresses) {
            const QString local = address.section(QLatin1Char('@'), 0, 0);
            addCustomer(local == QLatin1String("wei") ? QStringLiteral("张伟") : local, address);
            ids << m_ids.value(address);
        }
        QVERIFY(tags.addToCustomers(*tag, ids));
        QVERIFY(core::MailSettingsRepository(db()).setIdentity({QStringLiteral("茶叶店 Tea Shop"),
                                                                QStringLiteral("shop@example.com"),
                                                                QStringLiteral("1 Tea Street")}));
        mail::QueueRequest request;
        request.campaignName = QStringLiteral("Spring");
        request.body = {QStringLiteral("春茶上市 — {{name}}, new spring tea"),
                        QStringLiteral("<p>Dear {{name}},</p><p>Longjing is here.</p>"),
                        QStringLiteral("Dear {{name}},\nLongjing is here.\n.\nA line with a dot.")};
        request.segment = {mail::SegmentRef::Kind::Tag, QStringLiteral("News")};
        core::SilentProgress progress;
        auto report = mail::queueCampaign(db(), request, progress, nullptr, *m_clock);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->queued, addresses.size());
    }

    core::Result<mail::SendReport> send(const mail::SmtpSettings& smtp, mail::SendPace pace = {})
    {
        pace.messagesPerMinute = 6000;
        mail::OutboxSender sender(db(), smtp, pace, *m_clock);
        sender.setWaiter([](int, const core::Progress&) {});
        core::SilentProgress progress;
        return sender.sendDue(progress);
    }

    QString statusOf(const QString& address)
    {
        auto s = core::sql::scalar(
            db(), QStringLiteral("SELECT status FROM outbox WHERE to_address = ?"), {address});
        return s ? s->toString() : QString();
    }
    QString lastErrorOf(const QString& address)
    {
        auto s = core::sql::scalar(
            db(), QStringLiteral("SELECT last_error FROM outbox WHERE to_address = ?"), {address});
        return s ? s->toString() : QString();
    }

    static QStringList recipients(const SmtpTestServer& server)
    {
        QStringList list;
        for (const testing::SmtpReceivedMessage& m : server.messages())
            list << m.recipient;
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<testing::FixedClock>(
            QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        m_ids.clear();
    }
    void cleanup() { m_temp.reset(); }

    void deliversMimeThatParsesBack_data()
    {
        QTest::addColumn<SmtpTestServer::Mode>("mode");
        QTest::addRow("plain") << SmtpTestServer::Mode::Plain;
        QTest::addRow("starttls") << SmtpTestServer::Mode::StartTls;
    }
    void deliversMimeThatParsesBack()
    {
        QFETCH(SmtpTestServer::Mode, mode);
        SmtpTestServer server(mode);
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        queue({QStringLiteral("wei@example.cn"), QStringLiteral("anna@example.com")});
        auto report = send(server.settings());
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->sent, 2);
        QCOMPARE(report->failed + report->skipped + report->retryLater + report->uncertain, 0);
        QVERIFY(server.waitForMessages(2));
        const auto received = server.messages();
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.first().tls, mode == SmtpTestServer::Mode::StartTls);
        QCOMPARE(received.first().envelopeFrom, QStringLiteral("shop@example.com"));

        const QJsonObject parsed = testing::parseMimeFile(received.first().emlPath);
        QVERIFY(!parsed.isEmpty());
        QCOMPARE(parsed.value(QStringLiteral("defects")).toArray().size(), 0);
        QCOMPARE(parsed.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("春茶上市 — 张伟, new spring tea"));
        const QJsonObject from = parsed.value(QStringLiteral("from")).toArray().at(0).toObject();
        QCOMPARE(from.value(QStringLiteral("name_rfc2047")).toString(),
                 QStringLiteral("茶叶店 Tea Shop"));
        QCOMPARE(from.value(QStringLiteral("address")).toString(),
                 QStringLiteral("shop@example.com"));
        const QJsonObject to = parsed.value(QStringLiteral("to")).toArray().at(0).toObject();
        QCOMPARE(to.value(QStringLiteral("name_rfc2047")).toString(), QStringLiteral("张伟"));
        QCOMPARE(parsed.value(QStringLiteral("content_types")).toArray().at(0).toString(),
                 QStringLiteral("multipart/alternative"));
        auto row = core::OutboxRepository(db()).rows(mail::OutboxStatus::Sent);
        QVERIFY(row && row->size() == 2);
        const mail::OutboxRow& wei =
            row->first().toAddress == QLatin1String("wei@example.cn") ? row->first() : row->last();
        // What the user previewed is what arrives, line breaks as CRLF.
        QString text = parsed.value(QStringLiteral("text")).toString();
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QCOMPARE(text.trimmed(), wei.text.trimmed());
        QVERIFY(text.contains(QStringLiteral("\n.\nA line with a dot.")));
        QVERIFY(parsed.value(QStringLiteral("html"))
                    .toString()
                    .contains(QStringLiteral("<p>Dear 张伟,</p>")));
        QCOMPARE(parsed.value(QStringLiteral("message_id")).toString(), wei.messageId);
        QCOMPARE(parsed.value(QStringLiteral("list_unsubscribe")).toString(),
                 QStringLiteral("<mailto:shop@example.com?subject=unsubscribe%20%1>")
                     .arg(wei.unsubscribeToken));
        QVERIFY(parsed.value(QStringLiteral("date_iso"))
                    .toString()
                    .startsWith(QStringLiteral("2026-11-25")));

        // Each sent message is on its customer's timeline.
        auto timeline = core::ActivityRepository(db()).forCustomer(
            m_ids.value(QStringLiteral("wei@example.cn")));
        QVERIFY(timeline && timeline->size() == 1);
        QCOMPARE(timeline->first().kind, core::ActivityKind::Email);
        QVERIFY(timeline->first().isDone());

        // Sending again sends nothing twice.
        auto again = send(server.settings());
        QVERIFY(again && again->sent == 0);
        QCOMPARE(server.messages().size(), 2);
    }

    void handlesServerReplies()
    {
        SmtpTestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        queue({QStringLiteral("ok@example.com"), QStringLiteral("temp1@example.com"),
               QStringLiteral("perm1@example.com"), QStringLiteral("rejectdata1@example.com")});
        mail::SendPace pace;
        pace.maxAttempts = 2;
        pace.firstRetryMinutes = 5;
        auto report = send(server.settings(), pace);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->sent, 1);
        QCOMPARE(report->failed, 2);
        QCOMPARE(report->retryLater, 1);
        QCOMPARE(statusOf(QStringLiteral("perm1@example.com")), QStringLiteral("failed"));
        QVERIFY2(lastErrorOf(QStringLiteral("perm1@example.com")).contains(QStringLiteral("550")),
                 qPrintable(lastErrorOf(QStringLiteral("perm1@example.com"))));
        QVERIFY(
            lastErrorOf(QStringLiteral("rejectdata1@example.com")).contains(QStringLiteral("554")));
        QCOMPARE(statusOf(QStringLiteral("temp1@example.com")), QStringLiteral("queued"));
        QVERIFY(lastErrorOf(QStringLiteral("temp1@example.com")).contains(QStringLiteral("451")));

        // Not due yet: nothing is tried before the back-off has passed.
        auto early = send(server.settings(), pace);
        QVERIFY(early && early->retryLater == 0 && early->failed == 0);
        // Five minutes later the second and last attempt fails for good.
        m_clock->advanceSecs(5 * 60);
        auto later = send(server.settings(), pace);
        QVERIFY(later);
        QCOMPARE(later->failed, 1);
        QCOMPARE(statusOf(QStringLiteral("temp1@example.com")), QStringLiteral("failed"));
        QCOMPARE(recipients(server), QStringList{QStringLiteral("ok@example.com")});
    }

    void consentWithdrawnAfterQueueingNeverReachesTheServer()
    {
        SmtpTestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        queue({QStringLiteral("stay@example.com"), QStringLiteral("leave@example.com"),
               QStringLiteral("bounced@example.com")});
        QVERIFY(core::ConsentRepository(db()).optOut(
            m_ids.value(QStringLiteral("leave@example.com")), QStringLiteral("opt_out"),
            QStringLiteral("phone call")));
        QVERIFY(core::ConsentRepository(db()).suppress(QStringLiteral("Bounced@Example.com"),
                                                       QStringLiteral("bounce"), {}));
        auto report = send(server.settings());
        QVERIFY(report);
        QCOMPARE(report->sent, 1);
        QCOMPARE(report->skipped, 2);
        QCOMPARE(recipients(server), QStringList{QStringLiteral("stay@example.com")});
        QCOMPARE(statusOf(QStringLiteral("leave@example.com")), QStringLiteral("skipped"));
    }

    void offlineLeavesEverythingQueued()
    {
        // A port nobody listens on any more: a server's, after it stopped.
        int port = 0;
        {
            SmtpTestServer gone;
            QVERIFY2(gone.isRunning(), qPrintable(gone.errorMessage()));
            port = gone.port();
        }
        queue({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        mail::SmtpSettings smtp;
        QVERIFY(mail::SmtpSettings::fromUrl(QStringLiteral("smtp+plain://127.0.0.1:%1").arg(port),
                                            smtp));
        auto report = send(smtp);
        QVERIFY(report);
        QVERIFY(report->offline);
        QVERIFY(!report->stopReason.isEmpty());
        QCOMPARE(report->sent, 0);
        auto rows = core::OutboxRepository(db()).rows(mail::OutboxStatus::Queued);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        for (const mail::OutboxRow& row : *rows)
            QCOMPARE(row.attempts, 0); // waiting is not failing

        // Back online: both go.
        SmtpTestServer server(SmtpTestServer::Mode::Plain, {.port = port});
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        auto online = send(server.settings());
        QVERIFY(online);
        QCOMPARE(online->sent, 2);
    }

    void connectionCutAfterTheDataIsUncertain()
    {
        SmtpTestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        queue({QStringLiteral("dropdata1@example.com")});
        auto report = send(server.settings());
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->uncertain, 1);
        QCOMPARE(statusOf(QStringLiteral("dropdata1@example.com")), QStringLiteral("uncertain"));
        auto again = send(server.settings());
        QVERIFY(again && again->sent == 0);
        QCOMPARE(server.messages().size(), 1); // stored once, never resent
    }

    // Another writer holds the database longer than the busy timeout just as
    // the server accepts a message: the sender waits for it and records the
    // message as sent, rather than leaving it to come back as uncertain.
    void recordsTheOutcomeThroughABusyDatabase()
    {
        SmtpTestServer server(SmtpTestServer::Mode::Plain, {.slowDataSeconds = 3});
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        queue({QStringLiteral("slowdata1@example.com")});
        // From 1 s to 9 s: a write lock held by another process (the claim
        // happens before, the server's 250 comes at 3 s, inside it).
        QProcess locker;
        locker.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sqlite3, sys, time\n"
                                     "time.sleep(1)\n"
                                     "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                     "c.execute('BEGIN IMMEDIATE')\n"
                                     "time.sleep(8)\n"
                                     "c.execute('COMMIT')\n"),
                      m_temp->path()});
        QVERIFY(locker.waitForStarted());
        auto report = send(server.settings());
        QVERIFY(locker.waitForFinished(20000));
        QCOMPARE(locker.exitCode(), 0);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->sent, 1);
        QCOMPARE(statusOf(QStringLiteral("slowdata1@example.com")), QStringLiteral("sent"));
    }

    void oneSenderAtATime()
    {
        queue({QStringLiteral("a@example.com")});
        QLockFile held(db().databaseName() + QStringLiteral(".outbox-lock"));
        QVERIFY(held.tryLock(0));
        mail::SmtpSettings smtp;
        QVERIFY(mail::SmtpSettings::fromUrl(QStringLiteral("smtp+plain://127.0.0.1:9"), smtp));
        auto report = send(smtp);
        QVERIFY(!report);
        QCOMPARE(report.error().code, core::Error::Code::Locked);
    }

    void wrongSettingsStopAndWait()
    {
        SmtpTestServer server(SmtpTestServer::Mode::Plain, {.requireAuth = true});
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        queue({QStringLiteral("a@example.com")});
        mail::SmtpSettings smtp = server.settings();
        smtp.password = QStringLiteral("wrong");
        auto report = send(smtp);
        QVERIFY(report);
        QVERIFY(report->settingsProblem);
        QCOMPARE(statusOf(QStringLiteral("a@example.com")), QStringLiteral("queued"));
        auto right = send(server.settings());
        QVERIFY(right);
        QCOMPARE(right->sent, 1);
        QVERIFY(server.messages().first().authenticated);
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "test_outboxsender.moc"
