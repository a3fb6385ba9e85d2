#include "export/TransferTasks.h"

#include "export/Exporter.h"
#include "storage/Database.h"
#include "widgets/ProgressRunner.h"

#include <QFileInfo>

#include <optional>

namespace rapport::ui {

namespace {

using core::Status;

core::Result<core::Database> openWorkerDatabase(const QString& databasePath)
{
    core::Database::Options options;
    options.migrate = false; // the GUI's session migrated it when it opened the file
    return core::Database::open(databasePath, options);
}

// Runs `task(connection, progress)` on a worker with its own connection and
// hands back what it returned.
template<typename T, typename Task>
core::Result<T> runOnWorker(QWidget* parent, const QString& title, const QString& databasePath,
                            const Task& task)
{
    std::optional<T> result;
    const Status status = ProgressRunner::run(parent, title, [&](core::Progress& progress) {
        auto db = openWorkerDatabase(databasePath);
        if (!db)
            return Status(db.error());
        core::Result<T> done = task(db->connection(), progress);
        if (!done)
            return Status(done.error());
        result = std::move(done).value();
        return Status();
    });
    if (!status)
        return status.error();
    return std::move(*result);
}

QString fileNameOf(const QString& path)
{
    return QFileInfo(path).fileName();
}

} // namespace

core::Result<core::exporting::ExportReport>
TransferTasks::exportCsv(QWidget* parent, const QString& databasePath, core::ExportKind kind,
                         const QString& path, const core::exporting::ExportOptions& options)
{
    return runOnWorker<core::exporting::ExportReport>(
        parent, tr("Exporting to “%1”…").arg(fileNameOf(path)), databasePath,
        [&](const QSqlDatabase& db, core::Progress& progress) {
            return core::exporting::Exporter(db).exportTable(kind, path, options, progress);
        });
}

core::Result<core::contacts::VCardExportReport>
TransferTasks::exportVCards(QWidget* parent, const QString& databasePath, const QString& path)
{
    return runOnWorker<core::contacts::VCardExportReport>(
        parent, tr("Exporting to “%1”…").arg(fileNameOf(path)), databasePath,
        [&](const QSqlDatabase& db, core::Progress& progress) {
            return core::contacts::exportVCards(db, path, progress);
        });
}

core::Result<core::import::Report> TransferTasks::importVCards(QWidget* parent,
                                                               const QString& databasePath,
                                                               const QString& path,
                                                               const core::import::Options& options)
{
    return runOnWorker<core::import::Report>(
        parent, tr("Importing “%1”…").arg(fileNameOf(path)), databasePath,
        [&](const QSqlDatabase& db, core::Progress& progress) {
            return core::contacts::importVCards(db, path, options, progress);
        });
}

} // namespace rapport::ui
