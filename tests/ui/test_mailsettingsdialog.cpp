#include "Session.h"
#include "SmtpTestServer.h"
#include "common/Settings.h"
#include "mail/MailSettingsDialog.h"
#include "mail/SecretStore.h"
#include "storage/MailSettingsRepository.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rapport;
using Security = core::mail::SmtpSettings::Security;

// The e-mail settings dialog on a real database file, without a system
// keychain (offscreen, no D-Bus secret service: the case on CI and headless
// machines): values saved and read back, wrong values refused with the field
// named, "Test Connection" against a real SMTP server (aiosmtpd on loopback)
// and a closed port, and the password found nowhere on disk afterwards.
class TestMailSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savesAndReadsBack();
    void refusesAnInvalidFromAddress_data();
    void refusesAnInvalidFromAddress();
    void allowsNoEncryptionOnlyOnThisComputer_data();
    void allowsNoEncryptionOnlyOnThisComputer();
    void securityChoiceFollowsTheUsualPort();
    void testConnectionReachesTheServer();
    void testConnectionLogsInOverStartTls_data();
    void testConnectionLogsInOverStartTls();
    void testConnectionToAClosedPortSaysOffline();
    void passwordIsNowhereOnDisk();

private:
    template<typename T>
    T* field(ui::MailSettingsDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QString::fromLatin1(name));
    }
    void fill(ui::MailSettingsDialog& dialog, const QString& from, const QString& host, int port,
              Security security, const QString& user, const QString& password);
    static void setSecurity(ui::MailSettingsDialog& dialog, Security security);
    static QByteArray readAll(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<ui::Session> m_session;
};

void TestMailSettingsDialog::initTestCase()
{
    // Anything that would write QSettings or app data goes to ~/.qttest, which
    // the on-disk check reads too.
    QStandardPaths::setTestModeEnabled(true);
}

void TestMailSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<core::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    auto opened = ui::Session::open(m_dir->filePath(QStringLiteral("rapport.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
}

void TestMailSettingsDialog::cleanup()
{
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMailSettingsDialog::setSecurity(ui::MailSettingsDialog& dialog, Security security)
{
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("securityComboBox"));
    combo->setCurrentIndex(combo->findData(int(security)));
}

void TestMailSettingsDialog::fill(ui::MailSettingsDialog& dialog, const QString& from,
                                  const QString& host, int port, Security security,
                                  const QString& user, const QString& password)
{
    field<QLineEdit>(dialog, "fromNameLineEdit")->setText(QStringLiteral("茶叶店 Tea Shop"));
    field<QLineEdit>(dialog, "fromAddressLineEdit")->setText(from);
    field<QPlainTextEdit>(dialog, "postalAddressTextEdit")
        ->setPlainText(QStringLiteral("1 Tea Street, Hangzhou"));
    field<QLineEdit>(dialog, "hostLineEdit")->setText(host);
    setSecurity(dialog, security);
    field<QSpinBox>(dialog, "portSpinBox")->setValue(port);
    field<QLineEdit>(dialog, "userLineEdit")->setText(user);
    field<QLineEdit>(dialog, "passwordLineEdit")->setText(password);
}

QByteArray TestMailSettingsDialog::readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestMailSettingsDialog::savesAndReadsBack()
{
    {
        ui::MailSettingsDialog dialog(m_session.get());
        fill(dialog, QStringLiteral("shop@example.com"), QStringLiteral("smtp.example.com"), 2525,
             Security::Tls, QStringLiteral("shop"), QStringLiteral("pw-round-trip"));
        field<QSpinBox>(dialog, "rateSpinBox")->setValue(45);
        field<QSpinBox>(dialog, "attemptsSpinBox")->setValue(7);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok); // "no system keychain" notice
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.isKeychainMissing()); // no secret service here
    }
    core::MailSettingsRepository repository(m_session->connection());
    const auto identity = repository.identity();
    QCOMPARE(identity->fromName, QStringLiteral("茶叶店 Tea Shop"));
    QCOMPARE(identity->fromAddress, QStringLiteral("shop@example.com"));
    QCOMPARE(identity->postalAddress, QStringLiteral("1 Tea Street, Hangzhou"));
    const auto smtp = repository.smtp();
    QCOMPARE(smtp->host, QStringLiteral("smtp.example.com"));
    QCOMPARE(smtp->port, 2525);
    QCOMPARE(smtp->security, Security::Tls);
    QCOMPARE(smtp->user, QStringLiteral("shop"));
    QVERIFY(smtp->password.isEmpty());
    QCOMPARE(repository.pace()->messagesPerMinute, 45);
    QCOMPARE(repository.pace()->maxAttempts, 7);
    // Without a keychain the password lives in memory until Rapport closes.
    QCOMPARE(*ui::SecretStore::smtpPassword(*smtp), QStringLiteral("pw-round-trip"));

    // Opened again, the dialog shows it all, and says where the password is.
    ui::MailSettingsDialog again(m_session.get());
    QCOMPARE(field<QLineEdit>(again, "fromAddressLineEdit")->text(),
             QStringLiteral("shop@example.com"));
    QCOMPARE(field<QLineEdit>(again, "hostLineEdit")->text(), QStringLiteral("smtp.example.com"));
    QCOMPARE(field<QSpinBox>(again, "portSpinBox")->value(), 2525);
    QCOMPARE(field<QComboBox>(again, "securityComboBox")->currentData().toInt(),
             int(Security::Tls));
    QCOMPARE(field<QLineEdit>(again, "passwordLineEdit")->text(), QStringLiteral("pw-round-trip"));
    QCOMPARE(field<QSpinBox>(again, "rateSpinBox")->value(), 45);
    QVERIFY(again.isKeychainMissing());
    QVERIFY(field<QLabel>(again, "keychainNoteLabel")
                ->text()
                .contains(QStringLiteral("kept until Rapport closes")));
    ui::SecretStore::rememberForSession(*smtp, QString());
}

void TestMailSettingsDialog::refusesAnInvalidFromAddress_data()
{
    QTest::addColumn<QString>("from");
    QTest::addRow("empty") << QString();
    QTest::addRow("no at") << QStringLiteral("shop.example.com");
    QTest::addRow("no dot in the domain") << QStringLiteral("shop@localhost");
    QTest::addRow("header injection") << QStringLiteral("shop@example.com\r\nBcc: x@y.com");
    QTest::addRow("two addresses") << QStringLiteral("a@example.com, b@example.com");
}

void TestMailSettingsDialog::refusesAnInvalidFromAddress()
{
    QFETCH(QString, from);
    ui::MailSettingsDialog dialog(m_session.get());
    fill(dialog, from, QStringLiteral("smtp.example.com"), 587, Security::StartTls, QString(),
         QString());
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.fieldError(QStringLiteral("from_address")).isEmpty());
    // Nothing was saved.
    core::MailSettingsRepository repository(m_session->connection());
    QVERIFY(repository.identity()->fromAddress.isEmpty());
    QVERIFY(repository.smtp()->host.isEmpty());
}

void TestMailSettingsDialog::allowsNoEncryptionOnlyOnThisComputer_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("localhost") << QStringLiteral("localhost") << true;
    QTest::addRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::addRow("a server") << QStringLiteral("smtp.example.com") << false;
    QTest::addRow("a LAN address") << QStringLiteral("192.168.1.10") << false;
}

void TestMailSettingsDialog::allowsNoEncryptionOnlyOnThisComputer()
{
    QFETCH(QString, host);
    QFETCH(bool, allowed);
    ui::MailSettingsDialog dialog(m_session.get());
    fill(dialog, QStringLiteral("shop@example.com"), host, 25, Security::None, QString(),
         QString());
    QVERIFY(field<QLabel>(dialog, "securityNoteLabel")->isVisibleTo(&dialog));
    dialog.accept();
    QCOMPARE(dialog.result() == QDialog::Accepted, allowed);
    QCOMPARE(dialog.fieldError(QStringLiteral("smtp_security")).isEmpty(), allowed);
    core::MailSettingsRepository repository(m_session->connection());
    QCOMPARE(repository.smtp()->host, allowed ? host : QString());
}

void TestMailSettingsDialog::securityChoiceFollowsTheUsualPort()
{
    ui::MailSettingsDialog dialog(m_session.get());
    auto* port = field<QSpinBox>(dialog, "portSpinBox");
    QCOMPARE(port->value(), 587);
    setSecurity(dialog, Security::Tls);
    QCOMPARE(port->value(), 465);
    port->setValue(2465); // the user's own port stays
    setSecurity(dialog, Security::StartTls);
    QCOMPARE(port->value(), 2465);
}

void TestMailSettingsDialog::testConnectionReachesTheServer()
{
    testing::SmtpTestServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
    ui::MailSettingsDialog dialog(m_session.get());
    fill(dialog, QStringLiteral("shop@example.com"), server.host(), server.port(), Security::None,
         QString(), QString());
    QSignalSpy finished(&dialog, &ui::MailSettingsDialog::testFinished);
    QTest::mouseClick(field<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.testResultText()));
    QVERIFY2(dialog.testResultText().startsWith(QStringLiteral("Connected to 127.0.0.1")),
             qPrintable(dialog.testResultText()));
    QVERIFY(!dialog.isTesting());
    QVERIFY(field<QPushButton>(dialog, "testConnectionButton")->isEnabled());
    QCOMPARE(server.connectionCount(), 1);
    QVERIFY(server.messages().isEmpty()); // a test sends nothing
}

void TestMailSettingsDialog::testConnectionLogsInOverStartTls_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("says");
    QTest::addRow("right password")
        << QStringLiteral("s3cret-pässword") << true << QStringLiteral("Connected");
    QTest::addRow("wrong password")
        << QStringLiteral("guess") << false << QStringLiteral("refused the settings");
}

void TestMailSettingsDialog::testConnectionLogsInOverStartTls()
{
    QFETCH(QString, password);
    QFETCH(bool, connected);
    QFETCH(QString, says);
    testing::SmtpTestServer::Options options;
    options.requireAuth = true;
    testing::SmtpTestServer server(testing::SmtpTestServer::Mode::StartTls, options);
    QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
    // The test server's own CA, which the dialog does not show but keeps.
    core::mail::SmtpSettings stored = server.settings();
    stored.password.clear();
    QVERIFY(core::MailSettingsRepository(m_session->connection()).setSmtp(stored));

    ui::MailSettingsDialog dialog(m_session.get());
    fill(dialog, QStringLiteral("shop@example.com"), server.host(), server.port(),
         Security::StartTls, options.user, password);
    QSignalSpy finished(&dialog, &ui::MailSettingsDialog::testFinished);
    dialog.testConnection();
    QVERIFY(dialog.isTesting());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), connected);
    QVERIFY2(dialog.testResultText().contains(says), qPrintable(dialog.testResultText()));
}

void TestMailSettingsDialog::testConnectionToAClosedPortSaysOffline()
{
    int port = 0;
    {
        testing::SmtpTestServer probe; // a port that was free, and is closed again
        QVERIFY2(probe.isRunning(), qPrintable(probe.errorMessage()));
        port = probe.port();
    }
    ui::MailSettingsDialog dialog(m_session.get());
    fill(dialog, QStringLiteral("shop@example.com"), QStringLiteral("127.0.0.1"), port,
         Security::None, QString(), QString());
    QSignalSpy finished(&dialog, &ui::MailSettingsDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog.testResultText().startsWith(QStringLiteral("Could not reach 127.0.0.1")),
             qPrintable(dialog.testResultText()));
}

void TestMailSettingsDialog::passwordIsNowhereOnDisk()
{
    const QString password = QStringLiteral("Zq-unique-7f3a9c-密码");
    {
        ui::MailSettingsDialog dialog(m_session.get());
        fill(dialog, QStringLiteral("shop@example.com"), QStringLiteral("smtp.example.com"), 587,
             Security::StartTls, QStringLiteral("shop@example.com"), password);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    m_settings->sync();
    const QString dbPath = m_session->path();
    // Closing writes the WAL back into the file: check both states.
    QStringList files;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation}) {
        QDirIterator app(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                         QDirIterator::Subdirectories);
        while (app.hasNext())
            files << app.next();
    }
    QVERIFY(files.contains(m_settings->fileName()));
    QVERIFY(files.contains(dbPath));
    auto check = [&](const QStringList& paths) {
        for (const QString& path : paths) {
            const QByteArray bytes = readAll(path);
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(password.toLatin1().left(16)), qPrintable(path));
            const QString ascii = password.left(16);
            const QByteArray utf16(reinterpret_cast<const char*>(ascii.utf16()), ascii.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(path));
        }
    };
    check(files);
    m_session.reset(); // checkpoints the WAL into the file
    check({dbPath});
    // And yet Rapport can use it until it closes.
    core::mail::SmtpSettings smtp;
    smtp.host = QStringLiteral("smtp.example.com");
    smtp.port = 587;
    smtp.user = QStringLiteral("shop@example.com");
    QCOMPARE(*ui::SecretStore::smtpPassword(smtp), password);
    ui::SecretStore::rememberForSession(smtp, QString());
}

QTEST_MAIN(TestMailSettingsDialog)
#include "test_mailsettingsdialog.moc"
