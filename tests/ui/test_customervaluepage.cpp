#include "Session.h"
#include "charts/ChartView.h"
#include "demo/DemoGenerator.h"
#include "insights/CustomerValuePage.h"
#include "insights/InsightsPanel.h"
#include "insights/ModelReportModel.h"
#include "insights/PurchaseRulesPage.h"
#include "insights/ScoringTask.h"
#include "insights/ValueCharts.h"
#include "storage/OrderRepository.h"
#include "storage/Sql.h"
#include "value/ValueJson.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QImageReader>
#include <QJsonArray>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace rapport;

// The customer value page of the Insights panel on a real demo database (two
// years of orders, enough repeat customers for every model): the empty state,
// Cancel, one-click scoring and what the charts, the models table and the
// details then show, checked against the stored run and customer_scores.
// The functions run in order on one file: scoring takes seconds, so it is
// done once, by the button, and the later functions read the scored file.
class TestCustomerValuePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheEmptyStateBeforeScoring();
    void cancelStoresNothing();
    void scoresFromTheButton();
    void segmentBarsCountTheScoredCustomers();
    void revenueBarsFollowTheReport();
    void sampledChartsShowEveryPoint();
    void calibrationComparesPredictedAndActual();
    void modelsTableShowsChurnAgainstItsBaselines();
    void detailsShowTheFittedParameters();
    void saysWhenOrdersWereAddedSince();
    void exportsEachChartAsPng_data();
    void exportsEachChartAsPng();
    void scoringAShopWithoutOrdersExplainsWhy();

private:
    qint64 scalar(const QString& sql) const;
    ui::CustomerValuePage* page() const { return m_panel->valuePage(); }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ui::InsightsPanel> m_panel;
};

void TestCustomerValuePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = ui::Session::open(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    core::DemoOptions options;
    options.customers = 1500;
    options.seed = 3;
    core::SilentProgress progress;
    const auto demo = core::DemoGenerator::generate(m_session->connection(), options, progress);
    QVERIFY2(demo.ok(), qPrintable(demo.error().message));

    m_stack = std::make_unique<QUndoStack>();
    m_panel = std::make_unique<ui::InsightsPanel>(
        ui::PanelContext{m_session.get(), m_stack.get(), nullptr});
    m_panel->resize(1280, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->pages()->setCurrentWidget(page());
}

void TestCustomerValuePage::cleanupTestCase()
{
    m_panel.reset();
    m_stack.reset();
    m_session.reset();
}

qint64 TestCustomerValuePage::scalar(const QString& sql) const
{
    const auto value = core::sql::scalar(m_session->connection(), sql);
    return value ? value->toLongLong() : -1;
}

void TestCustomerValuePage::showsTheEmptyStateBeforeScoring()
{
    QCOMPARE(m_panel->pages()->tabText(m_panel->pages()->indexOf(page())),
             QStringLiteral("Customer Value"));
    QVERIFY(page()->isEmptyStateShown());
    QVERIFY(!page()->run());
    QCOMPARE(page()->segmentChart()->barCount(), 0);
    QCOMPARE(page()->modelsModel()->rowCount(), 0);
    auto* button = page()->findChild<QPushButton*>(QStringLiteral("emptyScoreButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
}

void TestCustomerValuePage::cancelStoresNothing()
{
    // The panel's slot (Tools › Score Customers) shows the page and scores;
    // the user cancels as soon as the progress dialog exists.
    m_panel->pages()->setCurrentWidget(m_panel->rulesPage());
    bool cancelled = false;
    QTimer presser;
    connect(&presser, &QTimer::timeout, this, [&] {
        if (auto* dialog = page()->findChild<QProgressDialog*>()) {
            dialog->cancel();
            cancelled = true;
            presser.stop();
        }
    });
    presser.start(0);
    const int boxes = ui::MessageBox::count();
    m_panel->scoreCustomers();
    QVERIFY(cancelled);
    QCOMPARE(m_panel->pages()->currentWidget(), page());
    // Cancelling is not an error worth a message box.
    QCOMPARE(ui::MessageBox::count(), boxes);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer_scores")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scoring_runs")), 0);
    QVERIFY(page()->isEmptyStateShown());

    // The task itself says so.
    presser.start(0);
    const auto outcome = ui::ScoringTask::run(page(), m_session.get());
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, core::Error::Code::Cancelled);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer_scores")), 0);
}

void TestCustomerValuePage::scoresFromTheButton()
{
    QSignalSpy announced(m_session->hub(), &core::ChangeHub::changed);
    const int boxes = ui::MessageBox::count();
    auto* button = page()->findChild<QPushButton*>(QStringLiteral("emptyScoreButton"));
    QVERIFY(button);
    // The click returns once the worker finished (ProgressRunner's own loop).
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(ui::MessageBox::count() == boxes, qPrintable(ui::MessageBox::lastText()));
    QVERIFY(page()->run());
    QCOMPARE(page()->run()->id, scalar(QStringLiteral("SELECT max(id) FROM scoring_runs")));
    QVERIFY(!page()->isEmptyStateShown());
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.first().at(0).value<core::Entity>(), core::Entity::CustomerScores);
    QCOMPARE(announced.first().at(1).toLongLong(), page()->run()->id);
    const qint64 scored = scalar(QStringLiteral("SELECT count(*) FROM customer_scores"));
    QVERIFY(scored > 1000);
    QCOMPARE(page()->run()->customers, scored);
    QVERIFY2(page()->summaryText().contains(
                 QStringLiteral("%1 customer(s)").arg(QLocale().toString(scored))),
             qPrintable(page()->summaryText()));
    QVERIFY2(page()->summaryText().contains(page()->run()->modelVersion),
             qPrintable(page()->summaryText()));
}

void TestCustomerValuePage::segmentBarsCountTheScoredCustomers()
{
    ui::ChartView* chart = page()->segmentChart();
    QCOMPARE(chart->barCount(), 11);
    QCOMPARE(chart->barLabels().first(), QStringLiteral("Champions"));
    QCOMPARE(chart->barLabels().last(), QStringLiteral("Lost"));
    const QList<double> values = chart->barValues();
    const double total = std::accumulate(values.cbegin(), values.cend(), 0.0);
    QCOMPARE(qint64(total), scalar(QStringLiteral("SELECT count(*) FROM customer_scores")));
    // Bar by bar, as stored.
    QCOMPARE(
        qint64(values.first()),
        scalar(QStringLiteral("SELECT count(*) FROM customer_scores WHERE segment = 'champions'")));
    QCOMPARE(qint64(values.at(9)),
             scalar(QStringLiteral(
                 "SELECT count(*) FROM customer_scores WHERE segment = 'hibernating'")));
}

void TestCustomerValuePage::revenueBarsFollowTheReport()
{
    const QJsonObject revenue =
        page()->run()->report.value(QStringLiteral("segment_revenue")).toObject();
    const QList<double> values = page()->revenueChart()->barValues();
    QCOMPARE(values.size(), 11);
    // In the axis' unit (thousands for this shop).
    const double unit = ui::ValueCharts::revenueUnit(page()->run()->report);
    QCOMPARE(unit, 1000.0);
    QCOMPARE(values.first() * unit, revenue.value(QStringLiteral("champions")).toDouble());
    QCOMPARE(values.at(8) * unit, revenue.value(QStringLiteral("cant_lose_them")).toDouble());
    QVERIFY(std::accumulate(values.cbegin(), values.cend(), 0.0) > 0);
}

void TestCustomerValuePage::sampledChartsShowEveryPoint()
{
    const auto points = core::ScoreRepository(m_session->connection()).valuePoints(2000);
    QVERIFY(points);
    QVERIFY(points->size() > 1000);
    QCOMPARE(page()->aliveChart()->pointCount(), int(points->size()));
    const QList<double> bins = page()->clvChart()->barValues();
    QCOMPARE(bins.size(), 10);
    QCOMPARE(qint64(std::accumulate(bins.cbegin(), bins.cend(), 0.0)), qint64(points->size()));
    // The last bin is open-ended ("… or more") and starts at or above the 95th
    // percentile, so a few big spenders do not squeeze everyone into one bar.
    QVERIFY2(page()->clvChart()->barLabels().last().endsWith(QStringLiteral("or more")),
             qPrintable(page()->clvChart()->barLabels().last()));
    QVERIFY(bins.last() <= std::ceil(double(points->size()) * 0.05));
    QVERIFY(std::count_if(bins.cbegin(), bins.cend(), [](double n) { return n > 0; }) >= 3);
}

void TestCustomerValuePage::calibrationComparesPredictedAndActual()
{
    const auto bins = core::value::calibrationBinsFrom(page()->run()->report);
    QCOMPARE(bins.size(), std::size_t(8));
    const QList<ui::ChartSeries>& lines = page()->calibrationChart()->lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).name, QStringLiteral("Predicted (BG/NBD)"));
    QCOMPARE(lines.at(1).name, QStringLiteral("Actual"));
    for (const ui::ChartSeries& line : lines)
        QCOMPARE(line.points.size(), 8);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(lines.at(0).points.at(i).x(), double(i));
        QCOMPARE(lines.at(0).points.at(i).y(), bins.at(std::size_t(i)).predicted);
        QCOMPARE(lines.at(1).points.at(i).y(), bins.at(std::size_t(i)).actual);
    }
}

void TestCustomerValuePage::modelsTableShowsChurnAgainstItsBaselines()
{
    ui::ModelReportModel* model = page()->modelsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonObject churn;
    for (const QJsonValue& value : page()->run()->report.value(QStringLiteral("models")).toArray())
        if (value.toObject().value(QStringLiteral("name")).toString() == QLatin1String("churn"))
            churn = value.toObject();
    QVERIFY(!churn.isEmpty());
    const int row = model->rowOf(QStringLiteral("churn"));
    QVERIFY(row >= 0);
    const auto cell = [&](int column, int role) {
        return model->index(row, column).data(role);
    };
    using M = ui::ModelReportModel;
    QCOMPARE(cell(M::AucColumn, M::SortRole).toDouble(),
             churn.value(QStringLiteral("auc")).toDouble());
    QCOMPARE(cell(M::AucColumn, Qt::DisplayRole).toString(),
             QLocale().toString(churn.value(QStringLiteral("auc")).toDouble(), 'f', 3));
    QCOMPARE(cell(M::BaselineAucColumn, M::SortRole).toDouble(),
             churn.value(QStringLiteral("baseline_auc")).toDouble());
    QVERIFY(
        cell(M::BaselineAucColumn, Qt::DisplayRole).toString().contains(QStringLiteral("recency")));
    QCOMPARE(cell(M::AliveAucColumn, M::SortRole).toDouble(),
             churn.value(QStringLiteral("p_alive_auc")).toDouble());
    QCOMPARE(cell(M::BgNbdAucColumn, M::SortRole).toDouble(),
             churn.value(QStringLiteral("bgnbd_auc")).toDouble());
    QCOMPARE(cell(M::HoldoutColumn, M::SortRole).toLongLong(),
             churn.value(QStringLiteral("test_rows")).toInteger());
    // The inputs that drive it: the top five by share, labelled.
    const QJsonArray importance = churn.value(QStringLiteral("importance")).toArray();
    QVERIFY(importance.size() >= 5);
    const QString inputs = cell(M::InputsColumn, Qt::DisplayRole).toString();
    QCOMPARE(inputs.count(QStringLiteral("%")), 5);
    QVERIFY2(
        inputs.startsWith(importance.first().toObject().value(QStringLiteral("label")).toString()),
        qPrintable(inputs));
    // The table shows it.
    QCOMPARE(page()->modelsTable()->model(), model);
    QVERIFY(page()->modelsTable()->height() > page()->modelsTable()->rowHeight(row));

    // The next-category model has no P(alive) baseline: an empty cell, never "nan".
    const int next = model->rowOf(QStringLiteral("next_category"));
    if (next >= 0) {
        QVERIFY(!model->index(next, M::AliveAucColumn).data(M::SortRole).isValid());
        QCOMPARE(model->index(next, M::AliveAucColumn).data().toString(), QString());
    }
}

void TestCustomerValuePage::detailsShowTheFittedParameters()
{
    const QJsonObject bg = page()->run()->report.value(QStringLiteral("bgnbd")).toObject();
    const QString text = page()->detailsBrowser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("BG/NBD")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Gamma-Gamma")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(bg.value(QStringLiteral("r")).toDouble(), 'g', 4)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Frequency–spend correlation")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
}

// After an import (here: one new order) the page says the scores are behind.
void TestCustomerValuePage::saysWhenOrdersWereAddedSince()
{
    QVERIFY(!page()->summaryText().contains(QStringLiteral("added since")));
    core::Order order;
    order.customerId = scalar(QStringLiteral("SELECT min(id) FROM customers"));
    order.orderedOn = QDate(2026, 7, 1);
    core::OrderLine line;
    line.productId = scalar(QStringLiteral("SELECT min(id) FROM products"));
    line.quantity = 1;
    line.unitPriceMinor = 990;
    order.lines << line;
    auto id = core::OrderRepository(m_session->connection(), m_session->hub()).create(order);
    QVERIFY2(id, qPrintable(id.error().message));
    QVERIFY2(page()->summaryText().contains(QStringLiteral("1 order added since"))
                 || page()->summaryText().contains(QStringLiteral("1 order(s) added since")),
             qPrintable(page()->summaryText()));
    QVERIFY(core::OrderRepository(m_session->connection(), m_session->hub()).remove(*id));
    QVERIFY2(!page()->summaryText().contains(QStringLiteral("added since")),
             qPrintable(page()->summaryText()));
}

void TestCustomerValuePage::exportsEachChartAsPng_data()
{
    QTest::addColumn<QString>("chart");
    for (const char* name :
         {"segmentChart", "revenueChart", "clvChart", "aliveChart", "calibrationChart"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCustomerValuePage::exportsEachChartAsPng()
{
    QFETCH(QString, chart);
    auto* view = page()->findChild<ui::ChartView*>(chart);
    QVERIFY(view);
    auto* button = page()->findChild<QToolButton*>(chart + QStringLiteral("Export"));
    QVERIFY(button);
    // A name without a suffix gets ".png".
    const QString path = m_dir.filePath(chart);
    ui::FileDialog::setNextFileName(path);
    button->click();
    QFileInfo written(path + QStringLiteral(".png"));
    QVERIFY(written.exists());
    QVERIFY(written.size() > 1000);
    QImageReader reader(written.filePath());
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), (QSizeF(view->size()) * view->devicePixelRatioF()).toSize());
}

void TestCustomerValuePage::scoringAShopWithoutOrdersExplainsWhy()
{
    auto opened = ui::Session::open(m_dir.filePath(QStringLiteral("empty.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    const std::unique_ptr<ui::Session> session = std::move(opened).value();
    QUndoStack stack;
    ui::CustomerValuePage emptyPage(ui::PanelContext{session.get(), &stack, nullptr});
    emptyPage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&emptyPage));
    QVERIFY(emptyPage.isEmptyStateShown());
    const int boxes = ui::MessageBox::count();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    emptyPage.scoreCustomers();
    // The core's message, in a box; nothing stored, the empty state stays.
    QCOMPARE(ui::MessageBox::count(), boxes + 1);
    QVERIFY(!ui::MessageBox::lastText().isEmpty());
    QVERIFY(emptyPage.isEmptyStateShown());
    const auto runs = core::sql::scalar(session->connection(),
                                        QStringLiteral("SELECT count(*) FROM scoring_runs"));
    QVERIFY(runs);
    QCOMPARE(runs->toLongLong(), 0);
}

QTEST_MAIN(TestCustomerValuePage)
#include "test_customervaluepage.moc"
