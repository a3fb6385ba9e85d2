#include "backup/BackupTools.h"

#include "MainActions.h"
#include "MainWindow.h"
#include "Session.h"
#include "backup/BackupArchive.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupService.h"
#include "backup/BackupSettingsDialog.h"
#include "backup/PasswordDialog.h"
#include "common/Settings.h"
#include "mail/MailPanel.h"
#include "mail/OutboxPage.h"
#include "mail/OutboxSendTask.h"
#include "storage/CustomerRepository.h"
#include "storage/Sql.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace rapport;
using core::backup::BackupCatalog;

// File › Back Up Now…, Restore from Backup… and Backup Settings… in a real
// window on a temporary database, answered through the dialogs' test seams.
class TestBackupTools : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("shop.db")); }
    QSqlDatabase connection() const { return m_window->session()->connection(); }
    void addCustomer(const QString& name)
    {
        core::Customer c;
        c.name = name;
        QVERIFY(core::CustomerRepository(connection()).create(c));
    }
    int customers() const
    {
        return core::sql::scalar(connection(), QStringLiteral("SELECT count(*) FROM customers"))
            ->toInt();
    }
    QAction* action(const char* name) const
    {
        return m_window->findChild<QAction*>(QLatin1String(name));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<core::Settings>(m_dir.filePath(QStringLiteral("rapport.ini")));
        m_window = std::make_unique<ui::MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(dbPath()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void backUpNowThenRestore()
    {
        addCustomer(QStringLiteral("Alice Martin"));
        addCustomer(QStringLiteral("王芳"));
        const QString target = m_dir.filePath(QStringLiteral("by hand.sqlite"));
        ui::FileDialog::setNextFileName(target);
        QSignalSpy messages(m_window->backupTools(), &ui::BackupTools::message);
        action("backUpNowAction")->trigger();
        QVERIFY(QFile::exists(target));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("by hand.sqlite")));

        addCustomer(QStringLiteral("Added after the backup"));
        QCOMPARE(customers(), 3);
        ui::FileDialog::setNextFileName(target);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy reopened(m_window->backupTools(), &ui::BackupTools::reopenRequested);
        action("restoreBackupAction")->trigger();
        QCOMPARE(reopened.size(), 1);
        // The question named what the backup holds before anything was replaced.
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("2 customer")),
                 qPrintable(ui::MessageBox::lastText()));
        QTRY_COMPARE(customers(), 2); // the window reopened the restored database
        const auto entries =
            BackupCatalog::list(BackupCatalog::defaultFolderFor(dbPath()), QStringLiteral("shop"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().kind, core::backup::BackupKind::BeforeRestore);
    }

    void declinedRestoreChangesNothing()
    {
        addCustomer(QStringLiteral("Alice Martin"));
        const QString target = m_dir.filePath(QStringLiteral("copy.sqlite"));
        ui::FileDialog::setNextFileName(target);
        action("backUpNowAction")->trigger();
        addCustomer(QStringLiteral("Kept"));
        ui::FileDialog::setNextFileName(target);
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QSignalSpy stopping(m_window->backupTools(), &ui::BackupTools::aboutToReplace);
        action("restoreBackupAction")->trigger();
        QCOMPARE(customers(), 2);
        QCOMPARE(stopping.size(), 0); // nothing in the background was stopped either
    }

    // Background writers (the outbox send) are told to stop once the user agreed
    // and before anything is replaced, so none writes into the restored content.
    void restoreStopsBackgroundWritersFirst()
    {
        addCustomer(QStringLiteral("Alice Martin"));
        const QString target = m_dir.filePath(QStringLiteral("copy.sqlite"));
        ui::FileDialog::setNextFileName(target);
        action("backUpNowAction")->trigger();
        addCustomer(QStringLiteral("Added after the backup"));
        QList<int> customersWhenStopping;
        connect(m_window->backupTools(), &ui::BackupTools::aboutToReplace, this,
                [&] { customersWhenStopping << customers(); });
        ui::FileDialog::setNextFileName(target);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        action("restoreBackupAction")->trigger();
        QCOMPARE(customersWhenStopping, QList<int>{2});
        QTRY_COMPARE(customers(), 1);
        QVERIFY(!m_window->mailPanel()->outboxPage()->sendTask()->isRunning());
    }

    void encryptedBackupAsksForThePassword()
    {
        addCustomer(QStringLiteral("Alice Martin"));
        const QString target =
            m_dir.filePath(QStringLiteral("offsite") + core::backup::BackupArchive::kSuffix);
        ui::FileDialog::setNextFileName(target);
        ui::PasswordDialog::setNextPassword(QStringLiteral("a long passphrase"));
        action("backUpNowAction")->trigger();
        QVERIFY(core::backup::BackupArchive::isArchive(target));

        // A wrong password: a clear message, nothing replaced.
        addCustomer(QStringLiteral("Kept"));
        ui::FileDialog::setNextFileName(target);
        ui::PasswordDialog::setNextPassword(QStringLiteral("not the passphrase"));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        action("restoreBackupAction")->trigger();
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("password does not open")),
                 qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(customers(), 2);

        ui::FileDialog::setNextFileName(target);
        ui::PasswordDialog::setNextPassword(QStringLiteral("a long passphrase"));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        action("restoreBackupAction")->trigger();
        QTRY_COMPARE(customers(), 1);
    }

    void newArchivePasswordIsChecked()
    {
        ui::PasswordDialog dialog(ui::PasswordDialog::Purpose::NewArchive,
                                  QStringLiteral("x.rapport-backup"));
        auto edits = dialog.findChildren<QLineEdit*>();
        QCOMPARE(edits.size(), 2);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        edits[0]->setText(QStringLiteral("short"));
        edits[1]->setText(QStringLiteral("short"));
        QVERIFY(!ok->isEnabled());
        edits[0]->setText(QStringLiteral("long enough"));
        QVERIFY(!ok->isEnabled()); // the repeat differs
        edits[1]->setText(QStringLiteral("long enough"));
        QVERIFY(ok->isEnabled());
    }

    void settingsDialogSavesAndLists()
    {
        addCustomer(QStringLiteral("Alice Martin"));
        m_window->backupTools()->rotateInBackground();
        m_window->backupTools()->waitForRotation();
        core::backup::BackupService service(connection(), dbPath());
        ui::BackupSettingsDialog dialog(service);
        QCOMPARE(dialog.backupList()->topLevelItemCount(), 2); // the first daily and weekly
        QVERIFY(dialog.enabledBox()->isChecked());
        dialog.dailySpin()->setValue(3);
        dialog.enabledBox()->setChecked(false);
        dialog.folderEdit()->setText(QStringLiteral("relative/folder"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted); // refused: not a full path
        dialog.folderEdit()->setText(m_dir.filePath(QStringLiteral("elsewhere")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = *service.settings();
        QCOMPARE(saved.policy.keepDaily, 3);
        QVERIFY(!saved.policy.enabled);
        QCOMPARE(saved.folder, m_dir.filePath(QStringLiteral("elsewhere")));
    }

    void erasureReportOffersToDeleteBackups()
    {
        addCustomer(QStringLiteral("Alice Martin"));
        const QString uuid =
            core::sql::scalar(connection(), QStringLiteral("SELECT uuid FROM customers"))
                ->toString();
        m_window->backupTools()->rotateInBackground();
        m_window->backupTools()->waitForRotation();
        QVERIFY(core::sql::execOnce(connection(),
                                    QStringLiteral("UPDATE customers SET name = 'Erased'")));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        m_window->backupTools()->reportErasure(uuid, QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("2 backup")));
        QVERIFY(
            BackupCatalog::list(BackupCatalog::defaultFolderFor(dbPath()), QStringLiteral("shop"))
                .isEmpty());
    }
};

QTEST_MAIN(TestBackupTools)
#include "test_backuptools.moc"
