#include "pipeline/StageColumn.h"

#include "pipeline/DealCardDelegate.h"
#include "pipeline/StageDealsModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
// Columns are wide enough for a Chinese title of about twelve characters and
// narrow enough that five fit beside the sidebar at 1280 pixels.
constexpr int kColumnWidth = 232;
} // namespace

StageColumn::StageColumn(QSqlDatabase db, core::ChangeHub* hub, QWidget* parent)
    : QFrame(parent)
    , m_model(new StageDealsModel(std::move(db), hub, this))
    , m_view(new QListView(this))
    , m_header(new QWidget(this))
    , m_nameLabel(new QLabel(m_header))
    , m_countLabel(new QLabel(m_header))
    , m_totalLabel(new QLabel(m_header))
    , m_weightedLabel(new QLabel(m_header))
{
    setObjectName(QStringLiteral("stageColumn"));
    setFixedWidth(kColumnWidth);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#stageColumn { background: palette(alternate-base); "
                                 "border-radius: 10px; }"));

    m_nameLabel->setObjectName(QStringLiteral("stageNameLabel"));
    QFont bold = m_nameLabel->font();
    bold.setWeight(QFont::Bold);
    m_nameLabel->setFont(bold);
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setObjectName(QStringLiteral("stageCountLabel"));
    m_countLabel->setAlignment(Qt::AlignCenter);
    m_countLabel->setMinimumWidth(24);
    m_countLabel->setFixedHeight(18);
    m_countLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(mid); color: palette(base); border-radius: 9px; "
        "padding: 0px 7px; }"));
    m_totalLabel->setObjectName(QStringLiteral("stageTotalLabel"));
    m_weightedLabel->setObjectName(QStringLiteral("stageWeightedLabel"));
    QFont small = m_weightedLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_weightedLabel->setFont(small);
    m_weightedLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_nameLabel, 1);
    top->addWidget(m_countLabel);
    auto* headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(10, 8, 10, 8);
    headerLayout->setSpacing(2);
    headerLayout->addLayout(top);
    headerLayout->addWidget(m_totalLabel);
    headerLayout->addWidget(m_weightedLabel);
    m_header->setObjectName(QStringLiteral("stageHeader"));
    m_header->setAttribute(Qt::WA_StyledBackground);

    m_view->setObjectName(QStringLiteral("stageDealsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DealCardDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAutoFillBackground(false);
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setMovement(QListView::Static); // the model moves deals, not the view
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMouseTracking(true); // hover shadow on cards
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformItemSizes(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT dealActivated(index.data(StageDealsModel::IdRole).toLongLong());
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT dealActivated(index.data(StageDealsModel::IdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            Q_EMIT dealContextMenu(index.data(StageDealsModel::IdRole).toLongLong(),
                                   m_view->viewport()->mapToGlobal(pos));
    });
}

void StageColumn::setStage(const core::Pipeline& pipeline, const core::PipelineStage& stage)
{
    m_stage = stage;
    m_nameLabel->setText(stage.name);
    m_nameLabel->setToolTip(tr("%1 — %2% probability").arg(stage.name).arg(stage.probability));
    updateHeaderStyle();
    m_model->setStage(pipeline, stage.id);
}

void StageColumn::updateHeaderStyle()
{
    // Closed stages stand apart: green for won, grey-red for lost.
    QString accent;
    if (m_stage.outcome == core::StageOutcome::Won)
        accent = QStringLiteral("#2e9e5b");
    else if (m_stage.outcome == core::StageOutcome::Lost)
        accent = QStringLiteral("#c0504d");
    const QString tint =
        m_stage.outcome == core::StageOutcome::Won    ? QStringLiteral("rgba(46, 158, 91, 28)")
        : m_stage.outcome == core::StageOutcome::Lost ? QStringLiteral("rgba(192, 80, 77, 22)")
                                                      : QStringLiteral("transparent");
    m_header->setStyleSheet(
        QStringLiteral(
            "#stageHeader { background: %1; border-radius: 8px; border-top: 3px solid %2; }")
            .arg(tint, accent.isEmpty() ? QStringLiteral("palette(highlight)") : accent));
}

void StageColumn::setTotals(const core::StageTotal& total, const QString& currency)
{
    m_countLabel->setText(QString::number(total.count));
    m_countLabel->setToolTip(tr("%n deal(s)", nullptr, total.count));
    QString amount = DealCardDelegate::compactMoney(total.amountMinor, currency);
    if (total.otherCurrencyCount > 0)
        amount += QStringLiteral(" ")
                  + tr("(+%n in other currencies)", nullptr, total.otherCurrencyCount);
    m_totalLabel->setText(amount);
    m_weightedLabel->setText(
        tr("Weighted %1").arg(DealCardDelegate::compactMoney(total.weightedMinor, currency)));
    m_weightedLabel->setToolTip(tr("Each deal's amount times its probability, added up"));
}

QString StageColumn::countText() const
{
    return m_countLabel->text();
}

QString StageColumn::totalText() const
{
    return m_totalLabel->text() + QLatin1Char('\n') + m_weightedLabel->text();
}

core::RowId StageColumn::currentDealId() const
{
    return m_view->currentIndex().data(StageDealsModel::IdRole).toLongLong();
}

} // namespace rapport::ui
