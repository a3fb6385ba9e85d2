#pragma once

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace rapport::core {
class Settings;
}

namespace rapport::ui {

class OverdueDialog;
class ReminderNotifier;
class Session;
class TablePanel;

// The window's tools for fitting Rapport to a business and following up on
// customers: custom fields, tags, starter templates, the overdue list and the
// reminders. MainWindow owns one and tells it when the database changes; the
// tools open their dialogs over `window` and write through the undo stack.
class WorkflowTools : public QObject
{
    Q_OBJECT
public:
    WorkflowTools(QWidget* window, QUndoStack* undoStack, core::Settings& settings);
    ~WorkflowTools() override;

    // Starts the reminders of the new database (nullptr: none open).
    void setSession(Session* session);

    void showCustomFields();
    void showTags();
    void tagSelectedCustomers(TablePanel* panel);
    // Asks which starter template to apply and applies it (one undo step).
    void chooseStarterTemplate();
    void showOverdue();
    // At start: shows the overdue list only when something is overdue.
    void showOverdueIfAny();

Q_SIGNALS:
    // The user wants to see this customer (from the overdue list).
    void openCustomerRequested(qint64 customerId);

private:
    QWidget* m_window;
    QUndoStack* m_undoStack;
    core::Settings& m_settings;
    Session* m_session = nullptr;
    ReminderNotifier* m_notifier = nullptr;
    QPointer<OverdueDialog> m_overdue;
};

} // namespace rapport::ui
