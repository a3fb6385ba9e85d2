#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "export/ExportOptions.h"

#include <QIODevice>
#include <QSqlDatabase>
#include <QString>

namespace rapport::core::exporting {

// The one export behind the GUI's "Export…" and `rapport-cli export`: a table
// (or the rows of the current view) to a CSV file that spreadsheets open safely
// and that `import` reads back to the same data.
//  - headers are the importer's field keys (or translated labels);
//  - text a person typed is formula-guarded (formula::neutralize: "=SUM(A1)" and
//    "+86 138…" get a leading apostrophe, which the importer removes), while
//    numbers, amounts and dates are written as they are: a negative amount stays
//    a number; amounts are plain decimals ("12.50", "1200" for JPY) next to a
//    currency column; dates are ISO 8601;
//  - soft-deleted rows are left out;
//  - every row is read in one read transaction, and the number written is
//    checked against a count of the same selection in that transaction.
class Exporter
{
public:
    explicit Exporter(QSqlDatabase db);

    // Writes the file through a QSaveFile: a failed or cancelled export
    // (Progress::cancel) leaves whatever was at `path` before untouched.
    Result<ExportReport> exportTable(ExportKind kind, const QString& path,
                                     const ExportOptions& options, Progress& progress) const;
    // Writes to an open device. On an error the device may hold part of the file.
    Result<ExportReport> exportTable(ExportKind kind, QIODevice* device,
                                     const ExportOptions& options, Progress& progress) const;

    // The header a column is written under.
    static QString header(const QString& key, HeaderStyle style);

private:
    QSqlDatabase m_db;
};

} // namespace rapport::core::exporting
