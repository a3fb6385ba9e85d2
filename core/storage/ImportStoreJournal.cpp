// ImportStore, second half: the journal of runs, undo, and saved mappings.
#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportStore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <array>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::ImportStore)
};

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

struct Change
{
    QString table, kind;
    RowId first = 0, last = 0;
    QString before;
};

// The reasons undo refuses, each as a query counting offending rows of one
// inserted range, with the message shown for it. The SQL is fixed text; the
// values bound are picked by index from: 0 first id, 1 last id, 2 the run's
// end, 3/4 the run's order range, 5/6 the run's customer range.
struct Blocker
{
    const char* table;
    const char* sql;
    std::array<int, 4> params; // -1: unused
    const char* message;
};

const Blocker kBlockers[] = {
    {"customers",
     "SELECT count(*) FROM customers WHERE id BETWEEN ? AND ? AND updated_at > ?",
     {0, 1, 2, -1},
     QT_TRANSLATE_N_NOOP("rapport::core::ImportStore",
                         "%n customer(s) imported by it were edited afterwards.")},
    {"customers",
     "SELECT count(*) FROM orders WHERE customer_id BETWEEN ? AND ? AND id NOT BETWEEN ? AND ?",
     {0, 1, 3, 4},
     QT_TRANSLATE_N_NOOP("rapport::core::ImportStore",
                         "%n order(s) were added afterwards to customers it imported.")},
    {"customers",
     "SELECT count(*) FROM activities WHERE customer_id BETWEEN ? AND ?",
     {0, 1, -1, -1},
     QT_TRANSLATE_N_NOOP("rapport::core::ImportStore",
                         "%n activity(s) were added afterwards to customers it imported.")},
    {"customers",
     "SELECT count(*) FROM customer_tags WHERE customer_id BETWEEN ? AND ?",
     {0, 1, -1, -1},
     QT_TRANSLATE_N_NOOP("rapport::core::ImportStore",
                         "%n tag(s) were put afterwards on customers it imported.")},
    {"companies",
     "SELECT count(*) FROM customers WHERE company_id BETWEEN ? AND ? AND id NOT BETWEEN ? AND ?",
     {0, 1, 5, 6},
     QT_TRANSLATE_N_NOOP("rapport::core::ImportStore",
                         "%n customer(s) were linked afterwards to companies it imported.")},
    {"companies",
     "SELECT count(*) FROM companies WHERE id BETWEEN ? AND ? AND updated_at > ?",
     {0, 1, 2, -1},
     QT_TRANSLATE_N_NOOP("rapport::core::ImportStore",
                         "%n company(s) imported by it were edited afterwards.")},
    {"products",
     "SELECT count(*) FROM order_lines WHERE product_id BETWEEN ? AND ? AND order_id NOT BETWEEN ? "
     "AND ?",
     {0, 1, 3, 4},
     QT_TRANSLATE_N_NOOP("rapport::core::ImportStore",
                         "%n order line(s) were added afterwards for products it imported.")},
    {"products",
     "SELECT count(*) FROM products WHERE id BETWEEN ? AND ? AND updated_at > ?",
     {0, 1, 2, -1},
     QT_TRANSLATE_N_NOOP("rapport::core::ImportStore",
                         "%n product(s) imported by it were edited afterwards.")},
    {"orders",
     "SELECT count(*) FROM orders WHERE id BETWEEN ? AND ? AND updated_at > ?",
     {0, 1, 2, -1},
     QT_TRANSLATE_N_NOOP("rapport::core::ImportStore",
                         "%n order(s) imported by it were edited afterwards.")},
};

} // namespace

std::optional<ImportStore::Table> ImportStore::tableFromName(const QString& name)
{
    for (Table t : {Companies, Customers, Products, Orders}) {
        if (tableName(t) == name)
            return t;
    }
    return std::nullopt;
}

Result<std::optional<ImportRunInfo>> ImportStore::lastRun()
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, entity, file_name, started_at, "
                                               "finished_at, coalesce(undone_at, ''), inserted, "
                                               "updated, skipped, rejected FROM import_runs "
                                               "ORDER BY id DESC LIMIT 1"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<ImportRunInfo>();
    ImportRunInfo run;
    run.id = q.value(0).toLongLong();
    run.entity = q.value(1).toString();
    run.fileName = q.value(2).toString();
    run.startedAt = q.value(3).toString();
    run.finishedAt = q.value(4).toString();
    run.undoneAt = q.value(5).toString();
    run.inserted = q.value(6).toInt();
    run.updated = q.value(7).toInt();
    run.skipped = q.value(8).toInt();
    run.rejected = q.value(9).toInt();
    return std::optional<ImportRunInfo>(run);
}

Status ImportStore::undoRun(RowId runId, const QString& undoneAt)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto last = lastRun();
    if (!last)
        return last.error();
    if (!*last || (*last)->id != runId)
        return Error::make(Error::Code::Conflict,
                           Text::tr("Only the most recent import can be undone."));
    const ImportRunInfo run = **last;
    if (!run.undoneAt.isEmpty())
        return Error::make(Error::Code::Conflict, Text::tr("This import was already undone."));

    QList<Change> changes;
    {
        QSqlQuery q(m_db);
        if (Status s = sql::exec(q,
                                 QStringLiteral("SELECT tbl, kind, first_id, last_id, "
                                                "coalesce(before, '') FROM import_changes "
                                                "WHERE run_id = ? ORDER BY id DESC"),
                                 {idValue(runId)});
            !s)
            return s;
        while (q.next())
            changes.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                            q.value(3).toLongLong(), q.value(4).toString()});
        if (Status s = sql::finished(q); !s)
            return s;
    }
    auto rangeOf = [&](const QString& table) {
        for (const Change& c : changes) {
            if (c.kind == QLatin1String("inserted") && c.table == table)
                return std::pair<RowId, RowId>(c.first, c.last);
        }
        return std::pair<RowId, RowId>(0, -1);
    };
    const auto orderRange = rangeOf(QStringLiteral("orders"));
    const auto customerRange = rangeOf(QStringLiteral("customers"));

    QStringList reasons;
    for (const Change& c : changes) {
        if (c.kind == QLatin1String("updated")) {
            const auto table = tableFromName(c.table);
            if (!table)
                continue;
            // sql-scan: identifier: tableName(Table) of the Table enum
            auto edited = sql::scalar(m_db,
                                      QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND "
                                                     "(updated_at > ? OR deleted_at IS NOT NULL)")
                                          .arg(tableName(*table)),
                                      {idValue(c.first), run.finishedAt});
            if (!edited)
                return edited.error();
            if (edited->toInt() > 0)
                reasons << Text::tr("A row it updated was changed again afterwards.");
            continue;
        }
        for (const Blocker& b : kBlockers) {
            if (c.table != QLatin1String(b.table))
                continue;
            QSqlQuery q(m_db);
            if (!q.prepare(QString::fromUtf8(b.sql)))
                return sql::errorFrom(q);
            const QVariantList values = {idValue(c.first),
                                         idValue(c.last),
                                         run.finishedAt,
                                         idValue(orderRange.first),
                                         idValue(orderRange.second),
                                         idValue(customerRange.first),
                                         idValue(customerRange.second)};
            int position = 0;
            for (int param : b.params) {
                if (param >= 0)
                    sql::bind(q, position++, values[param]);
            }
            if (Status s = sql::exec(q); !s)
                return s;
            const int count = q.next() ? q.value(0).toInt() : 0;
            if (count > 0)
                reasons << QCoreApplication::translate("rapport::core::ImportStore", b.message,
                                                       nullptr, count);
        }
    }
    if (!reasons.isEmpty()) {
        reasons.removeDuplicates();
        return Error::make(Error::Code::Conflict,
                           Text::tr("The import of “%1” cannot be undone: %2")
                               .arg(run.fileName, reasons.join(QLatin1Char(' '))));
    }

    // Updated rows get their old values back, newest change first.
    for (const Change& c : changes) {
        if (c.kind != QLatin1String("updated"))
            continue;
        const QJsonObject before = QJsonDocument::fromJson(c.before.toUtf8()).object();
        const auto table = tableFromName(c.table);
        if (!table)
            continue;
        m_runIdForJournal = 0; // restoring is not journalled
        if (Status s = update(*table, c.first, before.toVariantMap(), {}, undoneAt); !s)
            return s;
    }
    // Inserted rows go, children first (order lines go with their orders).
    for (Table table : {Orders, Customers, Products, Companies}) {
        const auto range = rangeOf(tableName(table));
        if (range.second < range.first)
            continue;
        QSqlQuery q(m_db);
        // sql-scan: identifier: tableName(Table) of the Table enum
        if (Status s = sql::exec(
                q, QStringLiteral("DELETE FROM %1 WHERE id BETWEEN ? AND ?").arg(tableName(table)),
                {idValue(range.first), idValue(range.second)});
            !s)
            return s;
    }
    QSqlQuery mark(m_db);
    if (Status s =
            sql::exec(mark, QStringLiteral("UPDATE import_runs SET undone_at = ? WHERE id = ?"),
                      {undoneAt, idValue(runId)});
        !s)
        return s;
    const QJsonObject what{{QStringLiteral("file"), run.fileName},
                           {QStringLiteral("run"), QJsonValue(double(runId))}};
    if (Status s = AuditLog::record(
            m_db, run.entity, 0, AuditLog::Action::Delete, QStringLiteral("import"),
            QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact)), {}, undoneAt);
        !s)
        return s;
    return tx.commit();
}

Status ImportStore::saveTemplate(const QString& entity, const QString& name,
                                 const QJsonObject& mapping, const QJsonObject& options,
                                 const QString& updatedAt)
{
    if (name.trimmed().isEmpty())
        return Error::validation(QStringLiteral("name"), Text::tr("A mapping needs a name."));
    QSqlQuery q(m_db);
    return sql::exec(
        q,
        QStringLiteral("INSERT INTO import_templates (entity, name, mapping, options, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, name) DO UPDATE SET "
                       "mapping = excluded.mapping, options = excluded.options, "
                       "updated_at = excluded.updated_at"),
        {entity, name.trimmed(),
         QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)),
         QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)), updatedAt});
}

Result<QList<std::pair<QString, QJsonObject>>> ImportStore::templates(const QString& entity)
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT name, mapping FROM import_templates "
                                            "WHERE entity = ? ORDER BY name"),
                             {entity});
        !s)
        return s.error();
    QList<std::pair<QString, QJsonObject>> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()});
    if (Status s = sql::finished(q); !s)
        return s.error();
    return out;
}

Status ImportStore::removeTemplate(const QString& entity, const QString& name)
{
    QSqlQuery q(m_db);
    return sql::exec(q,
                     QStringLiteral("DELETE FROM import_templates WHERE entity = ? AND name = ?"),
                     {entity, name});
}

} // namespace rapport::core
