#include "SmtpTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

namespace rapport::testing {
namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
constexpr int kStartTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 5000;

QString supportDir()
{
    return QStringLiteral(RAPPORT_SOURCE_DIR "/tests/support");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Certificate
{
    QTemporaryDir dir;
    QString certFile;
    QString keyFile;
    QString error;
};

// A throw-away self-signed certificate for 127.0.0.1 (its own CA), valid for a
// day and never written outside a temporary folder. Made once per test process
// and shared by its servers: an RSA key takes a noticeable part of a second.
const Certificate& certificate()
{
    static const std::unique_ptr<Certificate> shared = [] {
        auto owned = std::make_unique<Certificate>();
        Certificate& c = *owned;
        c.certFile = c.dir.filePath(QStringLiteral("cert.pem"));
        c.keyFile = c.dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       c.keyFile, QStringLiteral("-out"), c.certFile});
        if (!c.dir.isValid() || !openssl.waitForFinished(kStartTimeoutMs)
            || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
            c.error = QStringLiteral("openssl failed: %1 %2")
                          .arg(openssl.errorString(), QString::fromUtf8(openssl.readAll()));
        }
        return owned;
    }();
    return *shared;
}

} // namespace

SmtpTestServer::SmtpTestServer(Mode mode, Options options)
    : m_mode(mode)
    , m_options(std::move(options))
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return;
    }
    if (m_mode != Mode::Plain && !makeCertificate())
        return;
    start();
}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

bool SmtpTestServer::isRunning() const
{
    return m_port != 0 && m_process.state() == QProcess::Running;
}

QString SmtpTestServer::spoolDir() const
{
    return m_dir.filePath(QStringLiteral("spool"));
}

QString SmtpTestServer::log() const
{
    return QString::fromUtf8(readFile(m_dir.filePath(QStringLiteral("server.log"))));
}

// The certificate comes from one process-wide folder (see certificate()).
bool SmtpTestServer::makeCertificate()
{
    const Certificate& shared = certificate();
    if (!shared.error.isEmpty()) {
        m_error = shared.error;
        return false;
    }
    m_caFile = shared.certFile;
    m_keyFile = shared.keyFile;
    return true;
}

bool SmtpTestServer::start()
{
    QStringList arguments{QStringLiteral("-m"),     QStringLiteral("rapport_smtp_server"),
                          QStringLiteral("--host"), host(),
                          QStringLiteral("--port"), QString::number(m_options.port)};
    if (m_mode == Mode::StartTls)
        arguments << QStringLiteral("--starttls") << m_caFile << m_keyFile;
    else if (m_mode == Mode::Tls)
        arguments << QStringLiteral("--tls") << m_caFile << m_keyFile;
    if (m_options.requireAuth)
        arguments << QStringLiteral("--require-auth");
    if (!m_options.offerAuth)
        arguments << QStringLiteral("--no-auth");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), supportDir());
    // Keep __pycache__ out of the source tree.
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("RAPPORT_SMTP_SPOOL"), spoolDir());
    env.insert(QStringLiteral("RAPPORT_SMTP_SLOW_SECONDS"),
               QString::number(m_options.slowDataSeconds));
    env.insert(QStringLiteral("RAPPORT_SMTP_USER"), m_options.user);
    env.insert(QStringLiteral("RAPPORT_SMTP_PASSWORD"), m_options.password);
    m_process.setProcessEnvironment(env);
    // stderr to a file: a pipe nobody reads could fill up and stall the server.
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")));
    m_process.start(kPython, arguments);

    // The launcher prints "READY <port>" once it listens, so the port accepts
    // connections as soon as we know it.
    const QDeadlineTimer deadline(kStartTimeoutMs);
    QByteArray output;
    while (!deadline.hasExpired() && !output.contains('\n')) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(50);
        output += m_process.readAllStandardOutput();
    }
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    if (line.startsWith("READY "))
        m_port = line.mid(6).toInt();
    if (m_port == 0) {
        m_error =
            QStringLiteral("aiosmtpd did not start: %1 %2").arg(m_process.errorString(), log());
        stop();
        return false;
    }
    return true;
}

void SmtpTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(kStopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

core::mail::SmtpSettings SmtpTestServer::settings() const
{
    using Security = core::mail::SmtpSettings::Security;
    core::mail::SmtpSettings settings;
    settings.host = host();
    settings.port = m_port;
    settings.security = m_mode == Mode::Plain      ? Security::None
                        : m_mode == Mode::StartTls ? Security::StartTls
                                                   : Security::Tls;
    settings.caFile = m_caFile;
    if (m_options.requireAuth && m_options.offerAuth) {
        settings.user = m_options.user;
        settings.password = m_options.password;
    }
    settings.timeoutSeconds = 5;
    return settings;
}

QList<SmtpReceivedMessage> SmtpTestServer::messages() const
{
    // The handler renames each .json into place after its .eml, so a listed
    // .json always has its complete message next to it. Names sort in order.
    const QDir spool(spoolDir());
    QList<SmtpReceivedMessage> result;
    const QStringList names = spool.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QJsonObject meta = QJsonDocument::fromJson(readFile(spool.filePath(name))).object();
        SmtpReceivedMessage message;
        message.sequence = meta.value(QLatin1String("sequence")).toInt();
        message.envelopeFrom = meta.value(QLatin1String("mailFrom")).toString();
        message.recipient = meta.value(QLatin1String("recipient")).toString();
        for (const auto& recipient : meta.value(QLatin1String("recipients")).toArray())
            message.recipients << recipient.toString();
        message.connection = meta.value(QLatin1String("connection")).toInt();
        message.tls = meta.value(QLatin1String("tls")).toBool();
        message.authenticated = meta.value(QLatin1String("authenticated")).toBool();
        message.emlPath = spool.filePath(meta.value(QLatin1String("eml")).toString());
        message.data = readFile(message.emlPath);
        result << message;
    }
    return result;
}

bool SmtpTestServer::waitForMessages(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (messages().size() < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

int SmtpTestServer::connectionCount() const
{
    const QByteArray log = readFile(QDir(spoolDir()).filePath(QStringLiteral("connections.log")));
    return static_cast<int>(log.count('\n'));
}

} // namespace rapport::testing
