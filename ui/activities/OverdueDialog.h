#pragma once

#include "common/Clock.h"
#include "domain/Activity.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace rapport::ui {

class Session;

// The open activities past their due time, oldest first, with the customer:
// open the customer, mark done, or snooze a day (both undoable). Non-modal, so
// the user can work through the list while looking at customers.
class OverdueDialog : public QDialog
{
    Q_OBJECT
public:
    OverdueDialog(Session* session, QUndoStack* undoStack,
                  const core::Clock& clock = core::Clock::system(), QWidget* parent = nullptr);

    // Whether there is anything to show (the window shows the dialog at start then).
    static bool hasOverdue(Session* session, const core::Clock& clock = core::Clock::system());

    int count() const;
    void refresh();
    // Acts on the selected rows.
    void markSelectedDone();
    void snoozeSelected();
    void openSelectedCustomer();

Q_SIGNALS:
    // The user wants to see this customer (the main window selects it).
    void openCustomer(qint64 customerId);

private:
    QList<core::Activity> selectedActivities() const;
    void updateButtons();

    Session* m_session;
    QUndoStack* m_undoStack;
    const core::Clock* m_clock;
    QList<core::Activity> m_activities;
    QTreeWidget* m_tree;
    QPushButton* m_openButton;
    QPushButton* m_doneButton;
    QPushButton* m_snoozeButton;
};

} // namespace rapport::ui
