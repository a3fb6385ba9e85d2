#include "storage/TableQuery.h"

#include "storage/FilterSql.h"
#include "storage/SearchText.h"
#include "storage/Sql.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>

namespace rapport::core {

struct TableQuery::Parts
{
    QString from;
    QString where;
    QVariantList values;       // bound in the WHERE clause, in order
    QString sortExpr;          // what the rows are sorted on
    QString rankExpr;          // the FTS rank, when ranking search results
    bool walkOnBudget = false; // a walk that may give up (see SearchPlan)
};

TableQuery::TableQuery(QSqlDatabase db, TableDef def)
    : m_db(std::move(db))
    , m_def(std::move(def))
{}

int TableQuery::columnIndex(const QString& key) const
{
    for (int i = 0; i < m_def.columns.size(); ++i) {
        if (m_def.columns[i].key == key)
            return i;
    }
    return -1;
}

Result<TableQuery::SearchPlan> TableQuery::searchPlan(const QuerySpec& spec, const QString& match,
                                                      std::int64_t totalHint) const
{
    std::int64_t matches = totalHint;
    // The hint counts the filtered rows, not the matches: count those.
    if (matches < 0 || !spec.filters.isEmpty() || !spec.where.isEmpty()) {
        // Counting at most one more than the limit stops early on common terms.
        // sql-scan: identifier: m_def.ftsTable / idExpr come from the TableDef (ours)
        auto counted = sql::scalar(m_db,
                                   QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM %1 "
                                                  "WHERE %1 MATCH ? LIMIT ?)")
                                       .arg(m_def.ftsTable),
                                   {match, kSortedMatchLimit + 1});
        if (!counted)
            return counted.error();
        matches = counted->toLongLong();
    }
    if (spec.sortKey.isEmpty() && matches <= kRankedMatchLimit)
        return SearchPlan::Ranked;
    return matches <= kSortedMatchLimit ? SearchPlan::WalkedOrSorted : SearchPlan::Walked;
}

Result<TableQuery::Parts> TableQuery::assemble(const QuerySpec& spec, Purpose purpose,
                                               std::int64_t totalHint,
                                               std::optional<int> forcedPlan) const
{
    Parts parts;
    parts.from = m_def.from;
    QStringList conditions;
    if (!m_def.baseWhere.isEmpty())
        conditions << m_def.baseWhere;

    for (const auto& [key, value] : spec.filters) {
        auto def = std::find_if(m_def.filters.cbegin(), m_def.filters.cend(),
                                [&key = key](const FilterDef& f) { return f.key == key; });
        if (def == m_def.filters.cend())
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("Unknown filter: %1").arg(key));
        conditions << QLatin1Char('(') + def->sql + QLatin1Char(')');
        parts.values << value;
    }
    auto where = filterSql(m_def.filterFields, spec.where, parts.values);
    if (!where)
        return where.error();
    if (!where->isEmpty())
        conditions << *where;

    const ColumnDef* sortColumn = nullptr;
    for (const ColumnDef& column : m_def.columns) {
        if (column.sortExpr.isEmpty())
            continue;
        if (spec.sortKey.isEmpty() ? sortColumn == nullptr : column.key == spec.sortKey)
            sortColumn = &column;
    }
    if (!sortColumn)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Cannot sort on: %1").arg(spec.sortKey));
    parts.sortExpr = sortColumn->sortExpr;

    if (!spec.search.trimmed().isEmpty() && !m_def.ftsTable.isEmpty()) {
        const QString match = search::matchExpression(spec.search);
        if (match.isEmpty()) {
            conditions << QStringLiteral("0"); // only punctuation typed: nothing matches
        } else {
            Result<SearchPlan> plan = SearchPlan::Sorted;
            if (forcedPlan)
                plan = SearchPlan(*forcedPlan);
            else if (purpose == Purpose::Page)
                plan = searchPlan(spec, match, totalHint);
            if (!plan)
                return plan.error();
            parts.walkOnBudget = *plan == SearchPlan::WalkedOrSorted;
            if (*plan == SearchPlan::Ranked) {
                parts.from = m_def.ftsTable + QStringLiteral(", ") + parts.from;
                // sql-scan: identifier: m_def.ftsTable / idExpr come from the TableDef (ours)
                conditions << m_def.ftsTable + QStringLiteral(" MATCH ?")
                           << m_def.ftsTable + QStringLiteral(".rowid = ") + m_def.idExpr;
                parts.rankExpr = m_def.ftsTable + QStringLiteral(".rank");
            } else {
                // Sorted: SQLite looks each match up by id and sorts them. Walked:
                // the unary + keeps it from doing so, and it walks the sort
                // column's index instead, stopping after one page.
                const QString prefix =
                    *plan == SearchPlan::Sorted ? QString() : QStringLiteral("+");
                // sql-scan: identifier: m_def.ftsTable / idExpr come from the TableDef (ours)
                conditions << prefix + m_def.idExpr
                                  + QStringLiteral(" IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)")
                                        .arg(m_def.ftsTable);
            }
            parts.values << match;
        }
    }
    // sql-scan: fixed fragment: conditions are TableDef fragments, filterSql() output (values
    // bound) and FTS clauses
    parts.where =
        conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
    return parts;
}

Result<std::int64_t> TableQuery::count(const QuerySpec& spec) const
{
    // A plain search is counted by the full-text index alone.
    const QString match = search::matchExpression(spec.search);
    if (!match.isEmpty() && spec.filters.isEmpty() && spec.where.isEmpty()
        && !m_def.ftsTable.isEmpty()) {
        // sql-scan: identifier: m_def.ftsTable / idExpr come from the TableDef (ours)
        auto counted = sql::scalar(
            m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(m_def.ftsTable),
            {match});
        if (!counted)
            return counted.error();
        return counted->toLongLong();
    }
    auto parts = assemble(spec, Purpose::Count);
    if (!parts)
        return parts.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // sql-scan: fixed fragment: Parts from assemble() (TableDef fragments, ColumnDef::sortExpr,
    // ASC/DESC); values bound
    if (!query.prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(parts->from, parts->where)))
        return sql::errorFrom(query);
    for (int i = 0; i < parts->values.size(); ++i)
        sql::bind(query, i, parts->values[i]);
    if (Status s = sql::exec(query); !s)
        return s.error();
    query.next();
    return query.value(0).toLongLong();
}

QString TableQuery::selectList(const Parts& parts) const
{
    // The id and the sort value first: run() reads them as the row's keyset.
    QStringList columns{m_def.idExpr, parts.sortExpr};
    for (const ColumnDef& column : m_def.columns)
        columns << column.expr;
    return columns.join(QStringLiteral(", "));
}

Result<std::vector<PageRow>> TableQuery::page(const QuerySpec& spec, std::int64_t offset, int limit,
                                              std::int64_t totalHint) const
{
    if (offset < 0 || limit <= 0)
        return std::vector<PageRow>{};
    // OFFSET walks every row it skips, so past the middle read from the end
    // (not for ranked search results, which have no end to read from).
    bool reversed = false;
    if (totalHint > 0 && offset > totalHint / 2) {
        const std::int64_t end = std::min<std::int64_t>(offset + limit, totalHint);
        if (end <= offset)
            return std::vector<PageRow>{};
        limit = static_cast<int>(end - offset);
        offset = totalHint - end;
        reversed = true;
    }
    const Builder build = [&](const Parts& parts) {
        const bool backwards = reversed && parts.rankExpr.isEmpty();
        const bool descending = spec.descending != backwards;
        const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        QString order =
            parts.sortExpr + direction + QStringLiteral(", ") + m_def.idExpr + direction;
        if (!parts.rankExpr.isEmpty())
            order = parts.rankExpr + QStringLiteral(", ") + order;
        QVariantList values = parts.values;
        values << limit << QVariant::fromValue<qlonglong>(offset);
        // sql-scan: fixed fragment: Parts from assemble() (TableDef fragments, ColumnDef::sortExpr,
        // ASC/DESC); values bound
        return std::pair{QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                             .arg(selectList(parts), parts.from, parts.where, order),
                         values};
    };
    return runPlanned(spec, totalHint, build, reversed, false);
}

Result<std::vector<PageRow>> TableQuery::pageAfter(const QuerySpec& spec, const Keyset& after,
                                                   int limit) const
{
    const Builder build = [&](const Parts& parts) {
        const QString direction =
            spec.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        const QString comparison = spec.descending ? QStringLiteral("<") : QStringLiteral(">");
        QVariantList values = parts.values;
        values << after.sortValue << QVariant::fromValue<qlonglong>(after.id) << limit;
        // sql-scan: fixed fragment: Parts from assemble() (TableDef fragments, ColumnDef::sortExpr,
        // ASC/DESC); values bound
        return std::pair{QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND (%4, %5) %6 (?, ?) "
                                        "ORDER BY %4%7, %5%7 LIMIT ?")
                             .arg(selectList(parts), parts.from, parts.where, parts.sortExpr,
                                  m_def.idExpr, comparison, direction),
                         values};
    };
    return runPlanned(spec, -1, build, false, true);
}

Result<std::vector<PageRow>> TableQuery::runPlanned(const QuerySpec& spec, std::int64_t totalHint,
                                                    const Builder& build, bool reversed,
                                                    bool keyset) const
{
    auto parts = assemble(spec, Purpose::Page, totalHint);
    if (!parts)
        return parts.error();
    if (!parts->rankExpr.isEmpty()) {
        if (keyset)
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("Keyset paging does not apply to relevance order"));
        reversed = false; // ranked results are always read from the top
    }
    const auto [statement, values] = build(*parts);
    if (!parts->walkOnBudget)
        return run(statement, values, reversed);
    auto rows = run(statement, values, reversed, kWalkBudgetMs);
    if (rows || rows.error().code != Error::Code::Cancelled)
        return rows;
    // The matches sit late in the order: look them up and sort them instead.
    auto sorted = assemble(spec, Purpose::Page, totalHint, int(SearchPlan::Sorted));
    if (!sorted)
        return sorted.error();
    const auto [sortedStatement, sortedValues] = build(*sorted);
    return run(sortedStatement, sortedValues, reversed);
}

Result<std::vector<PageRow>> TableQuery::run(const QString& statement, const QVariantList& values,
                                             bool reversed, int budgetMs) const
{
    // With a budget, SQLite's progress handler interrupts the statement once
    // the time is up (sql::errorFrom reports that as Cancelled).
    sqlite3* handle = nullptr;
    const QVariant driverHandle = m_db.driver()->handle();
    if (budgetMs > 0 && qstrcmp(driverHandle.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3* const*>(driverHandle.constData());
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(budgetMs);
    struct ProgressGuard
    {
        sqlite3* handle;
        ~ProgressGuard()
        {
            if (handle)
                sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        }
    } guard{handle};
    if (handle) {
        sqlite3_progress_handler(
            handle, 1000,
            [](void* until) {
                return std::chrono::steady_clock::now()
                               > *static_cast<const std::chrono::steady_clock::time_point*>(until)
                           ? 1
                           : 0;
            },
            &deadline);
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return sql::errorFrom(query);
    for (int i = 0; i < values.size(); ++i)
        sql::bind(query, i, values[i]);
    if (Status s = sql::exec(query); !s)
        return s.error();
    std::vector<PageRow> rows;
    const int cells = static_cast<int>(m_def.columns.size());
    while (query.next()) {
        PageRow row;
        row.id = query.value(0).toLongLong();
        row.key = {query.value(1), row.id};
        row.cells.reserve(cells);
        for (int i = 0; i < cells; ++i)
            row.cells << query.value(2 + i);
        rows.push_back(std::move(row));
    }
    // next() says false both at the end and when a step failed (interrupted,
    // I/O error): a failure must not pass for a short page.
    if (Status s = sql::finished(query); !s)
        return s.error();
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace rapport::core
