#pragma once

#include "common/Result.h"
#include "mail/OutboxSender.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QWidget;

namespace rapport::ui {

class SharedProgress;

class Session;

// Delivers the due outbox rows (core::mail::OutboxSender::sendDue) on a worker
// thread with the worker's own connection to the session's file, so the
// window keeps painting however slow the server is. Two ways to run:
//  - runModal(): "Send Now", a progress dialog with Cancel (ProgressRunner);
//  - start(): the quiet background send, which reports through progressed()
//    and finished() for an inline progress bar.
// Cancel means "stop after the current message": a message handed to the
// server is always recorded. Never two sends at once from one task (and
// OutboxSender's lock file keeps other processes out). The settings and the
// password are read on the GUI thread (the keychain may prompt) before the
// worker starts. When a send ends the session's ChangeHub hears Entity::Outbox
// (and Entity::Activity for delivered mail) from the GUI thread.
class OutboxSendTask : public QObject
{
    Q_OBJECT
public:
    explicit OutboxSendTask(Session* session, QObject* parent = nullptr);
    // Cancels a running send and waits for the message in hand.
    ~OutboxSendTask() override;

    bool isRunning() const { return m_running; }

    // Send Now: blocks in a modal progress dialog over `parent`. Returns the
    // report (Error::Code::Cancelled never: a cancelled send reports what it did).
    core::Result<core::mail::SendReport> runModal(QWidget* parent);
    // Starts a quiet send; false (and nothing started) when one is running or
    // the settings are incomplete (lastResult() says why).
    bool start();
    // Stops after the current message.
    void cancel();
    // Stops after the current message and waits for it to be recorded (before
    // the database under the send is replaced).
    void stopAndWait();

    // The outcome of the last send, if any.
    const std::optional<core::Result<core::mail::SendReport>>& lastResult() const
    {
        return m_lastResult;
    }

    // Reads the server settings, the pace and the password for a send.
    struct Job
    {
        core::mail::SmtpSettings smtp;
        core::mail::SendPace pace;
        QString path;
    };
    static core::Result<Job> prepare(Session* session);

    // The status line after a send: "Sent 12, failed 1 and 3 wait for a
    // retry", or "Offline — 40 messages wait; …". `waiting` is how many rows
    // are queued now; `background` whether Rapport retries by itself.
    static QString describe(const core::Result<core::mail::SendReport>& result, int waiting,
                            bool background);

Q_SIGNALS:
    void runningChanged(bool running);
    // While a quiet send runs: messages done of total, and the core's stage text.
    void progressed(qint64 done, qint64 total, const QString& stage);
    // A send (either way) ended; lastResult() holds its outcome.
    void finished();

private:
    void setRunning(bool running);
    void conclude(const core::Result<core::mail::SendReport>& result);
    static core::Status work(const Job& job, core::Progress& progress,
                             core::mail::SendReport& report);

    Session* m_session;
    bool m_running = false;
    std::shared_ptr<SharedProgress> m_progress;
    // The worker writes the report here; the watcher carries only the status.
    std::shared_ptr<core::mail::SendReport> m_report;
    QFutureWatcher<core::Status> m_watcher;
    QTimer m_poll;
    std::optional<core::Result<core::mail::SendReport>> m_lastResult;
};

} // namespace rapport::ui
