#include "mail/CampaignTasks.h"

#include "Session.h"
#include "mail/OutboxSender.h"
#include "storage/Database.h"
#include "widgets/ProgressRunner.h"

#include <optional>

namespace rapport::ui {

namespace {

// Runs `work` with a connection of its own to the session's file (house style
// H6: a connection belongs to the thread that opened it).
template<typename T, typename Work>
core::Result<T> runOnFile(QWidget* parent, Session* session, const QString& title, Work work)
{
    const QString path = session->path();
    std::optional<T> done;
    const core::Status status = ProgressRunner::run(parent, title, [&](core::Progress& progress) {
        core::Database::Options options;
        options.migrate = false; // the GUI's session migrated the file when it opened it
        auto db = core::Database::open(path, options);
        if (!db)
            return core::Status(db.error());
        // No hub here: the hub lives on the GUI thread and is told by the caller.
        core::Result<T> result = work(db->connection(), progress);
        if (!result)
            return core::Status(result.error());
        done = std::move(result).value();
        return core::Status();
    });
    if (!status)
        return status.error();
    return std::move(*done);
}

} // namespace

core::Result<core::mail::CampaignPlan> CampaignTasks::plan(QWidget* parent, Session* session,
                                                           const core::mail::QueueRequest& request)
{
    return runOnFile<core::mail::CampaignPlan>(
        parent, session, tr("Checking recipients…"),
        [&request](const QSqlDatabase& db, core::Progress& progress) {
            return core::mail::planCampaign(db, request, progress);
        });
}

core::Result<core::mail::QueueReport> CampaignTasks::queue(QWidget* parent, Session* session,
                                                           const core::mail::QueueRequest& request)
{
    auto report = runOnFile<core::mail::QueueReport>(
        parent, session, tr("Queueing the campaign…"),
        [&request](const QSqlDatabase& db, core::Progress& progress) {
            return core::mail::queueCampaign(db, request, progress);
        });
    if (report)
        session->hub()->notify(core::Entity::Outbox, report->campaignId);
    return report;
}

core::Result<core::mail::SmtpOutcome>
CampaignTasks::sendTest(QWidget* parent, const core::mail::SmtpSettings& smtp,
                        const core::mail::MailIdentity& sender,
                        const core::mail::CompiledTemplate& compiled,
                        const core::Recipient& recipient, const QString& toAddress)
{
    std::optional<core::mail::SmtpOutcome> outcome;
    const core::Status status =
        ProgressRunner::run(parent, tr("Sending a test message…"), [&](core::Progress&) {
            // libcurl's handle belongs to the thread that uses it: made here.
            core::mail::SmtpTransport transport(smtp);
            outcome =
                core::mail::sendTestMessage(transport, sender, compiled, recipient, toAddress);
            return core::Status();
        });
    if (!status)
        return status.error();
    return *outcome;
}

} // namespace rapport::ui
