#include "audit/AuditLogWindow.h"

#include "MainWindow.h"
#include "Session.h"
#include "audit/AuditLogPage.h"
#include "common/Settings.h"
#include "models/PagedTableModel.h"
#include "panels/CustomerDetailPane.h"
#include "panels/CustomersPanel.h"
#include "storage/AuditRepository.h"
#include "storage/CustomerRepository.h"

#include <QAction>
#include <QTemporaryDir>
#include <QtTest>

using namespace rapport;

// The audit log as the window offers it: Tools › Audit Log… and a customer's
// History link, on a temporary database.
class TestAuditLogWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;

private Q_SLOTS:
    void init()
    {
        m_settings =
            std::make_unique<core::Settings>(m_dir.filePath(QStringLiteral("rapport.ini")));
        m_window = std::make_unique<ui::MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("shop.db"))));
    }
    void cleanup() { m_window.reset(); }

    void toolsMenuOpensTheLog()
    {
        core::Customer c;
        c.name = QStringLiteral("Alice Martin");
        QVERIFY(core::CustomerRepository(m_window->session()->connection()).create(c));
        QVERIFY(!m_window->auditLogWindow());
        auto* action = m_window->findChild<QAction*>(QStringLiteral("auditLogAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        action->trigger();
        QVERIFY(m_window->auditLogWindow());
        QVERIFY(m_window->auditLogWindow()->isVisible());
        QTRY_VERIFY(m_window->auditLogWindow()->page()->model()->rowCount() >= 1);
    }

    void historyLinkShowsOneCustomer()
    {
        core::CustomerRepository customers(m_window->session()->connection());
        core::Customer a;
        a.name = QStringLiteral("Alice Martin");
        core::Customer b;
        b.name = QStringLiteral("王芳");
        const auto idA = *customers.create(a);
        QVERIFY(customers.create(b));
        auto* panel = m_window->findChild<ui::CustomersPanel*>();
        QVERIFY(panel);
        Q_EMIT panel->detailPane()->historyRequested(idA);
        QVERIFY(m_window->auditLogWindow());
        const core::AuditFilter filter = m_window->auditLogWindow()->page()->filter();
        QCOMPARE(filter.entity, QStringLiteral("customers"));
        QCOMPARE(filter.entityId.value_or(0), idA);
        QTRY_COMPARE(m_window->auditLogWindow()->page()->model()->rowCount(), 1);
    }

    void closingTheDatabaseClosesTheLog()
    {
        m_window->showAuditLog();
        QVERIFY(m_window->auditLogWindow());
        QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("other.db"))));
        QVERIFY(!m_window->auditLogWindow());
    }
};

QTEST_MAIN(TestAuditLogWindow)
#include "test_auditlogwindow.moc"
