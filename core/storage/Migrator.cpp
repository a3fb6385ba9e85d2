#include "storage/Migrator.h"

#include "storage/CustomerRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <functional>

namespace rapport::core {

namespace {

// The C++ half of a migration, run after its SQL inside the same savepoint.
using DataStep = std::function<Status(const QSqlDatabase&)>;

DataStep dataStepFor(int version)
{
    switch (version) {
    case 2:
        // Custom fields (0004) do not exist yet at version 2.
        return [](const QSqlDatabase& db) {
            return CustomerRepository::rebuildDerivedColumns(db, {});
        };
    default:
        return {};
    }
}

Result<QString> scriptFor(int version)
{
    const QDir dir(QStringLiteral(":/rapport/migrations"));
    const QString prefix = QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'));
    const QStringList matches = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files);
    if (matches.size() != 1)
        return Error::make(Error::Code::Migration,
                           QStringLiteral("Migration %1 is missing from this build").arg(version));
    QFile file(dir.filePath(matches.first()));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Migration, file.errorString());
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QByteArray pending;
    const QList<QByteArray> lines = script.toUtf8().split('\n');
    for (const QByteArray& line : lines) {
        pending += line;
        pending += '\n';
        if (sqlite3_complete(pending.constData())) {
            const QString statement = QString::fromUtf8(pending).trimmed();
            if (!statement.isEmpty())
                statements << statement;
            pending.clear();
        }
    }
    // A trailing remainder that is only comments or blanks is not a statement.
    const QString rest = QString::fromUtf8(pending).trimmed();
    bool onlyComments = true;
    for (const QString& line : rest.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QStringLiteral("--")))
            onlyComments = false;
    }
    if (!onlyComments)
        statements << rest;
    return statements;
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db)
{
    auto value = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!value)
        return value.error();
    return value->toInt();
}

Status Migrator::migrate(const QSqlDatabase& db, int targetVersion)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current >= targetVersion)
        return {};

    Transaction all(db);
    if (!all.begun())
        return all.begun();
    for (int version = *current + 1; version <= targetVersion; ++version) {
        auto fail = [version](const Error& cause) {
            Error e = cause;
            e.code = Error::Code::Migration;
            e.message = QCoreApplication::translate("rapport::core::Migrator",
                                                    "Upgrading the database to version %1 "
                                                    "failed; it was left unchanged. %2")
                            .arg(version)
                            .arg(cause.message);
            return e;
        };
        auto script = scriptFor(version);
        if (!script)
            return fail(script.error());
        Transaction step(db);
        if (!step.begun())
            return fail(step.begun().error());
        for (const QString& statement : splitStatements(*script)) {
            if (Status s = sql::execOnce(db, statement); !s)
                return fail(s.error());
        }
        if (DataStep data = dataStepFor(version)) {
            if (Status s = data(db); !s)
                return fail(s.error());
        }
        // PRAGMA takes no bound values; the version is our own integer.
        // sql-scan: fixed fragment: version is an int of the compiled-in migration list; PRAGMA
        // takes no bound values
        if (Status s = sql::execOnce(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            !s)
            return fail(s.error());
        if (Status s = step.commit(); !s)
            return fail(s.error());
    }
    return all.commit();
}

} // namespace rapport::core
