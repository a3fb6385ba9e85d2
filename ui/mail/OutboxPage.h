#pragma once

#include "domain/Entities.h"
#include "mail/MailTypes.h"
#include "panels/PanelContext.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QProgressBar;
class QTableView;
class QTimer;
class QToolButton;

namespace rapport::ui {

class OutboxCountsBar;
class OutboxDetailPane;
class OutboxSendTask;
class PagedTableModel;

// The outbox: what marketing mail is waiting, sent, failed or uncertain, and
// the user's decisions about it. At the top the count per status (a click
// filters the table to it); the paged table over OutboxRepository::tableDef();
// a detail pane for the current row (recipient, subject, attempts, next try,
// the server's last reply, the plain text). Actions: Send Now (a progress
// dialog with Cancel), Mark Delivered / Send Again for uncertain rows, Cancel,
// Retry, Opt Out Recipient (a reply asking to unsubscribe, or a bounce) and
// the suppression list. "Send in the background" retries every minute while
// mail is due, with an inline progress bar: the outbox just waits offline.
//
// Cancel, Retry, Mark Delivered, Send Again and Opt Out are plain actions, not
// undo commands: core has no way back from them on purpose (a cancelled row
// is not queued again, an opt-out is never lifted, a message marked delivered
// is on the customer's timeline), so Cancel and Opt Out say so before or as
// they act. Follows ChangeHub (Entity::Outbox) for counts and details.
class OutboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPage(const PanelContext& context, QWidget* parent = nullptr);
    ~OutboxPage() override;

    QString title() const;
    PagedTableModel* model() const { return m_model; }
    OutboxDetailPane* detailPane() const { return m_detail; }
    OutboxCountsBar* countsBar() const { return m_countsBar; }
    QTableView* view() const { return m_view; }
    OutboxSendTask* sendTask() const { return m_task; }

    // The counts shown at the top, per status.
    const QHash<core::mail::OutboxStatus, int>& counts() const { return m_counts; }
    std::optional<core::mail::OutboxStatus> statusFilter() const { return m_filter; }
    // The status line under the table (the last send's report, the last action).
    QString statusText() const;
    bool isBackgroundSending() const;

    core::RowId currentId() const;
    QList<core::RowId> selectedIds() const;
    // Makes the row of `id` current if it is loaded; false if not.
    bool selectId(core::RowId id);

    QAction* sendNowAction() const { return m_sendNow; }
    QAction* markDeliveredAction() const { return m_markDelivered; }
    QAction* sendAgainAction() const { return m_sendAgain; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* retryAction() const { return m_retry; }
    QAction* optOutAction() const { return m_optOut; } // has a menu: unsubscribe, bounce
    QAction* suppressionsAction() const { return m_suppressions; }
    QAction* settingsAction() const { return m_settings; }

    // How often the background send looks for due mail (60 s; tests shorten it).
    void setRetryInterval(int milliseconds);
    // Shows only rows in `status` (nullopt: all).
    void setStatusFilter(std::optional<core::mail::OutboxStatus> status);

public Q_SLOTS:
    void sendNow();
    void markDelivered();
    void sendAgain();
    void cancelSelected();
    void retrySelected();
    // `reason` is "opt_out" (the recipient asked) or "bounce".
    void optOutRecipient(const QString& reason);
    void showSuppressions();
    void openMailSettings();
    void setBackgroundSending(bool on);
    void reload();

Q_SIGNALS:
    void backgroundSendingChanged(bool on);
    // The counts changed (e.g. for a badge on the sidebar: queued + uncertain).
    void countsChanged();

private:
    void createActions();
    void updateCounts();
    void updateDetail();
    void updateActions();
    void showContextMenu(const QPoint& pos);
    void backgroundTick();
    void resolveUncertain(bool delivered);
    void sendFinished();
    void showProgress(qint64 done, qint64 total, const QString& stage);
    void setStatusLine(const QString& text);
    void showError(const core::Error& error);
    QList<core::mail::OutboxStatus> selectedStatuses() const;
    QList<core::RowId> selectedWith(core::mail::OutboxStatus status) const;
    int queuedCount() const;

    PanelContext m_context;
    PagedTableModel* m_model;
    QTableView* m_view;
    OutboxCountsBar* m_countsBar;
    OutboxDetailPane* m_detail;
    OutboxSendTask* m_task;
    QTimer* m_backgroundTimer;
    QHash<core::mail::OutboxStatus, int> m_counts;
    std::optional<core::mail::OutboxStatus> m_filter;
    qint64 m_shownDone = -1; // the quiet send's progress the counts last followed

    QAction* m_sendNow = nullptr;
    QAction* m_markDelivered = nullptr;
    QAction* m_sendAgain = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_retry = nullptr;
    QAction* m_optOut = nullptr;
    QMenu* m_optOutMenu = nullptr;
    QAction* m_suppressions = nullptr;
    QAction* m_settings = nullptr;
    QCheckBox* m_background;

    QLabel* m_statusLine;
    QProgressBar* m_progress;
    QToolButton* m_progressCancel;
};

} // namespace rapport::ui
