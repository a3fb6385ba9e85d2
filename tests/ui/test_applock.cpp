#include "security/AppLock.h"

#include "MainActions.h"
#include "MainWindow.h"
#include "Session.h"
#include "backup/PasswordDialog.h"
#include "common/Settings.h"
#include "security/AppPassword.h"
#include "security/AppPasswordDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace rapport;

// The application password in a real window: set in its dialog, asked when the
// database opens, and again when the window is locked.
class TestAppLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QString dbPath() const { return m_dir.filePath(QStringLiteral("shop.db")); }

    void setPassword(const QString& password)
    {
        ui::AppPasswordDialog dialog(m_window->session()->connection());
        dialog.newEdit()->setText(password);
        dialog.repeatEdit()->setText(password);
        dialog.minutesSpin()->setValue(5);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

private Q_SLOTS:
    void init()
    {
        m_settings =
            std::make_unique<core::Settings>(m_dir.filePath(QStringLiteral("rapport.ini")));
        m_window = std::make_unique<ui::MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(dbPath()));
    }
    void cleanup()
    {
        m_window.reset();
        QFile::remove(dbPath());
    }

    void dialogSaysWhatThePasswordGuards()
    {
        ui::AppPasswordDialog dialog(m_window->session()->connection());
        bool found = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            found |= label->text().contains(QStringLiteral("not the file"));
        QVERIFY(found);
        QVERIFY(dialog.currentEdit()->isHidden()); // nothing set yet
        dialog.newEdit()->setText(QStringLiteral("secret1"));
        dialog.repeatEdit()->setText(QStringLiteral("secret2"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("differ")));
    }

    void openingAskForThePassword()
    {
        setPassword(QStringLiteral("shop-secret"));
        QCOMPARE(*core::AppPassword(m_window->session()->connection()).lockAfterMinutes(), 5);
        // Cancelled: the database does not open.
        ui::PasswordDialog::setNextPassword(QString());
        QVERIFY(!m_window->openDatabase(dbPath()));
        // Wrong, asked again, then cancelled: still not open.
        ui::PasswordDialog::setNextPassword(QStringLiteral("guess"));
        ui::PasswordDialog::setNextPassword(QString());
        QVERIFY(!m_window->openDatabase(dbPath()));
        ui::PasswordDialog::setNextPassword(QStringLiteral("shop-secret"));
        QVERIFY(m_window->openDatabase(dbPath()));
    }

    void lockHidesTheWindowUntilThePasswordIsGiven()
    {
        setPassword(QStringLiteral("shop-secret"));
        m_window->appLock()->setSession(m_window->session());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        ui::PasswordDialog::setNextPassword(QStringLiteral("shop-secret"));
        m_window->findChild<QAction*>(QStringLiteral("lockNowAction"))->trigger();
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->appLock()->isLocked());

        QSignalSpy quit(m_window->appLock(), &ui::AppLock::quitRequested);
        ui::PasswordDialog::setNextPassword(QString());
        m_window->appLock()->lockNow();
        QCOMPARE(quit.size(), 1);
        QVERIFY(!m_window->isVisible()); // still hidden: the window closes next
    }

    void removingNeedsTheCurrentPassword()
    {
        setPassword(QStringLiteral("shop-secret"));
        ui::AppPasswordDialog dialog(m_window->session()->connection());
        QVERIFY(!dialog.currentEdit()->isHidden());
        dialog.removeBox()->setChecked(true);
        dialog.currentEdit()->setText(QStringLiteral("wrong"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        dialog.currentEdit()->setText(QStringLiteral("shop-secret"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!*core::AppPassword(m_window->session()->connection()).isSet());
    }
};

QTEST_MAIN(TestAppLock)
#include "test_applock.moc"
