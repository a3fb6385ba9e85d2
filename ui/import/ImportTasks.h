#pragma once

#include "common/Result.h"
#include "import/ImportJob.h"
#include "import/ImportOptions.h"
#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace rapport::ui {

// How a file reads with some options: the importer's preview (layout and
// cleaned rows) plus the same rows as written, matched by line.
struct FileProbe
{
    core::import::Preview preview;
    QList<RawRow> rawRows;
};

// The import wizard's long work, each run by ProgressRunner on a worker thread
// with a progress bar and Cancel. The worker opens its own connection to the
// database file (connections belong to the thread that opened them, H6); the
// GUI's connection is never touched off the GUI thread.
class ImportTasks
{
    Q_DECLARE_TR_FUNCTIONS(ImportTasks)

public:
    // Importer::preview with `rows` cleaned rows, plus up to `rows` raw rows.
    static core::Result<FileProbe> probe(QWidget* parent, const QString& databasePath,
                                         const QString& path, core::import::Entity entity,
                                         const core::import::Options& options, int rows);
    // Importer::run: one transaction, so an Error means nothing was applied.
    static core::Result<core::import::Report> run(QWidget* parent, const QString& databasePath,
                                                  const QString& path, core::import::Entity entity,
                                                  const core::import::Options& options);
};

} // namespace rapport::ui
