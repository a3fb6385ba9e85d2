#include "activities/ReminderNotifier.h"

#include "Session.h"
#include "activities/ActivityFormat.h"

#include <QApplication>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>

namespace rapport::ui {

ReminderNotifier::ReminderNotifier(Session* session, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_scheduler(session->connection(), clock, session->hub())
    , m_timer(new QTimer(this))
    , m_rearmTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::check);
    // Writes come in bursts; re-arm once after them.
    m_rearmTimer->setSingleShot(true);
    m_rearmTimer->setInterval(0);
    connect(m_rearmTimer, &QTimer::timeout, this, &ReminderNotifier::rearm);
    connect(session->hub(), &core::ChangeHub::changed, this, [this](core::Entity entity, qint64) {
        if (entity == core::Entity::Activity || entity == core::Entity::Customer)
            m_rearmTimer->start();
    });
}

ReminderNotifier::~ReminderNotifier() = default;

void ReminderNotifier::start()
{
    check();
}

void ReminderNotifier::check()
{
    const auto due = m_scheduler.check();
    if (due) {
        for (const core::Activity& activity : *due)
            notify(activity);
    }
    rearm();
}

void ReminderNotifier::rearm()
{
    m_timer->stop();
    m_armedFor = {};
    const auto next = m_scheduler.nextReminderAt();
    if (!next || !next->isValid())
        return;
    const QDateTime now = m_scheduler.clock().nowUtc();
    const qint64 wait = std::clamp<qint64>(now.msecsTo(*next), 0, m_maxWaitMs);
    m_armedFor = now.addMSecs(wait);
    m_timer->start(int(wait));
}

void ReminderNotifier::notify(const core::Activity& activity)
{
    Q_EMIT reminderDue(activity);
    if (!m_show)
        return;
    const QString title =
        activity.customerName.isEmpty()
            ? ActivityFormat::kindName(activity.kind)
            : tr("%1 – %2").arg(ActivityFormat::kindName(activity.kind), activity.customerName);
    QString text = activity.headline();
    if (activity.dueAt.isValid())
        text += QLatin1Char('\n')
                + tr("Due %1").arg(
                    ActivityFormat::moment(activity.dueAt, m_scheduler.clock().nowUtc()));
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(qApp->windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            m_tray->show();
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 30 * 1000);
        return;
    }
    // No tray (some desktops, offscreen): a small window that does not block work.
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close,
                                QApplication::activeWindow());
    box->setObjectName(QStringLiteral("reminderPopup"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace rapport::ui
