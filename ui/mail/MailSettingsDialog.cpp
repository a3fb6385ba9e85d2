#include "mail/MailSettingsDialog.h"

#include "Session.h"
#include "mail/MailMessage.h"
#include "mail/SecretStore.h"
#include "storage/MailSettingsRepository.h"
#include "widgets/FormValidation.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace rapport::ui {

namespace {

using Security = core::mail::SmtpSettings::Security;

const QString kFromName = QStringLiteral("from_name");
const QString kFromAddress = QStringLiteral("from_address");
const QString kPostalAddress = QStringLiteral("postal_address");
const QString kHost = QStringLiteral("smtp_host");
const QString kPort = QStringLiteral("smtp_port");
const QString kSecurity = QStringLiteral("smtp_security");
const QString kUser = QStringLiteral("smtp_user");
const QString kPassword = QStringLiteral("smtp_password");
const QString kRate = QStringLiteral("messages_per_minute");
const QString kAttempts = QStringLiteral("max_attempts");

int defaultPort(Security security)
{
    switch (security) {
    case Security::Tls:
        return 465;
    case Security::None:
        return 25;
    case Security::StartTls:
        break;
    }
    return 587;
}

// Mail in the clear is only acceptable when it never leaves this computer
// (a local relay or a test server).
bool isLoopbackHost(const QString& host)
{
    const QString h = host.trimmed().toLower();
    return h == QLatin1String("localhost") || h == QLatin1String("::1")
           || h == QLatin1String("[::1]") || h.startsWith(QLatin1String("127."));
}

QString describe(const core::mail::SmtpOutcome& outcome, const core::mail::SmtpSettings& settings)
{
    using Kind = core::mail::SmtpOutcome::Kind;
    const QString server = QStringLiteral("%1:%2").arg(settings.host).arg(settings.port);
    const QString reply = outcome.serverReply.trimmed().isEmpty() ? outcome.detail.trimmed()
                                                                  : outcome.serverReply.trimmed();
    switch (outcome.kind) {
    case Kind::Sent:
        return reply.isEmpty()
                   ? MailSettingsDialog::tr("Connected to %1: the server accepts these settings.")
                         .arg(server)
                   : MailSettingsDialog::tr(
                         "Connected to %1: the server accepts these settings (“%2”).")
                         .arg(server, reply);
    case Kind::Offline:
        return MailSettingsDialog::tr("Could not reach %1 (%2). Check the host name and the port, "
                                      "and that this computer is online.")
            .arg(server, reply);
    case Kind::Settings:
        return MailSettingsDialog::tr("The server refused the settings: %1. Check the user name, "
                                      "the password and the security choice.")
            .arg(reply);
    case Kind::Temporary:
        return MailSettingsDialog::tr("The server is busy for now (“%1”); try again later.")
            .arg(reply);
    case Kind::Permanent:
        return MailSettingsDialog::tr("The server refused: “%1”.").arg(reply);
    case Kind::Uncertain:
        break;
    }
    return MailSettingsDialog::tr("The connection to %1 broke off (%2).").arg(server, reply);
}

} // namespace

MailSettingsDialog::MailSettingsDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_fromName(new QLineEdit(this))
    , m_fromAddress(new QLineEdit(this))
    , m_postalAddress(new QPlainTextEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_securityNote(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keychainNote(new QLabel(this))
    , m_rate(new QSpinBox(this))
    , m_attempts(new QSpinBox(this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
{
    setWindowTitle(tr("E-mail Settings"));
    setObjectName(QStringLiteral("mailSettingsDialog"));
    m_fromName->setObjectName(QStringLiteral("fromNameLineEdit"));
    m_fromAddress->setObjectName(QStringLiteral("fromAddressLineEdit"));
    m_postalAddress->setObjectName(QStringLiteral("postalAddressTextEdit"));
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_security->setObjectName(QStringLiteral("securityComboBox"));
    m_securityNote->setObjectName(QStringLiteral("securityNoteLabel"));
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNoteLabel"));
    m_rate->setObjectName(QStringLiteral("rateSpinBox"));
    m_attempts->setObjectName(QStringLiteral("attemptsSpinBox"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));

    m_fromAddress->setPlaceholderText(QStringLiteral("shop@example.com"));
    m_postalAddress->setPlaceholderText(tr("The shop's postal address, shown with the "
                                           "unsubscribe line of every message"));
    m_postalAddress->setTabChangesFocus(true);
    m_postalAddress->setFixedHeight(m_postalAddress->fontMetrics().lineSpacing() * 3 + 12);
    m_host->setPlaceholderText(QStringLiteral("smtp.example.com"));
    m_port->setRange(1, 65535);
    m_security->addItem(tr("STARTTLS (port 587)"), int(Security::StartTls));
    m_security->addItem(tr("TLS (port 465)"), int(Security::Tls));
    m_security->addItem(tr("None (this computer only)"), int(Security::None));
    m_securityNote->setWordWrap(true);
    m_securityNote->setText(tr("Without encryption the password and the mail cross the network "
                               "in the clear, so it is only allowed for a server on this "
                               "computer (localhost or 127.0.0.1)."));
    m_securityNote->hide();
    m_user->setPlaceholderText(tr("Empty: the server needs no login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_rate->setRange(1, 6000);
    m_rate->setSuffix(tr(" a minute"));
    m_rate->setToolTip(tr("Many providers limit how fast one account may send; stay below it."));
    m_attempts->setRange(1, 20);
    m_attempts->setToolTip(
        tr("How often a message is tried when the server says \"later\" before it counts as "
           "failed."));
    m_testResult->setWordWrap(true);
    // Room for a server's reply and the advice after it: a dialog that is
    // already shown does not grow by itself when the text gets longer.
    m_testResult->setMinimumHeight(m_testResult->fontMetrics().lineSpacing() * 4);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_validation = new FormValidation(form, this);
    auto section = [&](const QString& title) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
        form->addRow(label);
    };
    section(tr("Sender"));
    m_validation->addRow(kFromName, tr("&Name:"), m_fromName);
    m_validation->addRow(kFromAddress, tr("&From address:"), m_fromAddress);
    m_validation->addRow(kPostalAddress, tr("Postal &address:"), m_postalAddress);
    section(tr("Server"));
    m_validation->addRow(kHost, tr("&Host:"), m_host);
    m_validation->addRow(kPort, tr("&Port:"), m_port);
    auto* securityBox = new QWidget(this);
    auto* securityLayout = new QVBoxLayout(securityBox);
    securityLayout->setContentsMargins(0, 0, 0, 0);
    securityLayout->addWidget(m_security);
    securityLayout->addWidget(m_securityNote);
    m_validation->addRow(kSecurity, tr("&Security:"), securityBox);
    m_validation->addRow(kUser, tr("&User:"), m_user);
    auto* passwordBox = new QWidget(this);
    auto* passwordLayout = new QVBoxLayout(passwordBox);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_password);
    passwordLayout->addWidget(m_keychainNote);
    m_validation->addRow(kPassword, tr("Pass&word:"), passwordBox);
    auto* testRow = new QWidget(this);
    auto* testLayout = new QHBoxLayout(testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_testButton, 0, Qt::AlignTop);
    testLayout->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);
    section(tr("Sending"));
    m_validation->addRow(kRate, tr("&Messages:"), m_rate);
    m_validation->addRow(kAttempts, tr("&Attempts:"), m_attempts);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_validation->summaryLabel());
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MailSettingsDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &MailSettingsDialog::testConnection);
    connect(&m_testWatcher, &QFutureWatcher<core::mail::SmtpOutcome>::finished, this,
            &MailSettingsDialog::showTestOutcome);
    load();
    // Connected after load(): the stored port is not replaced by a default.
    connect(m_security, &QComboBox::currentIndexChanged, this,
            &MailSettingsDialog::securityChanged);
    resize(520, sizeHint().height());
}

// A test still running goes on in the thread pool and its result is dropped:
// the work holds copies of the settings, nothing of this dialog.
MailSettingsDialog::~MailSettingsDialog() = default;

void MailSettingsDialog::load()
{
    core::MailSettingsRepository repository(m_session->connection());
    if (const auto identity = repository.identity()) {
        m_fromName->setText(identity->fromName);
        m_fromAddress->setText(identity->fromAddress);
        m_postalAddress->setPlainText(identity->postalAddress);
    }
    if (const auto smtp = repository.smtp())
        m_loaded = *smtp;
    if (const auto pace = repository.pace())
        m_loadedPace = *pace;
    m_host->setText(m_loaded.host);
    m_port->setValue(m_loaded.port);
    m_security->setCurrentIndex(m_security->findData(int(m_loaded.security)));
    m_securityNote->setVisible(m_loaded.security == Security::None);
    m_user->setText(m_loaded.user);
    m_rate->setValue(m_loadedPace.messagesPerMinute);
    m_attempts->setValue(m_loadedPace.maxAttempts);

    if (m_loaded.host.isEmpty() || m_loaded.user.isEmpty())
        return; // nothing stored to look up
    const auto password = SecretStore::smtpPassword(m_loaded);
    if (password) {
        m_password->setText(*password);
        if (SecretStore::hasSessionPassword(m_loaded))
            showKeychainNote(QString());
    } else if (password.error().code != core::Error::Code::NotFound) {
        showKeychainNote(password.error().message);
    }
}

void MailSettingsDialog::showKeychainNote(const QString& detail)
{
    m_keychainMissing = true;
    m_keychainNote->setText(tr("No system keychain: the password is kept until Rapport closes."));
    m_keychainNote->setToolTip(detail);
    m_keychainNote->show();
}

void MailSettingsDialog::securityChanged(int index)
{
    const auto security = Security(m_security->itemData(index).toInt());
    m_securityNote->setVisible(security == Security::None);
    // Follow the usual port of the new choice unless the user typed another.
    for (int i = 0; i < m_security->count(); ++i) {
        if (m_port->value() == defaultPort(Security(m_security->itemData(i).toInt()))) {
            m_port->setValue(defaultPort(security));
            break;
        }
    }
}

core::mail::MailIdentity MailSettingsDialog::identity() const
{
    core::mail::MailIdentity identity;
    identity.fromName = m_fromName->text().simplified();
    identity.fromAddress = m_fromAddress->text().trimmed();
    identity.postalAddress = m_postalAddress->toPlainText().simplified();
    return identity;
}

core::mail::SmtpSettings MailSettingsDialog::smtpSettings() const
{
    core::mail::SmtpSettings settings = m_loaded;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.security = Security(m_security->currentData().toInt());
    settings.user = m_user->text().trimmed();
    settings.password = m_password->text();
    return settings;
}

core::mail::SendPace MailSettingsDialog::pace() const
{
    core::mail::SendPace pace = m_loadedPace;
    pace.messagesPerMinute = m_rate->value();
    pace.maxAttempts = m_attempts->value();
    return pace;
}

QString MailSettingsDialog::testResultText() const
{
    return m_testResult->text();
}

bool MailSettingsDialog::isTesting() const
{
    return m_testWatcher.isRunning();
}

QString MailSettingsDialog::fieldError(const QString& key) const
{
    return m_validation->error(key);
}

bool MailSettingsDialog::validate()
{
    m_validation->clear();
    const core::mail::SmtpSettings smtp = smtpSettings();
    if (!core::mail::isValidAddress(identity().fromAddress))
        m_validation->setError(kFromAddress,
                               tr("Enter the address the mail comes from, e.g. shop@example.com."));
    if (smtp.host.isEmpty())
        m_validation->setError(kHost, tr("Enter the mail server's name, e.g. smtp.example.com."));
    else if (smtp.host.contains(QLatin1Char(' ')) || smtp.host.contains(QLatin1Char('/')))
        m_validation->setError(kHost, tr("A host name has no spaces or slashes."));
    if (smtp.security == Security::None && !smtp.host.isEmpty() && !isLoopbackHost(smtp.host))
        m_validation->setError(kSecurity,
                               tr("Without encryption only a server on this computer "
                                  "(localhost or 127.0.0.1) is allowed; choose STARTTLS or TLS."));
    if (m_validation->hasErrors()) {
        m_validation->focusFirstError();
        return false;
    }
    return true;
}

void MailSettingsDialog::testConnection()
{
    if (isTesting())
        return;
    m_validation->clear();
    const core::mail::SmtpSettings settings = smtpSettings();
    if (settings.host.isEmpty()) {
        m_validation->setError(kHost, tr("Enter the mail server's name, e.g. smtp.example.com."));
        return;
    }
    if (settings.security == Security::None && !isLoopbackHost(settings.host)) {
        m_validation->setError(kSecurity,
                               tr("Without encryption only a server on this computer "
                                  "(localhost or 127.0.0.1) is allowed; choose STARTTLS or TLS."));
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1:%2…").arg(settings.host).arg(settings.port));
    m_testWatcher.setFuture(QtConcurrent::run([settings] {
        core::mail::SmtpTransport transport(settings);
        return transport.testConnection();
    }));
}

void MailSettingsDialog::showTestOutcome()
{
    m_testButton->setEnabled(true);
    const core::mail::SmtpOutcome outcome = m_testWatcher.result();
    m_testResult->setText(describe(outcome, smtpSettings()));
    m_testResult->setStyleSheet(outcome.sent() ? QString() : QStringLiteral("color: #c62828;"));
    Q_EMIT testFinished(outcome.sent());
}

bool MailSettingsDialog::save()
{
    const core::mail::SmtpSettings smtp = smtpSettings();
    core::mail::SmtpSettings withoutPassword = smtp;
    withoutPassword.password.clear(); // core never stores it; make sure it never sees it
    core::MailSettingsRepository repository(m_session->connection(), m_session->hub());
    const core::Status status = repository.save(identity(), withoutPassword, pace());
    if (!status) {
        const core::Error& error = status.error();
        if (error.code == core::Error::Code::Validation && !error.field.isEmpty()) {
            m_validation->setError(error.field, error.message);
            m_validation->focusFirstError();
        } else {
            MessageBox::critical(this, windowTitle(), error.message);
        }
        return false;
    }
    storePassword(smtp, smtp.password);
    return true;
}

void MailSettingsDialog::storePassword(const core::mail::SmtpSettings& settings,
                                       const QString& password)
{
    // A login that moved (other user, host or port) leaves no old entry behind.
    if (!m_loaded.user.isEmpty()
        && SecretStore::smtpKey(m_loaded) != SecretStore::smtpKey(settings)) {
        SecretStore::rememberForSession(m_loaded, QString());
        (void)SecretStore::writeSmtpPassword(m_loaded, QString()); // best effort
    }
    if (settings.user.isEmpty())
        return; // no login, no password
    const core::Status written = SecretStore::writeSmtpPassword(settings, password);
    if (written) {
        SecretStore::rememberForSession(settings, QString());
        return;
    }
    // No keychain: keep it in memory for this run only (never on disk).
    SecretStore::rememberForSession(settings, password);
    if (!m_keychainMissing && !password.isEmpty()) {
        showKeychainNote(written.error().message);
        MessageBox::information(this, windowTitle(), m_keychainNote->text());
    }
}

void MailSettingsDialog::accept()
{
    if (!validate() || !save())
        return;
    QDialog::accept();
}

} // namespace rapport::ui
