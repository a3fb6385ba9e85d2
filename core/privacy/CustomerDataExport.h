#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Entities.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QString>

namespace rapport::core {

// Everything Rapport holds about one customer, as one readable JSON document:
// the answer to a data subject's access request. Stored column names become
// the keys (snake_case), custom fields appear under their labels, money as
// decimal text next to its currency, and soft-deleted rows are included (they
// are still held). Writing the file records an 'export' row in the audit log
// with the file name only, never the data.
class CustomerDataExport
{
public:
    // The document; NotFound for an unknown customer id.
    static Result<QJsonDocument> build(const QSqlDatabase& db, RowId customerId,
                                       const Clock& clock = Clock::system());
    // build(), written indented and atomically to `filePath` (a failed write
    // leaves an existing file as it was), then the audit row. Returns the
    // number of bytes written.
    static Result<qint64> writeFile(const QSqlDatabase& db, RowId customerId,
                                    const QString& filePath, const Clock& clock = Clock::system());
    // A file name for the export of `customerName`, e.g.
    // "personal-data-Zhang Wei-2026-05-01.json" (characters that file systems
    // refuse replaced).
    static QString suggestedFileName(const QString& customerName, const QDate& date);
};

} // namespace rapport::core
