#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace rapport::core::mail {

// How to reach the user's mail server. The password is never stored by core:
// the GUI reads it from the system keychain, the CLI from the environment.
struct SmtpSettings
{
    enum class Security {
        StartTls, // smtp://host:587, STARTTLS required (the default)
        Tls,      // smtps://host:465, TLS from the first byte
        None,     // smtp:// without encryption: only for a server on loopback
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no authentication
    QString password;
    QString caFile;          // extra CA certificates (PEM) to trust, e.g. a test server's
    int timeoutSeconds = 30; // connecting and each reply

    // "smtp://host:port" or "smtps://host:port" as libcurl takes it.
    QString url() const;
    // Parses "smtp://host[:port]" (StartTls; "smtp+plain://" for None) or
    // "smtps://host[:port]" (Tls); false for anything else.
    static bool fromUrl(const QString& url, SmtpSettings& settings);
};

// What happened to one message (or a connection test).
struct SmtpOutcome
{
    enum class Kind {
        Sent,      // the server accepted the message (250 after the data)
        Temporary, // the server answered 4xx: try again later
        Permanent, // the server answered 5xx to the sender, recipient or data
        Offline,   // no connection (resolve, connect, timeout before any data
                   // was sent): nothing left this machine; wait and retry
        Settings,  // the settings are wrong (authentication refused, TLS
                   // certificate not trusted, STARTTLS not offered): stop
        Uncertain, // the connection failed after the whole message was handed
                   // to the server and before its reply: it may have arrived
    };
    Kind kind = Kind::Offline;
    int smtpCode = 0;    // the server's last reply code, 0 if there was none
    QString serverReply; // the server's last reply line(s), e.g. "550 5.1.1 No such user"
    QString detail;      // libcurl's error text, for the log

    bool sent() const { return kind == Kind::Sent; }
};

// Sends messages over one SMTP connection kept open between messages (libcurl
// easy handle). Not thread-safe: one transport per thread. libcurl's global
// initialisation happens once per process on first use.
class SmtpTransport
{
public:
    explicit SmtpTransport(SmtpSettings settings);
    ~SmtpTransport();
    SmtpTransport(const SmtpTransport&) = delete;
    SmtpTransport& operator=(const SmtpTransport&) = delete;

    // MAIL FROM:<envelopeFrom>, RCPT TO:<recipient>, DATA `mime` (CRLF lines;
    // the transport does the dot-stuffing that SMTP needs).
    SmtpOutcome send(const QString& envelopeFrom, const QString& recipient, const QByteArray& mime);
    // Connects, says EHLO, does STARTTLS/TLS and logs in as configured, then
    // quits: Sent when all of that worked.
    SmtpOutcome testConnection();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace rapport::core::mail
