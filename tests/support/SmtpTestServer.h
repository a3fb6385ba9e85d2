#pragma once

#include "mail/SmtpTransport.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace rapport::testing {

// One message as the test server stored it: one entry per accepted recipient.
struct SmtpReceivedMessage
{
    int sequence = 0;       // grows in arrival order (shared by its recipients)
    QString envelopeFrom;   // MAIL FROM without angle brackets; "<>" for the null sender
    QString recipient;      // the RCPT this entry is for
    QStringList recipients; // every accepted RCPT of the same transaction
    QByteArray data;        // the DATA exactly as received, dot-unstuffed,
                            // ending with the CRLF before the final "."
    int connection = 0;     // the server's number for the TCP connection (1, 2, …)
    bool tls = false;       // the message came over TLS (STARTTLS or SMTPS)
    bool authenticated = false;
    QString emlPath; // the stored .eml file, for parsers run as a process
};

struct SmtpTestServerOptions
{
    bool requireAuth = false; // refuse mail until the client logs in
    QString user = QStringLiteral("rapport");
    QString password = QStringLiteral("s3cret-pässword");
    int slowDataSeconds = 5; // how long "slowdata*" recipients wait for their 250
    int port = 0;            // 0: a free port picked by the system
    bool offerAuth = true;   // false: no AUTH in the EHLO reply (requireAuth ignored;
                             // in StartTls mode an empty "AUTH" line remains)
};

// A real SMTP server for a test: aiosmtpd (/usr/bin/python3) on 127.0.0.1 with
// our handler tests/support/rapport_smtp_handler.py, which stores each accepted
// message and answers by rule on the recipient's local part:
//   temp*       451 4.3.0 Try again later (at RCPT)
//   perm*       550 5.1.1 No such user (at RCPT)
//   slowdata*   stored, then slowDataSeconds of silence before the 250 to DATA
//   dropdata*   stored, then the connection is cut with no reply to DATA
//   rejectdata* 554 5.6.0 Message rejected (to DATA; not stored)
// In StartTls and Tls modes the server uses a self-signed certificate for
// 127.0.0.1 made for this server alone; trust it through caFile().
// The server is running when the constructor returns (check isRunning()) and
// is stopped by the destructor.
class SmtpTestServer
{
public:
    enum class Mode {
        Plain,    // no TLS at all
        StartTls, // STARTTLS offered and required before MAIL
        Tls,      // TLS from the first byte (SMTPS)
    };
    using Options = SmtpTestServerOptions;

    explicit SmtpTestServer(Mode mode = Mode::Plain, Options options = {});
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;

    bool isRunning() const;
    QString errorMessage() const { return m_error; } // why it did not start
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    Mode mode() const { return m_mode; }
    const Options& options() const { return m_options; }
    QString caFile() const { return m_caFile; } // empty in Plain mode
    QString spoolDir() const;
    QString log() const; // the server's stderr, for failure messages

    // Settings that reach this server (security to match the mode, caFile,
    // user and password when requireAuth, a 5 s timeout).
    core::mail::SmtpSettings settings() const;

    QList<SmtpReceivedMessage> messages() const; // in arrival order
    // Waits (processing events) until at least `count` messages are stored.
    bool waitForMessages(int count, int timeoutMs = 5000) const;
    int connectionCount() const; // TCP connections accepted so far

    // SIGTERM, then waits for the process (done by the destructor too).
    void stop();

private:
    bool makeCertificate();
    bool start();

    Mode m_mode;
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_caFile;
    QString m_keyFile;
    QString m_error;
    int m_port = 0;
};

} // namespace rapport::testing
