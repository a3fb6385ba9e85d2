#include "pipeline/PipelineEditorDialog.h"

#include "Session.h"
#include "commands/PipelineCommand.h"
#include "storage/PipelineRepository.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace rapport::ui {

namespace {

QString outcomeLabel(core::StageOutcome outcome)
{
    switch (outcome) {
    case core::StageOutcome::Open:
        return PipelineEditorDialog::tr("Open");
    case core::StageOutcome::Won:
        return PipelineEditorDialog::tr("Won");
    case core::StageOutcome::Lost:
        return PipelineEditorDialog::tr("Lost");
    }
    return {};
}

bool sameStage(const core::PipelineStage& a, const core::PipelineStage& b)
{
    return a.name == b.name && a.probability == b.probability && a.outcome == b.outcome;
}

} // namespace

PipelineEditorDialog::PipelineEditorDialog(const PanelContext& context,
                                           core::RowId currentPipelineId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_pipelineList(new QListWidget(this))
    , m_nameEdit(new QLineEdit(this))
    , m_staleSpin(new QSpinBox(this))
    , m_stagesTable(new QTableWidget(0, 3, this))
    , m_messageLabel(new QLabel(this))
{
    setWindowTitle(tr("Edit Pipelines and Stages"));
    if (auto all = core::PipelineRepository(context.session->connection()).pipelines())
        m_original = *all;
    for (const core::Pipeline& p : std::as_const(m_original))
        m_drafts << Draft{p, false};

    m_pipelineList->setObjectName(QStringLiteral("pipelineListWidget"));
    m_nameEdit->setObjectName(QStringLiteral("pipelineNameLineEdit"));
    m_staleSpin->setObjectName(QStringLiteral("staleDaysSpinBox"));
    m_staleSpin->setRange(1, 3650);
    m_staleSpin->setSuffix(tr(" days"));
    m_staleSpin->setToolTip(tr("An open deal with no change for longer than this is flagged"));
    m_stagesTable->setObjectName(QStringLiteral("stagesTableWidget"));
    m_stagesTable->setHorizontalHeaderLabels({tr("Stage"), tr("Probability"), tr("Outcome")});
    m_stagesTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_stagesTable->horizontalHeader()->setSectionResizeMode(ProbabilityColumn,
                                                            QHeaderView::ResizeToContents);
    m_stagesTable->horizontalHeader()->setSectionResizeMode(OutcomeColumn,
                                                            QHeaderView::ResizeToContents);
    m_stagesTable->verticalHeader()->hide();
    m_stagesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stagesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #c0504d;"));
    m_messageLabel->hide();

    auto* addPipelineButton = new QPushButton(tr("&Add pipeline"), this);
    auto* removePipelineButton = new QPushButton(tr("&Delete pipeline"), this);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(addPipelineButton);
    leftButtons->addWidget(removePipelineButton);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Pipelines:"), this));
    left->addWidget(m_pipelineList, 1);
    left->addLayout(leftButtons);

    auto* addStageButton = new QPushButton(tr("Add &stage"), this);
    auto* removeStageButton = new QPushButton(tr("&Remove stage"), this);
    auto* upButton = new QPushButton(tr("Move &up"), this);
    auto* downButton = new QPushButton(tr("Move do&wn"), this);
    auto* stageButtons = new QHBoxLayout;
    for (QPushButton* b : {addStageButton, removeStageButton, upButton, downButton})
        stageButtons->addWidget(b);
    stageButtons->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("Stale &after:"), m_staleSpin);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_stagesTable, 1);
    right->addLayout(stageButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PipelineEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PipelineEditorDialog::reject);
    connect(addPipelineButton, &QPushButton::clicked, this,
            [this] { addPipeline(tr("New pipeline")); });
    connect(removePipelineButton, &QPushButton::clicked, this,
            &PipelineEditorDialog::removeCurrentPipeline);
    connect(addStageButton, &QPushButton::clicked, this, [this] { addStage(tr("New stage")); });
    connect(removeStageButton, &QPushButton::clicked, this,
            [this] { removeStage(m_stagesTable->currentRow()); });
    connect(upButton, &QPushButton::clicked, this,
            [this] { moveStage(m_stagesTable->currentRow(), -1); });
    connect(downButton, &QPushButton::clicked, this,
            [this] { moveStage(m_stagesTable->currentRow(), +1); });
    connect(m_pipelineList, &QListWidget::currentRowChanged, this, [this](int row) {
        storeDraft();
        const QList<int> rows = visibleRows();
        showDraft(row >= 0 && row < rows.size() ? rows[row] : -1);
    });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (QListWidgetItem* item = m_pipelineList->currentItem())
            item->setText(text);
    });

    refreshList();
    int startRow = 0;
    const QList<int> rows = visibleRows();
    for (int i = 0; i < rows.size(); ++i) {
        if (m_drafts[rows[i]].pipeline.id == currentPipelineId)
            startRow = i;
    }
    setCurrentPipelineRow(startRow);
    resize(760, 460);
}

QList<int> PipelineEditorDialog::visibleRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (!m_drafts[i].removed)
            rows << i;
    }
    return rows;
}

void PipelineEditorDialog::refreshList()
{
    const QSignalBlocker blocker(m_pipelineList);
    m_pipelineList->clear();
    for (int index : visibleRows())
        m_pipelineList->addItem(m_drafts[index].pipeline.name);
}

int PipelineEditorDialog::currentPipelineRow() const
{
    return m_pipelineList->currentRow();
}

void PipelineEditorDialog::setCurrentPipelineRow(int row)
{
    storeDraft();
    {
        const QSignalBlocker blocker(m_pipelineList);
        m_pipelineList->setCurrentRow(row);
    }
    const QList<int> rows = visibleRows();
    showDraft(row >= 0 && row < rows.size() ? rows[row] : -1);
}

PipelineEditorDialog::Draft* PipelineEditorDialog::current()
{
    return m_shown >= 0 && m_shown < m_drafts.size() ? &m_drafts[m_shown] : nullptr;
}

void PipelineEditorDialog::showDraft(int index)
{
    m_shown = index;
    const Draft* draft = current();
    m_nameEdit->setEnabled(draft);
    m_staleSpin->setEnabled(draft);
    m_stagesTable->setEnabled(draft);
    m_nameEdit->setText(draft ? draft->pipeline.name : QString());
    m_staleSpin->setValue(draft ? draft->pipeline.staleAfterDays
                                : core::PipelineRepository::kDefaultStaleAfterDays);
    fillTable(draft ? draft->pipeline.stages : QList<core::PipelineStage>());
}

void PipelineEditorDialog::storeDraft()
{
    Draft* draft = current();
    if (!draft)
        return;
    draft->pipeline.name = m_nameEdit->text().simplified();
    draft->pipeline.staleAfterDays = m_staleSpin->value();
    QList<core::PipelineStage> stages;
    for (int row = 0; row < m_stagesTable->rowCount(); ++row)
        stages << stageAt(row);
    draft->pipeline.stages = stages;
}

void PipelineEditorDialog::fillTable(const QList<core::PipelineStage>& stages)
{
    m_stagesTable->setRowCount(0);
    m_stagesTable->setRowCount(int(stages.size()));
    for (int row = 0; row < stages.size(); ++row)
        setStageRow(row, stages[row]);
}

void PipelineEditorDialog::setStageRow(int row, const core::PipelineStage& stage)
{
    auto* name = new QTableWidgetItem(stage.name);
    name->setData(Qt::UserRole, QVariant::fromValue<qint64>(stage.id));
    name->setData(Qt::UserRole + 1, stage.uuid);
    m_stagesTable->setItem(row, NameColumn, name);
    auto* probability = new QSpinBox(m_stagesTable);
    probability->setRange(0, 100);
    probability->setSuffix(QStringLiteral(" %"));
    probability->setValue(stage.probability);
    probability->setFrame(false);
    m_stagesTable->setCellWidget(row, ProbabilityColumn, probability);
    auto* outcome = new QComboBox(m_stagesTable);
    for (core::StageOutcome o :
         {core::StageOutcome::Open, core::StageOutcome::Won, core::StageOutcome::Lost})
        outcome->addItem(outcomeLabel(o), int(o));
    outcome->setCurrentIndex(outcome->findData(int(stage.outcome)));
    outcome->setFrame(false);
    m_stagesTable->setCellWidget(row, OutcomeColumn, outcome);
}

core::PipelineStage PipelineEditorDialog::stageAt(int row) const
{
    core::PipelineStage stage;
    if (const QTableWidgetItem* name = m_stagesTable->item(row, NameColumn)) {
        stage.name = name->text().simplified();
        stage.id = name->data(Qt::UserRole).toLongLong();
        stage.uuid = name->data(Qt::UserRole + 1).toString();
    }
    if (const auto* spin =
            qobject_cast<QSpinBox*>(m_stagesTable->cellWidget(row, ProbabilityColumn)))
        stage.probability = spin->value();
    if (const auto* combo = qobject_cast<QComboBox*>(m_stagesTable->cellWidget(row, OutcomeColumn)))
        stage.outcome = core::StageOutcome(combo->currentData().toInt());
    if (const Draft* draft = m_shown >= 0 ? &m_drafts[m_shown] : nullptr)
        stage.pipelineId = draft->pipeline.id;
    stage.position = row;
    return stage;
}

void PipelineEditorDialog::setMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

QString PipelineEditorDialog::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void PipelineEditorDialog::addPipeline(const QString& name)
{
    storeDraft();
    Draft draft;
    draft.pipeline.name = name;
    draft.pipeline.stages = core::PipelineRepository::defaultStages();
    m_drafts << draft;
    refreshList();
    setMessage({});
    setCurrentPipelineRow(int(visibleRows().size()) - 1);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

bool PipelineEditorDialog::removeCurrentPipeline()
{
    Draft* draft = current();
    if (!draft)
        return false;
    storeDraft();
    core::PipelineRepository repository(m_context.session->connection());
    std::int64_t deals = 0;
    for (const core::PipelineStage& s : draft->pipeline.stages) {
        if (s.id != 0)
            deals += repository.liveDealCount(s.id).value();
    }
    if (deals > 0) {
        setMessage(tr("The pipeline “%1” still holds %n deal(s). Move or delete them first.",
                      nullptr, int(deals))
                       .arg(draft->pipeline.name));
        return false;
    }
    draft->removed = true;
    setMessage({});
    m_shown = -1;
    refreshList();
    setCurrentPipelineRow(
        std::max(0, std::min(m_pipelineList->count() - 1, m_pipelineList->currentRow())));
    return true;
}

void PipelineEditorDialog::addStage(const QString& name)
{
    if (!current())
        return;
    core::PipelineStage stage;
    stage.name = name;
    stage.probability = 50;
    // New stages go before the closed (won/lost) ones, where open stages belong.
    int row = m_stagesTable->rowCount();
    while (row > 0 && stageAt(row - 1).outcome != core::StageOutcome::Open)
        --row;
    m_stagesTable->insertRow(row);
    setStageRow(row, stage);
    m_stagesTable->setCurrentCell(row, NameColumn);
    m_stagesTable->editItem(m_stagesTable->item(row, NameColumn));
    setMessage({});
}

bool PipelineEditorDialog::removeStage(int row)
{
    if (row < 0 || row >= m_stagesTable->rowCount())
        return false;
    const core::PipelineStage stage = stageAt(row);
    if (m_stagesTable->rowCount() == 1) {
        setMessage(tr("A pipeline needs at least one stage."));
        return false;
    }
    if (stage.id != 0) {
        const auto deals =
            core::PipelineRepository(m_context.session->connection()).liveDealCount(stage.id);
        if (deals && *deals > 0) {
            setMessage(tr("The stage “%1” still holds %n deal(s). Move them to another stage "
                          "first.",
                          nullptr, int(*deals))
                           .arg(stage.name));
            return false;
        }
    }
    m_stagesTable->removeRow(row);
    setMessage({});
    return true;
}

void PipelineEditorDialog::moveStage(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || to < 0 || row >= m_stagesTable->rowCount() || to >= m_stagesTable->rowCount())
        return;
    const core::PipelineStage a = stageAt(row);
    const core::PipelineStage b = stageAt(to);
    setStageRow(row, b);
    setStageRow(to, a);
    m_stagesTable->setCurrentCell(to, NameColumn);
}

bool PipelineEditorDialog::apply()
{
    storeDraft();
    for (const Draft& d : std::as_const(m_drafts)) {
        if (d.removed)
            continue;
        QString problem;
        if (d.pipeline.name.isEmpty())
            problem = tr("Every pipeline needs a name.");
        else if (d.pipeline.stages.isEmpty())
            problem = tr("The pipeline “%1” needs at least one stage.").arg(d.pipeline.name);
        for (const core::PipelineStage& s : d.pipeline.stages) {
            if (problem.isEmpty() && s.name.isEmpty())
                problem = tr("Every stage of “%1” needs a name.").arg(d.pipeline.name);
        }
        if (!problem.isEmpty()) {
            setMessage(problem);
            return false;
        }
    }

    // The writes, in an order that always works: a stage is removed before
    // stages are reordered, added before the order names it.
    Session* session = m_context.session;
    QList<core::Error> errors;
    const auto onError = [&errors](const core::Error& e) {
        errors << e;
    };
    QList<std::function<void(QUndoStack*)>> steps;
    for (const Draft& d : std::as_const(m_drafts)) {
        const core::Pipeline& p = d.pipeline;
        if (p.id == 0) {
            if (!d.removed)
                steps << [=](QUndoStack* s) {
                    s->push(PipelineCommand::create(session, p.name, p.stages, p.staleAfterDays,
                                                    onError));
                };
            continue;
        }
        core::Pipeline original;
        for (const core::Pipeline& o : std::as_const(m_original)) {
            if (o.id == p.id)
                original = o;
        }
        if (d.removed) {
            steps << [=](QUndoStack* s) {
                s->push(PipelineCommand::remove(session, original, onError));
            };
            continue;
        }
        if (p.name != original.name || p.staleAfterDays != original.staleAfterDays)
            steps << [=](QUndoStack* s) {
                s->push(PipelineCommand::edit(session, original, p, onError));
            };
        QList<core::RowId> kept;
        for (const core::PipelineStage& s : p.stages)
            kept << s.id;
        QList<core::RowId> orderBefore;
        for (const core::PipelineStage& o : original.stages) {
            if (!kept.contains(o.id)) {
                steps << [=](QUndoStack* s) {
                    s->push(PipelineCommand::removeStage(session, o, onError));
                };
                continue;
            }
            orderBefore << o.id;
            for (const core::PipelineStage& now : p.stages) {
                if (now.id == o.id && !sameStage(now, o))
                    steps << [=](QUndoStack* s) {
                        s->push(PipelineCommand::editStage(session, o, now, onError));
                    };
            }
        }
        const bool adds = kept.contains(0);
        QList<core::RowId> existingOrder = kept;
        existingOrder.removeAll(0);
        if (!adds && existingOrder == orderBefore)
            continue;
        // Added stages get their ids when their command runs; the reorder
        // that follows reads them then.
        auto added = std::make_shared<QList<PipelineCommand*>>();
        for (const core::PipelineStage& s : p.stages) {
            if (s.id == 0)
                steps << [=, &errors](QUndoStack* st) {
                    // A command that fails is deleted by the stack: keep only live ones.
                    const qsizetype failures = errors.size();
                    auto* command = PipelineCommand::addStage(session, p.id, s, onError);
                    st->push(command);
                    if (errors.size() == failures)
                        added->append(command);
                };
        }
        steps << [=, &errors](QUndoStack* st) {
            if (!errors.isEmpty())
                return; // the order would name a stage that is not there
            QList<core::RowId> before = orderBefore;
            QList<core::RowId> after;
            int next = 0;
            for (const PipelineCommand* c : std::as_const(*added))
                before << c->createdId();
            for (core::RowId id : kept)
                after << (id != 0 ? id : added->value(next++)->createdId());
            if (before != after)
                st->push(PipelineCommand::reorderStages(session, p.id, before, after, onError));
        };
    }
    if (steps.isEmpty())
        return true;
    QUndoStack* stack = m_context.undoStack;
    stack->beginMacro(tr("Edit pipelines"));
    for (const auto& step : std::as_const(steps))
        step(stack);
    stack->endMacro();
    if (!errors.isEmpty()) {
        setMessage(errors.first().message);
        return false;
    }
    return true;
}

void PipelineEditorDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace rapport::ui
