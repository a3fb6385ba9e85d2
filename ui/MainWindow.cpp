#include "MainWindow.h"

#include "DatabaseOpener.h"
#include "MainActions.h"
#include "Session.h"
#include "WorkflowTools.h"
#include "audit/AuditLogPage.h"
#include "audit/AuditLogWindow.h"
#include "backup/BackupTools.h"
#include "common/Settings.h"
#include "contacts/VCardActions.h"
#include "dedupe/DuplicatesDialog.h"
#include "export/ExportDialog.h"
#include "import/ImportWizard.h"
#include "insights/InsightsPanel.h"
#include "mail/MailPanel.h"
#include "mail/OutboxPage.h"
#include "mail/OutboxSendTask.h"
#include "models/PagedTableModel.h"
#include "panels/CompaniesPanel.h"
#include "panels/CustomerDetailPane.h"
#include "panels/CustomersPanel.h"
#include "panels/OrdersPanel.h"
#include "panels/ProductsPanel.h"
#include "pipeline/PipelinePanel.h"
#include "privacy/PrivacyActions.h"
#include "security/AppLock.h"
#include "views/PanelViews.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/Sidebar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace rapport::ui {

using Key = core::Settings::Key;

namespace {
// How long a "done" message stays in the status bar.
constexpr int kMessageMs = 15000;
} // namespace

MainWindow::MainWindow(core::Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_undoStack(new QUndoStack(this))
    , m_actions(new MainActions(m_undoStack, this))
    , m_sidebar(new Sidebar(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("No database is open.\nUse File › Open Database… to open or "
                                  "create one."),
                               this))
    , m_countLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_tools(new WorkflowTools(this, m_undoStack, settings))
    , m_backup(new BackupTools(this))
    , m_lock(new AppLock(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rapport"));
    m_stack->setObjectName(QStringLiteral("panelStack"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_placeholder);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({170, 1030});
    setCentralWidget(splitter);

    m_actions->populate(menuBar());
    QToolBar* toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // for saveState()
    toolBar->setMovable(false);
    m_actions->populate(toolBar);
    m_actions->setLanguage(m_settings.string(Key::Language));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_pathLabel);
    connectActions();
    clearPanels();

    if (!restoreGeometry(m_settings.bytes(Key::WindowGeometry)))
        resize(1200, 760);
    restoreState(m_settings.bytes(Key::WindowState));
}

MainWindow::~MainWindow()
{
    // Panels hold repositories on the session's connection: they go first.
    clearPanels();
}

bool MainWindow::openDatabase(const QString& path)
{
    std::unique_ptr<Session> session = DatabaseOpener::open(this, path);
    // A database with an application password shows nothing before it is given.
    if (!session || !m_lock->unlock(session.get()))
        return false;
    setSession(std::move(session));
    return true;
}

bool MainWindow::openDemoDatabase()
{
    std::unique_ptr<Session> session = DatabaseOpener::openDemo(this);
    if (!session || !m_lock->unlock(session.get()))
        return false;
    setSession(std::move(session));
    return true;
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    m_undoStack->clear();
    clearPanels();
    m_session = std::move(session);
    if (!m_session)
        return;
    m_settings.setValue(Key::LastDatabasePath, QFileInfo(m_session->path()).absoluteFilePath());
    setWindowTitle(tr("%1 — Rapport").arg(QFileInfo(m_session->path()).fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(m_session->path()));
    buildPanels();
}

TablePanel* MainWindow::currentPanel() const
{
    return qobject_cast<TablePanel*>(m_stack->currentWidget());
}

QString MainWindow::statusText() const
{
    return m_countLabel->text();
}

void MainWindow::saveSettings()
{
    m_settings.setValue(Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Key::WindowState, saveState());
    for (const TablePanel* panel : std::as_const(m_panels))
        panel->saveHeaderState();
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::connectActions()
{
    auto onPanel = [this](void (TablePanel::*slot)()) {
        return [this, slot] {
            if (TablePanel* panel = currentPanel())
                (panel->*slot)();
        };
    };
    connect(m_actions->newItem, &QAction::triggered, this, [this] {
        if (m_pipeline && m_stack->currentWidget() == m_pipeline)
            m_pipeline->createDeal();
        else if (TablePanel* panel = currentPanel())
            panel->createItem();
    });
    connect(m_actions->editItem, &QAction::triggered, this, onPanel(&TablePanel::editCurrent));
    connect(m_actions->deleteItem, &QAction::triggered, this, onPanel(&TablePanel::deleteSelected));
    connect(m_actions->find, &QAction::triggered, this, [this] {
        // Search lives on the customers panel: go there first.
        showSection(0);
        if (TablePanel* panel = currentPanel())
            panel->focusSearch();
    });
    connect(m_actions->openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_actions->openDemo, &QAction::triggered, this, &MainWindow::openDemoDatabase);
    connect(m_actions->importFile, &QAction::triggered, this, &MainWindow::showImportWizard);
    connect(m_actions->exportFile, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_actions->importVCards, &QAction::triggered, this, &MainWindow::importVCards);
    connect(m_actions->exportVCards, &QAction::triggered, this, &MainWindow::exportVCards);
    connect(m_actions->findDuplicates, &QAction::triggered, this, &MainWindow::findDuplicates);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->backUpNow, &QAction::triggered, m_backup, &BackupTools::backUpNow);
    connect(m_actions->restoreBackup, &QAction::triggered, m_backup, &BackupTools::restore);
    connect(m_actions->backupSettings, &QAction::triggered, m_backup, &BackupTools::showSettings);
    // Queued: the restore's own call returns before the panels are rebuilt.
    connect(m_backup, &BackupTools::reopenRequested, this, &MainWindow::openDatabase,
            Qt::QueuedConnection);
    connect(m_backup, &BackupTools::aboutToReplace, this, [this] {
        if (m_mail)
            m_mail->outboxPage()->sendTask()->stopAndWait();
    });
    connect(m_actions->auditLog, &QAction::triggered, this, [this] { showAuditLog(); });
    connect(m_actions->appPassword, &QAction::triggered, m_lock, &AppLock::showSettings);
    connect(m_actions->lockNow, &QAction::triggered, m_lock, &AppLock::lockNow);
    connect(m_lock, &AppLock::quitRequested, this, &QWidget::close);
    connect(m_backup, &BackupTools::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kMessageMs); });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions, &MainActions::languageChosen, this, &MainWindow::chooseLanguage);
    connect(m_actions->customFields, &QAction::triggered, m_tools,
            &WorkflowTools::showCustomFields);
    connect(m_actions->tags, &QAction::triggered, m_tools, &WorkflowTools::showTags);
    connect(m_actions->tagSelected, &QAction::triggered, this,
            [this] { m_tools->tagSelectedCustomers(currentPanel()); });
    connect(m_actions->starterTemplate, &QAction::triggered, m_tools,
            &WorkflowTools::chooseStarterTemplate);
    connect(m_actions->overdueActivities, &QAction::triggered, m_tools,
            &WorkflowTools::showOverdue);
    connect(m_actions->saveView, &QAction::triggered, this, onPanel(&TablePanel::saveCurrentView));
    connect(m_actions->mineRules, &QAction::triggered, this, [this] {
        if (!m_insights)
            return;
        showInsights();
        m_insights->mineRules();
    });
    connect(m_actions->scoreCustomers, &QAction::triggered, this, [this] {
        if (!m_insights)
            return;
        showInsights();
        m_insights->scoreCustomers();
    });
    // The mail actions open the E-mail section on the page they name.
    // (A functor, not a pointer to member: GCC's UBSan at -O1 misreads the
    // latter's call inside a nested lambda as a misaligned access.)
    const auto onMail = [this](auto open) {
        return [this, open] {
            if (!m_mail)
                return;
            showMail();
            open(*m_mail);
        };
    };
    connect(m_actions->newCampaign, &QAction::triggered, this,
            onMail([](MailPanel& mail) { mail.showCampaigns(); }));
    connect(m_actions->outbox, &QAction::triggered, this,
            onMail([](MailPanel& mail) { mail.showOutbox(); }));
    connect(m_actions->mailSettings, &QAction::triggered, this,
            onMail([](MailPanel& mail) { mail.openSettings(); }));
    connect(m_tools, &WorkflowTools::openCustomerRequested, this, [this](qint64 id) {
        showSection(0);
        if (TablePanel* panel = currentPanel())
            panel->editItem(id);
    });
    connect(m_sidebar, &Sidebar::sectionChosen, this, &MainWindow::showSection);
    connect(m_sidebar, &Sidebar::viewChosen, this, &MainWindow::showView);
    connect(m_sidebar, &Sidebar::updateViewRequested, this, &MainWindow::updateView);
}

void MainWindow::buildPanels()
{
    const PanelContext context{m_session.get(), m_undoStack, &m_settings};
    m_panels = {new CustomersPanel(context, m_stack), new CompaniesPanel(context, m_stack),
                new ProductsPanel(context, m_stack), new OrdersPanel(context, m_stack)};
    const QSignalBlocker blocker(m_sidebar);
    for (TablePanel* panel : std::as_const(m_panels)) {
        m_stack->addWidget(panel);
        m_sidebar->addSection(panel->title(), panel->tableName());
        connect(panel, &TablePanel::countChanged, this, &MainWindow::updateStatus);
        panel->selectFirstRow();
    }
    // After an erasure, the backups that still hold the customer are reported.
    if (auto* customers = qobject_cast<CustomersPanel*>(m_panels.first())) {
        connect(customers->privacyActions(), &PrivacyActions::customerErased, m_backup,
                [this](const QString& uuid, const QString& erasedAt) {
                    m_backup->reportErasure(uuid,
                                            QDateTime::fromString(erasedAt, Qt::ISODateWithMs));
                });
        connect(customers->privacyActions(), &PrivacyActions::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, kMessageMs); });
        connect(customers->detailPane(), &CustomerDetailPane::historyRequested, this,
                [this](qint64 id) { showAuditLog(QStringLiteral("customers"), id); });
    }
    m_pipeline = new PipelinePanel(context, m_stack);
    m_stack->addWidget(m_pipeline);
    m_sidebar->addSection(m_pipeline->title());
    m_insights = new InsightsPanel(context, m_stack);
    m_stack->addWidget(m_insights);
    m_sidebar->addSection(m_insights->title());
    connect(m_insights, &InsightsPanel::openCustomerRequested, m_tools,
            &WorkflowTools::openCustomerRequested);
    m_mail = new MailPanel(context, m_stack);
    m_stack->addWidget(m_mail);
    m_sidebar->addSection(m_mail->title());
    m_sidebar->setContext(m_session.get(), m_undoStack);
    m_sidebar->setEnabled(true);
    for (QAction* action :
         {m_actions->importFile,    m_actions->exportFile,      m_actions->importVCards,
          m_actions->exportVCards,  m_actions->findDuplicates,  m_actions->customFields,
          m_actions->tags,          m_actions->starterTemplate, m_actions->overdueActivities,
          m_actions->mineRules,     m_actions->scoreCustomers,  m_actions->newCampaign,
          m_actions->outbox,        m_actions->mailSettings,    m_actions->backUpNow,
          m_actions->restoreBackup, m_actions->backupSettings,  m_actions->auditLog,
          m_actions->appPassword,   m_actions->lockNow})
        action->setEnabled(true);
    m_sidebar->setCurrentRow(0);
    showSection(0);
    m_tools->setSession(m_session.get());
    m_backup->setSession(m_session.get());
    m_lock->setSession(m_session.get());
    // Once the window is up, so the list sits over it rather than before it.
    QTimer::singleShot(0, m_tools, &WorkflowTools::showOverdueIfAny);
}

void MainWindow::offerStarterTemplate()
{
    m_tools->chooseStarterTemplate();
}

void MainWindow::clearPanels()
{
    for (TablePanel* panel : std::as_const(m_panels)) {
        panel->saveHeaderState();
        m_stack->removeWidget(panel);
        delete panel;
    }
    m_panels.clear();
    if (m_pipeline) {
        m_stack->removeWidget(m_pipeline);
        delete m_pipeline;
        m_pipeline = nullptr;
    }
    if (m_insights) {
        m_stack->removeWidget(m_insights);
        delete m_insights;
        m_insights = nullptr;
    }
    if (m_mail) {
        m_stack->removeWidget(m_mail);
        delete m_mail;
        m_mail = nullptr;
    }
    delete m_audit; // its page reads the closing session
    m_audit = nullptr;
    m_tools->setSession(nullptr);
    m_backup->setSession(nullptr);
    m_lock->setSession(nullptr);
    m_sidebar->clearSections();
    m_sidebar->setContext(nullptr, nullptr);
    m_sidebar->setEnabled(false);
    m_stack->setCurrentWidget(m_placeholder);
    for (QAction* action : {m_actions->newItem,
                            m_actions->editItem,
                            m_actions->deleteItem,
                            m_actions->find,
                            m_actions->findDuplicates,
                            m_actions->customFields,
                            m_actions->tags,
                            m_actions->tagSelected,
                            m_actions->starterTemplate,
                            m_actions->overdueActivities,
                            m_actions->saveView,
                            m_actions->mineRules,
                            m_actions->scoreCustomers,
                            m_actions->newCampaign,
                            m_actions->outbox,
                            m_actions->mailSettings,
                            m_actions->backUpNow,
                            m_actions->restoreBackup,
                            m_actions->backupSettings,
                            m_actions->auditLog,
                            m_actions->appPassword,
                            m_actions->lockNow})
        action->setEnabled(false);
    for (QAction* action : {m_actions->importFile, m_actions->exportFile, m_actions->importVCards,
                            m_actions->exportVCards})
        action->setEnabled(false);
    m_countLabel->clear();
    m_pathLabel->clear();
}

void MainWindow::showSection(int index)
{
    if (m_pipeline && index == m_panels.size()) {
        showPipeline();
        return;
    }
    if (m_insights && index == m_panels.size() + 1) {
        showInsights();
        return;
    }
    if (m_mail && index == m_panels.size() + 2) {
        showMail();
        return;
    }
    if (index < 0 || index >= m_panels.size())
        return;
    TablePanel* panel = m_panels.at(index);
    m_stack->setCurrentWidget(panel);
    if (m_sidebar->currentSection() != index)
        m_sidebar->setCurrentRow(index);
    static const char* const newTexts[] = {QT_TR_NOOP("&New Customer…"),
                                           QT_TR_NOOP("&New Company…"), QT_TR_NOOP("&New Product…"),
                                           QT_TR_NOOP("&New Order…")};
    m_actions->newItem->setText(tr(newTexts[index]));
    for (QAction* action :
         {m_actions->newItem, m_actions->editItem, m_actions->deleteItem, m_actions->saveView})
        action->setEnabled(true);
    m_actions->tagSelected->setEnabled(index == 0);
    m_actions->find->setEnabled(m_panels.first()->searchEdit() != nullptr);
    updateStatus();
}

// The board is not a table: New makes a deal, and what works on table rows
// (edit, delete, save view) waits for a table section.
void MainWindow::showPipeline()
{
    m_stack->setCurrentWidget(m_pipeline);
    const int index = int(m_panels.size());
    if (m_sidebar->currentSection() != index)
        m_sidebar->setCurrentRow(index);
    m_actions->newItem->setText(tr("&New Deal…"));
    m_actions->newItem->setEnabled(true);
    for (QAction* action :
         {m_actions->editItem, m_actions->deleteItem, m_actions->saveView, m_actions->tagSelected})
        action->setEnabled(false);
    m_countLabel->clear();
}

// Like the board: no table rows to create, edit or delete.
void MainWindow::showInsights()
{
    showPage(m_insights, int(m_panels.size()) + 1);
}

void MainWindow::showMail()
{
    showPage(m_mail, int(m_panels.size()) + 2);
}

void MainWindow::showAuditLog(const QString& entity, qint64 id)
{
    if (!m_session)
        return;
    if (!m_audit)
        m_audit = new AuditLogWindow(PanelContext{m_session.get(), m_undoStack, &m_settings}, this);
    if (id > 0)
        m_audit->page()->showRecord(entity, id);
    m_audit->show();
    m_audit->raise();
    m_audit->activateWindow();
}

void MainWindow::showPage(QWidget* page, int sectionIndex)
{
    m_stack->setCurrentWidget(page);
    if (m_sidebar->currentSection() != sectionIndex)
        m_sidebar->setCurrentRow(sectionIndex);
    for (QAction* action : {m_actions->newItem, m_actions->editItem, m_actions->deleteItem,
                            m_actions->saveView, m_actions->tagSelected})
        action->setEnabled(false);
    m_countLabel->clear();
}

// A saved view: its table's panel, shown as the view says.
void MainWindow::showView(int index, const core::SavedView& view)
{
    showSection(index);
    if (TablePanel* panel = currentPanel())
        panel->views()->applyView(view);
}

void MainWindow::updateView(int index, const core::SavedView& view)
{
    if (index >= 0 && index < m_panels.size())
        m_panels.at(index)->views()->updateView(view);
}

void MainWindow::updateStatus()
{
    const TablePanel* panel = currentPanel();
    m_countLabel->setText(panel ? panel->countText(panel->model()->totalCount()) : QString());
}

void MainWindow::chooseDatabase()
{
    const QString start =
        m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    const QString path =
        FileDialog::openFileName(this, tr("Open or Create Database"), start,
                                 tr("Rapport databases (*.db *.rapport);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseLanguage(const QString& code)
{
    if (code == m_settings.string(Key::Language))
        return;
    m_settings.setValue(Key::Language, code);
    MessageBox::information(this, tr("Language"),
                            tr("The new language will be used the next time Rapport starts."));
}

void MainWindow::findDuplicates()
{
    if (!m_session)
        return;
    DuplicatesDialog dialog(m_session.get(), m_undoStack, this);
    // The search starts once the dialog shows, so its progress sits on top of it.
    QTimer::singleShot(0, &dialog, &DuplicatesDialog::search);
    dialog.exec();
}

// The wizard opens on the kind of data the current section shows. It is
// window-modal but not exec()'d, so tests can drive it like the user does.
void MainWindow::showImportWizard()
{
    if (!m_session)
        return;
    const TablePanel* panel = currentPanel();
    const auto entity = core::import::parseEntityKey(panel ? panel->tableName() : QString());
    auto* wizard = new ImportWizard({m_session.get(), m_undoStack, &m_settings},
                                    entity ? *entity : core::import::Entity::Customers, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

// Like the wizard: window-modal, not exec()'d. The dialog exports the current
// section as the panel shows it at this moment (its query, row count and
// visible columns).
void MainWindow::showExportDialog()
{
    const TablePanel* panel = currentPanel();
    if (!m_session || !panel)
        return;
    const ExportView view{panel->tableName(), panel->model()->querySpec(),
                          panel->model()->totalCount(), panel->visibleColumnKeys()};
    auto* dialog = new ExportDialog({m_session.get(), m_undoStack, &m_settings}, view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this,
            [this](const QString& message) { statusBar()->showMessage(message, kMessageMs); });
    dialog->open();
}

void MainWindow::importVCards()
{
    VCardActions::importFile(this, {m_session.get(), m_undoStack, &m_settings});
}

void MainWindow::exportVCards()
{
    const QString message =
        VCardActions::exportFile(this, {m_session.get(), m_undoStack, &m_settings});
    if (!message.isEmpty())
        statusBar()->showMessage(message, kMessageMs);
}

void MainWindow::showAbout()
{
    MessageBox::about(
        this, tr("About Rapport"),
        tr("<h3>Rapport %1</h3>"
           "<p>A desktop CRM for small businesses: customers, companies, products and orders "
           "in one local file.</p>"
           "<p>Licence: GPL-3.0-or-later.</p>")
            .arg(QStringLiteral(RAPPORT_VERSION)));
}

} // namespace rapport::ui
