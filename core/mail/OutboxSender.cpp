#include "mail/OutboxSender.h"

#include "mail/CampaignQueue.h"
#include "storage/OutboxRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLockFile>
#include <QThread>

#include <algorithm>

namespace rapport::core::mail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mail::OutboxSender)
};

void sleepUnlessCancelled(int milliseconds, const Progress& progress)
{
    constexpr int kStep = 100;
    for (int waited = 0; waited < milliseconds && !progress.isCancelled(); waited += kStep)
        QThread::msleep(static_cast<unsigned long>(std::min(kStep, milliseconds - waited)));
}

MailMessage messageOf(const OutboxRow& row, const QDateTime& date)
{
    MailMessage m;
    m.from = row.from;
    m.to = Mailbox{row.toName, row.toAddress};
    m.subject = row.subject;
    m.html = row.html;
    m.text = row.text;
    m.messageId = row.messageId;
    m.date = date;
    m.listUnsubscribe =
        QLatin1Char('<')
        + unsubscribeMailto(MailIdentity{row.from.name, row.from.address, {}}, row.unsubscribeToken)
        + QLatin1Char('>');
    return m;
}

// Once a message has been handed to the server, what happened must be
// written down: a database held by another writer (a big campaign being
// queued, a second Rapport) is waited for, up to ten minutes and whatever the
// user pressed. Only after that does the row stay 'sending', to come back as
// 'uncertain' next time instead of 'sent'.
Status recordPatiently(const std::function<Status()>& write)
{
    const QDeadlineTimer deadline(std::chrono::minutes(10));
    for (;;) {
        Status s = write();
        if (s || s.error().code != Error::Code::Locked || deadline.hasExpired())
            return s;
        QThread::msleep(500);
    }
}

QString replyOrDetail(const SmtpOutcome& outcome)
{
    return outcome.serverReply.isEmpty() ? outcome.detail : outcome.serverReply;
}

} // namespace

OutboxSender::OutboxSender(QSqlDatabase db, SmtpSettings smtp, SendPace pace, const Clock& clock)
    : m_db(std::move(db))
    , m_smtp(std::move(smtp))
    , m_pace(pace)
    , m_clock(&clock)
    , m_wait(sleepUnlessCancelled)
{}

void OutboxSender::setWaiter(std::function<void(int, const Progress&)> waiter)
{
    m_wait = std::move(waiter);
}

Result<SendReport> OutboxSender::sendDue(Progress& progress, int limit)
{
    // One sender per database: the lock file lives beside it and names our
    // process, so a sender that was killed does not block the next one.
    QLockFile lock(m_db.databaseName() + QStringLiteral(".outbox-lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return Error::make(Error::Code::Locked,
                           Text::tr("Another Rapport is sending this outbox; try again when it "
                                    "has finished."));
    // 'sending' must be on disk before the message leaves, even if the power
    // fails: WAL's NORMAL only survives a killed process. A few fsyncs per
    // message cost nothing next to an SMTP round trip.
    if (Status s = sql::execOnce(m_db, QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return s.error();
    OutboxRepository outbox(m_db, nullptr, *m_clock);
    SendReport report;
    auto recovered = outbox.recoverInterrupted();
    if (!recovered)
        return recovered.error();
    report.uncertain = *recovered;

    auto counts = outbox.counts();
    if (!counts)
        return counts.error();
    const int total = limit >= 0 ? std::min(limit, counts->value(OutboxStatus::Queued))
                                 : counts->value(OutboxStatus::Queued);
    const int interval = 60000 / std::max(1, m_pace.messagesPerMinute);
    SmtpTransport transport(m_smtp);
    int handled = 0;
    while (limit < 0 || handled < limit) {
        if (progress.isCancelled())
            break;
        auto next = outbox.nextDue();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        const OutboxRow row = **next;
        progress.report(handled, total, Text::tr("Sending to %1").arg(row.toAddress));
        auto claimed = outbox.claim(row.id);
        if (!claimed)
            return claimed.error();
        if (*claimed == ClaimOutcome::Excluded) {
            ++report.skipped;
            ++handled;
            continue;
        }
        if (*claimed == ClaimOutcome::NotDue)
            continue;
        ++handled;

        auto mime = buildMime(messageOf(row, m_clock->nowUtc().toLocalTime()));
        if (!mime) {
            if (Status s = outbox.markFailed(row.id, 0, mime.error().message); !s)
                return s.error();
            ++report.failed;
            continue;
        }
        const SmtpOutcome outcome = transport.send(row.from.address, row.toAddress, *mime);
        Status recorded;
        switch (outcome.kind) {
        case SmtpOutcome::Kind::Sent:
            recorded =
                recordPatiently([&] { return outbox.markSent(row.id, outcome.serverReply); });
            ++report.sent;
            break;
        case SmtpOutcome::Kind::Temporary:
            if (row.attempts + 1 >= m_pace.maxAttempts) {
                recorded = recordPatiently([&] {
                    return outbox.markFailed(row.id, outcome.smtpCode, replyOrDetail(outcome));
                });
                ++report.failed;
            } else {
                // 5, 10, 20, 40… minutes after each temporary failure.
                const qint64 minutes = qint64(m_pace.firstRetryMinutes)
                                       << std::min(row.attempts, 10);
                const QString retryAt = toTimestamp(m_clock->nowUtc().addSecs(minutes * 60));
                recorded = recordPatiently([&] {
                    return outbox.markRetry(row.id, retryAt, outcome.smtpCode,
                                            replyOrDetail(outcome));
                });
                ++report.retryLater;
            }
            break;
        case SmtpOutcome::Kind::Permanent:
            recorded = recordPatiently([&] {
                return outbox.markFailed(row.id, outcome.smtpCode, replyOrDetail(outcome));
            });
            ++report.failed;
            break;
        case SmtpOutcome::Kind::Uncertain:
            recorded = recordPatiently(
                [&] { return outbox.markUncertain(row.id, replyOrDetail(outcome)); });
            ++report.uncertain;
            break;
        case SmtpOutcome::Kind::Offline:
        case SmtpOutcome::Kind::Settings:
            // Nothing left this machine: the row waits, its attempt not counted.
            if (Status s =
                    recordPatiently([&] { return outbox.release(row.id, replyOrDetail(outcome)); });
                !s)
                return s.error();
            if (outcome.kind == SmtpOutcome::Kind::Offline) {
                report.offline = true;
                report.stopReason = Text::tr("The mail server cannot be reached (%1); the "
                                             "messages wait in the outbox.")
                                        .arg(replyOrDetail(outcome));
            } else {
                report.settingsProblem = true;
                report.stopReason = Text::tr("The mail server refused the settings: %1")
                                        .arg(replyOrDetail(outcome));
            }
            return report;
        }
        if (!recorded)
            return recorded.error();
        if (interval > 0 && (limit < 0 || handled < limit))
            m_wait(interval, progress);
    }
    progress.report(handled, std::max(total, handled), Text::tr("Sending"));
    return report;
}

SmtpOutcome sendTestMessage(SmtpTransport& transport, const MailIdentity& sender,
                            const CompiledTemplate& compiled, const Recipient& recipient,
                            const QString& toAddress)
{
    const QString token = QStringLiteral("TEST");
    const RenderedMail rendered = renderFor(compiled, recipient, sender, token);
    MailMessage m;
    m.from = Mailbox{sender.fromName, sender.fromAddress};
    m.to = Mailbox{QString(), toAddress.trimmed()};
    m.subject = Text::tr("[Test] %1").arg(rendered.subject);
    m.html = rendered.html;
    m.text = rendered.text;
    m.messageId = newMessageId(sender.fromAddress);
    m.date = QDateTime::currentDateTime();
    m.listUnsubscribe = QLatin1Char('<') + unsubscribeMailto(sender, token) + QLatin1Char('>');
    auto mime = buildMime(m);
    if (!mime) {
        SmtpOutcome outcome;
        outcome.kind = SmtpOutcome::Kind::Permanent;
        outcome.detail = mime.error().message;
        return outcome;
    }
    return transport.send(sender.fromAddress, toAddress.trimmed(), *mime);
}

} // namespace rapport::core::mail
