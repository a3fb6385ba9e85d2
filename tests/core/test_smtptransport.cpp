#include "SmtpTestServer.h"
#include "mail/SmtpTransport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace rapport;
using core::mail::SmtpOutcome;
using core::mail::SmtpSettings;
using core::mail::SmtpTransport;
using testing::SmtpTestServer;
using Kind = SmtpOutcome::Kind;
using Security = SmtpSettings::Security;
using Mode = SmtpTestServer::Mode;

Q_DECLARE_METATYPE(SmtpOutcome::Kind)
Q_DECLARE_METATYPE(SmtpSettings::Security)
Q_DECLARE_METATYPE(SmtpTestServer::Mode)

namespace {

QByteArray simpleMessage(const QByteArray& subject = "Hello")
{
    return "From: Rapport <sales@example.com>\r\n"
           "To: <customer@example.com>\r\n"
           "Subject: "
           + subject
           + "\r\n"
             "\r\n"
             "Hello there.\r\n";
}

QString describe(const SmtpOutcome& outcome)
{
    return QStringLiteral("kind %1, code %2, reply \"%3\", detail \"%4\"")
        .arg(static_cast<int>(outcome.kind))
        .arg(outcome.smtpCode)
        .arg(outcome.serverReply, outcome.detail);
}

} // namespace

#define VERIFY_SERVER(server) QVERIFY2((server).isRunning(), qPrintable((server).errorMessage()))
// Evaluates `expression` (often a send) exactly once.
#define COMPARE_KIND(expression, expected)                                                         \
    do {                                                                                           \
        const SmtpOutcome outcome_ = (expression);                                                 \
        QVERIFY2(outcome_.kind == (expected), qPrintable(describe(outcome_)));                     \
    } while (false)

// The SMTP transport against a real aiosmtpd server on loopback: what arrives
// is byte for byte what was sent, TLS is verified, and each way a send can end
// is classified the way the outbox needs to decide between retrying, stopping,
// giving up on a recipient and asking the user.
class TestSmtpTransport : public QObject
{
    Q_OBJECT

    SmtpSettings m_closed; // a loopback port where no server listens any more

    SmtpSettings closedPortSettings() const { return m_closed; }

private Q_SLOTS:
    void initTestCase()
    {
        SmtpTestServer server; // find a free port, then close it again
        VERIFY_SERVER(server);
        m_closed = server.settings();
    }

    void settingsFromUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<Security>("security");
        QTest::addColumn<QString>("user");

        const QString h = QStringLiteral("mail.example.com");
        QTest::addRow("starttls default port")
            << "smtp://mail.example.com" << true << h << 587 << Security::StartTls << QString();
        QTest::addRow("starttls port") << "smtp://mail.example.com:2525" << true << h << 2525
                                       << Security::StartTls << QString();
        QTest::addRow("tls default port")
            << "smtps://mail.example.com" << true << h << 465 << Security::Tls << QString();
        QTest::addRow("plain loopback") << "smtp+plain://127.0.0.1:2525" << true << "127.0.0.1"
                                        << 2525 << Security::None << QString();
        QTest::addRow("plain default port")
            << "smtp+plain://localhost" << true << "localhost" << 25 << Security::None << QString();
        QTest::addRow("case") << "SMTPS://Mail.Example.COM/" << true << h << 465 << Security::Tls
                              << QString();
        QTest::addRow("ipv6") << "smtp://[::1]:25" << true << "::1" << 25 << Security::StartTls
                              << QString();
        QTest::addRow("user") << "smtp://alice%40example.com@mail.example.com" << true << h << 587
                              << Security::StartTls << "alice@example.com";
        const auto bad = [&](const char* name, const char* url) {
            QTest::addRow("%s", name) << QString::fromUtf8(url) << false << QString() << 0
                                      << Security::StartTls << QString();
        };
        bad("empty", "");
        bad("no scheme", "mail.example.com");
        bad("http", "http://mail.example.com");
        bad("no host", "smtp://");
        bad("path", "smtp://mail.example.com/x");
        bad("query", "smtp://mail.example.com?a=1");
        bad("password", "smtp://alice:secret@mail.example.com");
        bad("port zero", "smtp://mail.example.com:0");
        bad("port too big", "smtp://mail.example.com:99999");
    }
    void settingsFromUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        SmtpSettings settings;
        settings.password = QStringLiteral("kept");
        settings.timeoutSeconds = 7;
        QCOMPARE(SmtpSettings::fromUrl(url, settings), ok);
        if (!ok) {
            QCOMPARE(settings.host, QString()); // untouched on failure
            return;
        }
        QTEST(settings.host, "host");
        QTEST(settings.port, "port");
        QTEST(settings.security, "security");
        QTEST(settings.user, "user");
        QCOMPARE(settings.password, QStringLiteral("kept")); // only what the URL says changes
        QCOMPARE(settings.timeoutSeconds, 7);
    }

    void settingsUrl_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<Security>("security");
        QTest::addColumn<QString>("url");

        QTest::addRow("starttls") << "mail.example.com" << 587 << Security::StartTls
                                  << "smtp://mail.example.com:587";
        QTest::addRow("tls") << "mail.example.com" << 465 << Security::Tls
                             << "smtps://mail.example.com:465";
        QTest::addRow("plain is smtp for libcurl")
            << "127.0.0.1" << 2525 << Security::None << "smtp://127.0.0.1:2525";
        QTest::addRow("ipv6") << "::1" << 25 << Security::StartTls << "smtp://[::1]:25";
        QTest::addRow("idn") << QStringLiteral("邮件.example.com") << 465 << Security::Tls
                             << "smtps://xn--5nq051n.example.com:465";
    }
    void settingsUrl()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(Security, security);
        SmtpSettings settings;
        settings.host = host;
        settings.port = port;
        settings.security = security;
        QTEST(settings.url(), "url");
    }

    void arrivesByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("mime");

        QTest::addRow("simple") << simpleMessage();
        QTest::addRow("dot lines") << simpleMessage()
                                          + ".leading dot\r\n..two dots\r\n.\r\n"
                                            "middle . dot\r\n.\r\n";
        QTest::addRow("8bit utf-8")
            << simpleMessage("=?UTF-8?B?5L2g5aW9?=") + QStringLiteral("你好，客户\r\n").toUtf8();
        QByteArray large = simpleMessage();
        for (int i = 0; i < 4000; ++i)
            large += QByteArray::number(i).rightJustified(70, 'x') + "\r\n";
        QTest::addRow("large, many read callbacks") << large;
    }
    void arrivesByteIdentical()
    {
        QFETCH(QByteArray, mime);
        SmtpTestServer server;
        VERIFY_SERVER(server);
        SmtpTransport transport(server.settings());
        const SmtpOutcome outcome = transport.send(QStringLiteral("sales@example.com"),
                                                   QStringLiteral("customer@example.com"), mime);
        COMPARE_KIND(outcome, Kind::Sent);
        QCOMPARE(outcome.smtpCode, 250);
        QVERIFY(outcome.serverReply.startsWith(QLatin1String("250")));
        QVERIFY(server.waitForMessages(1));
        const auto messages = server.messages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].envelopeFrom, QStringLiteral("sales@example.com"));
        QCOMPARE(messages[0].recipient, QStringLiteral("customer@example.com"));
        QCOMPARE(messages[0].data, mime);
        QVERIFY(!messages[0].tls);
    }

    // A message whose very first line starts with a dot: SMTP needs it
    // doubled as much as any other line.
    void firstLineDot()
    {
        SmtpTestServer server;
        VERIFY_SERVER(server);
        const QByteArray mime = ".starts with a dot\r\n\r\nbody\r\n";
        SmtpTransport transport(server.settings());
        COMPARE_KIND(transport.send(QString(), QStringLiteral("a@example.com"), mime), Kind::Sent);
        QVERIFY(server.waitForMessages(1));
        QCOMPARE(server.messages().value(0).data, mime);
        QCOMPARE(server.messages().value(0).envelopeFrom, QStringLiteral("<>"));
    }

    void encryptedArrives_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<bool>("requireAuth");
        QTest::addRow("starttls") << Mode::StartTls << false;
        QTest::addRow("starttls with auth") << Mode::StartTls << true;
        QTest::addRow("tls") << Mode::Tls << false;
        QTest::addRow("tls with auth") << Mode::Tls << true;
    }
    void encryptedArrives()
    {
        QFETCH(Mode, mode);
        QFETCH(bool, requireAuth);
        SmtpTestServer server(mode, {.requireAuth = requireAuth});
        VERIFY_SERVER(server);
        SmtpTransport transport(server.settings());
        COMPARE_KIND(transport.send(QStringLiteral("sales@example.com"),
                                    QStringLiteral("customer@example.com"), simpleMessage()),
                     Kind::Sent);
        QVERIFY(server.waitForMessages(1));
        const auto message = server.messages().value(0);
        QCOMPARE(message.data, simpleMessage());
        QVERIFY(message.tls);
        QCOMPARE(message.authenticated, requireAuth);
    }

    // Without the throw-away CA the certificate is not trusted; sending and
    // testing must both refuse, before the password or any address is sent.
    void untrustedCertificate_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addRow("starttls") << Mode::StartTls;
        QTest::addRow("tls") << Mode::Tls;
    }
    void untrustedCertificate()
    {
        QFETCH(Mode, mode);
        SmtpTestServer server(mode, {.requireAuth = true});
        VERIFY_SERVER(server);
        SmtpSettings settings = server.settings();
        settings.caFile.clear();
        SmtpTransport transport(settings);
        COMPARE_KIND(transport.send(QStringLiteral("sales@example.com"),
                                    QStringLiteral("customer@example.com"), simpleMessage()),
                     Kind::Settings);
        COMPARE_KIND(transport.testConnection(), Kind::Settings);
        QCOMPARE(server.messages().size(), 0);
    }

    void securityMismatch_data()
    {
        QTest::addColumn<Mode>("serverMode");
        QTest::addColumn<Security>("security");
        QTest::addColumn<Kind>("kind");

        // The client speaks TLS first, the server answers in clear text.
        QTest::addRow("tls to plain") << Mode::Plain << Security::Tls << Kind::Settings;
        // The server does not offer STARTTLS, which we require.
        QTest::addRow("starttls to plain") << Mode::Plain << Security::StartTls << Kind::Settings;
        // The server insists on STARTTLS before MAIL ("530 Must issue STARTTLS").
        QTest::addRow("plain to starttls") << Mode::StartTls << Security::None << Kind::Settings;
        // Both wait for the other to speak first: all the client can see is
        // a timeout, the same as a server that is down.
        QTest::addRow("starttls to tls") << Mode::Tls << Security::StartTls << Kind::Offline;
    }
    void securityMismatch()
    {
        QFETCH(Mode, serverMode);
        QFETCH(Security, security);
        SmtpTestServer server(serverMode);
        VERIFY_SERVER(server);
        SmtpSettings settings = server.settings();
        settings.security = security;
        settings.timeoutSeconds = 1;
        SmtpTransport transport(settings);
        const SmtpOutcome outcome =
            transport.send(QStringLiteral("sales@example.com"),
                           QStringLiteral("customer@example.com"), simpleMessage());
        QFETCH(Kind, kind);
        COMPARE_KIND(outcome, kind);
        QCOMPARE(server.messages().size(), 0);
    }

    void authentication_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("code");

        const QString user = SmtpTestServer::Options{}.user;
        const QString password = SmtpTestServer::Options{}.password;
        QTest::addRow("plain, right") << Mode::Plain << user << password << Kind::Sent << 250;
        QTest::addRow("plain, wrong password")
            << Mode::Plain << user << QStringLiteral("wrong") << Kind::Settings << 535;
        QTest::addRow("plain, wrong user")
            << Mode::Plain << QStringLiteral("mallory") << password << Kind::Settings << 535;
        QTest::addRow("plain, none")
            << Mode::Plain << QString() << QString() << Kind::Settings << 530;
        QTest::addRow("starttls, right") << Mode::StartTls << user << password << Kind::Sent << 250;
        QTest::addRow("starttls, wrong password")
            << Mode::StartTls << user << QStringLiteral("wrong") << Kind::Settings << 535;
    }
    void authentication()
    {
        QFETCH(Mode, mode);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(Kind, kind);
        SmtpTestServer server(mode, {.requireAuth = true});
        VERIFY_SERVER(server);
        SmtpSettings settings = server.settings();
        settings.user = user;
        settings.password = password;
        SmtpTransport transport(settings);

        const SmtpOutcome sent =
            transport.send(QStringLiteral("sales@example.com"),
                           QStringLiteral("customer@example.com"), simpleMessage());
        COMPARE_KIND(sent, kind);
        QTEST(sent.smtpCode, "code");
        QCOMPARE(server.messages().size(), kind == Kind::Sent ? 1 : 0);

        // The test button logs in without sending anything.
        const SmtpOutcome tested = transport.testConnection();
        if (user.isEmpty())
            COMPARE_KIND(tested, Kind::Sent); // nothing to check but the connection
        else
            COMPARE_KIND(tested, kind);
        QCOMPARE(server.messages().size(), kind == Kind::Sent ? 1 : 0);
    }

    void testConnection_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addRow("plain") << Mode::Plain;
        QTest::addRow("starttls") << Mode::StartTls;
        QTest::addRow("tls") << Mode::Tls;
    }
    void testConnection()
    {
        QFETCH(Mode, mode);
        SmtpTestServer server(mode, {.requireAuth = true});
        VERIFY_SERVER(server);
        SmtpTransport transport(server.settings());
        const SmtpOutcome outcome = transport.testConnection();
        COMPARE_KIND(outcome, Kind::Sent);
        QCOMPARE(outcome.smtpCode, 250);
        QCOMPARE(server.messages().size(), 0);
        QCOMPARE(server.connectionCount(), 1);
    }

    // libcurl skips AUTH when the server does not offer it. Sending then works
    // if the server does not need it, but the test button must not claim the
    // user name and password were checked.
    void authenticationNotOffered()
    {
        SmtpTestServer server(Mode::Plain, {.offerAuth = false});
        VERIFY_SERVER(server);
        SmtpSettings settings = server.settings();
        settings.user = QStringLiteral("rapport");
        settings.password = QStringLiteral("secret");
        SmtpTransport transport(settings);
        const SmtpOutcome tested = transport.testConnection();
        COMPARE_KIND(tested, Kind::Settings);
        QVERIFY(!tested.detail.isEmpty());
        COMPARE_KIND(transport.send(QStringLiteral("sales@example.com"),
                                    QStringLiteral("customer@example.com"), simpleMessage()),
                     Kind::Sent);
        QVERIFY(server.waitForMessages(1));
        QVERIFY(!server.messages().value(0).authenticated);
    }

    void serverReplies_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("stored");

        // The last reply of a cut dialogue (354, "go ahead") is not the reason
        // it failed, so it is not reported as the server's reply; the code is.
        const QString dataPrompt;
        QTest::addRow("temporary at rcpt")
            << Mode::Plain << "temp.busy@example.com" << Kind::Temporary << 451
            << "451 4.3.0 Try again later" << 0;
        QTest::addRow("permanent at rcpt")
            << Mode::Plain << "perm.gone@example.com" << Kind::Permanent << 550
            << "550 5.1.1 No such user" << 0;
        QTest::addRow("permanent at data")
            << Mode::Plain << "rejectdata@example.com" << Kind::Permanent << 554
            << "554 5.6.0 Message rejected" << 0;
        // Stored by the server, then the connection is cut before its reply:
        // the message may well have arrived, so it must not be sent again.
        QTest::addRow("cut after data")
            << Mode::Plain << "dropdata@example.com" << Kind::Uncertain << 354 << dataPrompt << 1;
        // Stored, then the reply takes longer than our timeout.
        QTest::addRow("no reply in time")
            << Mode::Plain << "slowdata@example.com" << Kind::Uncertain << 354 << dataPrompt << 1;
        QTest::addRow("no reply in time, starttls") << Mode::StartTls << "slowdata@example.com"
                                                    << Kind::Uncertain << 354 << dataPrompt << 1;
    }
    void serverReplies()
    {
        QFETCH(Mode, mode);
        QFETCH(QString, recipient);
        QFETCH(Kind, kind);
        QFETCH(int, stored);
        SmtpTestServer server(mode, {.slowDataSeconds = 2});
        VERIFY_SERVER(server);
        SmtpSettings settings = server.settings();
        settings.timeoutSeconds = 1;
        SmtpTransport transport(settings);
        const SmtpOutcome outcome =
            transport.send(QStringLiteral("sales@example.com"), recipient, simpleMessage("1"));
        COMPARE_KIND(outcome, kind);
        QTEST(outcome.smtpCode, "code");
        QTEST(outcome.serverReply, "reply");
        QVERIFY(!outcome.detail.isEmpty());
        QCOMPARE(server.messages().size(), stored);

        // The transport is still usable for the next message, on a new
        // connection: a late reply to the first message must not be taken as
        // an answer to the second (the slow server sends it meanwhile).
        if (recipient.startsWith(QLatin1String("slowdata")))
            QTest::qWait(1200);
        COMPARE_KIND(transport.send(QStringLiteral("sales@example.com"),
                                    QStringLiteral("next@example.com"), simpleMessage("2")),
                     Kind::Sent);
        QVERIFY(server.waitForMessages(stored + 1));
        const auto messages = server.messages();
        QCOMPARE(messages.size(), stored + 1);
        QCOMPARE(messages.last().recipient, QStringLiteral("next@example.com"));
        QCOMPARE(messages.last().data, simpleMessage("2"));
        QCOMPARE(server.connectionCount(), 2);
    }

    void connectionRefusedIsOfflineQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        SmtpTransport transport(closedPortSettings());
        const SmtpOutcome outcome =
            transport.send(QStringLiteral("sales@example.com"),
                           QStringLiteral("customer@example.com"), simpleMessage());
        COMPARE_KIND(outcome, Kind::Offline);
        QCOMPARE(outcome.smtpCode, 0);
        QVERIFY(!outcome.detail.isEmpty());
        COMPARE_KIND(transport.testConnection(), Kind::Offline);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void reusesConnection()
    {
        SmtpTestServer server(Mode::StartTls, {.requireAuth = true});
        VERIFY_SERVER(server);
        SmtpTransport transport(server.settings());
        for (int i = 0; i < 3; ++i) {
            const QString to = QStringLiteral("customer%1@example.com").arg(i);
            COMPARE_KIND(transport.send(QStringLiteral("sales@example.com"), to,
                                        simpleMessage(QByteArray::number(i))),
                         Kind::Sent);
        }
        QVERIFY(server.waitForMessages(3));
        const auto messages = server.messages();
        QCOMPARE(messages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(messages[i].recipient, QStringLiteral("customer%1@example.com").arg(i));
            QCOMPARE(messages[i].data, simpleMessage(QByteArray::number(i)));
            QCOMPARE(messages[i].connection, 1);
        }
        QCOMPARE(server.connectionCount(), 1);
    }

    // The kept connection dies while the transport is idle (the server was
    // restarted): the next message goes out on a new connection, not "offline".
    void reconnectsAfterServerRestart()
    {
        auto server = std::make_unique<SmtpTestServer>();
        VERIFY_SERVER(*server);
        SmtpTestServer::Options options;
        options.port = server->port();
        SmtpTransport transport(server->settings());
        COMPARE_KIND(transport.send(QStringLiteral("sales@example.com"),
                                    QStringLiteral("first@example.com"), simpleMessage()),
                     Kind::Sent);
        server.reset();
        server = std::make_unique<SmtpTestServer>(Mode::Plain, options);
        VERIFY_SERVER(*server);
        COMPARE_KIND(transport.send(QStringLiteral("sales@example.com"),
                                    QStringLiteral("second@example.com"), simpleMessage()),
                     Kind::Sent);
        QVERIFY(server->waitForMessages(1));
        QCOMPARE(server->messages().value(0).recipient, QStringLiteral("second@example.com"));
    }

    // Addresses go into SMTP commands: CR, LF or angle brackets would let a
    // caller add commands of its own, so they never reach the server.
    void refusesUnsafeAddresses_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<Kind>("kind");
        QTest::addRow("crlf in recipient")
            << "sales@example.com"
            << "a@example.com>\r\nRCPT TO:<b@example.com" << Kind::Permanent;
        QTest::addRow("empty recipient") << "sales@example.com" << QString() << Kind::Permanent;
        QTest::addRow("space in recipient") << "sales@example.com"
                                            << "a b@example.com" << Kind::Permanent;
        QTest::addRow("lf in sender") << "sales@example.com\nRSET"
                                      << "a@example.com" << Kind::Settings;
    }
    // Refused before connecting: the port has no server, so an attempt to
    // connect would have ended as Offline.
    void refusesUnsafeAddresses()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(Kind, kind);
        SmtpTransport transport(closedPortSettings());
        const SmtpOutcome outcome = transport.send(from, to, simpleMessage());
        COMPARE_KIND(outcome, kind);
        QCOMPARE(outcome.smtpCode, 0);
        QVERIFY(!outcome.detail.isEmpty());
    }

    // Unencrypted SMTP carries the password in clear: only to this computer.
    void plainOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addRow("name") << "mail.example.com";
        QTest::addRow("name starting with 127") << "127.example.com";
        QTest::addRow("lan address") << "192.168.1.10";
    }
    void plainOnlyToLoopback()
    {
        QFETCH(QString, host);
        SmtpSettings settings;
        settings.host = host;
        settings.port = 25;
        settings.security = Security::None;
        SmtpTransport transport(settings);
        COMPARE_KIND(transport.send(QStringLiteral("a@example.com"),
                                    QStringLiteral("b@example.com"), simpleMessage()),
                     Kind::Settings);
        COMPARE_KIND(transport.testConnection(), Kind::Settings);
    }
};

QTEST_GUILESS_MAIN(TestSmtpTransport)
#include "test_smtptransport.moc"
