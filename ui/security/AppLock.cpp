#include "security/AppLock.h"

#include "Session.h"
#include "backup/PasswordDialog.h"
#include "security/AppPassword.h"
#include "security/AppPasswordDialog.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace rapport::ui {

AppLock::AppLock(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &AppLock::lockNow);
}

bool AppLock::unlock(Session* session)
{
    core::AppPassword password(session->connection());
    auto set = password.isSet();
    // Fails closed: a setting that cannot be read (a busy file) is not "no password".
    QString problem = set ? QString() : set.error().message;
    if (set && !*set)
        return true;
    while (true) {
        const QString given = PasswordDialog::ask(m_window, PasswordDialog::Purpose::Unlock,
                                                  session->path(), problem);
        if (given.isEmpty())
            return false;
        auto ok = password.matches(given);
        if (ok && *ok)
            return true;
        problem = ok ? tr("That is not the password.") : ok.error().message;
    }
}

void AppLock::setSession(Session* session)
{
    m_session = session;
    qApp->removeEventFilter(this);
    m_idle->stop();
    if (!m_session)
        return;
    core::AppPassword password(m_session->connection());
    auto set = password.isSet();
    auto minutes = password.lockAfterMinutes();
    if (!set || !*set || !minutes || *minutes == 0)
        return;
    m_idle->setInterval(*minutes * 60 * 1000);
    qApp->installEventFilter(this);
    m_idle->start();
}

void AppLock::restartIdleTimer()
{
    if (!m_locked)
        m_idle->start();
}

bool AppLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        restartIdleTimer();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AppLock::lockNow()
{
    if (!m_session || m_locked)
        return;
    // Not while long work runs behind a progress dialog: lock when it is done.
    if (sender() == m_idle && QApplication::activeModalWidget()
        && QApplication::activeModalWidget()->inherits("QProgressDialog")) {
        restartIdleTimer();
        return;
    }
    auto set = core::AppPassword(m_session->connection()).isSet();
    if (set && !*set)
        return;
    m_locked = true;
    // Every window of Rapport goes, not only the main one (the audit log, a
    // dialog left open): nothing shows until the password is given.
    QList<QPointer<QWidget>> hidden;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->isVisible()) {
            hidden << window;
            window->hide();
        }
    }
    const bool unlocked = unlock(m_session);
    m_locked = false;
    if (!unlocked) {
        Q_EMIT quitRequested();
        return;
    }
    for (const QPointer<QWidget>& window : std::as_const(hidden)) {
        if (window)
            window->show();
    }
    restartIdleTimer();
}

void AppLock::showSettings()
{
    if (!m_session)
        return;
    AppPasswordDialog dialog(m_session->connection(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        setSession(m_session);
}

} // namespace rapport::ui
