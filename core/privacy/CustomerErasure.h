#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Entities.h"
#include "storage/ChangeHub.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace rapport::core {

// What eraseCustomer() did, for the user and for the backup report (the uuid
// and time tell which backups were taken while the customer was still there).
struct ErasureReport
{
    RowId customerId = 0;
    QString uuid;
    QString erasedAt; // ISO 8601 UTC, as stored
    // Rows changed or removed, per place ("customers", "activities", ...), in
    // the order they were handled.
    QList<std::pair<QString, int>> counts;
    // False when another connection was reading, so the write-ahead log could
    // not be emptied yet: old page images stay in the -wal file until the next
    // checkpoint (SQLite runs one when the last connection closes).
    bool walTruncated = false;

    int count(const QString& place) const;
};

// Erasure on request ("right to be forgotten"). The customer row stays as an
// anonymous placeholder, so orders keep their customer and their totals for the
// books; everything personal, wherever it lives, is removed or blanked in one
// transaction: the row's fields, search text and full-text tokens, tags,
// activities, deal and order notes, free-text custom values, outbox addresses
// and bodies, consent wording, scores, the import journal's earlier versions
// and the audit log's values. One 'erase' audit row without data remains.
//
// The suppression list keeps the address itself: it must go on stopping
// marketing mail to it (an import of an old list would otherwise bring it
// back), which the law allows and the customer asked for. Every check and
// trigger compares plain addresses, so a hash would not block anything.
//
// secure_delete is on while it runs, so freed space is zeroed, and a
// checkpoint afterwards empties the -wal file: the old values do not stay in
// the database's files. Backups made earlier still hold them.
class CustomerErasure
{
public:
    // Live or soft-deleted customers alike; NotFound for an unknown id (and
    // then nothing changes). Not undoable.
    static Result<ErasureReport> eraseCustomer(const QSqlDatabase& db, RowId customerId,
                                               const Clock& clock = Clock::system(),
                                               ChangeHub* hub = nullptr);

    // The name the placeholder row gets ("Erased customer #12").
    static QString placeholderName(RowId customerId);
};

} // namespace rapport::core
