#include "mail/OutboxSendTask.h"

#include "widgets/SharedProgress.h"

#include "Session.h"
#include "mail/SecretStore.h"
#include "storage/Database.h"
#include "storage/MailSettingsRepository.h"
#include "widgets/ProgressRunner.h"

#include <QLocale>
#include <QMutex>
#include <QtConcurrent>

#include <atomic>

namespace rapport::ui {

namespace {
constexpr int kPollMs = 200;
} // namespace

OutboxSendTask::OutboxSendTask(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            Q_EMIT progressed(m_progress->done(), m_progress->total(), m_progress->stage());
    });
    connect(&m_watcher, &QFutureWatcher<core::Status>::finished, this, [this] {
        m_poll.stop();
        const core::Status status = m_watcher.result();
        if (status)
            conclude(*m_report);
        else
            conclude(status.error());
    });
}

OutboxSendTask::~OutboxSendTask()
{
    // The worker uses the shared progress and report (kept alive by their
    // shared pointers) and its own connection; waiting lets the message in
    // hand be recorded before the session closes the file.
    stopAndWait();
}

void OutboxSendTask::stopAndWait()
{
    cancel();
    m_watcher.waitForFinished();
}

core::Result<OutboxSendTask::Job> OutboxSendTask::prepare(Session* session)
{
    core::MailSettingsRepository repository(session->connection());
    auto smtp = repository.smtp();
    if (!smtp)
        return smtp.error();
    auto pace = repository.pace();
    if (!pace)
        return pace.error();
    if (smtp->host.isEmpty())
        return core::Error::make(core::Error::Code::Validation,
                                 tr("No mail server is set up yet: open Tools › E-mail "
                                    "Settings…"));
    if (!smtp->user.isEmpty()) {
        auto password = SecretStore::smtpPassword(*smtp);
        if (!password) {
            if (password.error().code == core::Error::Code::NotFound)
                return core::Error::make(core::Error::Code::Validation,
                                         tr("No password for the mail server: enter it in "
                                            "Tools › E-mail Settings…"));
            return core::Error::make(
                core::Error::Code::Validation,
                tr("%1 Enter the mail server's password in Tools › E-mail Settings…; it is "
                   "kept until Rapport closes.")
                    .arg(password.error().message));
        }
        smtp->password = *password;
    }
    return Job{std::move(smtp).value(), *pace, session->path()};
}

core::Status OutboxSendTask::work(const Job& job, core::Progress& progress,
                                  core::mail::SendReport& report)
{
    core::Database::Options options;
    options.migrate = false; // the GUI's session migrated the file when it opened it
    auto db = core::Database::open(job.path, options);
    if (!db)
        return db.error();
    // No hub here: the hub lives on the GUI thread and is told in conclude().
    core::mail::OutboxSender sender(db->connection(), job.smtp, job.pace);
    auto sent = sender.sendDue(progress);
    if (!sent)
        return sent.error();
    report = *sent;
    return {};
}

core::Result<core::mail::SendReport> OutboxSendTask::runModal(QWidget* parent)
{
    if (m_running)
        return core::Error::make(core::Error::Code::Locked,
                                 tr("The outbox is being sent already."));
    auto job = prepare(m_session);
    if (!job) {
        conclude(job.error());
        return job.error();
    }
    setRunning(true);
    core::mail::SendReport report;
    const core::Status status =
        ProgressRunner::run(parent, tr("Sending e-mail…"),
                            [&](core::Progress& progress) { return work(*job, progress, report); });
    if (!status) {
        conclude(status.error());
        return status.error();
    }
    conclude(report);
    return report;
}

bool OutboxSendTask::start()
{
    if (m_running)
        return false;
    auto job = prepare(m_session);
    if (!job) {
        conclude(job.error());
        return false;
    }
    setRunning(true);
    m_progress = std::make_shared<SharedProgress>();
    m_report = std::make_shared<core::mail::SendReport>();
    m_watcher.setFuture(
        QtConcurrent::run([job = std::move(job).value(), progress = m_progress, report = m_report] {
            return work(job, *progress, *report);
        }));
    m_poll.start();
    return true;
}

QString OutboxSendTask::describe(const core::Result<core::mail::SendReport>& result, int waiting,
                                 bool background)
{
    if (!result) {
        if (result.error().code == core::Error::Code::Cancelled)
            return tr("Sending stopped; %n message(s) wait in the outbox.", nullptr, waiting);
        return result.error().message;
    }
    const core::mail::SendReport& report = *result;
    QStringList parts;
    if (report.sent > 0)
        parts << tr("Sent %n", nullptr, report.sent);
    if (report.failed > 0)
        parts << tr("failed %n", nullptr, report.failed);
    if (report.retryLater > 0)
        parts << tr("%n wait(s) for a retry", nullptr, report.retryLater);
    if (report.skipped > 0)
        parts << tr("%n skipped (opted out or suppressed)", nullptr, report.skipped);
    if (report.uncertain > 0)
        parts << tr("%n uncertain: please check", nullptr, report.uncertain);
    QString done = QLocale().createSeparatedList(parts);
    if (!done.isEmpty())
        done[0] = done[0].toUpper();

    QString stop;
    if (report.offline) {
        stop = background
                   ? tr("Offline — %n message(s) wait; Rapport tries again every minute.", nullptr,
                        waiting)
                   : tr("Offline — %n message(s) wait; send again when you are online, or turn "
                        "on sending in the background.",
                        nullptr, waiting);
    } else if (report.settingsProblem) {
        stop = tr("The mail server refused the settings (%1): check Tools › E-mail Settings…")
                   .arg(report.stopReason);
    } else if (!report.stopReason.isEmpty()) {
        stop = report.stopReason;
    }
    if (done.isEmpty() && stop.isEmpty())
        return waiting > 0 ? tr("Nothing is due now; %n message(s) wait for a later retry.",
                                nullptr, waiting)
                           : tr("Nothing to send.");
    if (done.isEmpty())
        return stop;
    if (stop.isEmpty())
        return done + QLatin1Char('.');
    return tr("%1. %2").arg(done, stop);
}

void OutboxSendTask::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

void OutboxSendTask::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void OutboxSendTask::conclude(const core::Result<core::mail::SendReport>& result)
{
    m_lastResult = result;
    const bool wasRunning = m_running;
    setRunning(false);
    if (wasRunning) {
        m_session->hub()->notify(core::Entity::Outbox);
        if (result && result->sent > 0)
            m_session->hub()->notify(core::Entity::Activity); // the customers' timelines
    }
    Q_EMIT finished();
}

} // namespace rapport::ui
