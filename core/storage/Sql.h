#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace rapport::core::sql {

// Prepares `statement`, binds `values` positionally and executes it. On failure
// the Error carries the statement and its bound values, and both are logged.
Status exec(QSqlQuery& query, const QString& statement,
            std::initializer_list<QVariant> values = {});
// Executes an already prepared and bound query.
Status exec(QSqlQuery& query);
// Runs one statement that returns nothing.
Status execOnce(const QSqlDatabase& db, const QString& statement,
                std::initializer_list<QVariant> values = {});
// The first column of the first row, or an Error (NotFound when there is no row).
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        std::initializer_list<QVariant> values = {});

// The first column of every row as text (distinct lists for filter choices).
Result<QStringList> strings(const QSqlDatabase& db, const QString& statement,
                            std::initializer_list<QVariant> values = {});

// Binds one positional value. A null QString binds as '' (Qt would bind SQL
// NULL, which our NOT NULL text columns refuse); use an invalid QVariant or a
// typed null for NULL.
void bind(QSqlQuery& query, int index, const QVariant& value);

// After reading rows with next(): an Error if the reading stopped because a
// step failed (next() returns false then too), so a failure never passes for
// fewer rows.
Status finished(const QSqlQuery& query);

// An Error from a failed query, classified (locked, read-only, disk full...).
Error errorFrom(const QSqlQuery& query);
// The same classification for a raw sqlite3 result code (BulkInsert's statements):
// busy, read-only, disk full, corrupt, interrupted, UNIQUE conflicts.
Error errorFromCode(int code, const QString& text, const QString& statement,
                    const QVariantList& values = {});

} // namespace rapport::core::sql
