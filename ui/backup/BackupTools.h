#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QThread;
class QTimer;
class QWidget;

namespace rapport::ui {

class Session;

// The window's backups: File › Back Up Now…, Restore from Backup…, Backup
// Settings…, the automatic daily/weekly backups (on a worker thread, an hour
// apart, the first a minute after a database opens) and, after a customer's
// erasure, the report of backups that still hold them.
class BackupTools : public QObject
{
    Q_OBJECT
public:
    explicit BackupTools(QWidget* window);
    ~BackupTools() override;

    // The open database (nullptr: none); waits for an automatic backup of the
    // previous one to finish.
    void setSession(Session* session);

    void backUpNow();
    void restore();
    void showSettings();
    // Runs the automatic rotation now on a worker (also what the timer does).
    void rotateInBackground();
    // Waits for a background rotation (tests, closing).
    void waitForRotation();

    // After an erasure: lists the backups that may still hold the customer and
    // offers to delete them.
    void reportErasure(const QString& uuid, const QDateTime& erasedAtUtc);

Q_SIGNALS:
    // A restore is about to write into the open database (emitted directly, after
    // the user agreed): whatever else writes to it in the background stops now,
    // or it would write its rows into the restored content.
    void aboutToReplace();
    // A restore replaced the database's content: the window reopens `path`.
    void reopenRequested(const QString& path);
    // One line for the status bar.
    void message(const QString& text);

private:
    QWidget* m_window;
    Session* m_session = nullptr;
    QTimer* m_timer;
    QPointer<QThread> m_rotation;
};

} // namespace rapport::ui
