// The customer table at scale: open the file and show the first page sorted by
// name, jump to the last row, then read every page while watching memory.
//   bench_table FILE rapport  - ui::PagedTableModel in a real (offscreen) QTableView
//   bench_table FILE core     - core::TableQuery alone (keyset paging)
//   bench_table FILE peer     - the stock Qt way: QSqlTableModel + QTableView
// Each mode runs in its own process so peak memory (VmHWM) is its own.

#include "BenchSupport.h"

#include "models/PagedTableModel.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/TableQuery.h"

#include <QApplication>
#include <QHeaderView>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTableView>

#include <cstdio>

using namespace rapport;
using bench::ms;
using bench::result;

namespace {

constexpr int kPage = 256;

void showView(QTableView& view, QAbstractItemModel& model)
{
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    (void)view.grab(); // paints the visible rows: every data() the user would see
}

// Reads one row per page from first to last, reporting memory at each quarter.
void scan(QAbstractItemModel& model, int column, const char* prefix)
{
    QElapsedTimer timer;
    timer.start();
    const int rows = model.rowCount();
    int quarter = 1;
    for (int row = 0; row < rows; row += kPage) {
        (void)model.data(model.index(row, column));
        if (row >= rows / 4 * quarter) {
            std::fprintf(stderr, "%s: %d%% of rows, RSS %.0f MiB\n", prefix, quarter * 25,
                         bench::rssMiB());
            ++quarter;
        }
    }
    (void)model.data(model.index(rows - 1, column));
    result("scan_all_pages_ms", ms(timer));
}

int rapportMode(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    auto db = core::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    ui::PagedTableModel model(db->connection(), core::CustomerRepository::tableDef(), nullptr);
    model.sort(model.columnIndex(QStringLiteral("name")), Qt::AscendingOrder);
    QTableView view;
    showView(view, model);
    result("open_first_page_ms", ms(timer));
    const int rows = model.rowCount();
    result("rows", rows);

    timer.restart();
    view.scrollToBottom();
    (void)view.grab();
    const QString last =
        model.data(model.index(rows - 1, model.columnIndex(QStringLiteral("name")))).toString();
    result("last_page_ms", ms(timer));
    std::fprintf(stderr, "rapport: last row %d is %s\n", rows, qPrintable(last));
    result("rss_after_last_mib", bench::rssMiB());

    scan(model, model.columnIndex(QStringLiteral("name")), "rapport");
    result("peak_rss_mib", bench::peakRssMiB());
    result("rss_end_mib", bench::rssMiB());
    return 0;
}

int coreMode(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    auto db = core::Database::open(path);
    if (!db)
        return 1;
    core::TableQuery query(db->connection(), core::CustomerRepository::tableDef());
    core::QuerySpec spec;
    spec.sortKey = QStringLiteral("name");
    auto count = query.count(spec);
    auto first = query.page(spec, 0, kPage, count ? *count : -1);
    if (!count || !first)
        return 1;
    result("open_first_page_ms", ms(timer));
    result("rows", static_cast<double>(*count));

    timer.restart();
    auto last = query.page(spec, *count - kPage, kPage, *count);
    if (!last)
        return 1;
    result("last_page_ms", ms(timer));

    timer.restart();
    std::int64_t seen = static_cast<std::int64_t>(first->size());
    core::Keyset after = first->back().key;
    while (true) {
        auto page = query.pageAfter(spec, after, kPage);
        if (!page || page->empty())
            break;
        seen += static_cast<std::int64_t>(page->size());
        after = page->back().key;
    }
    result("scan_all_pages_ms", ms(timer));
    std::fprintf(stderr, "core: keyset scan saw %lld rows\n", static_cast<long long>(seen));
    result("peak_rss_mib", bench::peakRssMiB());
    return 0;
}

int peerMode(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peer"));
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QSqlTableModel model(nullptr, db);
    model.setTable(QStringLiteral("customers"));
    // Sorted on the indexed pinyin key, as Rapport does (ORDER BY sort_key).
    model.setSort(model.record().indexOf(QStringLiteral("sort_key")), Qt::AscendingOrder);
    model.setFilter(QStringLiteral("deleted_at IS NULL"));
    if (!model.select())
        return 1;
    QTableView view;
    showView(view, model);
    result("open_first_page_ms", ms(timer));

    // QSqlTableModel knows no row count until it has fetched every row.
    timer.restart();
    while (model.canFetchMore())
        model.fetchMore();
    view.scrollToBottom();
    (void)view.grab();
    result("last_page_ms", ms(timer));
    result("rows", model.rowCount());
    result("rss_after_last_mib", bench::rssMiB());
    scan(model, model.record().indexOf(QStringLiteral("name")), "peer");
    result("peak_rss_mib", bench::peakRssMiB());
    result("rss_end_mib", bench::rssMiB());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_table FILE rapport|core|peer\n");
        return 2;
    }
    const QString mode = args.at(2);
    if (mode == QStringLiteral("rapport"))
        return rapportMode(args.at(1));
    if (mode == QStringLiteral("core"))
        return coreMode(args.at(1));
    if (mode == QStringLiteral("peer"))
        return peerMode(args.at(1));
    return 2;
}
