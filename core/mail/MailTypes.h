#pragma once

#include "domain/Entities.h"
#include "mail/MailMessage.h"
#include "mail/MailTemplate.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rapport::core::mail {

// A template a user keeps under a name.
struct EmailTemplate
{
    RowId id = 0;
    QString name;
    MailTemplate body;
    QString updatedAt;
};

// Who a campaign goes to: "tag:VIP", "view:Tea lovers", "rfm:champions" (a
// segment key or its English name), "rule:42" (a rule's target list).
struct SegmentRef
{
    enum class Kind { Tag, View, Rfm, Rule };
    Kind kind = Kind::Tag;
    QString name;

    QString toString() const; // "tag:VIP"
    static QString kindKey(Kind kind);
    // "KIND:NAME" with KIND one of tag, view, rfm, rule; the Error says what
    // is wrong ("use tag:NAME, view:NAME, rfm:SEGMENT or rule:ID").
    static Result<SegmentRef> parse(const QString& text);
};

// The sender: the name and address on every message, and the postal address
// the unsubscribe line carries (what anti-spam laws ask of marketing mail).
struct MailIdentity
{
    QString fromName;
    QString fromAddress;
    QString postalAddress;
};

// How the outbox sends: at most this many messages a minute, this many tries
// for a temporary failure, the first retry after `firstRetryMinutes`, doubling.
struct SendPace
{
    int messagesPerMinute = 30;
    int maxAttempts = 5;
    int firstRetryMinutes = 5;
};

enum class OutboxStatus { Queued, Sending, Sent, Failed, Uncertain, Skipped, Cancelled };
QString outboxStatusKey(OutboxStatus status); // "queued", ...
std::optional<OutboxStatus> outboxStatusFromKey(const QString& key);
QString outboxStatusName(OutboxStatus status); // translated, for tables

// One message in the outbox.
struct OutboxRow
{
    RowId id = 0;
    QString uuid;
    RowId campaignId = 0;
    QString campaignName;
    Mailbox from; // the campaign's sender
    std::optional<RowId> customerId;
    QString toName;
    QString toAddress;
    QString subject;
    QString html;
    QString text;
    QString messageId;
    QString unsubscribeToken;
    OutboxStatus status = OutboxStatus::Queued;
    int attempts = 0;
    QString nextAttemptAt;
    int smtpCode = 0;
    QString lastError;
    QString queuedAt;
    QString sentAt;
};

// A consent event: an opt-in with its date, source and wording, or an opt-out.
struct ConsentEvent
{
    enum class Kind { OptIn, OptOut };
    RowId id = 0;
    RowId customerId = 0;
    Kind kind = Kind::OptIn;
    QDate date;
    QString source;  // "web form", "shop counter", "reply to campaign 'Spring'"
    QString wording; // what the customer agreed to, word for word
};

} // namespace rapport::core::mail
