#include "models/PagedTableModel.h"

#include <QDebug>
#include <QItemSelectionModel>

#include <limits>

namespace rapport::ui {

PagedTableModel::PagedTableModel(QSqlDatabase db, core::TableDef def, core::ChangeHub* hub,
                                 QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_query(std::move(db), std::move(def))
{
    // Any write may change what this table shows (a company rename shows in the
    // customers table, a customer rename in the orders table), and a reload is
    // one COUNT plus one page: reload on every change.
    if (hub) {
        connect(hub, &core::ChangeHub::changed, this, [this] {
            if (m_live)
                reload();
            else
                m_stale = true;
        });
    }
    recount();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_query.definition().columns.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole && role != IdRole
        && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const auto it = m_alignments.constFind(columnKey(index.column()));
        return it == m_alignments.constEnd() ? QVariant() : QVariant(int(it.value()));
    }
    const core::PageRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return QVariant::fromValue<qint64>(row->id);
    const QVariant cell = row->cells.value(index.column());
    if (role == SortRole)
        return cell;
    const auto formatter = m_formatters.constFind(columnKey(index.column()));
    return formatter == m_formatters.constEnd() ? cell : formatter.value()(cell);
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    const QString key = columnKey(section);
    return m_titles.value(key, key);
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    core::QuerySpec spec = m_spec;
    spec.sortKey = columnKey(column);
    spec.descending = order == Qt::DescendingOrder;
    setQuerySpec(spec);
}

void PagedTableModel::setQuerySpec(const core::QuerySpec& spec)
{
    if (spec == m_spec)
        return;
    // A new order shows the same rows: the count (a scan of a million index
    // entries) stays valid.
    const bool sameRows = spec.search == m_spec.search && spec.filters == m_spec.filters
                          && spec.where == m_spec.where;
    m_spec = spec;
    if (sameRows)
        resetPages();
    else
        reload();
}

void PagedTableModel::setDefinition(core::TableDef def)
{
    beginResetModel();
    m_query = core::TableQuery(m_db, std::move(def));
    QStringList keys;
    for (const core::ColumnDef& column : m_query.definition().columns)
        keys << column.key;
    if (!m_spec.sortKey.isEmpty() && !keys.contains(m_spec.sortKey)) {
        m_spec.sortKey.clear();
        m_spec.descending = false;
    }
    m_formatters.removeIf([&](const auto& it) { return !keys.contains(it.key()); });
    m_alignments.removeIf([&](const auto& it) { return !keys.contains(it.key()); });
    m_stale = false;
    m_pages.clear();
    m_failedOnce = false;
    m_lastError = core::Error();
    const qint64 before = m_total;
    recount();
    endResetModel();
    if (before != m_total)
        Q_EMIT totalCountChanged(m_total);
}

void PagedTableModel::setSearch(const QString& text)
{
    core::QuerySpec spec = m_spec;
    spec.search = text.trimmed();
    setQuerySpec(spec);
}

int PagedTableModel::columnIndex(const QString& key) const
{
    return m_query.columnIndex(key);
}

QString PagedTableModel::columnKey(int column) const
{
    const auto& columns = m_query.definition().columns;
    return column >= 0 && column < columns.size() ? columns.at(column).key : QString();
}

bool PagedTableModel::isSortable(int column) const
{
    const auto& columns = m_query.definition().columns;
    return column >= 0 && column < columns.size() && !columns.at(column).sortExpr.isEmpty();
}

void PagedTableModel::setHeaderTitle(const QString& key, const QString& title)
{
    m_titles.insert(key, title);
    const int column = columnIndex(key);
    if (column >= 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
}

void PagedTableModel::setFormatter(const QString& key, Formatter formatter)
{
    const int column = columnIndex(key);
    if (column < 0)
        return;
    m_formatters.insert(key, std::move(formatter));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole});
}

void PagedTableModel::setAlignment(const QString& key, Qt::Alignment alignment)
{
    if (columnIndex(key) >= 0)
        m_alignments.insert(key, alignment);
}

qint64 PagedTableModel::idAt(int row) const
{
    const core::PageRow* pageRow = rowAt(row);
    return pageRow ? pageRow->id : 0;
}

int PagedTableModel::cachedRowOf(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const auto& rows = it.value().rows;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].id == id)
                return it.key() * kPageSize + static_cast<int>(i);
        }
    }
    return -1;
}

int PagedTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const Page& page : m_pages)
        rows += static_cast<int>(page.rows.size());
    return rows;
}

void PagedTableModel::resetPages()
{
    beginResetModel();
    m_pages.clear();
    m_failedOnce = false;
    m_lastError = core::Error();
    endResetModel();
}

void PagedTableModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void PagedTableModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_pages.clear();
    m_failedOnce = false;
    m_lastError = core::Error();
    const qint64 before = m_total;
    recount();
    endResetModel();
    if (before != m_total)
        Q_EMIT totalCountChanged(m_total);
}

const core::PageRow* PagedTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const Page* page = fetchPage(row / kPageSize);
    if (!page)
        return nullptr;
    const auto offset = static_cast<std::size_t>(row % kPageSize);
    return offset < page->rows.size() ? &page->rows[offset] : nullptr;
}

const PagedTableModel::Page* PagedTableModel::fetchPage(int pageIndex) const
{
    auto found = m_pages.find(pageIndex);
    if (found != m_pages.end()) {
        found->lastUse = ++m_useCounter;
        return &found.value();
    }
    if (m_failedOnce)
        return nullptr; // do not hammer a failing database on every paint

    // Keyset paging continues from the previous page's last row, which is what
    // scrolling down does; OFFSET (counted from the nearer end) serves jumps.
    // Searches are ordered by relevance and have no keyset.
    core::Result<std::vector<core::PageRow>> rows = [&] {
        const auto previous = m_pages.constFind(pageIndex - 1);
        if (m_spec.search.isEmpty() && previous != m_pages.constEnd()
            && previous->rows.size() == static_cast<std::size_t>(kPageSize)) {
            return m_query.pageAfter(m_spec, previous->rows.back().key, kPageSize);
        }
        return m_query.page(m_spec, qint64(pageIndex) * kPageSize, kPageSize, m_total);
    }();
    if (!rows) {
        fail(rows.error());
        return nullptr;
    }

    if (m_pages.size() >= kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    Page& page = m_pages[pageIndex];
    page.rows = std::move(rows).value();
    page.lastUse = ++m_useCounter;
    return &page;
}

void PagedTableModel::recount()
{
    const auto counted = m_query.count(m_spec);
    if (counted) {
        m_total = *counted;
    } else {
        m_total = 0;
        fail(counted.error());
    }
}

void PagedTableModel::fail(const core::Error& error) const
{
    qWarning().noquote() << "PagedTableModel:" << error.message << error.sql;
    m_lastError = error;
    m_failedOnce = true;
    // Queued: data() may run inside a paint event, where no box may open.
    auto* self = const_cast<PagedTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, error] { Q_EMIT self->loadFailed(error); }, Qt::QueuedConnection);
}

QList<std::int64_t> selectedRowIds(const QAbstractItemView* view, const PagedTableModel* model)
{
    QList<std::int64_t> ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (const qint64 id = model->idAt(index.row()))
            ids.append(id);
    }
    const QModelIndex current = view->currentIndex();
    if (ids.isEmpty() && current.isValid()) {
        if (const qint64 id = model->idAt(current.row()))
            ids.append(id);
    }
    return ids;
}

} // namespace rapport::ui
