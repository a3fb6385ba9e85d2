#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "value/PurchaseHistory.h"

#include <QString>

namespace rapport::core::value {

// Which columns of a transaction CSV hold what (header names, matched without
// regard to case). The amount is the line's value, or a unit price multiplied
// by `quantity` when that is given (UCI Online Retail: UnitPrice × Quantity).
struct TransactionColumns
{
    QString customer;
    QString date;
    QString amount;
    QString quantity; // optional
};

// What reading left out, so that nothing is skipped silently.
struct TransactionFileStats
{
    qint64 rows = 0;            // data rows read
    qint64 withoutCustomer = 0; // empty customer field: not attributable
    qint64 returns = 0;         // negative amounts (returns, cancellations)
};

// Reads a transaction file into purchase days per customer (customers keyed
// by their order of appearance, with the file's ids as labels). Dates are ISO
// (2024-03-05, optionally followed by a time) or 8 digits (20240305). Errors
// name the file, line and column: a missing column, a date or an amount that
// cannot be read, no transactions at all.
Result<PurchaseHistory> readTransactionFile(const QString& path, const TransactionColumns& columns,
                                            TransactionFileStats* stats, Progress& progress);

// "2024-03-05", "2024-03-05 08:26:00", "2024-03-05T08:26" or "20240305".
QDate parseTransactionDate(QStringView text);

} // namespace rapport::core::value
