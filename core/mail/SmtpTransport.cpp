#include "mail/SmtpTransport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <curl/curl.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>

namespace rapport::core::mail {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mail::SmtpTransport)
};

constexpr int kStartTlsPort = 587;
constexpr int kTlsPort = 465;
constexpr int kPlainPort = 25;

void initCurlOnce()
{
    // curl_global_init is not thread-safe and must run before any other libcurl
    // call; the first transport in the process does it. It is never undone:
    // curl_global_cleanup would race with transports on other threads.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// "localhost", ::1 or 127.x.y.z written as an address ("127.example.com" is a
// name like any other and may point anywhere).
bool isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host == QLatin1String("::1"))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    return parts.size() == 4 && parts.first() == QLatin1String("127")
           && std::all_of(parts.cbegin(), parts.cend(), [](const QString& part) {
                  bool ok = false;
                  const int value = part.toInt(&ok);
                  return ok && value >= 0 && value <= 255;
              });
}

// An address goes verbatim into "MAIL FROM:<...>" / "RCPT TO:<...>": anything
// that could end the command or the angle brackets would let a caller inject
// SMTP commands.
bool isSafeAddress(const QString& address)
{
    return std::none_of(address.cbegin(), address.cend(), [](QChar c) {
        return c == QLatin1Char('<') || c == QLatin1Char('>') || c.isSpace() || c.unicode() < 0x20
               || c.unicode() == 0x7f;
    });
}

// The SMTP verbs libcurl sends; any other line it sends is a SASL continuation,
// which belongs to the AUTH before it.
bool isVerb(const QByteArray& word)
{
    static const std::array<QByteArray, 10> kVerbs{
        QByteArrayLiteral("EHLO"), QByteArrayLiteral("HELO"), QByteArrayLiteral("STARTTLS"),
        QByteArrayLiteral("AUTH"), QByteArrayLiteral("MAIL"), QByteArrayLiteral("RCPT"),
        QByteArrayLiteral("DATA"), QByteArrayLiteral("QUIT"), QByteArrayLiteral("NOOP"),
        QByteArrayLiteral("RSET")};
    return std::find(kVerbs.cbegin(), kVerbs.cend(), word) != kVerbs.cend();
}

bool isTlsFailure(CURLcode code)
{
    switch (code) {
    case CURLE_USE_SSL_FAILED: // STARTTLS not offered or refused
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
        return true;
    default:
        return false;
    }
}

// Replies that say our credentials or our security settings are wrong,
// whichever command they answer: authentication required (530), mechanism too
// weak (534), credentials invalid (535), encryption required for AUTH (538).
bool isSettingsReply(long code)
{
    return code == 530 || code == 534 || code == 535 || code == 538;
}

// What the debug callback saw of one SMTP dialogue (one curl_easy_perform).
struct Dialogue
{
    QByteArray pendingReply;     // lines of a multi-line reply received so far
    QByteArray lastReply;        // the last complete reply, lines joined by '\n'
    QByteArray lastCommand;      // the verb of the last command we sent
    QByteArray repliedCommand;   // the verb lastReply answers
    bool bodyDelivered = false;  // the read callback handed over the last byte
    bool replyAfterBody = false; // a complete reply arrived after that
    bool authOffered = false;    // the last EHLO reply listed AUTH
    bool anyReply = false;       // the server said anything at all

    void commandLine(const QByteArray& line)
    {
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).trimmed().toUpper();
        if (!isVerb(verb))
            return; // a SASL continuation: never keep it, it carries the password
        lastCommand = verb;
        if (verb == "EHLO")
            authOffered = false;
    }

    void replyLine(const QByteArray& line)
    {
        anyReply = true;
        // libcurl says QUIT after a refused command; "221 Bye" must not hide
        // the refusal.
        if (lastCommand == "QUIT")
            return;
        if (lastCommand == "EHLO") {
            // "250-AUTH" with no mechanism after it offers nothing.
            const QByteArray keyword = line.mid(4).trimmed().toUpper();
            if (keyword.startsWith("AUTH ") || keyword.startsWith("AUTH="))
                authOffered = true;
        }
        if (line.size() >= 4 && line.at(3) == '-') {
            pendingReply += line + '\n';
            return;
        }
        lastReply = pendingReply + line;
        repliedCommand = lastCommand;
        pendingReply.clear();
        if (bodyDelivered)
            replyAfterBody = true;
    }
};

void forEachLine(const char* data, size_t size, void (Dialogue::*handle)(const QByteArray&),
                 Dialogue& dialogue)
{
    const QByteArray text(data, static_cast<qsizetype>(size));
    for (const QByteArray& raw : text.split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (!line.isEmpty())
            (dialogue.*handle)(line);
    }
}

int debugCallback(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    auto& dialogue = *static_cast<Dialogue*>(user);
    if (type == CURLINFO_HEADER_IN)
        forEachLine(data, size, &Dialogue::replyLine, dialogue);
    else if (type == CURLINFO_HEADER_OUT)
        forEachLine(data, size, &Dialogue::commandLine, dialogue);
    return 0;
}

size_t discardCallback(char*, size_t size, size_t count, void*)
{
    return size * count;
}

struct CurlDeleter
{
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;

struct SlistDeleter
{
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

// libcurl keeps a connection for the next message even after some failures:
// 7.88 leaves it open when the reply to the data times out, and the late reply
// would then be read as the answer to the next message's MAIL FROM. Shutting
// the socket down (libcurl still owns and closes it) makes libcurl see the
// connection as dead, drop it without a QUIT, and open a new one next time.
void dropKeptConnection(CURL* handle)
{
    curl_socket_t socket = CURL_SOCKET_BAD;
    if (curl_easy_getinfo(handle, CURLINFO_ACTIVESOCKET, &socket) == CURLE_OK
        && socket != CURL_SOCKET_BAD)
        ::shutdown(socket, SHUT_RDWR);
}

long longOption(int value)
{
    return static_cast<long>(value);
}

} // namespace

QString SmtpSettings::url() const
{
    QUrl url;
    url.setScheme(security == Security::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp"));
    url.setHost(host);
    url.setPort(port);
    return url.toString(QUrl::FullyEncoded);
}

bool SmtpSettings::fromUrl(const QString& text, SmtpSettings& settings)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return false;
    // A password in a URL ends up in shell history and settings files.
    if (!url.password().isEmpty())
        return false;
    Security security = Security::StartTls;
    int defaultPort = kStartTlsPort;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("smtps")) {
        security = Security::Tls;
        defaultPort = kTlsPort;
    } else if (scheme == QLatin1String("smtp+plain")) {
        security = Security::None;
        defaultPort = kPlainPort;
    } else if (scheme != QLatin1String("smtp")) {
        return false;
    }
    const int port = url.port(defaultPort);
    if (port < 1 || port > 65535)
        return false;
    settings.host = url.host();
    settings.port = port;
    settings.security = security;
    if (!url.userName().isEmpty())
        settings.user = url.userName(QUrl::FullyDecoded);
    return true;
}

struct SmtpTransport::Impl
{
    SmtpSettings settings;
    CurlHandle curl;
    Dialogue dialogue;
    QByteArray body;
    qsizetype offset = 0;
    std::array<char, CURL_ERROR_SIZE> errorBuffer{};

    static size_t readCallback(char* buffer, size_t size, size_t count, void* user)
    {
        auto& self = *static_cast<Impl*>(user);
        const qsizetype room = static_cast<qsizetype>(size * count);
        const qsizetype chunk = std::min(room, self.body.size() - self.offset);
        std::memcpy(buffer, self.body.constData() + self.offset, static_cast<size_t>(chunk));
        self.offset += chunk;
        // From here on the server may hold the whole message: a failure before
        // its reply means "maybe delivered", never "retry".
        if (self.offset == self.body.size())
            self.dialogue.bodyDelivered = true;
        return static_cast<size_t>(chunk);
    }

    // Options shared by sending and testing: `handle` is either one.
    void configure(CURL* handle)
    {
        const QByteArray url = settings.url().toUtf8();
        curl_easy_setopt(handle, CURLOPT_URL, url.constData());
        curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
        curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(handle, CURLOPT_USE_SSL,
                         settings.security == SmtpSettings::Security::StartTls
                             ? static_cast<long>(CURLUSESSL_ALL)
                             : static_cast<long>(CURLUSESSL_NONE));
        // Always verify: a mail server that cannot prove who it is gets neither
        // the password nor the customers' addresses. There is no switch to
        // turn this off; a private CA goes into caFile instead.
        curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!settings.caFile.isEmpty()) {
            // Replaces the default bundle file; Debian's libcurl still searches
            // its CA directory (/etc/ssl/certs), so public CAs stay trusted.
            const QByteArray caFile = settings.caFile.toLocal8Bit();
            curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
        }
        if (!settings.user.isEmpty()) {
            const QByteArray user = settings.user.toUtf8();
            const QByteArray password = settings.password.toUtf8();
            curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
            curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
        }
        const long timeout = longOption(std::max(1, settings.timeoutSeconds));
        curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, timeout);
        curl_easy_setopt(handle, CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
        curl_easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, timeout);
        curl_easy_setopt(handle, CURLOPT_TCP_KEEPALIVE, 1L);
        curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &discardCallback);
        // The debug callback is libcurl's only view of the raw replies; it
        // runs only with VERBOSE on, and then replaces libcurl's stderr output.
        curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);
        curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, &debugCallback);
        curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &dialogue);
        curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer.data());
    }

    SmtpOutcome perform(CURL* handle)
    {
        dialogue = Dialogue{};
        offset = 0;
        errorBuffer[0] = '\0';
        const CURLcode code = curl_easy_perform(handle);
        long reply = 0;
        curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
        if (code != CURLE_OK)
            dropKeptConnection(handle);
        SmtpOutcome outcome = classify(code, reply);
        outcome.smtpCode = static_cast<int>(reply);
        // On a failure, a 2xx/3xx reply says where the dialogue stopped, not
        // why (e.g. the EHLO list of a server without STARTTLS): leave it out.
        if (code == CURLE_OK || reply >= 400)
            outcome.serverReply = QString::fromUtf8(dialogue.lastReply);
        if (code == CURLE_USE_SSL_FAILED && outcome.detail.isEmpty())
            outcome.detail = Text::tr("the server does not offer STARTTLS: choose TLS (usually "
                                      "port 465) or ask the mail provider which port uses "
                                      "STARTTLS");
        if (code != CURLE_OK && outcome.detail.isEmpty()) {
            outcome.detail = errorBuffer[0] != '\0' ? QString::fromUtf8(errorBuffer.data())
                                                    : QString::fromUtf8(curl_easy_strerror(code));
        }
        return outcome;
    }

    SmtpOutcome classify(CURLcode code, long reply) const
    {
        SmtpOutcome outcome;
        if (code == CURLE_OK)
            outcome.kind = SmtpOutcome::Kind::Sent;
        else if (dialogue.bodyDelivered && !dialogue.replyAfterBody)
            outcome.kind = SmtpOutcome::Kind::Uncertain;
        else if (code == CURLE_LOGIN_DENIED || isTlsFailure(code) || isSettingsReply(reply)
                 || code == CURLE_URL_MALFORMAT || code == CURLE_UNSUPPORTED_PROTOCOL)
            outcome.kind = SmtpOutcome::Kind::Settings;
        else if (reply >= 400 && reply < 500) {
            // A 4xx to this message's envelope or data: try it again later. A
            // 421 or a 4xx to the greeting or EHLO is the server asking us to
            // go away for now: nothing of any message left, so the outbox
            // waits as when offline instead of spending every row's attempts.
            const QByteArray& command = dialogue.repliedCommand;
            const bool aboutMessage =
                reply != 421 && (command == "MAIL" || command == "RCPT" || command == "DATA");
            outcome.kind = aboutMessage ? SmtpOutcome::Kind::Temporary : SmtpOutcome::Kind::Offline;
        } else if (reply >= 500 && reply < 600) {
            // A 5xx to the envelope or the data is about this message; one to
            // the greeting, EHLO, STARTTLS or AUTH is about our setup.
            const QByteArray& command = dialogue.repliedCommand;
            // MAIL FROM names the sender, the same for every message: a 5xx
            // there is about our setup too.
            const bool aboutMessage =
                dialogue.replyAfterBody || command == "RCPT" || command == "DATA";
            outcome.kind =
                aboutMessage ? SmtpOutcome::Kind::Permanent : SmtpOutcome::Kind::Settings;
        } else if (dialogue.replyAfterBody && reply >= 200 && reply < 300) {
            outcome.kind = SmtpOutcome::Kind::Sent; // accepted; libcurl failed after that
        } else {
            // Offline promises that nothing left this machine.
            outcome.kind =
                dialogue.bodyDelivered ? SmtpOutcome::Kind::Uncertain : SmtpOutcome::Kind::Offline;
        }
        return outcome;
    }

    SmtpOutcome refuse(SmtpOutcome::Kind kind, QString detail) const
    {
        SmtpOutcome outcome;
        outcome.kind = kind;
        outcome.detail = std::move(detail);
        return outcome;
    }

    // Checks that do not need the network; an empty result means go ahead.
    std::optional<SmtpOutcome> checkSettings() const
    {
        if (settings.host.isEmpty())
            return refuse(SmtpOutcome::Kind::Settings, Text::tr("No SMTP server is set."));
        if (settings.security == SmtpSettings::Security::None && !isLoopback(settings.host)) {
            return refuse(SmtpOutcome::Kind::Settings,
                          Text::tr("Unencrypted SMTP is only allowed to this computer; "
                                   "choose STARTTLS or TLS for %1.")
                              .arg(settings.host));
        }
        if (!curl)
            return refuse(SmtpOutcome::Kind::Offline, Text::tr("Could not start libcurl."));
        return std::nullopt;
    }
};

SmtpTransport::SmtpTransport(SmtpSettings settings)
    : d(std::make_unique<Impl>())
{
    initCurlOnce();
    d->settings = std::move(settings);
    d->curl.reset(curl_easy_init());
    if (d->curl)
        d->configure(d->curl.get());
}

// Closing the handle sends QUIT on a connection still open from the last send.
SmtpTransport::~SmtpTransport() = default;

SmtpOutcome SmtpTransport::send(const QString& envelopeFrom, const QString& recipient,
                                const QByteArray& mime)
{
    if (auto refused = d->checkSettings())
        return *refused;
    if (!isSafeAddress(envelopeFrom)) {
        return d->refuse(SmtpOutcome::Kind::Settings,
                         Text::tr("The sender address “%1” is not valid.").arg(envelopeFrom));
    }
    if (recipient.isEmpty() || !isSafeAddress(recipient)) {
        return d->refuse(SmtpOutcome::Kind::Permanent,
                         Text::tr("The recipient address “%1” is not valid.").arg(recipient));
    }

    CURL* handle = d->curl.get();
    const QByteArray from = envelopeFrom.toUtf8();
    Slist recipients(curl_slist_append(nullptr, recipient.toUtf8().constData()));
    d->body = mime;
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &Impl::readCallback);
    curl_easy_setopt(handle, CURLOPT_READDATA, d.get());
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(mime.size()));

    SmtpOutcome outcome = d->perform(handle);
    long newConnections = 0;
    curl_easy_getinfo(handle, CURLINFO_NUM_CONNECTS, &newConnections);
    // A connection kept from the last message may have been closed by the
    // server in between without libcurl noticing. If it died before the server
    // said a word and before any of the body left, nothing was delivered:
    // try once more, on a new connection (perform dropped the dead one).
    if (outcome.kind == SmtpOutcome::Kind::Offline && newConnections == 0 && !d->dialogue.anyReply
        && !d->dialogue.bodyDelivered)
        outcome = d->perform(handle);

    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, nullptr);
    d->body.clear();
    return outcome;
}

SmtpOutcome SmtpTransport::testConnection()
{
    if (auto refused = d->checkSettings())
        return *refused;
    // A handle of its own, so the test neither disturbs nor reuses the sending
    // connection; cleaning it up sends QUIT. NOOP after the connect phase
    // (greeting, EHLO, STARTTLS, EHLO, AUTH) is the cheapest command that
    // makes libcurl run all of it; NOBODY keeps the reply out of the output.
    CurlHandle handle(curl_easy_init());
    if (!handle)
        return d->refuse(SmtpOutcome::Kind::Offline, Text::tr("Could not start libcurl."));
    d->configure(handle.get());
    curl_easy_setopt(handle.get(), CURLOPT_CUSTOMREQUEST, "NOOP");
    curl_easy_setopt(handle.get(), CURLOPT_NOBODY, 1L);
    SmtpOutcome outcome = d->perform(handle.get());
    // libcurl skips AUTH silently when the server does not offer it; a test
    // that passed without logging in would hide wrong settings.
    if (outcome.sent() && !d->settings.user.isEmpty() && !d->dialogue.authOffered) {
        outcome.kind = SmtpOutcome::Kind::Settings;
        outcome.detail = Text::tr("The server does not offer authentication, "
                                  "so the user name and password were not checked.");
    }
    return outcome;
}

} // namespace rapport::core::mail
