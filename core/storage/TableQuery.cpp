#include "storage/TableQuery.h"

#include "storage/SearchText.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace rapport::core {

struct TableQuery::Parts
{
    QString from;
    QString where;
    QVariantList values; // bound in the WHERE clause, in order
    QString sortExpr;    // empty: search results in relevance order
    QString rankExpr;    // the FTS rank, when searching
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

Result<bool> TableQuery::ranksByRelevance(const QuerySpec& spec, const QString& match,
                                          std::int64_t totalHint) const
{
    if (!spec.sortKey.isEmpty())
        return false;
    if (totalHint >= 0 && spec.filters.isEmpty())
        return totalHint <= kRankedMatchLimit;
    // Counting at most one more than the limit stops early on common terms.
    auto matches = sql::scalar(m_db,
                               QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM %1 "
                                              "WHERE %1 MATCH ? LIMIT ?)")
                                   .arg(m_def.ftsTable),
                               {match, kRankedMatchLimit + 1});
    if (!matches)
        return matches.error();
    return matches->toLongLong() <= kRankedMatchLimit;
}

Result<TableQuery::Parts> TableQuery::assemble(const QuerySpec& spec, Purpose purpose,
                                               std::int64_t totalHint) const
{
    Parts parts;
    parts.from = m_def.from;
    QStringList conditions;
    if (!m_def.baseWhere.isEmpty())
        conditions << m_def.baseWhere;

    for (const auto& [key, value] : spec.filters) {
        auto def = std::find_if(m_def.filters.cbegin(), m_def.filters.cend(),
                                [&key](const FilterDef& f) { return f.key == key; });
        if (def == m_def.filters.cend())
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("Unknown filter: %1").arg(key));
        conditions << QLatin1Char('(') + def->sql + QLatin1Char(')');
        parts.values << value;
    }

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
            auto ranked = purpose == Purpose::Page ? ranksByRelevance(spec, match, totalHint)
                                                   : Result<bool>(false);
            if (!ranked)
                return ranked.error();
            if (*ranked) {
                parts.from = m_def.ftsTable + QStringLiteral(", ") + parts.from;
                conditions << m_def.ftsTable + QStringLiteral(" MATCH ?")
                           << m_def.ftsTable + QStringLiteral(".rowid = ") + m_def.idExpr;
                parts.rankExpr = m_def.ftsTable + QStringLiteral(".rank");
            } else {
                // The unary + keeps SQLite from looking every match up by id, so
                // it walks the sort column's index and stops after one page.
                const QString prefix = purpose == Purpose::Page ? QStringLiteral("+") : QString();
                conditions << prefix + m_def.idExpr
                                  + QStringLiteral(" IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)")
                                        .arg(m_def.ftsTable);
            }
            parts.values << match;
        }
    }
    parts.where =
        conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
    return parts;
}

Result<std::int64_t> TableQuery::count(const QuerySpec& spec) const
{
    // A plain search is counted by the full-text index alone.
    const QString match = search::matchExpression(spec.search);
    if (!match.isEmpty() && spec.filters.isEmpty() && !m_def.ftsTable.isEmpty()) {
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

Result<std::vector<PageRow>> TableQuery::page(const QuerySpec& spec, std::int64_t offset, int limit,
                                              std::int64_t totalHint) const
{
    auto parts = assemble(spec, Purpose::Page, totalHint);
    if (!parts)
        return parts.error();
    if (offset < 0 || limit <= 0)
        return std::vector<PageRow>{};

    // OFFSET walks every row it skips, so past the middle read from the end.
    bool reversed = false;
    if (parts->rankExpr.isEmpty() && totalHint > 0 && offset > totalHint / 2) {
        const std::int64_t end = std::min<std::int64_t>(offset + limit, totalHint);
        if (end <= offset)
            return std::vector<PageRow>{};
        limit = static_cast<int>(end - offset);
        offset = totalHint - end;
        reversed = true;
    }
    const bool descending = spec.descending != reversed;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = parts->sortExpr + direction + QStringLiteral(", ") + m_def.idExpr + direction;
    if (!parts->rankExpr.isEmpty())
        order = parts->rankExpr + QStringLiteral(", ") + order;

    QStringList columns{m_def.idExpr, parts->sortExpr};
    for (const ColumnDef& column : m_def.columns)
        columns << column.expr;
    const QString statement =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
            .arg(columns.join(QStringLiteral(", ")), parts->from, parts->where, order);
    QVariantList values = parts->values;
    values << limit << QVariant::fromValue<qlonglong>(offset);
    return run(statement, values, reversed);
}

Result<std::vector<PageRow>> TableQuery::pageAfter(const QuerySpec& spec, const Keyset& after,
                                                   int limit) const
{
    auto parts = assemble(spec, Purpose::Page);
    if (!parts)
        return parts.error();
    if (!parts->rankExpr.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Keyset paging does not apply to relevance order"));
    const QString direction = spec.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString comparison = spec.descending ? QStringLiteral("<") : QStringLiteral(">");
    QStringList columns{m_def.idExpr, parts->sortExpr};
    for (const ColumnDef& column : m_def.columns)
        columns << column.expr;
    const QString statement =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND (%4, %5) %6 (?, ?) "
                       "ORDER BY %4%7, %5%7 LIMIT ?")
            .arg(columns.join(QStringLiteral(", ")), parts->from, parts->where, parts->sortExpr,
                 m_def.idExpr, comparison, direction);
    QVariantList values = parts->values;
    values << after.sortValue << QVariant::fromValue<qlonglong>(after.id) << limit;
    return run(statement, values, false);
}

Result<std::vector<PageRow>> TableQuery::run(const QString& statement, const QVariantList& values,
                                             bool reversed) const
{
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
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace rapport::core
