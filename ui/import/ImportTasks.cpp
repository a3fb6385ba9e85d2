#include "import/ImportTasks.h"

#include "import/Importer.h"
#include "io/CsvReader.h"
#include "storage/Database.h"
#include "widgets/ProgressRunner.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace rapport::ui {

namespace {

using core::Error;
using core::Status;

core::Result<core::Database> openWorkerDatabase(const QString& databasePath)
{
    core::Database::Options options;
    options.migrate = false; // the GUI's session migrated it when it opened the file
    return core::Database::open(databasePath, options);
}

bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The first `count` data records as written, read the way the importer read
// them (same encoding and delimiter; blank records skipped as it skips them).
core::Result<QList<RawRow>> readRawRows(const QString& path, const core::import::FileLayout& layout,
                                        int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, file.errorString());
    core::csv::ReaderOptions options;
    options.encoding = layout.encoding;
    options.delimiter = layout.delimiter;
    core::csv::CsvReader reader(&file, options);
    QList<RawRow> rows;
    core::csv::Record record;
    bool header = true;
    while (rows.size() < count) {
        auto got = reader.next(record);
        if (!got)
            return got.error();
        if (!*got)
            break;
        if (header) {
            header = false;
            continue;
        }
        if (!isBlank(record.fields))
            rows.append({record.line, record.fields});
    }
    return rows;
}

QString fileNameOf(const QString& path)
{
    return QFileInfo(path).fileName();
}

} // namespace

core::Result<FileProbe> ImportTasks::probe(QWidget* parent, const QString& databasePath,
                                           const QString& path, core::import::Entity entity,
                                           const core::import::Options& options, int rows)
{
    std::optional<FileProbe> result;
    const Status status = ProgressRunner::run(
        parent, tr("Reading “%1”…").arg(fileNameOf(path)), [&](core::Progress& progress) {
            auto db = openWorkerDatabase(databasePath);
            if (!db)
                return Status(db.error());
            auto preview = core::import::Importer(db->connection())
                               .preview(path, entity, options, rows, progress);
            if (!preview)
                return Status(preview.error());
            auto raw = readRawRows(path, preview->layout, rows);
            if (!raw)
                return Status(raw.error());
            result = FileProbe{std::move(preview).value(), std::move(raw).value()};
            return Status();
        });
    if (!status)
        return status.error();
    return std::move(*result);
}

core::Result<core::import::Report> ImportTasks::run(QWidget* parent, const QString& databasePath,
                                                    const QString& path,
                                                    core::import::Entity entity,
                                                    const core::import::Options& options)
{
    std::optional<core::import::Report> result;
    const Status status = ProgressRunner::run(
        parent, tr("Importing “%1”…").arg(fileNameOf(path)), [&](core::Progress& progress) {
            auto db = openWorkerDatabase(databasePath);
            if (!db)
                return Status(db.error());
            auto report =
                core::import::Importer(db->connection()).run(path, entity, options, progress);
            if (!report)
                return Status(report.error());
            result = std::move(report).value();
            return Status();
        });
    if (!status)
        return status.error();
    return std::move(*result);
}

} // namespace rapport::ui
