#include "MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace rapport::ui {

namespace {
QAction* makeAction(QObject* parent, const QString& text, const QString& objectName,
                    const QList<QKeySequence>& shortcuts = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    return action;
}
} // namespace

MainActions::MainActions(QUndoStack* undoStack, QObject* parent)
    : QObject(parent)
    , newItem(
          makeAction(this, tr("&New Customer…"), QStringLiteral("newAction"), {QKeySequence::New}))
    , openDatabase(makeAction(this, tr("&Open Database…"), QStringLiteral("openDatabaseAction"),
                              {QKeySequence::Open}))
    , openDemo(makeAction(this, tr("Open &Demo Database"), QStringLiteral("openDemoAction")))
    , importFile(makeAction(this, tr("&Import…"), QStringLiteral("importAction"),
                            {QKeySequence(Qt::CTRL | Qt::Key_I)}))
    // Ctrl+E is Edit…: export takes Ctrl+Shift+E.
    , exportFile(makeAction(this, tr("&Export…"), QStringLiteral("exportAction"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}))
    , importVCards(makeAction(this, tr("Import &vCards…"), QStringLiteral("importVCardsAction")))
    , exportVCards(makeAction(this, tr("Export Customers as v&Cards…"),
                              QStringLiteral("exportVCardsAction")))
    , backUpNow(makeAction(this, tr("&Back Up Now…"), QStringLiteral("backUpNowAction"),
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)}))
    , restoreBackup(
          makeAction(this, tr("&Restore from Backup…"), QStringLiteral("restoreBackupAction")))
    , backupSettings(
          makeAction(this, tr("Backup &Settings…"), QStringLiteral("backupSettingsAction")))
    , quit(makeAction(this, tr("&Quit"), QStringLiteral("quitAction"),
                      {QKeySequence(Qt::CTRL | Qt::Key_Q)}))
    , undo(undoStack->createUndoAction(this, tr("&Undo")))
    , redo(undoStack->createRedoAction(this, tr("&Redo")))
    , editItem(makeAction(this, tr("&Edit…"), QStringLiteral("editAction"),
                          {QKeySequence(Qt::CTRL | Qt::Key_E)}))
    , deleteItem(
          makeAction(this, tr("&Delete"), QStringLiteral("deleteAction"), {QKeySequence::Delete}))
    , find(makeAction(this, tr("&Find"), QStringLiteral("findAction"), {QKeySequence::Find}))
    , findDuplicates(
          makeAction(this, tr("Find &Duplicates…"), QStringLiteral("findDuplicatesAction")))
    , customFields(makeAction(this, tr("Custom &Fields…"), QStringLiteral("customFieldsAction")))
    , tags(makeAction(this, tr("&Tags…"), QStringLiteral("tagsAction")))
    , tagSelected(makeAction(this, tr("Ta&g Selected Customers…"),
                             QStringLiteral("tagSelectedAction"),
                             {QKeySequence(Qt::CTRL | Qt::Key_T)}))
    , starterTemplate(
          makeAction(this, tr("&Starter Template…"), QStringLiteral("starterTemplateAction")))
    , overdueActivities(
          makeAction(this, tr("&Overdue Activities…"), QStringLiteral("overdueActivitiesAction")))
    , saveView(makeAction(this, tr("&Save View…"), QStringLiteral("saveViewAction"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}))
    , mineRules(makeAction(this, tr("&Mine Purchase Rules…"), QStringLiteral("mineRulesAction"),
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}))
    , scoreCustomers(makeAction(this, tr("Score &Customers"),
                                QStringLiteral("scoreCustomersAction"),
                                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}))
    , newCampaign(makeAction(this, tr("New &E-mail Campaign"), QStringLiteral("newCampaignAction"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}))
    , outbox(makeAction(this, tr("&Outbox"), QStringLiteral("outboxAction"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}))
    , mailSettings(makeAction(this, tr("E-mail &Settings…"), QStringLiteral("mailSettingsAction")))
    , auditLog(makeAction(this, tr("&Audit Log…"), QStringLiteral("auditLogAction"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}))
    , appPassword(
          makeAction(this, tr("Application &Password…"), QStringLiteral("appPasswordAction")))
    , lockNow(makeAction(this, tr("&Lock Rapport"), QStringLiteral("lockNowAction"),
                         {QKeySequence(Qt::CTRL | Qt::Key_L)}))
    , language(new QActionGroup(this))
    , about(makeAction(this, tr("&About Rapport"), QStringLiteral("aboutAction")))
{
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts({QKeySequence::Undo});
    redo->setObjectName(QStringLiteral("redoAction"));
    // Both common spellings of redo, whatever the platform's standard one is.
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);

    // Language names are written in their own language, never translated.
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
    };
    for (const auto& [code, name] : languages) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setData(code);
    }
    connect(language, &QActionGroup::triggered, this,
            [this](QAction* action) { Q_EMIT languageChosen(action->data().toString()); });
}

void MainActions::populate(QMenuBar* menuBar) const
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->addAction(newItem);
    file->addSeparator();
    file->addAction(openDatabase);
    file->addAction(openDemo);
    file->addSeparator();
    file->addAction(importFile);
    file->addAction(exportFile);
    file->addAction(importVCards);
    file->addAction(exportVCards);
    file->addSeparator();
    file->addAction(backUpNow);
    file->addAction(restoreBackup);
    file->addAction(backupSettings);
    file->addSeparator();
    file->addAction(quit);

    QMenu* edit = menuBar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(editItem);
    edit->addAction(deleteItem);
    edit->addAction(tagSelected);
    edit->addSeparator();
    edit->addAction(find);

    QMenu* view = menuBar->addMenu(tr("&View"));
    view->addAction(saveView);
    view->addAction(overdueActivities);
    view->addSeparator();
    QMenu* languageMenu = view->addMenu(tr("&Language"));
    languageMenu->addActions(language->actions());

    QMenu* tools = menuBar->addMenu(tr("&Tools"));
    tools->addAction(findDuplicates);
    tools->addAction(mineRules);
    tools->addAction(scoreCustomers);
    tools->addSeparator();
    tools->addAction(newCampaign);
    tools->addAction(outbox);
    tools->addAction(mailSettings);
    tools->addSeparator();
    tools->addAction(auditLog);
    tools->addAction(appPassword);
    tools->addAction(lockNow);
    tools->addSeparator();
    tools->addAction(customFields);
    tools->addAction(tags);
    tools->addAction(starterTemplate);

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->addAction(about);
}

void MainActions::populate(QToolBar* toolBar) const
{
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(newItem);
    toolBar->addAction(editItem);
    toolBar->addAction(deleteItem);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
}

void MainActions::setLanguage(const QString& code)
{
    for (QAction* action : language->actions())
        action->setChecked(action->data().toString() == code);
}

} // namespace rapport::ui
