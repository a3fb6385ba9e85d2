#pragma once

#include "common/Result.h"
#include "contacts/VCardTransfer.h"
#include "export/ExportOptions.h"
#include "import/ImportOptions.h"
#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rapport::ui {

// The long work of File → Export… and the vCard actions, each run by
// ProgressRunner on a worker thread with a progress bar and Cancel. The worker
// opens its own connection to the database file: an export reads in one read
// transaction, and a transaction belongs to its connection (H6), so the GUI's
// connection is never used off the GUI thread nor held in a transaction.
class TransferTasks
{
    Q_DECLARE_TR_FUNCTIONS(TransferTasks)

public:
    // Exporter::exportTable to `path` (atomically: a cancelled or failed
    // export leaves what was at `path` untouched).
    static core::Result<core::exporting::ExportReport>
    exportCsv(QWidget* parent, const QString& databasePath, core::ExportKind kind,
              const QString& path, const core::exporting::ExportOptions& options);
    // Every live customer as vCards to `path`.
    static core::Result<core::contacts::VCardExportReport>
    exportVCards(QWidget* parent, const QString& databasePath, const QString& path);
    // The cards of `path` as customers, through the import pipeline (one
    // transaction, journalled for undo).
    static core::Result<core::import::Report> importVCards(QWidget* parent,
                                                           const QString& databasePath,
                                                           const QString& path,
                                                           const core::import::Options& options);
};

} // namespace rapport::ui
