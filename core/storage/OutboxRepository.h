#pragma once

#include "mail/MailTypes.h"
#include "storage/Repository.h"
#include "storage/TableQuery.h"

#include <QHash>

namespace rapport::core {

// A campaign as it is queued: its name, the template as written, the segment
// and the sender, and how many recipients were left out for which reason.
struct CampaignRecord
{
    QString name;
    std::optional<RowId> templateId;
    mail::MailTemplate body;
    QString segmentKind; // tag, view, rfm, rule or test
    QString segmentName;
    mail::MailIdentity sender;
    QJsonObject excluded; // reason key -> count
};

// One rendered message to queue.
struct QueuedMessage
{
    RowId customerId = 0;
    QString toName;
    QString toAddress;
    QString subject;
    QString html;
    QString text;
    QString messageId;
    QString unsubscribeToken;
};

// What claim() found when it looked at a row again just before sending.
enum class ClaimOutcome {
    Claimed,  // the row is now 'sending' (committed): send it
    Excluded, // opted out or suppressed since it was queued: now 'skipped'
    NotDue,   // no longer queued (cancelled, sent by someone else)
};

// The outbox and campaigns. The sender's writes each commit on their own, so
// a killed process leaves every row in a state that says what happened.
// Writes announce Entity::Outbox (and Entity::Activity for sent mail).
class OutboxRepository : public Repository
{
public:
    using Repository::Repository;

    // --- queueing (inside the caller's transaction) ---
    Result<RowId> insertCampaign(const CampaignRecord& campaign, int queued);
    // Inserts one row; false when the customer already has one in this campaign.
    Result<bool> insertMessage(RowId campaignId, const QueuedMessage& message);

    // --- sending ---
    // Rows left 'sending' by a sender that stopped (only the holder of the
    // outbox lock calls this) become 'uncertain'. Returns how many.
    Result<int> recoverInterrupted();
    // The next queued row whose time has come, oldest first.
    Result<std::optional<mail::OutboxRow>> nextDue() const;
    // Checks consent again (opted out, suppressed) and marks the row 'sending'
    // with one more attempt, in one committed transaction.
    Result<ClaimOutcome> claim(RowId id);
    // The server accepted it: 'sent', and an e-mail activity on the customer's
    // timeline, in one transaction.
    Status markSent(RowId id, const QString& serverReply);
    // A temporary failure: back to 'queued' for `retryAt` (a timestamp).
    Status markRetry(RowId id, const QString& retryAt, int smtpCode, const QString& reply);
    Status markFailed(RowId id, int smtpCode, const QString& reply);
    Status markUncertain(RowId id, const QString& detail);
    // Nothing left the machine (offline, settings wrong): back to 'queued'
    // without counting the attempt.
    Status release(RowId id, const QString& detail);

    // --- the user's decisions ---
    // An uncertain row: it arrived (mark sent, with the timeline entry) or it
    // did not (queue it again). Only uncertain rows.
    Status resolveUncertain(RowId id, bool delivered);
    // Queued or failed rows the user withdraws: 'cancelled'. Returns how many.
    Result<int> cancel(const QList<RowId>& ids);
    // Failed rows queued again now. Returns how many.
    Result<int> retry(const QList<RowId>& ids);

    Result<mail::OutboxRow> get(RowId id) const;
    Result<QHash<mail::OutboxStatus, int>> counts() const;
    Result<QList<mail::OutboxRow>> rows(std::optional<mail::OutboxStatus> status) const;
    // For the GUI's paged table: columns campaign, to, address, subject,
    // status, attempts, next, error, sent; filter "status".
    static TableDef tableDef();
};

} // namespace rapport::core
