#include "WorkflowTools.h"

#include "Session.h"
#include "activities/OverdueDialog.h"
#include "activities/ReminderNotifier.h"
#include "customize/CustomFieldsDialog.h"
#include "panels/TablePanel.h"
#include "tags/TagActions.h"
#include "tags/TagsDialog.h"
#include "templates/ApplyTemplateCommand.h"
#include "templates/StarterTemplateDialog.h"
#include "widgets/MessageBox.h"

#include <QCursor>
#include <QUndoStack>

namespace rapport::ui {

WorkflowTools::WorkflowTools(QWidget* window, QUndoStack* undoStack, core::Settings& settings)
    : QObject(window)
    , m_window(window)
    , m_undoStack(undoStack)
    , m_settings(settings)
{}

WorkflowTools::~WorkflowTools()
{
    setSession(nullptr);
}

void WorkflowTools::setSession(Session* session)
{
    // The notifier and the overdue list read the old file: they go with it.
    delete m_notifier;
    m_notifier = nullptr;
    if (m_overdue)
        m_overdue->close();
    m_session = session;
    if (!m_session)
        return;
    m_notifier = new ReminderNotifier(m_session, core::Clock::system(), this);
    m_notifier->start();
}

void WorkflowTools::showCustomFields()
{
    if (!m_session)
        return;
    CustomFieldsDialog dialog({m_session, m_undoStack, &m_settings}, m_window);
    dialog.exec();
}

void WorkflowTools::showTags()
{
    if (!m_session)
        return;
    TagsDialog dialog({m_session, m_undoStack, &m_settings}, m_window);
    dialog.exec();
}

void WorkflowTools::tagSelectedCustomers(TablePanel* panel)
{
    if (!m_session || !panel)
        return;
    TagActions::tagSelectedCustomers(panel, {m_session, m_undoStack, &m_settings}, QCursor::pos());
}

void WorkflowTools::chooseStarterTemplate()
{
    if (!m_session)
        return;
    StarterTemplateDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenKey().isEmpty())
        return;
    auto* command =
        new ApplyTemplateCommand(m_session, dialog.chosenKey(), [this](const core::Error& error) {
            MessageBox::critical(m_window, tr("Starter Template"), error.message);
        });
    m_undoStack->push(command);
}

void WorkflowTools::showOverdue()
{
    if (!m_session)
        return;
    if (!m_overdue) {
        m_overdue = new OverdueDialog(m_session, m_undoStack, core::Clock::system(), m_window);
        m_overdue->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_overdue, &OverdueDialog::openCustomer, this,
                &WorkflowTools::openCustomerRequested);
    }
    m_overdue->show();
    m_overdue->raise();
    m_overdue->activateWindow();
}

void WorkflowTools::showOverdueIfAny()
{
    if (m_session && OverdueDialog::hasOverdue(m_session))
        showOverdue();
}

} // namespace rapport::ui
