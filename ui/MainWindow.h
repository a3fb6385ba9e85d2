#pragma once

#include "widgets/Sidebar.h" // complete for callers of sidebar()

#include <QList>
#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QUndoStack;

namespace rapport::core {
class Settings;
struct SavedView;
} // namespace rapport::core

namespace rapport::ui {

class InsightsPanel;
class MailPanel;
class MainActions;
class PipelinePanel;
class Session;
class TablePanel;
class AppLock;
class AuditLogWindow;
class BackupTools;
class WorkflowTools;

// The main window only assembles: the section sidebar, one panel per section,
// the actions and menus, the undo stack and the status bar (house style H20).
// Each panel owns its model, view and editing logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(core::Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` and shows it; on failure shows why and keeps what was open.
    bool openDatabase(const QString& path);
    bool openDemoDatabase();
    // On a new, empty database: offers the business starter templates.
    void offerStarterTemplate();
    // Replaces the open database (clears the undo stack: its commands belong to
    // the old file) and rebuilds the panels.
    void setSession(std::unique_ptr<Session> session);
    Session* session() const { return m_session.get(); }

    Sidebar* sidebar() const { return m_sidebar; }
    QStackedWidget* stack() const { return m_stack; }
    QUndoStack* undoStack() const { return m_undoStack; }
    MainActions* actions() const { return m_actions; }
    QList<TablePanel*> panels() const { return m_panels; }
    PipelinePanel* pipelinePanel() const { return m_pipeline; }
    InsightsPanel* insightsPanel() const { return m_insights; }
    MailPanel* mailPanel() const { return m_mail; }
    WorkflowTools* tools() const { return m_tools; }
    BackupTools* backupTools() const { return m_backup; }
    AppLock* appLock() const { return m_lock; }
    AuditLogWindow* auditLogWindow() const { return m_audit; }
    // Tools › Audit Log…; with an id, that record's history.
    void showAuditLog(const QString& entity = {}, qint64 id = 0);
    TablePanel* currentPanel() const;
    QString statusText() const;

    // Geometry, window state and every table's header state into Settings.
    void saveSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void connectActions();
    void buildPanels();
    void clearPanels();
    void showSection(int index);
    void showPipeline();
    void showInsights();
    void showMail();
    // A section that is not a table (insights, e-mail): no rows to create,
    // edit or delete.
    void showPage(QWidget* page, int sectionIndex);
    void showView(int index, const core::SavedView& view);
    void updateView(int index, const core::SavedView& view);
    void updateStatus();
    void chooseDatabase();
    void chooseLanguage(const QString& code);
    void showImportWizard();
    void showExportDialog();
    void importVCards();
    void exportVCards();
    void findDuplicates();
    void showAbout();

    core::Settings& m_settings;
    std::unique_ptr<Session> m_session;
    QUndoStack* m_undoStack;
    MainActions* m_actions;
    Sidebar* m_sidebar;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_countLabel;
    QLabel* m_pathLabel;
    QList<TablePanel*> m_panels;         // the table sections, in sidebar order
    PipelinePanel* m_pipeline = nullptr; // the section after them
    InsightsPanel* m_insights = nullptr; // after the pipeline
    MailPanel* m_mail = nullptr;         // after the insights
    WorkflowTools* m_tools;
    BackupTools* m_backup;
    AppLock* m_lock;
    AuditLogWindow* m_audit = nullptr;
};

} // namespace rapport::ui
