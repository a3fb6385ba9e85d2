#pragma once

#include "common/Clock.h"
#include "common/Progress.h"
#include "mail/MailTypes.h"
#include "mail/SmtpTransport.h"
#include "storage/RecipientRepository.h"

#include <QSqlDatabase>

#include <functional>

namespace rapport::core::mail {

struct SendReport
{
    int sent = 0;
    int failed = 0;               // permanent failures (or out of attempts)
    int skipped = 0;              // opted out or suppressed since queueing
    int retryLater = 0;           // temporary failures, queued again with back-off
    int uncertain = 0;            // left 'sending' by an earlier sender, or cut off mid-reply
    bool offline = false;         // no connection: the rest waits
    bool settingsProblem = false; // authentication/TLS: the rest waits
    QString stopReason;           // why it stopped early (translated), empty otherwise
};

// Delivers the due outbox rows, one at a time, at most once each:
//  1. claim: consent checked again, the row committed as 'sending';
//  2. the message goes to the server;
//  3. the outcome is committed (sent + timeline entry, retry, failed, uncertain).
// A process killed between 1 and 3 leaves a 'sending' row, which the next
// sender turns into 'uncertain' for the user to resolve — never resent by
// itself. One sender per database at a time (a lock file beside it).
class OutboxSender
{
public:
    OutboxSender(QSqlDatabase db, SmtpSettings smtp, SendPace pace,
                 const Clock& clock = Clock::system());

    // Sends what is due now (up to `limit` messages; -1: all). Offline or a
    // settings problem stops early with the row released (not counted as an
    // attempt). Locked when another sender holds the outbox.
    Result<SendReport> sendDue(Progress& progress, int limit = -1);

    // How the sender waits between messages (rate limit); tests replace it.
    // The default sleeps in small steps and returns early on cancel.
    void setWaiter(std::function<void(int milliseconds, const Progress&)> waiter);

private:
    QSqlDatabase m_db;
    SmtpSettings m_smtp;
    SendPace m_pace;
    const Clock* m_clock;
    std::function<void(int, const Progress&)> m_wait;
};

// Sends one rendered message for `recipient` straight to `toAddress` (the
// user's own), subject prefixed "[Test]", without touching the outbox.
SmtpOutcome sendTestMessage(SmtpTransport& transport, const MailIdentity& sender,
                            const CompiledTemplate& compiled, const Recipient& recipient,
                            const QString& toAddress);

} // namespace rapport::core::mail
