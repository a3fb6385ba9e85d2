#pragma once

#include "common/Result.h"
#include "io/CsvWriter.h"
#include "storage/ExportQueries.h"
#include "storage/TableQuery.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace rapport::core::exporting {

using core::ExportKind;

// The stable key of a kind, for the CLI, settings and JSON: "customers",
// "companies", "products", "orders", "order-lines".
QString kindKey(ExportKind kind);
// Reads a key back, case-insensitively ("order_lines" works too); anything else
// is an InvalidArgument error listing the keys.
Result<ExportKind> parseKindKey(const QString& key);

// "utf-8", "utf-8-bom", "gb18030"; parsing also takes "utf8", "utf8-bom", "gbk".
QString encodingKey(csv::OutputEncoding encoding);
Result<csv::OutputEncoding> parseEncodingKey(const QString& key);

enum class HeaderStyle {
    Keys,   // the importer's field keys ("name", "custom.vip"): the file imports back
    Labels, // the translated labels ("Name", "姓名"): for people reading the file
};

struct ExportOptions
{
    csv::OutputEncoding encoding = csv::OutputEncoding::Utf8;
    QChar delimiter = u',';
    HeaderStyle headers = HeaderStyle::Keys;
    // The table view's filters, search and sort; empty: the whole table.
    std::optional<QuerySpec> view;
    // The columns to write, by key and in this order; empty: every column of the
    // kind (and, for customers, every custom field the rows have). The customer
    // view's "created" means "created_at".
    QStringList columns;
};

struct ExportReport
{
    std::int64_t rows = 0;     // data rows written (the header not counted)
    std::int64_t expected = 0; // rows the selection held when the export began
    QString path;              // the file written; empty when writing a device
    QStringList columns;       // the keys of the columns written, in order
};

} // namespace rapport::core::exporting
