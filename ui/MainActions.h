#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;
class QToolBar;
class QUndoStack;

namespace rapport::ui {

// The window's actions with their texts and standard shortcuts, and the menus
// they sit in. MainWindow connects them; keeping them here keeps it small.
class MainActions : public QObject
{
    Q_OBJECT
public:
    MainActions(QUndoStack* undoStack, QObject* parent);

    // Builds File, Edit, View, Tools and Help into `menuBar`.
    void populate(QMenuBar* menuBar) const;
    // The everyday actions (new, edit, delete, undo, redo) as a toolbar.
    void populate(QToolBar* toolBar) const;
    // Checks the language entry for a Settings value ("", "en", "zh_CN").
    void setLanguage(const QString& code);

    QAction* newItem;
    QAction* openDatabase;
    QAction* openDemo;
    QAction* importFile;
    QAction* exportFile;
    QAction* importVCards;
    QAction* exportVCards;
    QAction* backUpNow;      // a backup now, optionally encrypted
    QAction* restoreBackup;  // verifies, keeps the current database, replaces
    QAction* backupSettings; // automatic backups: folder, counts
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* editItem;
    QAction* deleteItem;
    QAction* find;
    QAction* findDuplicates;
    QAction* customFields;
    QAction* tags;
    QAction* tagSelected;
    QAction* starterTemplate;
    QAction* overdueActivities;
    QAction* saveView;
    QAction* mineRules;
    QAction* scoreCustomers; // RFM, lifetime value and churn for every customer, in one click
    QAction* newCampaign;    // the E-mail section's campaign page
    QAction* outbox;         // the E-mail section's outbox
    QAction* mailSettings;   // sender, SMTP server (password in the keychain), pace
    QAction* auditLog;       // who changed what and when, filterable
    QAction* appPassword;    // the optional password that locks the window
    QAction* lockNow;        // locks the window at once (with a password set)
    QActionGroup* language;
    QAction* about;

Q_SIGNALS:
    void languageChosen(const QString& code);
};

} // namespace rapport::ui
