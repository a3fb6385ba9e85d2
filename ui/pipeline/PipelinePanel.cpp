#include "pipeline/PipelinePanel.h"

#include "Session.h"
#include "commands/DealCommands.h"
#include "commands/PipelineCommand.h"
#include "pipeline/DealCardDelegate.h"
#include "pipeline/DealDialog.h"
#include "pipeline/DealsListPanel.h"
#include "pipeline/PipelineEditorDialog.h"
#include "pipeline/StageColumn.h"
#include "pipeline/StageDealsModel.h"
#include "storage/CustomFieldRepository.h"
#include "storage/DealRepository.h"
#include "storage/PipelineRepository.h"
#include "widgets/MessageBox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
enum Page { EmptyPage, BoardPage, ListPage };
} // namespace

PipelinePanel::PipelinePanel(const PanelContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_pipelineCombo(new QComboBox(this))
    , m_boardButton(new QToolButton(this))
    , m_listButton(new QToolButton(this))
    , m_newDealButton(new QPushButton(tr("&New deal"), this))
    , m_editStagesButton(new QPushButton(tr("Edit &stages…"), this))
    , m_summaryLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyPage(new QWidget(this))
    , m_board(new QWidget(this))
    , m_boardLayout(new QHBoxLayout(m_board))
    , m_list(new DealsListPanel(context, this))
{
    setObjectName(QStringLiteral("pipelinePanel"));
    m_pipelineCombo->setObjectName(QStringLiteral("pipelineComboBox"));
    m_pipelineCombo->setMinimumContentsLength(12);
    m_pipelineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_boardButton->setObjectName(QStringLiteral("boardToolButton"));
    m_listButton->setObjectName(QStringLiteral("listToolButton"));
    m_boardButton->setText(tr("Board"));
    m_listButton->setText(tr("List"));
    auto* viewGroup = new QButtonGroup(this);
    for (QToolButton* b : {m_boardButton, m_listButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        viewGroup->addButton(b);
    }
    m_boardButton->setChecked(true);
    m_newDealButton->setObjectName(QStringLiteral("newDealPushButton"));
    m_editStagesButton->setObjectName(QStringLiteral("editStagesPushButton"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_pipelineCombo);
    top->addSpacing(8);
    top->addWidget(m_boardButton);
    top->addWidget(m_listButton);
    top->addSpacing(8);
    top->addWidget(m_newDealButton);
    top->addWidget(m_editStagesButton);
    top->addStretch(1);
    top->addWidget(m_summaryLabel);

    // The empty state: what a pipeline is for, and one click to the usual one.
    auto* emptyText =
        new QLabel(tr("There is no sales pipeline yet. A pipeline follows each deal from the first "
                      "contact to won or lost, stage by stage."),
                   m_emptyPage);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(460);
    auto* createButton = new QPushButton(tr("Create a sales pipeline"), m_emptyPage);
    createButton->setObjectName(QStringLiteral("createPipelinePushButton"));
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(createButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_boardLayout->setContentsMargins(0, 0, 0, 0);
    m_boardLayout->setSpacing(10);
    m_boardLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("boardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_board);

    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_list);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    m_list->setEditors([this] { createDeal(); }, [this](core::RowId id) { editDeal(id); });

    connect(m_pipelineCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const core::RowId id = m_pipelineCombo->itemData(index).toLongLong();
        for (const core::Pipeline& p : std::as_const(m_pipelines)) {
            if (p.id == id && p.id != m_pipeline.id) {
                m_pipeline = p;
                rebuildColumns();
                m_list->setPipeline(id);
            }
        }
    });
    connect(m_boardButton, &QToolButton::clicked, this, &PipelinePanel::showBoard);
    connect(m_listButton, &QToolButton::clicked, this, &PipelinePanel::showList);
    connect(m_newDealButton, &QPushButton::clicked, this, &PipelinePanel::createDeal);
    connect(m_editStagesButton, &QPushButton::clicked, this, &PipelinePanel::editStages);
    connect(createButton, &QPushButton::clicked, this, &PipelinePanel::createDefaultPipeline);
    connect(context.session->hub(), &core::ChangeHub::changed, this, [this](core::Entity entity) {
        if (entity == core::Entity::Pipeline)
            reload();
        else if (entity == core::Entity::Deal)
            updateTotals();
    });
    reload();
}

PipelinePanel::~PipelinePanel() = default;

QString PipelinePanel::title() const
{
    return tr("Pipeline");
}

core::RowId PipelinePanel::currentPipelineId() const
{
    return m_pipeline.id;
}

void PipelinePanel::setCurrentPipeline(core::RowId pipelineId)
{
    const int index = m_pipelineCombo->findData(QVariant::fromValue<qint64>(pipelineId));
    if (index >= 0)
        m_pipelineCombo->setCurrentIndex(index);
}

StageColumn* PipelinePanel::column(core::RowId stageId) const
{
    for (StageColumn* c : m_columns) {
        if (c->stageId() == stageId)
            return c;
    }
    return nullptr;
}

bool PipelinePanel::isEmptyStateShown() const
{
    return m_pages->currentIndex() == EmptyPage;
}

bool PipelinePanel::isBoardShown() const
{
    return m_pages->currentIndex() == BoardPage;
}

void PipelinePanel::showBoard()
{
    m_boardButton->setChecked(true);
    updatePage();
}

void PipelinePanel::showList()
{
    m_listButton->setChecked(true);
    updatePage();
}

void PipelinePanel::updatePage()
{
    const bool none = m_pipelines.isEmpty();
    m_pages->setCurrentIndex(none ? EmptyPage : m_listButton->isChecked() ? ListPage : BoardPage);
    for (QWidget* w : std::initializer_list<QWidget*>{m_pipelineCombo, m_boardButton, m_listButton,
                                                      m_newDealButton})
        w->setEnabled(!none);
}

void PipelinePanel::reload()
{
    auto pipelines = core::PipelineRepository(m_context.session->connection()).pipelines();
    if (!pipelines) {
        showError(pipelines.error());
        return;
    }
    m_pipelines = *pipelines;
    core::RowId keep = m_pipeline.id;
    bool found = false;
    for (const core::Pipeline& p : std::as_const(m_pipelines))
        found = found || p.id == keep;
    if (!found)
        keep = m_pipelines.isEmpty() ? 0 : m_pipelines.first().id;
    {
        const QSignalBlocker blocker(m_pipelineCombo);
        m_pipelineCombo->clear();
        for (const core::Pipeline& p : std::as_const(m_pipelines))
            m_pipelineCombo->addItem(p.name, QVariant::fromValue<qint64>(p.id));
        m_pipelineCombo->setCurrentIndex(
            std::max(0, m_pipelineCombo->findData(QVariant::fromValue<qint64>(keep))));
    }
    m_pipeline = core::Pipeline();
    for (const core::Pipeline& p : std::as_const(m_pipelines)) {
        if (p.id == keep)
            m_pipeline = p;
    }
    rebuildColumns();
    m_list->setPipeline(m_pipeline.id);
    updatePage();
}

void PipelinePanel::rebuildColumns()
{
    // Stages change rarely (the editor dialog): rebuilding every column then is
    // simpler than patching them and costs nothing visible.
    for (StageColumn* c : std::as_const(m_columns))
        delete c;
    m_columns.clear();
    for (const core::PipelineStage& stage : std::as_const(m_pipeline.stages)) {
        auto* column =
            new StageColumn(m_context.session->connection(), m_context.session->hub(), m_board);
        column->setStage(m_pipeline, stage);
        column->model()->setMover([this](const QList<core::RowId>& ids, core::RowId stageId,
                                         int position) { moveDeals(ids, stageId, position); });
        connect(column, &StageColumn::dealActivated, this, &PipelinePanel::editDeal);
        connect(column, &StageColumn::dealContextMenu, this, &PipelinePanel::showDealMenu);
        m_boardLayout->insertWidget(m_boardLayout->count() - 1, column);
        m_columns << column;
    }
    updateTotals();
}

void PipelinePanel::updateTotals()
{
    if (m_pipeline.id == 0) {
        m_summaryLabel->clear();
        return;
    }
    auto totals = core::DealRepository(m_context.session->connection()).stageTotals(m_pipeline.id);
    if (!totals) {
        showError(totals.error());
        return;
    }
    qint64 openWeighted = 0;
    int open = 0;
    for (StageColumn* c : std::as_const(m_columns)) {
        const core::StageTotal t = totals->stage(c->stageId());
        c->setTotals(t, totals->currency);
        if (c->stage().outcome == core::StageOutcome::Open) {
            open += t.count;
            openWeighted += t.weightedMinor;
        }
    }
    QString summary = tr("%n open deal(s), weighted %1", nullptr, open)
                          .arg(DealCardDelegate::compactMoney(openWeighted, totals->currency));
    if (totals->mixedCurrencies)
        summary += QStringLiteral(" ") + tr("(%1 only)").arg(totals->currency);
    m_summaryLabel->setText(summary);
}

void PipelinePanel::moveDeals(const QList<core::RowId>& dealIds, core::RowId stageId, int position)
{
    core::DealRepository repository(m_context.session->connection());
    const auto handler = [this](const core::Error& e) {
        showError(e);
    };
    QList<core::Deal> deals;
    for (core::RowId id : dealIds) {
        if (auto deal = repository.get(id))
            deals << *deal;
    }
    if (deals.size() > 1)
        m_context.undoStack->beginMacro(tr("Move %n deal(s)", nullptr, int(deals.size())));
    for (int i = 0; i < deals.size(); ++i)
        m_context.undoStack->push(
            DealCommandFactory::move(m_context.session, deals[i], stageId, position + i, handler));
    if (deals.size() > 1)
        m_context.undoStack->endMacro();
}

void PipelinePanel::createDeal()
{
    if (m_pipeline.stages.isEmpty())
        return;
    QSqlDatabase db = m_context.session->connection();
    DealDialog dialog(db, m_pipelines, this);
    if (auto fields = core::CustomFieldRepository(db).fields(core::FieldEntity::Deals))
        dialog.setCustomFields(*fields);
    core::Deal deal;
    deal.pipelineId = m_pipeline.id;
    deal.stageId = m_pipeline.stages.first().id;
    dialog.setDeal(deal);
    if (dialog.exec() == QDialog::Accepted)
        m_context.undoStack->push(DealCommandFactory::create(
            m_context.session, dialog.deal(), [this](const core::Error& e) { showError(e); }));
}

void PipelinePanel::editDeal(qint64 dealId)
{
    QSqlDatabase db = m_context.session->connection();
    const auto before = core::DealRepository(db).get(dealId);
    if (!before) {
        showError(before.error());
        return;
    }
    DealDialog dialog(db, m_pipelines, this);
    if (auto fields = core::CustomFieldRepository(db).fields(core::FieldEntity::Deals))
        dialog.setCustomFields(*fields);
    dialog.setDeal(*before);
    if (dialog.exec() == QDialog::Accepted)
        m_context.undoStack->push(
            DealCommandFactory::edit(m_context.session, *before, dialog.deal(),
                                     [this](const core::Error& e) { showError(e); }));
}

void PipelinePanel::deleteDeal(qint64 dealId)
{
    const auto deal = core::DealRepository(m_context.session->connection()).get(dealId);
    if (!deal) {
        showError(deal.error());
        return;
    }
    m_context.undoStack->push(DealCommandFactory::remove(
        m_context.session, *deal, [this](const core::Error& e) { showError(e); }));
}

void PipelinePanel::showDealMenu(qint64 dealId, const QPoint& globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, [this, dealId] { editDeal(dealId); });
    menu.addAction(tr("&Delete"), this, [this, dealId] { deleteDeal(dealId); });
    menu.exec(globalPos);
}

void PipelinePanel::editStages()
{
    PipelineEditorDialog dialog(m_context, m_pipeline.id, this);
    dialog.exec();
}

void PipelinePanel::createDefaultPipeline()
{
    m_context.undoStack->push(PipelineCommand::createDefault(
        m_context.session, [this](const core::Error& e) { showError(e); }));
}

void PipelinePanel::showError(const core::Error& error)
{
    MessageBox::warning(this, tr("Pipeline"), error.message);
}

} // namespace rapport::ui
