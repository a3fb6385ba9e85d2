#pragma once

#include "common/Result.h"
#include "domain/CustomField.h"
#include "domain/Entities.h"
#include "import/ColumnMapping.h"
#include "import/ValueParsers.h"
#include "io/TextEncoding.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rapport::core::import {

// How a file was read: what was detected, and what each column became.
struct FileLayout
{
    QString path;
    csv::Encoding encoding = csv::Encoding::Utf8;
    bool hadBom = false;
    QChar delimiter = u',';
    QStringList headers;
    ColumnMapping mapping;
    QStringList unmappedColumns;
    // Per date column (by field key): the day/month order used and how sure it is.
    QMap<QString, parse::DateOrderGuess> dateOrders;
    // Per number column: the decimal separator used.
    QMap<QString, parse::NumberStyleGuess> numberStyles;
    // The entity's live custom fields: custom.KEY columns are parsed by their type.
    QList<CustomFieldDef> customFields;
};

// One row as it will be stored (the wizard's preview).
struct PreviewRow
{
    qint64 line = 0;
    QStringList values; // per file column: the cleaned value ("" when unmapped)
    QStringList errors; // per file column: why the value cannot be stored ("" when fine)
};

struct Preview
{
    FileLayout layout;
    QList<PreviewRow> rows;
};

// What an import did (or, for a dry run, would do).
struct Report
{
    FileLayout layout;
    bool dryRun = false;
    bool applied = false; // committed to the database
    RowId runId = 0;
    qint64 rows = 0; // data rows read
    int inserted = 0, updated = 0, skipped = 0, rejected = 0;
    // Duplicates found, by rule ("code", "email", "phone", "name_company", "name",
    // "sku", "number"), whatever was then done with them.
    QMap<QString, int> duplicatesByRule;
    // Records created along the way (companies named by customers, customers and
    // products named by order lines), and order lines written.
    int companiesCreated = 0, customersCreated = 0, productsCreated = 0;
    int ordersCreated = 0, orderLines = 0, cancellations = 0;
    QString errorsFile; // empty when no row was rejected
    QStringList warnings;

    QJsonObject toJson() const;
};

} // namespace rapport::core::import
