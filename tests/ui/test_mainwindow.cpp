#include "MainWindow.h"

#include "MainActions.h"
#include "Session.h"
#include "common/Settings.h"
#include "mail/CampaignPage.h"
#include "mail/MailPanel.h"
#include "mail/OutboxPage.h"
#include "models/PagedTableModel.h"
#include "panels/CustomerDetailPane.h"
#include "panels/CustomersPanel.h"
#include "pipeline/PipelinePanel.h"
#include "storage/CustomerRepository.h"
#include "widgets/MessageBox.h"
#include "widgets/Sidebar.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;

// The main window on a temporary database with temporary settings: the four
// sections, switching, remembered geometry, open errors, and undo wiring.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheSections();
    void switchesSections_data();
    void switchesSections();
    void switchesToThePipeline();
    void mailActionsOpenTheirPages();
    void remembersGeometry();
    void showsOpenErrors();
    void deleteAndUndoThroughTheWindow();
    void findFocusesSearch();

private:
    void addCustomers(const QStringList& names) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<core::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<ui::MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("rapport.db"))));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::addCustomers(const QStringList& names) const
{
    core::CustomerRepository repository(m_window->session()->connection(),
                                        m_window->session()->hub());
    for (const QString& name : names) {
        core::Customer c;
        c.name = name;
        QVERIFY(repository.create(c).ok());
    }
}

void TestMainWindow::showsTheSections()
{
    ui::Sidebar* sidebar = m_window->sidebar();
    QCOMPARE(sidebar->count(), 7);
    QStringList titles;
    for (int row = 0; row < sidebar->count(); ++row)
        titles << sidebar->sectionTitle(row);
    QCOMPARE(titles, (QStringList{QStringLiteral("Customers"), QStringLiteral("Companies"),
                                  QStringLiteral("Products"), QStringLiteral("Orders"),
                                  QStringLiteral("Pipeline"), QStringLiteral("Insights"),
                                  QStringLiteral("E-mail")}));
    QCOMPARE(m_window->panels().size(), 4);
    QVERIFY(m_window->pipelinePanel());
    QVERIFY(m_window->insightsPanel());
    QCOMPARE(m_window->currentPanel(), m_window->panels().first());
    QCOMPARE(m_settings->string(core::Settings::Key::LastDatabasePath),
             m_dir->filePath(QStringLiteral("rapport.db")));
}

void TestMainWindow::switchesSections_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("status");
    QTest::addRow("customers") << 0 << QStringLiteral("customers") << QStringLiteral("customer");
    QTest::addRow("companies") << 1 << QStringLiteral("companies") << QStringLiteral("compan");
    QTest::addRow("products") << 2 << QStringLiteral("products") << QStringLiteral("product");
    QTest::addRow("orders") << 3 << QStringLiteral("orders") << QStringLiteral("order");
}

void TestMainWindow::switchesSections()
{
    QFETCH(int, row);
    QFETCH(QString, tableName);
    QFETCH(QString, status);
    if (row == 0)
        m_window->sidebar()->setCurrentRow(2); // start elsewhere
    m_window->sidebar()->setCurrentRow(row);
    ui::TablePanel* panel = m_window->currentPanel();
    QVERIFY(panel);
    QCOMPARE(panel->tableName(), tableName);
    QCOMPARE(m_window->stack()->currentWidget(), panel);
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("0 ")),
             qPrintable(m_window->statusText()));
    QVERIFY2(m_window->statusText().contains(status), qPrintable(m_window->statusText()));
}

// The board is a section of its own: New makes a deal there, and the actions
// on table rows wait for a table.
void TestMainWindow::switchesToThePipeline()
{
    ui::MainActions* actions = m_window->actions();
    m_window->sidebar()->setCurrentRow(4);
    QCOMPARE(m_window->stack()->currentWidget(), m_window->pipelinePanel());
    QCOMPARE(m_window->currentPanel(), nullptr);
    QCOMPARE(actions->newItem->text(), QStringLiteral("&New Deal…"));
    QVERIFY(actions->newItem->isEnabled());
    QVERIFY(!actions->editItem->isEnabled());
    QVERIFY(!actions->saveView->isEnabled());
    for (QAction* tool : {actions->customFields, actions->tags, actions->starterTemplate,
                          actions->overdueActivities, actions->mineRules, actions->scoreCustomers,
                          actions->newCampaign, actions->outbox, actions->mailSettings})
        QVERIFY2(tool->isEnabled(), qPrintable(tool->objectName()));

    m_window->sidebar()->setCurrentRow(0);
    QCOMPARE(actions->newItem->text(), QStringLiteral("&New Customer…"));
    QVERIFY(actions->saveView->isEnabled());
    QVERIFY(actions->tagSelected->isEnabled());
    m_window->sidebar()->setCurrentRow(1);
    QVERIFY(!actions->tagSelected->isEnabled()); // tags are on customers only
}

// Tools › New E-mail Campaign and Outbox open the E-mail section on their page.
void TestMainWindow::mailActionsOpenTheirPages()
{
    ui::MainActions* actions = m_window->actions();
    ui::MailPanel* mail = m_window->mailPanel();
    QVERIFY(mail);
    actions->outbox->trigger();
    QCOMPARE(m_window->stack()->currentWidget(), mail);
    QCOMPARE(m_window->sidebar()->currentSection(), 6);
    QCOMPARE(mail->pages()->currentWidget(), static_cast<QWidget*>(mail->outboxPage()));
    QVERIFY(!actions->editItem->isEnabled());
    m_window->sidebar()->setCurrentRow(0);
    actions->newCampaign->trigger();
    QCOMPARE(m_window->stack()->currentWidget(), mail);
    QCOMPARE(mail->pages()->currentWidget(), static_cast<QWidget*>(mail->campaignPage()));
    QCOMPARE(actions->newCampaign->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
}

void TestMainWindow::remembersGeometry()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->resize(812, 611);
    QTRY_COMPARE(m_window->size(), QSize(812, 611));
    auto* view = m_window->panels().first()->view();
    view->horizontalHeader()->resizeSection(0, 333);
    m_window->close();
    m_window.reset();
    QVERIFY(!m_settings->bytes(core::Settings::Key::WindowGeometry).isEmpty());

    // A new window on the same settings comes back the same size, with the
    // same column width.
    m_window = std::make_unique<ui::MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("rapport.db"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(812, 611));
    QCOMPARE(m_window->panels().first()->view()->horizontalHeader()->sectionSize(0), 333);
}

void TestMainWindow::showsOpenErrors()
{
    const QString bad = m_dir->filePath(QStringLiteral("not-a-database.db"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    ui::Session* before = m_window->session();
    const int shown = ui::MessageBox::count();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabase(bad));
    QCOMPARE(ui::MessageBox::count(), shown + 1);
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("not-a-database.db")),
             qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(m_window->session(), before); // what was open stays open
    QCOMPARE(m_window->sidebar()->count(), 7);

    // A folder that does not exist.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabase(m_dir->filePath(QStringLiteral("missing/folder/x.db"))));
    QCOMPARE(ui::MessageBox::count(), shown + 2);
}

void TestMainWindow::deleteAndUndoThroughTheWindow()
{
    addCustomers({QStringLiteral("Bob"), QStringLiteral("张伟"), QStringLiteral("阿明")});
    auto* panel = qobject_cast<ui::CustomersPanel*>(m_window->panels().first());
    QVERIFY(panel);
    QCOMPARE(panel->model()->rowCount(), 3);
    QVERIFY(m_window->statusText().startsWith(QStringLiteral("3 ")));

    panel->view()->selectRow(1); // Bob, in pinyin order after 阿明
    QCOMPARE(panel->detailPane()->nameText(), QStringLiteral("Bob"));
    m_window->actions()->deleteItem->trigger();
    QCOMPARE(panel->model()->rowCount(), 2);
    QVERIFY(m_window->statusText().startsWith(QStringLiteral("2 ")));
    QVERIFY(m_window->actions()->undo->isEnabled());
    QVERIFY(m_window->actions()->undo->text().contains(QStringLiteral("Bob")));

    m_window->actions()->undo->trigger();
    QCOMPARE(panel->model()->rowCount(), 3);
    m_window->actions()->redo->trigger();
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Opening another database drops the undo history of the first.
    QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("other.db"))));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(m_window->panels().first()->model()->rowCount(), 0);
}

void TestMainWindow::findFocusesSearch()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->sidebar()->setCurrentRow(3);
    m_window->actions()->find->trigger();
    QCOMPARE(m_window->currentPanel(), m_window->panels().first());
    QLineEdit* search = m_window->panels().first()->searchEdit();
    QVERIFY(search);
    QTRY_VERIFY(search->hasFocus());
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
