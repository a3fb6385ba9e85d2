#pragma once

#include "common/Clock.h"
#include "customize/ReminderScheduler.h"
#include "domain/Activity.h"

#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace rapport::ui {

class Session;

// Shows activity reminders when they fall due. One single-shot timer is armed
// to the next reminder (core::ReminderScheduler::nextReminderAt), re-armed
// after every write to activities, so nothing polls the database every few
// seconds. A due reminder shows as a desktop notification when a system tray
// exists, else as a small non-modal window. Each fires once, also across
// restarts (the scheduler marks it in the file).
class ReminderNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ReminderNotifier(Session* session, const core::Clock& clock = core::Clock::system(),
                              QObject* parent = nullptr);
    ~ReminderNotifier() override;

    // Checks now and arms the timer (call once the window is up).
    void start();
    // Whether due reminders are shown (tests turn this off and read the signal).
    void setShowNotifications(bool show) { m_show = show; }
    // The longest wait between two checks: the timer wakes at least this often
    // so a suspended laptop or a clock change cannot delay a reminder for long.
    void setMaximumWaitMs(int ms) { m_maxWaitMs = ms; }
    // When the timer fires next (invalid when it is not armed).
    QDateTime armedFor() const { return m_armedFor; }

Q_SIGNALS:
    void reminderDue(const rapport::core::Activity& activity);

private:
    void check();
    void rearm();
    void notify(const core::Activity& activity);

    Session* m_session;
    core::ReminderScheduler m_scheduler;
    QTimer* m_timer;
    QTimer* m_rearmTimer;
    QSystemTrayIcon* m_tray = nullptr;
    QDateTime m_armedFor;
    bool m_show = true;
    int m_maxWaitMs = 15 * 60 * 1000;
};

} // namespace rapport::ui
