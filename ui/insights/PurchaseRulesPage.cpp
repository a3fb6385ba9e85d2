#include "insights/PurchaseRulesPage.h"

#include "Session.h"
#include "charts/ChartView.h"
#include "insights/MineRulesDialog.h"
#include "insights/MiningText.h"
#include "insights/RuleCharts.h"
#include "insights/RulesFilterModel.h"
#include "insights/RulesTableModel.h"
#include "insights/TargetListPane.h"
#include "storage/MiningRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

using core::mining::MiningRun;
using core::mining::StoredRule;

PurchaseRulesPage::PurchaseRulesPage(const PanelContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_runCombo(new QComboBox(this))
    , m_mineButton(new QPushButton(tr("Mine Purchase Rules…"), this))
    , m_exportChartButton(new QPushButton(tr("Export Chart…"), this))
    , m_pages(new QStackedWidget(this))
    , m_model(new RulesTableModel(this))
    , m_filter(new RulesFilterModel(this))
{
    setObjectName(QStringLiteral("purchaseRulesPage"));
    m_runCombo->setObjectName(QStringLiteral("runCombo"));
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runCombo->setMinimumContentsLength(40);
    m_runCombo->setToolTip(tr("Each time rules are mined the run is kept, so runs can be "
                              "compared over time"));
    m_mineButton->setObjectName(QStringLiteral("mineRulesButton"));
    m_exportChartButton->setObjectName(QStringLiteral("exportChartButton"));
    m_filter->setSourceModel(m_model);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Run:"), this));
    top->addWidget(m_runCombo, 1);
    top->addWidget(m_mineButton);
    top->addWidget(m_exportChartButton);

    m_emptyPage = buildEmptyPage();
    m_content = buildContent();
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(m_runCombo, &QComboBox::currentIndexChanged, this, &PurchaseRulesPage::loadRun);
    connect(m_mineButton, &QPushButton::clicked, this, &PurchaseRulesPage::mineRules);
    connect(m_exportChartButton, &QPushButton::clicked, this, &PurchaseRulesPage::exportChart);
    connect(m_context.session->hub(), &core::ChangeHub::changed, this,
            [this](core::Entity entity) { onChanged(int(entity)); });
    reload();
}

PurchaseRulesPage::~PurchaseRulesPage() = default;

QWidget* PurchaseRulesPage::buildEmptyPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("rulesEmptyPage"));
    auto* label = new QLabel(tr("No purchase rules yet.\nMine them from your orders to see which "
                                "products customers buy together."),
                             page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto* button = new QPushButton(tr("Mine Purchase Rules…"), page);
    button->setObjectName(QStringLiteral("emptyMineButton"));
    connect(button, &QPushButton::clicked, this, &PurchaseRulesPage::mineRules);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

QWidget* PurchaseRulesPage::buildContent()
{
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setObjectName(QStringLiteral("chartTabs"));
    m_chartTabs->setDocumentMode(true);
    m_scatter = new ChartView(this);
    m_scatter->setObjectName(QStringLiteral("rulesScatter"));
    m_bars = new ChartView(this);
    m_bars->setObjectName(QStringLiteral("topRulesBars"));
    m_chartTabs->addTab(m_scatter, tr("Support and Confidence"));
    m_chartTabs->addTab(m_bars, tr("Top Rules by Lift"));
    connect(m_scatter, &ChartView::itemClicked, this, &PurchaseRulesPage::selectRule);
    connect(m_bars, &ChartView::itemClicked, this, &PurchaseRulesPage::selectRule);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("ruleFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by item…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_liftSpin = new QDoubleSpinBox(this);
    m_liftSpin->setObjectName(QStringLiteral("filterLiftSpin"));
    m_liftSpin->setRange(0, 1000);
    m_liftSpin->setDecimals(2);
    m_liftSpin->setSingleStep(0.1);
    m_confidenceSpin = new QDoubleSpinBox(this);
    m_confidenceSpin->setObjectName(QStringLiteral("filterConfidenceSpin"));
    m_confidenceSpin->setRange(0, 100);
    m_confidenceSpin->setDecimals(0);
    m_confidenceSpin->setSingleStep(5);
    m_confidenceSpin->setSuffix(QStringLiteral(" %"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("ruleCountLabel"));
    connect(m_filterEdit, &QLineEdit::textChanged, this, &PurchaseRulesPage::applyFilter);
    connect(m_liftSpin, &QDoubleSpinBox::valueChanged, this, &PurchaseRulesPage::applyFilter);
    connect(m_confidenceSpin, &QDoubleSpinBox::valueChanged, this, &PurchaseRulesPage::applyFilter);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(new QLabel(tr("Lift at least"), this));
    filters->addWidget(m_liftSpin);
    filters->addWidget(new QLabel(tr("Confidence at least"), this));
    filters->addWidget(m_confidenceSpin);
    filters->addWidget(m_countLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RulesTableModel::LiftColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PurchaseRulesPage::currentRowChanged);

    auto* rules = new QWidget(this);
    auto* rulesLayout = new QVBoxLayout(rules);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addLayout(filters);
    rulesLayout->addWidget(m_table, 1);

    m_targets = new TargetListPane(m_context, this);
    connect(m_targets, &TargetListPane::openCustomerRequested, this,
            &PurchaseRulesPage::openCustomerRequested);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("rulesSplitter"));
    lower->addWidget(rules);
    lower->addWidget(m_targets);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("insightsSplitter"));
    splitter->addWidget(m_chartTabs);
    splitter->addWidget(lower);
    // The charts need height for their axis labels; the table scrolls.
    m_chartTabs->setMinimumHeight(260);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 300});
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QString PurchaseRulesPage::title() const
{
    return tr("Purchase Rules");
}

bool PurchaseRulesPage::isEmptyStateShown() const
{
    return m_pages->currentWidget() == m_emptyPage;
}

core::RowId PurchaseRulesPage::currentRunId() const
{
    return m_runCombo->currentData().toLongLong();
}

void PurchaseRulesPage::setCurrentRun(core::RowId runId)
{
    const int index = m_runCombo->findData(qint64(runId));
    if (index >= 0)
        m_runCombo->setCurrentIndex(index);
}

void PurchaseRulesPage::reload()
{
    const core::RowId shown = currentRunId();
    auto runs = core::MiningRepository(m_context.session->connection()).runs();
    if (!runs) {
        showError(runs.error());
        return;
    }
    m_runs = std::move(runs).value();
    {
        const QSignalBlocker blocker(m_runCombo);
        m_runCombo->clear();
        for (const MiningRun& run : std::as_const(m_runs))
            m_runCombo->addItem(MiningText::runSummary(run), qint64(run.id));
        const int index = m_runCombo->findData(qint64(shown));
        m_runCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    const bool empty = m_runs.isEmpty();
    m_pages->setCurrentWidget(empty ? m_emptyPage : m_content);
    m_runCombo->setEnabled(!empty);
    m_exportChartButton->setEnabled(!empty);
    loadRun();
}

// A run's rules are read when the page is on screen: a run at a low support
// can hold tens of thousands, and the window should not wait for them at start.
void PurchaseRulesPage::loadRun()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    QList<StoredRule> rules;
    if (const core::RowId runId = currentRunId()) {
        auto loaded = core::MiningRepository(m_context.session->connection()).rules(runId);
        if (loaded)
            rules = std::move(loaded).value();
        else
            showError(loaded.error());
    }
    m_model->setRules(rules);
    m_table->resizeColumnsToContents();
    // Item names can be long: the two name columns share what is left over.
    QHeaderView* header = m_table->horizontalHeader();
    for (int column : {RulesTableModel::IfColumn, RulesTableModel::ThenColumn})
        header->resizeSection(column, std::min(header->sectionSize(column), 220));
    if (m_ruleId != 0 && !m_model->ruleById(m_ruleId)) {
        m_ruleId = 0;
        m_targets->setRule(std::nullopt);
    }
    applyFilter();
}

void PurchaseRulesPage::applyFilter()
{
    // Rows the filter removes move the view's current row to a neighbour:
    // that is not the user choosing another rule.
    m_filtering = true;
    m_filter->setItemFilter(m_filterEdit->text());
    m_filter->setMinimumLift(m_liftSpin->value());
    m_filter->setMinimumConfidence(m_confidenceSpin->value() / 100);
    m_filtering = false;
    m_countLabel->setText(tr("%1 of %Ln rule(s)", nullptr, m_model->rowCount())
                              .arg(QLocale().toString(m_filter->rowCount())));
    updateCharts();
    // Keep the chosen rule current in the table when it is still listed.
    selectRule(m_ruleId);
}

void PurchaseRulesPage::updateCharts()
{
    QList<StoredRule> shown;
    shown.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(m_model->rules().at(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    // A run at a low support can hold tens of thousands of rules; a scatter of
    // them all is slow to draw and no easier to read than the strongest ones.
    QList<StoredRule> plotted = shown;
    if (plotted.size() > RuleCharts::kMaxPoints) {
        std::stable_sort(plotted.begin(), plotted.end(),
                         [](const StoredRule& a, const StoredRule& b) { return a.lift > b.lift; });
        plotted.resize(RuleCharts::kMaxPoints);
    }
    m_scatter->setScatter(RuleCharts::scatterPoints(plotted), RuleCharts::supportAxis(),
                          RuleCharts::confidenceAxis(), RuleCharts::liftScale(m_model->rules()));
    m_scatter->setTitle(
        plotted.size() < shown.size()
            ? tr("The %Ln rule(s) with the highest lift; warmer colours mean a stronger link",
                 nullptr, int(plotted.size()))
            : tr("Each dot is a rule; warmer colours mean a stronger link (lift)"));
    m_bars->setBars(RuleCharts::topByLift(shown), RuleCharts::liftAxis());
    m_bars->setTitle(tr("The %n rule(s) with the highest lift", nullptr,
                        int(std::min<qsizetype>(shown.size(), RuleCharts::kTopRules))));
    m_scatter->setSelectedKey(m_ruleId);
    m_bars->setSelectedKey(m_ruleId);
}

void PurchaseRulesPage::selectRule(core::RowId ruleId)
{
    const int sourceRow = m_model->rowOf(ruleId);
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        if (m_table->currentIndex().row() != index.row())
            m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        // Filtered out (or none): its targets stay shown, no row is current.
        m_table->selectionModel()->clear();
    }
    showRule(sourceRow < 0 ? 0 : ruleId);
}

// A row that stops being current because the filter hid it keeps its rule
// shown: only a row the user (or selectRule) makes current changes it.
void PurchaseRulesPage::currentRowChanged(const QModelIndex& current)
{
    if (current.isValid() && !m_filtering)
        showRule(current.data(RulesTableModel::RuleIdRole).toLongLong());
}

void PurchaseRulesPage::showRule(core::RowId ruleId)
{
    if (ruleId == m_ruleId)
        return;
    m_ruleId = ruleId;
    m_scatter->setSelectedKey(m_ruleId);
    m_bars->setSelectedKey(m_ruleId);
    const StoredRule* rule = m_model->ruleById(m_ruleId);
    m_targets->setRule(rule ? std::optional<StoredRule>(*rule) : std::nullopt);
}

void PurchaseRulesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        loadRun();
}

ChartView* PurchaseRulesPage::visibleChart() const
{
    return m_chartTabs->currentIndex() == 1 ? m_bars : m_scatter;
}

void PurchaseRulesPage::setItemFilter(const QString& text)
{
    m_filterEdit->setText(text);
}

void PurchaseRulesPage::setMinimumLift(double lift)
{
    m_liftSpin->setValue(lift);
}

void PurchaseRulesPage::setMinimumConfidence(double fraction)
{
    m_confidenceSpin->setValue(fraction * 100);
}

void PurchaseRulesPage::mineRules()
{
    MineRulesDialog dialog(m_context.session, this);
    // The last run's settings are the best guess for the next one.
    if (!m_runs.isEmpty()) {
        const MiningRun& last = m_runs.first();
        dialog.setRequest({last.baskets, last.mining, last.rules});
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.run())
        return;
    // MiningTask announced the run, so reload() has listed it already.
    setCurrentRun(dialog.run()->id);
}

void PurchaseRulesPage::exportChart()
{
    const QString path = FileDialog::saveFileName(this, tr("Export Chart"),
                                                  QDir::home().filePath(tr("purchase-rules.png")),
                                                  tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".png") : path;
    const core::Status status = visibleChart()->exportPng(file);
    if (!status)
        showError(status.error());
}

void PurchaseRulesPage::onChanged(int entity)
{
    switch (core::Entity(entity)) {
    case core::Entity::MiningRun:
        reload();
        break;
    // Who bought what changed: the target list may have too.
    case core::Entity::Order:
    case core::Entity::Customer:
        if (m_ruleId != 0)
            m_targets->reload();
        break;
    default:
        break;
    }
}

void PurchaseRulesPage::showError(const core::Error& error)
{
    MessageBox::critical(this, tr("Purchase Rules"), error.message, error.sql);
}

} // namespace rapport::ui
