#pragma once

#include "common/Clock.h"
#include "common/Progress.h"
#include "mail/MailTypes.h"
#include "storage/ChangeHub.h"
#include "storage/RecipientRepository.h"

#include <QSqlDatabase>

namespace rapport::core::mail {

struct QueueRequest
{
    QString campaignName;
    std::optional<RowId> templateId; // the saved template it came from, if any
    MailTemplate body;
    SegmentRef segment;
    bool requireOptIn = false;     // only customers with a recorded opt-in
    bool allowEmptyFields = false; // queue even if some would get an empty field
};

// Why a recipient of the segment gets nothing.
enum class Exclusion { OptedOut, Suppressed, NoAddress, BadAddress, DuplicateAddress, NoOptIn };
QString exclusionKey(Exclusion exclusion);  // "opted_out", ...
QString exclusionName(Exclusion exclusion); // translated

// What a campaign would do, before anything is written.
struct CampaignPlan
{
    QList<Recipient> recipients; // those who would get a message, in segment order
    QHash<Exclusion, int> excluded;
    QList<FieldProblem> problems; // indexes into `recipients`; -1: unknown fields
    int segmentSize = 0;
};

// Resolves the segment, leaves out who must not (or cannot) get mail and
// checks every merge field against every recipient.
Result<CampaignPlan> planCampaign(const QSqlDatabase& db, const QueueRequest& request,
                                  Progress& progress);

// One recipient's message as it will be sent, with the unsubscribe line added
// to both bodies (the List-Unsubscribe header is the sender's).
RenderedMail renderFor(const CompiledTemplate& compiled, const Recipient& recipient,
                       const MailIdentity& sender, const QString& unsubscribeToken);
// "mailto:from?subject=unsubscribe%20TOKEN"
QString unsubscribeMailto(const MailIdentity& sender, const QString& token);

struct QueueReport
{
    RowId campaignId = 0;
    int queued = 0;
    int segmentSize = 0;
    QHash<Exclusion, int> excluded;
};

// Plans the campaign and writes the campaign row and one outbox row per
// recipient in one transaction (cancel = nothing written). Refused (Validation)
// when the template does not compile, the sender identity is not set, nobody
// is left to write to, or some recipient would get an empty field and
// `allowEmptyFields` is off (the message names the field and the first
// recipients).
Result<QueueReport> queueCampaign(const QSqlDatabase& db, const QueueRequest& request,
                                  Progress& progress, ChangeHub* hub = nullptr,
                                  const Clock& clock = Clock::system());

} // namespace rapport::core::mail
