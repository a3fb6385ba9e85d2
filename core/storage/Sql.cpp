#include "storage/Sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

namespace rapport::core::sql {

Q_LOGGING_CATEGORY(lcSql, "rapport.sql")

namespace {

void bindAll(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant& value : values)
        bind(query, i++, value);
}

} // namespace

void bind(QSqlQuery& query, int index, const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        query.bindValue(index, QStringLiteral(""));
    else
        query.bindValue(index, value);
}

Error errorFrom(const QSqlQuery& query)
{
    const QSqlError sqlError = query.lastError();
    const QString text = sqlError.databaseText();
    return errorFromCode(sqlError.nativeErrorCode().toInt(),
                         text.isEmpty() ? sqlError.text() : text, query.lastQuery(),
                         query.boundValues());
}

Error errorFromCode(int code, const QString& text, const QString& statement,
                    const QVariantList& values)
{
    Error e;
    e.sql = statement;
    e.values = values;
    e.message = text;
    // SQLite primary result codes (the native code may carry an extended code).
    const int primary = code & 0xff;
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        e.code = Error::Code::Locked;
        e.message = QCoreApplication::translate(
            "rapport::core::sql",
            "The database is busy in another program. Close it there and try again.");
        break;
    case 8: // SQLITE_READONLY
        e.code = Error::Code::ReadOnly;
        e.message = QCoreApplication::translate("rapport::core::sql",
                                                "The database file cannot be written (read-only).");
        break;
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
        e.code = Error::Code::Io;
        e.message =
            QCoreApplication::translate("rapport::core::sql",
                                        "Writing to the database failed (is the disk full?): %1")
                .arg(text);
        break;
    case 9: // SQLITE_INTERRUPT: a progress handler or sqlite3_interrupt() stopped it
        e.code = Error::Code::Cancelled;
        break;
    case 19: // SQLITE_CONSTRAINT
        e.code = text.contains(QStringLiteral("UNIQUE constraint failed")) ? Error::Code::Conflict
                                                                           : Error::Code::Sql;
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        e.code = Error::Code::NotADatabase;
        break;
    default:
        e.code = Error::Code::Sql;
    }
    if (e.code == Error::Code::Cancelled)
        return e; // asked for, not a failure
    qCWarning(lcSql).noquote() << "SQL failed:" << text << "| statement:" << e.sql
                               << "| values:" << e.values;
    return e;
}

Status finished(const QSqlQuery& query)
{
    if (query.lastError().isValid())
        return errorFrom(query);
    return {};
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return errorFrom(query);
    return {};
}

Status exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values)
{
    if (!query.prepare(statement))
        return errorFrom(query);
    bindAll(query, values);
    return exec(query);
}

Status execOnce(const QSqlDatabase& db, const QString& statement,
                std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    return exec(query, statement, values);
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    if (Status s = exec(query, statement, values); !s)
        return s.error();
    if (!query.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("rapport::core::sql", "No such row."));
    return query.value(0);
}

Result<QStringList> strings(const QSqlDatabase& db, const QString& statement,
                            std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = exec(query, statement, values); !s)
        return s.error();
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    if (Status s = finished(query); !s)
        return s.error();
    return result;
}

} // namespace rapport::core::sql
