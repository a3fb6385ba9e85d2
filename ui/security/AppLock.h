#pragma once

#include <QObject>

class QTimer;
class QWidget;

namespace rapport::ui {

class Session;

// The optional application password of the open database: asked before a
// database's window is shown, and again after the idle minutes it sets
// (keyboard or mouse input anywhere in Rapport counts as activity). Locking
// hides the window until the password is given; Cancel quits.
//
// It guards the window only, and says so where it is set: the file itself can
// be read by anyone who can copy it.
class AppLock : public QObject
{
    Q_OBJECT
public:
    explicit AppLock(QWidget* window);

    // Asks for `session`'s password when it has one; false if not given.
    bool unlock(Session* session);
    // Follows `session` (nullptr: none): its idle minutes start counting.
    void setSession(Session* session);
    // Hides the window and asks for the password; quits Rapport on Cancel.
    void lockNow();
    bool isLocked() const { return m_locked; }
    // Tools › Application Password…
    void showSettings();

Q_SIGNALS:
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restartIdleTimer();

    QWidget* m_window;
    Session* m_session = nullptr;
    QTimer* m_idle;
    bool m_locked = false;
};

} // namespace rapport::ui
