#include "MainWindowTest.h"
#include "Session.h"
#include "models/PagedTableModel.h"
#include "panels/TablePanel.h"
#include "storage/CustomerRepository.h"
#include "storage/SavedViewRepository.h"
#include "views/PanelViews.h"
#include "widgets/Sidebar.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;
using Op = core::FilterCondition::Op;

// Saved views through the main window: saving the customers panel's state,
// choosing the view in the sidebar of a fresh window, and renaming and
// deleting views with undo.
class TestSidebarViews : public testing::MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void savesAndRestoresAView();
    void renameAndDeleteUndo();

private:
    core::RowId saveShanghaiView();
    QTreeWidgetItem* customersEntry() const { return m_window->sidebar()->topLevelItem(0); }
};

core::RowId TestSidebarViews::saveShanghaiView()
{
    core::CustomerRepository customers(m_window->session()->connection(),
                                       m_window->session()->hub());
    const QList<QPair<QString, QString>> people = {
        {QStringLiteral("张伟"), QStringLiteral("上海")},
        {QStringLiteral("Zhang Li"), QStringLiteral("上海")},
        {QStringLiteral("Wang Fang"), QStringLiteral("北京")},
        {QStringLiteral("Zhao Min"), QStringLiteral("上海")}};
    for (const auto& [name, city] : people) {
        core::Customer c;
        c.name = name;
        c.city = city;
        if (!customers.create(c))
            return 0;
    }
    ui::TablePanel* panel = m_window->panels().first();
    QHeaderView* header = panel->view()->horizontalHeader();
    // The user's own arrangement: city first, phone hidden, sorted by name descending.
    header->moveSection(header->visualIndex(panel->model()->columnIndex(QStringLiteral("city"))),
                        0);
    header->setSectionHidden(panel->model()->columnIndex(QStringLiteral("phone")), true);
    header->setSortIndicator(panel->model()->columnIndex(QStringLiteral("name")),
                             Qt::DescendingOrder);
    panel->searchEdit()->setText(QStringLiteral("zhang"));
    if (!QTest::qWaitFor(
            [&] { return panel->model()->querySpec().search == QLatin1String("zhang"); }))
        return 0;
    core::FilterGroup filter;
    filter.conditions << core::FilterCondition{QStringLiteral("city"), Op::Equals,
                                               QStringLiteral("上海")};
    panel->views()->setFilter(filter);
    return panel->views()->saveViewAs(QStringLiteral("上海 Zhangs"));
}

void TestSidebarViews::savesAndRestoresAView()
{
    const core::RowId id = saveShanghaiView();
    QVERIFY(id > 0);
    ui::TablePanel* panel = m_window->panels().first();
    const QStringList columns = panel->visibleColumnKeys();
    QCOMPARE(columns.first(), QStringLiteral("city"));
    QVERIFY(!columns.contains(QStringLiteral("phone")));
    QCOMPARE(panel->model()->rowCount(), 2); // 张伟 and Zhang Li in 上海
    QCOMPARE(customersEntry()->childCount(), 1);
    QCOMPARE(customersEntry()->child(0)->text(0), QStringLiteral("上海 Zhangs"));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Save View “上海 Zhangs”"));

    // A fresh window on the same file, with fresh settings: the table is as
    // a new user sees it until the view is chosen.
    const QString path = m_window->session()->path();
    m_window.reset();
    m_settings = std::make_unique<core::Settings>(m_dir->filePath(QStringLiteral("other.ini")));
    m_window = std::make_unique<ui::MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    panel = m_window->panels().first();
    QVERIFY(panel->visibleColumnKeys() != columns);
    QCOMPARE(panel->model()->rowCount(), 4);

    m_window->sidebar()->setCurrentRow(2); // elsewhere first
    QTreeWidgetItem* item = m_window->sidebar()->viewItem(id);
    QVERIFY(item);
    m_window->sidebar()->setCurrentItem(item);
    QCOMPARE(m_window->currentPanel(), panel);
    QCOMPARE(panel->visibleColumnKeys(), columns);
    const core::QuerySpec& spec = panel->model()->querySpec();
    QCOMPARE(spec.sortKey, QStringLiteral("name"));
    QVERIFY(spec.descending);
    QCOMPARE(spec.search, QStringLiteral("zhang"));
    QCOMPARE(panel->searchEdit()->text(), QStringLiteral("zhang"));
    QCOMPARE(spec.where.conditions.size(), 1);
    QCOMPARE(spec.where.conditions.first().value.toString(), QStringLiteral("上海"));
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(panel->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(panel->view()->horizontalHeader()->sortIndicatorSection(),
             panel->model()->columnIndex(QStringLiteral("name")));
    if (const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/sidebarviews.png")));
}

void TestSidebarViews::renameAndDeleteUndo()
{
    const core::RowId id = saveShanghaiView();
    QVERIFY(id > 0);
    ui::Sidebar* sidebar = m_window->sidebar();
    QUndoStack* stack = m_window->undoStack();
    core::SavedViewRepository views(m_window->session()->connection());

    sidebar->renameView(*views.get(id), QStringLiteral("Shanghai"));
    QCOMPARE(sidebar->viewItem(id)->text(0), QStringLiteral("Shanghai"));
    QCOMPARE(views.get(id)->name, QStringLiteral("Shanghai"));
    stack->undo();
    QCOMPARE(sidebar->viewItem(id)->text(0), QStringLiteral("上海 Zhangs"));
    stack->redo();
    QCOMPARE(sidebar->viewItem(id)->text(0), QStringLiteral("Shanghai"));

    // Update with the current state: the filter cleared.
    ui::TablePanel* panel = m_window->panels().first();
    panel->views()->clearFilter();
    panel->views()->updateView(*views.get(id));
    QVERIFY(views.get(id)->filter.isEmpty());
    QCOMPARE(views.get(id)->name, QStringLiteral("Shanghai"));
    stack->undo();
    QCOMPARE(views.get(id)->filter.conditions.size(), 1);

    sidebar->deleteView(*views.get(id));
    QVERIFY(!sidebar->viewItem(id));
    QCOMPARE(customersEntry()->childCount(), 0);
    stack->undo();
    QVERIFY(sidebar->viewItem(id));
    QCOMPARE(views.get(id)->name, QStringLiteral("Shanghai"));

    // Undoing the save removes the view from the sidebar too.
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(customersEntry()->childCount(), 0);
}

QTEST_MAIN(TestSidebarViews)
#include "test_sidebarviews.moc"
