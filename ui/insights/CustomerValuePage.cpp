#include "insights/CustomerValuePage.h"

#include "Format.h"
#include "Session.h"
#include "charts/ChartView.h"
#include "insights/ModelReportModel.h"
#include "insights/ScoringTask.h"
#include "insights/ValueCharts.h"
#include "insights/ValueReportText.h"
#include "value/ValueJson.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

constexpr int kChartColumns = 3;
// Enough for a chart's title, axis titles and eleven segment labels.
constexpr int kChartHeight = 300;
const char* const kExportName = "exportName";

} // namespace

CustomerValuePage::CustomerValuePage(const PanelContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_scoreButton(new QPushButton(tr("Score Customers"), this))
    , m_pages(new QStackedWidget(this))
    , m_models(new ModelReportModel(this))
{
    setObjectName(QStringLiteral("customerValuePage"));
    m_summary->setObjectName(QStringLiteral("valueSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scoreButton->setObjectName(QStringLiteral("scoreCustomersButton"));
    m_scoreButton->setToolTip(tr("Score every customer again from the current orders"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_scoreButton);

    m_emptyPage = buildEmptyPage();
    m_content = buildContent();
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(m_scoreButton, &QPushButton::clicked, this, &CustomerValuePage::scoreCustomers);
    connect(m_context.session->hub(), &core::ChangeHub::changed, this, [this](core::Entity entity) {
        if (entity == core::Entity::CustomerScores)
            reload();
        else if (entity == core::Entity::Order && m_run)
            showSummary(); // an import or a new order: are the scores behind?
    });
    reload();
}

CustomerValuePage::~CustomerValuePage() = default;

QWidget* CustomerValuePage::buildEmptyPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("valueEmptyPage"));
    auto* heading = new QLabel(tr("No customer scores yet."), page);
    heading->setAlignment(Qt::AlignCenter);
    // The whole width, centred text: a word-wrapped label given a narrower
    // width through an alignment flag is laid out one line short and clipped.
    auto* label = new QLabel(
        tr("Scoring reads every customer's orders and works out their RFM segment, the chance "
           "they are still active, their expected value over the next year (CLV) and their risk "
           "of churning, and checks each model on the most recent months."),
        page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto* button = new QPushButton(tr("Score Customers"), page);
    button->setObjectName(QStringLiteral("emptyScoreButton"));
    connect(button, &QPushButton::clicked, this, &CustomerValuePage::scoreCustomers);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(120, 0, 120, 0);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addWidget(label);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

QWidget* CustomerValuePage::chartCell(ChartView* chart, const QString& fileName)
{
    chart->setProperty(kExportName, fileName);
    chart->setMinimumHeight(kChartHeight);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(chart->objectName() + QStringLiteral("Export"));
    exportButton->setText(tr("Export Chart…"));
    exportButton->setAutoRaise(true);
    connect(exportButton, &QToolButton::clicked, this, [this, chart] { exportChart(chart); });
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(chart, 1);
    layout->addWidget(exportButton, 0, Qt::AlignRight);
    return cell;
}

QWidget* CustomerValuePage::buildContent()
{
    const auto makeChart = [this](const QString& name) {
        auto* chart = new ChartView(this);
        chart->setObjectName(name);
        return chart;
    };
    m_segments = makeChart(QStringLiteral("segmentChart"));
    m_revenue = makeChart(QStringLiteral("revenueChart"));
    m_clv = makeChart(QStringLiteral("clvChart"));
    m_alive = makeChart(QStringLiteral("aliveChart"));
    m_calibration = makeChart(QStringLiteral("calibrationChart"));

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("valueDetailsBrowser"));
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(kChartHeight);

    m_modelsTable = new QTableView(this);
    m_modelsTable->setObjectName(QStringLiteral("valueModelsTable"));
    m_modelsTable->setModel(m_models);
    m_modelsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_modelsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_modelsTable->verticalHeader()->hide();
    m_modelsTable->setWordWrap(true);
    m_modelsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The numbers take what they need; the inputs take the rest of the width.
    m_modelsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_modelsTable->horizontalHeader()->setSectionResizeMode(ModelReportModel::InputsColumn,
                                                            QHeaderView::Stretch);
    // The inputs column stretches with the page: its wrapped rows change height.
    connect(m_modelsTable->horizontalHeader(), &QHeaderView::sectionResized, this,
            &CustomerValuePage::fitModelsTable);

    auto* grid = new QGridLayout;
    const QList<QWidget*> cells{
        chartCell(m_segments, tr("customer-segments.png")),
        chartCell(m_revenue, tr("segment-revenue.png")),
        chartCell(m_clv, tr("clv-distribution.png")),
        chartCell(m_alive, tr("p-alive-vs-frequency.png")),
        chartCell(m_calibration, tr("holdout-calibration.png")),
        m_details,
    };
    for (int i = 0; i < cells.size(); ++i)
        grid->addWidget(cells.at(i), i / kChartColumns, i % kChartColumns);
    for (int column = 0; column < kChartColumns; ++column)
        grid->setColumnStretch(column, 1);

    auto* modelsTitle = new QLabel(tr("<b>Prediction models, checked on the holdout</b>"), this);
    auto* inner = new QWidget(this);
    auto* layout = new QVBoxLayout(inner);
    layout->addLayout(grid);
    layout->addWidget(modelsTitle);
    layout->addWidget(m_modelsTable);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("valueScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(inner);
    return scroll;
}

QString CustomerValuePage::title() const
{
    return tr("Customer Value");
}

bool CustomerValuePage::isEmptyStateShown() const
{
    return m_pages->currentWidget() == m_emptyPage;
}

QString CustomerValuePage::summaryText() const
{
    return m_summary->text();
}

QList<ChartView*> CustomerValuePage::charts() const
{
    return {m_segments, m_revenue, m_clv, m_alive, m_calibration};
}

void CustomerValuePage::reload()
{
    auto latest = core::ScoreRepository(m_context.session->connection()).latestRun();
    if (!latest) {
        showError(latest.error());
        return;
    }
    m_run = std::move(latest).value();
    m_pages->setCurrentWidget(m_run ? m_content : m_emptyPage);
    showSummary();
    load();
}

void CustomerValuePage::showSummary()
{
    QString text = m_run ? ValueReportText::summary(*m_run) : QString();
    if (m_run) {
        // After an import the scores lag behind: say so, next to the button.
        const auto added =
            core::ScoreRepository(m_context.session->connection()).ordersAddedSince(*m_run);
        if (added && *added > 0)
            text += QLatin1Char('\n')
                    + tr("%Ln order(s) added since: score again to include them.", nullptr,
                         int(std::min<qint64>(*added, INT_MAX)));
    }
    m_summary->setText(text);
    m_summary->setToolTip(m_run ? tr("Scored on %1 (UTC)").arg(m_run->createdAt) : QString());
}

// The scored sample is read when the page is on screen: the window should not
// wait for it at start, when the Insights panel is not shown.
void CustomerValuePage::load()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    showRun();
}

void CustomerValuePage::showRun()
{
    if (!m_run) {
        for (ChartView* chart : charts())
            chart->clear();
        m_models->setModels({});
        m_details->clear();
        return;
    }
    const QJsonObject& report = m_run->report;
    auto points =
        core::ScoreRepository(m_context.session->connection()).valuePoints(ValueCharts::kMaxPoints);
    if (!points) {
        showError(points.error());
        return;
    }
    m_segments->setBars(ValueCharts::segmentBars(report), ValueCharts::customersAxis());
    m_segments->setTitle(tr("Customers per RFM segment"));
    m_revenue->setBars(ValueCharts::revenueBars(report),
                       ValueCharts::revenueAxis(ValueCharts::revenueUnit(report)));
    m_revenue->setTitle(tr("Revenue by segment"));
    m_clv->setBars(ValueCharts::clvHistogram(*points), ValueCharts::customersAxis());
    m_clv->setTitle(
        tr("Lifetime value, next %n month(s)", nullptr,
           report.value(QStringLiteral("clv")).toObject().value(QStringLiteral("months")).toInt()));
    m_clv->setToolTip(tr("Customer lifetime value (CLV) of %1 sampled customers")
                          .arg(Format::count(points->size())));
    m_alive->setScatter(ValueCharts::alivePoints(*points), ValueCharts::frequencyAxis(),
                        ValueCharts::aliveAxis());
    m_alive->setTitle(tr("P(alive) against purchase days"));
    const auto bins = core::value::calibrationBinsFrom(report);
    m_calibration->setLines(ValueCharts::calibrationLines(bins),
                            ValueCharts::repeatPurchasesAxis(bins),
                            ValueCharts::holdoutPurchasesAxis());
    m_calibration->setTitle(tr("Holdout: predicted and actual purchases"));
    m_calibration->setToolTip(
        tr("Customers grouped by their repeat purchases before the holdout: the purchases the "
           "BG/NBD model predicted for the holdout against those they made"));

    m_models->setModels(report.value(QStringLiteral("models")).toArray());
    fitModelsTable();

    m_details->setHtml(ValueReportText::modelDetailsHtml(report));
}

// The table is as tall as its rows (the page scrolls, not the table), and
// its rows as tall as their wrapped text at the columns' current widths.
void CustomerValuePage::fitModelsTable()
{
    m_modelsTable->resizeRowsToContents();
    int height = m_modelsTable->horizontalHeader()->height() + 2 * m_modelsTable->frameWidth();
    // The delegate measures lines with the table's font, but a Chinese
    // category name is drawn in a taller fallback font: half a line of room
    // keeps the last input from being cut off.
    const int slack = m_modelsTable->fontMetrics().height() / 2;
    for (int row = 0; row < m_models->rowCount(); ++row) {
        m_modelsTable->setRowHeight(row, m_modelsTable->rowHeight(row) + slack);
        height += m_modelsTable->rowHeight(row);
    }
    m_modelsTable->setFixedHeight(height);
}

void CustomerValuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void CustomerValuePage::scoreCustomers()
{
    auto outcome = ScoringTask::run(this, m_context.session);
    // The task announced the run, so reload() has shown it already.
    if (!outcome && outcome.error().code != core::Error::Code::Cancelled)
        showError(outcome.error());
}

void CustomerValuePage::exportChart(ChartView* chart)
{
    const QString name = chart->property(kExportName).toString();
    const QString path = FileDialog::saveFileName(
        this, tr("Export Chart"), QDir::home().filePath(name), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".png") : path;
    const core::Status status = chart->exportPng(file);
    if (!status)
        showError(status.error());
}

void CustomerValuePage::showError(const core::Error& error)
{
    MessageBox::critical(this, tr("Customer Value"), error.message, error.sql);
}

} // namespace rapport::ui
