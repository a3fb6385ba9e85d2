#include "panels/TablePanel.h"

#include "Session.h"
#include "common/Settings.h"
#include "models/ColumnTitles.h"
#include "models/PagedTableModel.h"
#include "panels/HeaderState.h"
#include "storage/CustomFieldRepository.h"
#include "views/FilterBar.h"
#include "views/PanelViews.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
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
// A table with thirty custom fields stays readable: only the first few show
// until the user picks more from the header's menu.
constexpr int kVisibleCustomColumns = 3;
const QLatin1String kCustomPrefix("custom.");

QStringList columnKeys(const PagedTableModel* model)
{
    QStringList keys;
    for (int column = 0; column < model->columnCount(); ++column)
        keys << model->columnKey(column);
    return keys;
}

// The stored cell of a custom column (what json_extract gave) as the JSON
// value customfields::displayText reads.
QJsonValue storedValue(const core::CustomFieldDef& def, const QVariant& cell)
{
    if (cell.isNull() || !cell.isValid())
        return QJsonValue();
    switch (def.type) {
    case core::CustomFieldType::Bool:
        return QJsonValue(cell.toLongLong() != 0);
    case core::CustomFieldType::Number:
        return QJsonValue(cell.toDouble());
    case core::CustomFieldType::Money:
        return QJsonValue(cell.toLongLong());
    case core::CustomFieldType::MultiChoice:
        return QJsonDocument::fromJson(cell.toString().toUtf8()).array();
    default:
        return QJsonValue(cell.toString());
    }
}
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
    applyColumnLook();
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
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &TablePanel::showHeaderMenu);
    restoreHeaderState();
    m_view->setSortingEnabled(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &TablePanel::keepSortIndicatorOnSortableColumns);

    m_splitter->addWidget(m_view);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_views = new PanelViews(this, context);
    layout->insertWidget(0, m_views->filterBar());
    layout->insertLayout(0, m_views->toolRow());

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
    return selectedRowIds(m_view, m_model);
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
        m_context.settings->setHeaderState(
            m_tableName, HeaderState::save(m_view->horizontalHeader(), columnKeys(m_model)));
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

void TablePanel::editFilter()
{
    m_views->editFilter();
}

void TablePanel::saveCurrentView()
{
    m_views->saveCurrentView();
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
    m_views->toolRow()->insertWidget(0, m_searchEdit, 1);
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
    restoreHeaderState(m_context.settings ? m_context.settings->headerState(m_tableName)
                                          : QByteArray());
}

void TablePanel::restoreHeaderState(const QByteArray& state)
{
    // By key (HeaderState): a state saved with other custom fields still puts
    // each width and hidden flag on its own column. Columns it does not know
    // (fields added since) show only among the first few custom fields.
    const QStringList keys = columnKeys(m_model);
    const QStringList known =
        HeaderState::restore(m_view->horizontalHeader(), keys, state).value_or(QStringList());
    int customIndex = 0;
    for (int column = 0; column < keys.size(); ++column) {
        if (!keys.at(column).startsWith(kCustomPrefix))
            continue;
        if (!known.contains(keys.at(column)))
            m_view->horizontalHeader()->setSectionHidden(column,
                                                         customIndex >= kVisibleCustomColumns);
        ++customIndex;
    }
}

core::TableDef TablePanel::definitionOf(const PanelContext& context, core::FieldEntity entity,
                                        core::TableDef fallback)
{
    auto def = core::tableDefWithCustomFields(context.session->connection(), entity);
    return def ? std::move(def).value() : std::move(fallback);
}

void TablePanel::enableCustomFields(core::FieldEntity entity)
{
    m_fieldEntity = entity;
    connect(m_context.session->hub(), &core::ChangeHub::changed, this,
            [this](core::Entity changed) {
                if (changed == core::Entity::CustomField)
                    reloadCustomFields();
            });
    reloadCustomFields();
}

void TablePanel::reloadCustomFields()
{
    if (!m_fieldEntity)
        return;
    const QSqlDatabase db = m_context.session->connection();
    const auto fields = core::CustomFieldRepository(db).fields(*m_fieldEntity);
    const auto def = core::tableDefWithCustomFields(db, *m_fieldEntity);
    if (!fields || !def) {
        showError(fields ? def.error() : fields.error());
        return;
    }
    m_customFields = *fields;
    QStringList newKeys;
    for (const core::ColumnDef& column : def->columns)
        newKeys << column.key;
    if (newKeys != columnKeys(m_model)) {
        const QByteArray state = HeaderState::save(m_view->horizontalHeader(), columnKeys(m_model));
        m_model->setDefinition(*def);
        restoreHeaderState(state);
    }
    applyColumnLook();
}

void TablePanel::applyColumnLook()
{
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString key = m_model->columnKey(column);
        m_model->setHeaderTitle(key, ColumnTitles::title(key, m_customFields));
        const core::CustomFieldDef* field = ColumnTitles::customField(key, m_customFields);
        if (!field)
            continue;
        m_model->setFormatter(key, [def = *field](const QVariant& cell) -> QVariant {
            const QJsonValue value = storedValue(def, cell);
            // In a table, "Yes"/"No" read as column values (displayText's
            // lower case is the form imports and exports round-trip).
            if (def.type == core::CustomFieldType::Bool && value.isBool())
                return value.toBool() ? TablePanel::tr("Yes") : TablePanel::tr("No");
            return core::customfields::displayText(def, value);
        });
        const bool numeric = field->type == core::CustomFieldType::Number
                             || field->type == core::CustomFieldType::Money;
        m_model->setAlignment(key, numeric ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void TablePanel::showHeaderMenu(const QPoint& pos)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("headerMenu"));
    int visible = 0;
    for (int column = 0; column < header->count(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    // In the order the user sees the columns.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns is a dead end.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_view->horizontalHeader()->setSectionHidden(column, !shown);
            saveHeaderState();
        });
    }
    menu.exec(header->mapToGlobal(pos));
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
