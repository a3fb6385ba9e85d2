#pragma once

#include "common/Clock.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "import/ImportOptions.h"
#include "import/ImportReport.h"
#include "import/ImportSchema.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport::core::import {

// The one import pipeline behind the wizard and `rapport-cli import`:
//   read (streaming CSV, encoding and delimiter detected) -> map columns ->
//   decide each date and number column's convention from the whole column ->
//   clean and check every cell -> find duplicates -> insert / update / skip,
//   in ONE transaction, so an import applies fully or (failed, cancelled,
//   killed) not at all; rejected rows go to a CSV with row, column and reason.
class Importer
{
public:
    explicit Importer(QSqlDatabase db, const Clock& clock = Clock::system());

    // How the file would be read, and its first rows as they would be stored.
    // Reads the whole file once to decide the date and number conventions.
    Result<Preview> preview(const QString& path, Entity entity, const Options& options, int rows,
                            Progress& progress) const;

    // Imports the file. An Error means nothing was applied; rows that cannot be
    // stored are counted in the report, not errors.
    Result<Report> run(const QString& path, Entity entity, const Options& options,
                       Progress& progress);

private:
    QSqlDatabase m_db;
    const Clock* m_clock;
};

} // namespace rapport::core::import
