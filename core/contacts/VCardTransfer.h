#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "import/ImportOptions.h"
#include "import/ImportReport.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport::core::contacts {

// Customers to and from address books and phones (vCard). Import goes through
// the CSV import pipeline (cleaning, duplicates, one transaction, the journal
// for undo, rejected rows in a CSV beside the file): each card becomes a row
// of name, e-mail, phone, company, address and notes; e-mails and phones
// beyond the first are kept in the notes, so nothing on the card is lost.
Result<import::Report> importVCards(const QSqlDatabase& db, const QString& path,
                                    import::Options options, Progress& progress);

struct VCardExportReport
{
    int contacts = 0;
    QString path;
};

// Every live customer as a vCard 4.0 contact (name, organisation, e-mail,
// phone, address, note), written atomically (a failed export leaves no file).
Result<VCardExportReport> exportVCards(const QSqlDatabase& db, const QString& path,
                                       Progress& progress);

} // namespace rapport::core::contacts
