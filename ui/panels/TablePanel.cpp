#include "panels/TablePanel.h"

#include "Session.h"
#include "common/Settings.h"
#include "models/ColumnTitles.h"
#include "models/PagedTableModel.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
// Long enough that typing "zhang" runs one search, short enough to feel live.
constexpr int kSearchDebounceMs = 150;
} // namespace

TablePanel::TablePanel(const PanelContext& context, core::TableDef def, const QString& tableName,
                       QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_tableName(tableName)
    , m_model(new PagedTableModel(context.session->connection(), std::move(def),
                                  context.session->hub(), this))
    , m_view(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(tableName + QStringLiteral("Panel"));
    m_view->setObjectName(tableName + QStringLiteral("TableView"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString key = m_model->columnKey(column);
        m_model->setHeaderTitle(key, ColumnTitles::title(key));
    }
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Uniform row heights: a view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    restoreHeaderState();
    m_view->setSortingEnabled(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &TablePanel::keepSortIndicatorOnSortableColumns);

    m_splitter->addWidget(m_view);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_view, &QTableView::doubleClicked, this, &TablePanel::editCurrent);
    connect(m_model, &PagedTableModel::totalCountChanged, this, &TablePanel::countChanged);
    connect(m_model, &PagedTableModel::loadFailed, this, &TablePanel::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &TablePanel::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePanel::restoreCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentIdChanged(current.isValid() ? m_model->idAt(current.row()) : 0);
            });
}

TablePanel::~TablePanel()
{
    saveHeaderState();
}

core::RowId TablePanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QList<core::RowId> TablePanel::selectedIds() const
{
    QList<core::RowId> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (const core::RowId id = m_model->idAt(index.row()))
            ids.append(id);
    }
    if (ids.isEmpty() && currentId())
        ids.append(currentId());
    return ids;
}

QStringList TablePanel::visibleColumnKeys() const
{
    const QHeaderView* header = m_view->horizontalHeader();
    QStringList keys;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            keys << m_model->columnKey(logical);
    }
    return keys;
}

void TablePanel::saveHeaderState() const
{
    if (m_context.settings)
        m_context.settings->setHeaderState(m_tableName, m_view->horizontalHeader()->saveState());
}

void TablePanel::editCurrent()
{
    if (const core::RowId id = currentId())
        editItem(id);
}

void TablePanel::deleteSelected()
{
    const QList<core::RowId> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (ids.size() > 1)
        m_context.undoStack->beginMacro(tr("Delete %n row(s)", nullptr, int(ids.size())));
    deleteItems(ids);
    if (ids.size() > 1)
        m_context.undoStack->endMacro();
}

void TablePanel::focusSearch()
{
    if (m_searchEdit) {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    }
}

void TablePanel::enableSearch(const QString& placeholder)
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(m_tableName + QStringLiteral("SearchLineEdit"));
    m_searchEdit->setPlaceholderText(placeholder);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_searchEdit->text()); });
    auto* box = qobject_cast<QVBoxLayout*>(layout());
    box->insertWidget(0, m_searchEdit);
}

void TablePanel::addSidePane(QWidget* pane)
{
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(m_splitter->count() - 1, 1);
}

void TablePanel::push(QUndoCommand* command)
{
    m_context.undoStack->push(command);
}

EntityCommand::ErrorHandler TablePanel::errorHandler()
{
    QPointer<TablePanel> self(this);
    return [self](const core::Error& error) {
        if (self)
            self->showError(error);
    };
}

void TablePanel::showError(const core::Error& error)
{
    MessageBox::critical(this, tr("Rapport"), error.message, error.sql);
}

void TablePanel::selectFirstRow()
{
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void TablePanel::selectId(core::RowId id)
{
    const int row = m_model->cachedRowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void TablePanel::restoreHeaderState()
{
    if (!m_context.settings)
        return;
    const QByteArray state = m_context.settings->headerState(m_tableName);
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void TablePanel::showEvent(QShowEvent* event)
{
    m_model->setLive(true);
    QWidget::showEvent(event);
}

void TablePanel::hideEvent(QHideEvent* event)
{
    m_model->setLive(false);
    QWidget::hideEvent(event);
}

void TablePanel::setDefaultSort(const QString& columnKey, Qt::SortOrder order)
{
    const int column = m_model->columnIndex(columnKey);
    if (column >= 0)
        m_view->horizontalHeader()->setSortIndicator(column, order); // sorts the model
}

void TablePanel::keepSortIndicatorOnSortableColumns(int section, Qt::SortOrder order)
{
    Q_UNUSED(order);
    if (m_model->isSortable(section))
        return;
    // The column has no index to sort on: put the indicator back where the
    // model still sorts.
    const core::QuerySpec& spec = m_model->querySpec();
    int sorted = spec.sortKey.isEmpty() ? 0 : m_model->columnIndex(spec.sortKey);
    QHeaderView* header = m_view->horizontalHeader();
    QSignalBlocker blocker(header);
    header->setSortIndicator(std::max(sorted, 0),
                             spec.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void TablePanel::rememberCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_rememberedRow = current.isValid() ? current.row() : -1;
    m_rememberedId = current.isValid() ? m_model->idAt(current.row()) : 0;
}

void TablePanel::restoreCurrent()
{
    if (m_rememberedId == 0)
        return;
    // Reading the row where it was loads its page; the row is usually still
    // there or close by (an edit that re-sorted it moves it further).
    bool restored = false;
    if (m_model->idAt(std::min(m_rememberedRow, m_model->rowCount() - 1)) != 0) {
        const int row = m_model->cachedRowOf(m_rememberedId);
        if (row >= 0) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
            restored = true;
        }
    }
    m_rememberedId = 0;
    // A reset clears the current row without a signal; say so when the row is
    // gone (filtered out by a search, deleted), so detail panes do not show it.
    if (!restored)
        Q_EMIT currentIdChanged(0);
}

} // namespace rapport::ui
