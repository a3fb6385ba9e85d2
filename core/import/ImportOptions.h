#pragma once

#include "import/ColumnMapping.h"
#include "import/ValueParsers.h"
#include "io/TextEncoding.h"

#include <QChar>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rapport::core::import {

// What to do with a row that matches an existing record (or an earlier row of
// the same file).
enum class OnDuplicate {
    Skip,   // keep what is there; count the row as skipped
    Update, // write the row's values into the existing record (see UpdateMode)
    Create, // add it anyway (for customers and companies; products and orders
            // are unique by SKU and number, so there it rejects the row)
};
QString onDuplicateKey(OnDuplicate value);
Result<OnDuplicate> parseOnDuplicateKey(const QString& key);

enum class UpdateMode {
    Fill,      // only fields that are empty in the record
    Overwrite, // every field the file has a value for (an empty cell never erases)
};
QString updateModeKey(UpdateMode value);
Result<UpdateMode> parseUpdateModeKey(const QString& key);

struct Options
{
    csv::Encoding encoding = csv::Encoding::Auto;
    QChar delimiter; // null: detect
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    UpdateMode updateMode = UpdateMode::Fill;
    parse::DateOrder dateOrder = parse::DateOrder::Auto; // Auto: decided per column
    std::optional<parse::NumberStyle> numberStyle;       // empty: decided per column
    bool dryRun = false;                                 // do everything, then roll back
    QString defaultCurrency = QStringLiteral("CNY");
    QString phoneRegion = QStringLiteral("CN"); // for numbers written without +country
    // Orders whose rows name no customer go to a customer of this name (created
    // when missing); when empty they are rejected.
    QString walkInCustomer;
    std::optional<QJsonObject> mappingJson; // a --mapping file
    std::optional<ColumnMapping> mapping;   // from the wizard (wins)
    QString errorsPath; // the CSV of rejected rows; empty: "<file>.rejected.csv" beside it

    QJsonObject toJson() const; // what the journal keeps about a run
};

} // namespace rapport::core::import
