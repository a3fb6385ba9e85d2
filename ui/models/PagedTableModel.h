#pragma once

#include "storage/ChangeHub.h"
#include "storage/TableQuery.h"

#include <QAbstractItemView>
#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <vector>

namespace rapport::ui {

// The one table model for big tables (house style H7): a read-only window over
// a core::TableQuery. rowCount() is the exact row count from SQL so the scroll
// bar is right at once; rows are read in pages when data() first asks for them
// and held in a small LRU cache, so memory stays flat whether the view shows the
// first row or the millionth. Sorting and searching change the QuerySpec and
// reset the model; there is never a QSortFilterProxyModel over it.
//
// Columns are generic (one per core::ColumnDef); callers find a column by its
// stable key with columnIndex(), never by number.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value (minor units, ISO dates, numbers)
        IdRole,                      // the row's primary key (qint64)
    };

    // 256 rows a page: one page fills several screens yet reads in well under
    // a millisecond from an index; 16 pages (4,096 rows) cover any jump and
    // scroll-back a view makes, and bound the cache.
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 16;

    // Turns a stored cell into display text (money, dates, status keys).
    using Formatter = std::function<QVariant(const QVariant& cell)>;

    PagedTableModel(QSqlDatabase db, core::TableDef def, core::ChangeHub* hub,
                    QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the columns (custom fields added or removed): a reset that keeps
    // the QuerySpec, except a sort on a column that is gone. Formatters and
    // alignments follow their columns by key; those of removed columns go.
    void setDefinition(core::TableDef def);
    const core::TableDef& definition() const { return m_query.definition(); }

    const core::QuerySpec& querySpec() const { return m_spec; }
    void setQuerySpec(const core::QuerySpec& spec);
    void setSearch(const QString& text);

    int columnIndex(const QString& key) const;
    QString columnKey(int column) const;
    bool isSortable(int column) const;
    void setHeaderTitle(const QString& key, const QString& title);
    void setFormatter(const QString& key, Formatter formatter);
    void setAlignment(const QString& key, Qt::Alignment alignment);

    // The primary key of a row (0 if out of range), and the row of an id among
    // the cached rows (-1 if not cached).
    qint64 idAt(int row) const;
    int cachedRowOf(qint64 id) const;
    // The full count of the current query (may exceed INT_MAX rows in theory;
    // rowCount() is clamped).
    qint64 totalCount() const { return m_total; }
    // How many rows are held in memory now: a diagnostic for the bound.
    int cachedRowCount() const;
    // The last error of a count or page read ("" code Sql with empty message = none).
    const core::Error& lastError() const { return m_lastError; }

    // While not live (its view is hidden), a change only marks the model stale:
    // nobody sees it, and a recount of a million rows on the GUI thread per
    // write is wasted. Going live again reloads a stale model.
    void setLive(bool live);
    bool isStale() const { return m_stale; }

public Q_SLOTS:
    // Re-counts and drops the cache (after writes, or to retry after an error).
    void reload();

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void loadFailed(const rapport::core::Error& error);

private:
    void resetPages(); // drops the cached pages, keeps the row count
    struct Page
    {
        std::vector<core::PageRow> rows;
        quint64 lastUse = 0;
    };

    const core::PageRow* rowAt(int row) const;
    const Page* fetchPage(int pageIndex) const;
    void recount();
    void fail(const core::Error& error) const;

    QSqlDatabase m_db;
    core::TableQuery m_query;
    core::QuerySpec m_spec;
    qint64 m_total = 0;
    QHash<QString, QString> m_titles;
    QHash<QString, Formatter> m_formatters;
    QHash<QString, Qt::Alignment> m_alignments;

    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable core::Error m_lastError;
    mutable bool m_failedOnce = false;
    bool m_live = true;
    bool m_stale = false;
};

// The ids of the rows selected in `view` over `model`, or the current row's
// when none is selected (what an action on "the selection" works on).
QList<std::int64_t> selectedRowIds(const QAbstractItemView* view, const PagedTableModel* model);

} // namespace rapport::ui
