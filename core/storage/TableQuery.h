#pragma once

#include "common/Result.h"
#include "domain/Filter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace rapport::core {

// One column a table view can show. `expr` and `sortExpr` are SQL written by
// us (never by users): the whitelist that lets a sort column vary safely.
struct ColumnDef
{
    QString key;      // stable name, e.g. "name", "email"
    QString expr;     // what is displayed
    QString sortExpr; // what is sorted on (NOT NULL, indexed when hot); empty: not sortable
};

// A filter the caller may set; the SQL (with one `?`) is ours, the value is bound.
struct FilterDef
{
    QString key;
    QString sql; // e.g. "c.company_id = ?"
};

// A field a user's filter (FilterGroup) may test. `expr` is SQL written by core
// (a column, or json_extract with a path built from a validated custom field
// key); `kind` decides which operators apply and how values are bound.
struct FilterField
{
    enum class Kind { Text, Number, Date, Bool, Choice, MultiChoice, Tags };
    QString key;  // "city", "custom.vip_level", "tags"
    QString expr; // e.g. "c.city", "json_extract(c.custom, '$.vip_level')"; for
                  // Kind::Tags, true when the row has any tag (is_empty/is_not_empty)
    Kind kind = Kind::Text;
    // For Kind::Tags: the SQL that tests one tag, with one `?` for its name,
    // e.g. "EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
    // WHERE ct.customer_id = c.id AND t.name = ? COLLATE NOCASE)".
    QString tagSql;
};

// What to page over: the FROM clause, the rows that count (not soft-deleted),
// the columns, the filters and, for tables with one, the full-text index.
struct TableDef
{
    QString from;      // e.g. "customers c LEFT JOIN companies co ON co.id = c.company_id"
    QString idExpr;    // e.g. "c.id"
    QString baseWhere; // e.g. "c.deleted_at IS NULL" (matches the partial indexes)
    QList<ColumnDef> columns;
    QList<FilterDef> filters;
    QList<FilterField> filterFields; // what QuerySpec::where may test
    QString ftsTable;                // e.g. "customers_fts" (rowid = id); empty: no search
};

// How the caller wants the rows: sort column, order, search text and filters.
struct QuerySpec
{
    QString sortKey; // a ColumnDef key; empty: the first sortable column
    bool descending = false;
    QString search; // free text, turned into an FTS5 query (see SearchText)
    QList<QPair<QString, QVariant>> filters; // FilterDef key -> bound value
    FilterGroup where;                       // a user's filter over filterFields

    friend bool operator==(const QuerySpec&, const QuerySpec&) = default;
};

// A row's position in the sort order, for keyset paging.
struct Keyset
{
    QVariant sortValue;
    std::int64_t id = 0;
};

struct PageRow
{
    std::int64_t id = 0;
    Keyset key;
    QVariantList cells; // one per ColumnDef, in order
};

// Pages through a table in SQL: sorting and filtering are SQL, and only the
// rows asked for are read. Ways to reach a page, cheapest first:
//  - after a known row (keyset: WHERE (sort, id) > (?, ?)), when scrolling on;
//  - from the nearer end with OFFSET, when jumping (OFFSET walks every row it
//    skips, so a jump near the end counts backwards from the end instead);
//  - search results, by how many rows match (counted by the full-text index,
//    stopping early): up to kRankedMatchLimit with no sort column chosen, ranked
//    by relevance (bm25), then the name. Otherwise in the sort column's order:
//    walking that column's index and keeping the rows the full-text index
//    matched stops after one page, but only soon if the matches are spread
//    through the order (张伟's thousands all sort under "zhang wei", late in a
//    walk over a million names). So up to kSortedMatchLimit matches the walk
//    gets kWalkBudgetMs, and if it runs out the matches are looked up by id and
//    sorted instead. The rows are the same either way; only the cost differs.
class TableQuery
{
public:
    static constexpr int kRankedMatchLimit = 1000;
    static constexpr int kSortedMatchLimit = 20000;
    static constexpr int kWalkBudgetMs = 8;

    TableQuery(QSqlDatabase db, TableDef def);

    const TableDef& definition() const { return m_def; }
    int columnIndex(const QString& key) const;

    Result<std::int64_t> count(const QuerySpec& spec) const;
    // Rows [offset, offset + limit) of the ordered result. `totalHint` is the
    // row count if known (lets a jump near the end read backwards).
    Result<std::vector<PageRow>> page(const QuerySpec& spec, std::int64_t offset, int limit,
                                      std::int64_t totalHint = -1) const;
    // The `limit` rows that follow `after` in the order (not for searches).
    Result<std::vector<PageRow>> pageAfter(const QuerySpec& spec, const Keyset& after,
                                           int limit) const;

private:
    struct Parts; // the assembled SQL and its bound values
    enum class Purpose { Count, Page };
    Result<Parts> assemble(const QuerySpec& spec, Purpose purpose, std::int64_t totalHint = -1,
                           std::optional<int> forcedPlan = std::nullopt) const;
    QString selectList(const Parts& parts) const;
    enum class SearchPlan { Ranked, Sorted, Walked, WalkedOrSorted };
    Result<SearchPlan> searchPlan(const QuerySpec& spec, const QString& match,
                                  std::int64_t totalHint) const;
    // Runs a page query built by `build` from the assembled parts, falling back
    // from a walk that ran out of budget to the sorted plan.
    using Builder = std::function<std::pair<QString, QVariantList>(const Parts&)>;
    Result<std::vector<PageRow>> runPlanned(const QuerySpec& spec, std::int64_t totalHint,
                                            const Builder& build, bool reversed, bool keyset) const;
    Result<std::vector<PageRow>> run(const QString& sql, const QVariantList& values, bool reversed,
                                     int budgetMs = 0) const;

    QSqlDatabase m_db;
    TableDef m_def;
};

} // namespace rapport::core
