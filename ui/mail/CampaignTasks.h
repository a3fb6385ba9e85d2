#pragma once

#include "common/Result.h"
#include "mail/CampaignQueue.h"
#include "mail/SmtpTransport.h"

#include <QCoreApplication>

class QWidget;

namespace rapport::ui {

class Session;

// The campaign page's long work, each on a worker thread behind a progress
// dialog with Cancel (ProgressRunner), the database ones with the worker's own
// connection to the session's file. What they write is announced on the
// session's ChangeHub afterwards, from the GUI thread.
class CampaignTasks
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::CampaignTasks)
public:
    // core::mail::planCampaign: who would get the message, who is left out
    // and why, who would get an empty field. Cancelled when the user cancelled.
    static core::Result<core::mail::CampaignPlan> plan(QWidget* parent, Session* session,
                                                       const core::mail::QueueRequest& request);

    // core::mail::queueCampaign, then Entity::Outbox announced with the new
    // campaign's id. Cancelled: nothing was written.
    static core::Result<core::mail::QueueReport> queue(QWidget* parent, Session* session,
                                                       const core::mail::QueueRequest& request);

    // core::mail::sendTestMessage over a transport made from `smtp` (password
    // included) on the worker. The outcome says what the server answered.
    static core::Result<core::mail::SmtpOutcome>
    sendTest(QWidget* parent, const core::mail::SmtpSettings& smtp,
             const core::mail::MailIdentity& sender, const core::mail::CompiledTemplate& compiled,
             const core::Recipient& recipient, const QString& toAddress);
};

} // namespace rapport::ui
