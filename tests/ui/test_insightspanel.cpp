#include "PurchaseData.h"
#include "Session.h"
#include "charts/ChartView.h"
#include "insights/InsightsPanel.h"
#include "insights/MineRulesDialog.h"
#include "insights/PurchaseRulesPage.h"
#include "insights/RulesFilterModel.h"
#include "insights/RulesTableModel.h"
#include "insights/TargetListPane.h"
#include "storage/CustomerRepository.h"
#include "storage/MiningRepository.h"
#include "storage/TagRepository.h"
#include "widgets/FileDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace rapport;
using core::RowId;
using core::mining::StoredRule;

// The Insights panel's purchase rules on a shop whose rules are known by hand
// (PurchaseData.h): the run list, the table's sorting and filters, the charts,
// the target list of a rule (export and tags) and mining from the dialog.
class TestInsightsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheEmptyStateWithoutRuns();
    void listsRunsNewestFirst();
    void rulesModelPassesTheTester();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void filters_data();
    void filters();
    void selectingARuleShowsItsTargets_data();
    void selectingARuleShowsItsTargets();
    void clickingAPointSelectsItsRule();
    void exportsTheChartAsPng();
    void exportsTheTargetList();
    void tagsTheTargetsInOneUndoStep();
    void dialogMinesThroughTheProgressRunner();

private:
    RowId ruleId(const QStringList& antecedent, const QString& consequent) const;
    QStringList targetNames(const ui::PurchaseRulesPage& page) const;
    std::unique_ptr<ui::InsightsPanel> makePanel();

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    ui::PanelContext m_context;
    testing::PurchaseData m_data;
};

void TestInsightsPanel::init()
{
    QVERIFY(m_dir.isValid());
    // One file per test and per data row.
    auto opened = ui::Session::open(m_dir.filePath(QStringLiteral("shop%1.db").arg(++m_files)));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    m_stack = std::make_unique<QUndoStack>();
    m_context = {m_session.get(), m_stack.get(), nullptr};
    m_data = {};
    QVERIFY2(m_data.fill(*m_session), qPrintable(m_data.error));
}

void TestInsightsPanel::cleanup()
{
    m_stack.reset();
    m_session.reset();
}

std::unique_ptr<ui::InsightsPanel> TestInsightsPanel::makePanel()
{
    auto panel = std::make_unique<ui::InsightsPanel>(m_context);
    panel->resize(1100, 760);
    // The page reads a run's rules once it is on screen.
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel.get()))
        qWarning("the panel did not show");
    return panel;
}

// The id of the stored rule with these item letters (PurchaseData's names).
RowId TestInsightsPanel::ruleId(const QStringList& antecedent, const QString& consequent) const
{
    QStringList wanted;
    for (const QString& letter : antecedent)
        wanted << testing::PurchaseData::productName(letter);
    wanted.sort();
    const auto run = core::MiningRepository(m_session->connection()).latestRun();
    if (!run || !*run)
        return 0;
    const auto rules = core::MiningRepository(m_session->connection()).rules((*run)->id);
    for (const StoredRule& rule : *rules) {
        QStringList labels = rule.antecedentLabels;
        labels.sort();
        if (labels == wanted
            && rule.consequentLabels == QStringList{testing::PurchaseData::productName(consequent)})
            return rule.id;
    }
    return 0;
}

QStringList TestInsightsPanel::targetNames(const ui::PurchaseRulesPage& page) const
{
    QStringList names;
    for (const core::Customer& customer : page.targets()->customers())
        names << customer.name;
    names.sort();
    return names;
}

void TestInsightsPanel::showsTheEmptyStateWithoutRuns()
{
    auto panel = makePanel();
    QCOMPARE(panel->title(), QStringLiteral("Insights"));
    QVERIFY(panel->rulesPage()->isEmptyStateShown());
    QVERIFY(panel->rulesPage()->runs().isEmpty());
    QCOMPARE(panel->rulesPage()->scatterChart()->pointCount(), 0);

    // A run stored elsewhere (announced on the hub) replaces the empty state.
    const auto run = testing::PurchaseData::mine(*m_session);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QVERIFY(!panel->rulesPage()->isEmptyStateShown());
    QCOMPARE(panel->rulesPage()->currentRunId(), run->id);
}

void TestInsightsPanel::listsRunsNewestFirst()
{
    const auto first = testing::PurchaseData::mine(*m_session);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    auto panel = makePanel();
    ui::PurchaseRulesPage* page = panel->rulesPage();
    QCOMPARE(page->runs().size(), 1);
    QCOMPARE(page->runs().first().ruleCount, std::size_t(11));
    QCOMPARE(page->runs().first().transactions, std::size_t(10));

    const auto second = testing::PurchaseData::mine(*m_session);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(page->runs().size(), 2);
    QCOMPARE(page->runs().at(0).id, second->id);
    QCOMPARE(page->runs().at(1).id, first->id);
    auto* combo = page->findChild<QComboBox*>(QStringLiteral("runCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QVERIFY2(combo->itemText(0).contains(QStringLiteral("FP-Growth")),
             qPrintable(combo->itemText(0)));
    // (Without a translation loaded the plurals read "rule(s)".)
    QVERIFY2(combo->itemText(0).contains(QStringLiteral("10 basket(s), 11 rule(s)")),
             qPrintable(combo->itemText(0)));

    // Choosing the older run shows its rules.
    page->setCurrentRun(first->id);
    QCOMPARE(page->currentRunId(), first->id);
    QCOMPARE(page->rulesModel()->rowCount(), 11);
    for (const StoredRule& rule : page->rulesModel()->rules())
        QCOMPARE(rule.runId, first->id);
}

void TestInsightsPanel::rulesModelPassesTheTester()
{
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    auto panel = makePanel();
    QAbstractItemModelTester rulesTester(panel->rulesPage()->rulesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(panel->rulesPage()->filterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->rulesPage()->setItemFilter(QStringLiteral("薯片"));
    panel->rulesPage()->setMinimumLift(1.5);
    panel->rulesPage()->reload();
    QCOMPARE(panel->rulesPage()->rulesModel()->rowCount(), 11);
}

void TestInsightsPanel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    for (int column = 0; column < ui::RulesTableModel::ColumnCount; ++column)
        QTest::addRow(
            "%s", qPrintable(ui::RulesTableModel().headerData(column, Qt::Horizontal).toString()))
            << column;
}

void TestInsightsPanel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    auto panel = makePanel();
    QTableView* table = panel->rulesPage()->rulesTable();
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        table->sortByColumn(column, order);
        const QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 11);
        for (int row = 1; row < model->rowCount(); ++row) {
            const QVariant before =
                model->index(row - 1, column).data(ui::RulesTableModel::SortRole);
            const QVariant after = model->index(row, column).data(ui::RulesTableModel::SortRole);
            const bool inOrder =
                before.typeId() == QMetaType::QString
                    ? true // names: collated; checked below for the lift column instead
                    : (order == Qt::AscendingOrder ? before.toDouble() <= after.toDouble()
                                                   : before.toDouble() >= after.toDouble());
            QVERIFY2(inOrder, qPrintable(QStringLiteral("row %1: %2 then %3")
                                             .arg(row)
                                             .arg(before.toString(), after.toString())));
        }
    }
    // By lift, highest first, A,C⇒B (lift 2) leads.
    table->sortByColumn(ui::RulesTableModel::LiftColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, 0).data(ui::RulesTableModel::RuleIdRole).toLongLong(),
             ruleId({QStringLiteral("A"), QStringLiteral("C")}, QStringLiteral("B")));
}

void TestInsightsPanel::filters_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<double>("minLift");
    QTest::addColumn<double>("minConfidence");
    QTest::addColumn<int>("rules");
    QTest::addRow("everything") << QString() << 0.0 << 0.0 << 11;
    QTest::addRow("milk") << QStringLiteral("牛奶") << 0.0 << 0.0 << 2;
    QTest::addRow("chips") << QStringLiteral("薯片") << 0.0 << 0.0 << 7;
    QTest::addRow("lift 1.5") << QString() << 1.5 << 0.0 << 5;
    QTest::addRow("confidence 75%%") << QString() << 0.0 << 0.75 << 6;
    QTest::addRow("beer, lift, confidence") << QStringLiteral("啤酒") << 1.5 << 0.75 << 3;
    QTest::addRow("nothing") << QStringLiteral("咖啡") << 0.0 << 0.0 << 0;
}

void TestInsightsPanel::filters()
{
    QFETCH(QString, item);
    QFETCH(double, minLift);
    QFETCH(double, minConfidence);
    QFETCH(int, rules);
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    auto panel = makePanel();
    ui::PurchaseRulesPage* page = panel->rulesPage();
    page->setItemFilter(item);
    page->setMinimumLift(minLift);
    page->setMinimumConfidence(minConfidence);
    QCOMPARE(page->rulesTable()->model()->rowCount(), rules);
    // The charts show the rules the table shows; the bars at most the top 15.
    QCOMPARE(page->scatterChart()->pointCount(), rules);
    QCOMPARE(page->barChart()->barCount(), std::min(rules, 15));
    auto* count = page->findChild<QLabel*>(QStringLiteral("ruleCountLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("%1 of 11 rule(s)").arg(rules));
}

void TestInsightsPanel::selectingARuleShowsItsTargets_data()
{
    QTest::addColumn<QStringList>("antecedent");
    QTest::addColumn<QString>("consequent");
    QTest::addColumn<QStringList>("targets");
    QTest::addRow("beer, diapers => chips")
        << QStringList{QStringLiteral("A"), QStringLiteral("B")} << QStringLiteral("C")
        << QStringList{QStringLiteral("Customer 4")};
    QTest::addRow("beer => chips")
        << QStringList{QStringLiteral("A")} << QStringLiteral("C")
        << QStringList{QStringLiteral("Customer 4"), QStringLiteral("Customer 5"),
                       QStringLiteral("Customer 6")};
    QTest::addRow("bread => milk") << QStringList{QStringLiteral("N")} << QStringLiteral("M")
                                   << QStringList{QStringLiteral("Customer 10")};
    QTest::addRow("beer, chips => diapers") << QStringList{QStringLiteral("A"), QStringLiteral("C")}
                                            << QStringLiteral("B") << QStringList();
}

void TestInsightsPanel::selectingARuleShowsItsTargets()
{
    QFETCH(QStringList, antecedent);
    QFETCH(QString, consequent);
    QFETCH(QStringList, targets);
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    auto panel = makePanel();
    ui::PurchaseRulesPage* page = panel->rulesPage();
    const RowId id = ruleId(antecedent, consequent);
    QVERIFY(id != 0);

    // Through the table, as a click on its row does.
    QTableView* table = page->rulesTable();
    const QModelIndex source = page->rulesModel()->index(page->rulesModel()->rowOf(id), 0);
    table->setCurrentIndex(page->filterModel()->mapFromSource(source));
    QCOMPARE(page->currentRuleId(), id);
    QCOMPARE(targetNames(*page), targets);
    QCOMPARE(page->scatterChart()->selectedKey(), id);
    QVERIFY2(page->targets()->summaryText().startsWith(
                 QStringLiteral("%1 customer(s) bought ").arg(targets.size())),
             qPrintable(page->targets()->summaryText()));

    // A filter that hides the rule keeps its targets; clearing the choice empties them.
    page->setItemFilter(QStringLiteral("面包"));
    QCOMPARE(page->currentRuleId(), id);
    QCOMPARE(targetNames(*page), targets);
    page->selectRule(0);
    QVERIFY(page->targets()->customers().isEmpty());
}

void TestInsightsPanel::clickingAPointSelectsItsRule()
{
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    ui::PurchaseRulesPage* page = panel->rulesPage();
    ui::ChartView* chart = page->scatterChart();
    QCOMPARE(chart->pointCount(), 11);
    // A⇒C sits alone at 30% support, 50% confidence.
    const RowId id = ruleId({QStringLiteral("A")}, QStringLiteral("C"));
    const QPoint where = chart->positionOf(id);
    QVERIFY(!where.isNull());
    QWidget* plot = chart->childAt(where);
    QVERIFY(plot);
    QSignalSpy clicked(chart, &ui::ChartView::itemClicked);
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->mapFrom(chart, where));
    QTRY_COMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toLongLong(), id);
    QCOMPARE(page->currentRuleId(), id);
    QCOMPARE(page->rulesTable()->currentIndex().data(ui::RulesTableModel::RuleIdRole).toLongLong(),
             id);
    QCOMPARE(page->targets()->customers().size(), 3);
}

void TestInsightsPanel::exportsTheChartAsPng()
{
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    for (const QString& name : {QStringLiteral("scatter.png"), QStringLiteral("bars")}) {
        if (name == QStringLiteral("bars"))
            panel->rulesPage()
                ->findChild<QTabWidget*>(QStringLiteral("chartTabs"))
                ->setCurrentIndex(1);
        const QString path = m_dir.filePath(name);
        ui::FileDialog::setNextFileName(path);
        panel->rulesPage()->exportChart();
        // A name without a suffix gets ".png".
        const QString written =
            name.endsWith(QStringLiteral(".png")) ? path : path + QStringLiteral(".png");
        QImageReader reader(written);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        const QSize shown = panel->rulesPage()->visibleChart()->size();
        const qreal ratio = panel->rulesPage()->visibleChart()->devicePixelRatioF();
        QCOMPARE(image.size(), (QSizeF(shown) * ratio).toSize());
    }
    // The bars: every rule (fewer than 15), the strongest on top, labelled as the table reads.
    QCOMPARE(panel->rulesPage()->barChart()->barCount(), 11);
    const StoredRule* top = panel->rulesPage()->rulesModel()->ruleById(
        ruleId({QStringLiteral("A"), QStringLiteral("C")}, QStringLiteral("B")));
    QVERIFY(top);
    QCOMPARE(panel->rulesPage()->barChart()->barLabels().first(), top->text());
    QVERIFY2(top->text().endsWith(QStringLiteral(" ⇒ 尿布")), qPrintable(top->text()));
}

void TestInsightsPanel::exportsTheTargetList()
{
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    auto panel = makePanel();
    ui::PurchaseRulesPage* page = panel->rulesPage();
    page->selectRule(ruleId({QStringLiteral("A")}, QStringLiteral("C")));
    QCOMPARE(page->targets()->customers().size(), 3);
    const QString path = m_dir.filePath(QStringLiteral("targets.csv"));
    ui::FileDialog::setNextFileName(path);
    page->targets()->exportCsv();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs for UTF-8
    const QString text = QString::fromUtf8(bytes.mid(3));
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.takeFirst(), QStringLiteral("name,email,phone"));
    lines.sort();
    // The phone begins with "+": guarded against spreadsheet formulas.
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("Customer 4,c4@example.com,'+86 138 0013 8013"),
                        QStringLiteral("Customer 5,c5@example.com,'+86 138 0013 8014"),
                        QStringLiteral("Customer 6,c6@example.com,'+86 138 0013 8015"),
                    }));
}

void TestInsightsPanel::tagsTheTargetsInOneUndoStep()
{
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    core::Tag tag;
    tag.name = QStringLiteral("Chips campaign");
    tag.color = QStringLiteral("#d73027");
    const auto tagId = core::TagRepository(m_session->connection(), m_session->hub()).create(tag);
    QVERIFY2(tagId.ok(), qPrintable(tagId.error().message));
    auto panel = makePanel();
    ui::PurchaseRulesPage* page = panel->rulesPage();
    page->selectRule(ruleId({QStringLiteral("A")}, QStringLiteral("C")));

    auto* menu = page->targets()->findChild<QMenu*>(QStringLiteral("tagTargetsMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow(); // as opening the button's menu does
    QAction* entry = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == tag.name)
            entry = action;
    }
    QVERIFY(entry);
    QVERIFY(!entry->isChecked());
    entry->trigger();
    QCOMPARE(m_stack->count(), 1);
    const auto holders = core::TagRepository(m_session->connection()).customersWith(*tagId);
    QVERIFY(holders.ok());
    QList<RowId> expected = page->targets()->customerIds();
    QList<RowId> actual = *holders;
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, expected);
    m_stack->undo();
    QVERIFY(core::TagRepository(m_session->connection()).customersWith(*tagId)->isEmpty());
}

void TestInsightsPanel::dialogMinesThroughTheProgressRunner()
{
    auto panel = makePanel();
    ui::PurchaseRulesPage* page = panel->rulesPage();
    QVERIFY(page->isEmptyStateShown());

    ui::MineRulesDialog dialog(m_session.get());
    ui::MiningRequest request = dialog.request();
    // The defaults the issue asks for.
    QCOMPARE(request.mining.minSupport, 0.01);
    QCOMPARE(request.rules.minConfidence, 0.2);
    QCOMPARE(request.rules.minLift, 1.0);
    request.mining.minSupport = 0.2;
    request.mining.algorithm = core::mining::Algorithm::Eclat;
    dialog.setRequest(request);
    QCOMPARE(dialog.request().mining.minSupport, 0.2);
    dialog.accept(); // runs the worker through ProgressRunner
    QVERIFY(dialog.run().has_value());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.run()->ruleCount, std::size_t(11));
    QCOMPARE(dialog.run()->mining.algorithm, core::mining::Algorithm::Eclat);

    // The run was stored by the worker's connection and announced on the hub.
    QVERIFY(!page->isEmptyStateShown());
    QCOMPARE(page->currentRunId(), dialog.run()->id);
    QCOMPARE(page->rulesModel()->rowCount(), 11);
}

QTEST_MAIN(TestInsightsPanel)
#include "test_insightspanel.moc"
