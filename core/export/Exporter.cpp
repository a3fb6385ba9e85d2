#include "export/Exporter.h"

#include "common/Clock.h"
#include "import/ImportSchema.h"
#include "import/RowCleaner.h"
#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"
#include "storage/AuditLog.h"
#include "storage/CustomFieldRepository.h"
#include "storage/ExportQueries.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace rapport::core::exporting {

namespace {

// User-visible messages, translated in the "rapport::core::exporting::Exporter" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::exporting::Exporter)
};

// Rows between two looks at Progress: often enough to cancel within a few
// milliseconds, rarely enough to cost nothing.
constexpr std::int64_t kReportEvery = 8192;

// "12.50", "-3.00", "1200" (JPY): the amount in the digits its currency has,
// with a '.' whatever the locale, and no thousands separators, so every
// spreadsheet reads a number and the importer reads the same amount back.
QString plainAmount(std::int64_t minor, int digits)
{
    if (digits <= 0)
        return QString::number(minor);
    const std::uint64_t magnitude =
        minor < 0 ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
    std::uint64_t scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString text = minor < 0 ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / scale);
    text += QLatin1Char('.');
    text += QString::number(magnitude % scale).rightJustified(digits, QLatin1Char('0'));
    return text;
}

// What a cell of `column` holds as text. Only text a person typed is guarded:
// numbers, amounts and dates cannot start a formula, and an apostrophe would
// turn them into text in a spreadsheet.
QString cellText(ExportValue type, const QVariant& value, int digits)
{
    if (value.isNull() && type != ExportValue::Custom)
        return QString(); // no value (a customer without a score), not 0
    switch (type) {
    case ExportValue::Text:
        return formula::neutralize(value.toString());
    case ExportValue::Integer:
        return QString::number(value.toLongLong());
    case ExportValue::Money:
        return plainAmount(value.toLongLong(), digits);
    case ExportValue::Date:
    case ExportValue::Timestamp:
        return value.toString(); // stored as ISO 8601 text
    case ExportValue::YesNo:
        return value.toLongLong() != 0 ? QStringLiteral("yes") : QStringLiteral("no");
    case ExportValue::Decimal:
        return QString::number(value.toDouble(), 'f', 4);
    case ExportValue::Custom:
        if (value.isNull())
            return QString();
        // A JSON number stays a number; everything else is text.
        if (value.metaType().id() == QMetaType::QString)
            return formula::neutralize(value.toString());
        return value.toString();
    }
    return QString();
}

// A custom field's cell as a person reads it (what customfields::parseText
// reads back). SQLite gives JSON true/false as 1/0 and arrays as JSON text.
QString customCellText(const CustomFieldDef& def, const QVariant& value)
{
    if (value.isNull())
        return QString();
    QJsonValue json;
    switch (def.type) {
    case CustomFieldType::Number:
    case CustomFieldType::Money:
        json = value.toDouble();
        return customfields::displayText(def, json);
    case CustomFieldType::Date:
        return customfields::displayText(def, value.toString());
    case CustomFieldType::Bool:
        json = value.toLongLong() != 0;
        break;
    case CustomFieldType::MultiChoice:
        json = QJsonDocument::fromJson(value.toString().toUtf8()).array();
        break;
    default:
        json = value.toString();
        break;
    }
    return formula::neutralize(customfields::displayText(def, json));
}

// The columns to write: the kind's own (customers' custom fields after the
// notes), or the caller's choice, checked.
Result<QList<ExportColumn>> resolveColumns(ExportKind kind, const QStringList& requested,
                                           const QStringList& customKeys)
{
    QList<ExportColumn> columns;
    if (requested.isEmpty()) {
        for (const ExportColumn& column : ExportQueries::columns(kind)) {
            columns << column;
            if (kind == ExportKind::Customers && column.key == QLatin1String("notes")) {
                for (const QString& key : customKeys)
                    columns << ExportColumn{QStringLiteral("custom.") + key, ExportValue::Custom};
            }
        }
        return columns;
    }
    QStringList seen;
    for (const QString& asked : requested) {
        QString key = asked.trimmed();
        if (kind == ExportKind::Customers && key == QLatin1String("created"))
            key = QStringLiteral("created_at"); // the customer view's name for it
        if (seen.contains(key))
            continue;
        const auto column = ExportQueries::column(kind, key);
        if (!column) {
            QStringList known;
            for (const ExportColumn& c : ExportQueries::columns(kind))
                known << c.key;
            if (kind == ExportKind::Customers)
                known << QStringLiteral("custom.KEY");
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("An export of %1 has no column “%2” (columns: %3).")
                                   .arg(kindKey(kind), asked, known.join(QStringLiteral(", "))));
        }
        columns << *column;
        seen << key;
    }
    return columns;
}

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, Text::tr("The export was cancelled."));
}

} // namespace

Exporter::Exporter(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString Exporter::header(const QString& key, HeaderStyle style)
{
    if (style == HeaderStyle::Keys)
        return key;
    // Columns the importer does not read have no label there.
    static const QHash<QString, const char*> extra = {
        {QStringLiteral("total"), QT_TRANSLATE_NOOP("rapport::core::exporting::Exporter", "Total")},
        {QStringLiteral("lines"), QT_TRANSLATE_NOOP("rapport::core::exporting::Exporter", "Lines")},
        {QStringLiteral("uuid"), QT_TRANSLATE_NOOP("rapport::core::exporting::Exporter", "UUID")},
        {QStringLiteral("created_at"),
         QT_TRANSLATE_NOOP("rapport::core::exporting::Exporter", "Created")},
    };
    if (const auto found = extra.constFind(key); found != extra.constEnd())
        return Text::tr(*found);
    return import::fieldLabel(key);
}

Result<ExportReport> Exporter::exportTable(ExportKind kind, const QString& path,
                                           const ExportOptions& options, Progress& progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot write “%1”: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto report = exportTable(kind, &file, options, progress);
    if (!report) {
        file.cancelWriting(); // the file that was there stays as it was
        return report.error();
    }
    // The audit row and the file go together: an export that cannot be logged
    // leaves no file, and a file that cannot be written leaves no row.
    Transaction tx(m_db);
    if (!tx.begun()) {
        file.cancelWriting();
        return tx.begun().error();
    }
    if (Status s = AuditLog::recordExport(m_db, kindKey(kind), QFileInfo(path).fileName(),
                                          report->rows, toTimestamp(Clock::system().nowUtc()));
        !s) {
        file.cancelWriting();
        return s.error();
    }
    if (!file.commit())
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot write “%1”: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (Status s = tx.commit(); !s)
        return s.error();
    report->path = path;
    return report;
}

Result<ExportReport> Exporter::exportTable(ExportKind kind, QIODevice* device,
                                           const ExportOptions& options, Progress& progress) const
{
    if (!device || !device->isWritable())
        return Error::make(Error::Code::Io, Text::tr("The file is not open for writing."));
    ExportQueries queries(m_db, kind);
    if (Status s = queries.begin(options.view); !s)
        return s.error();
    progress.report(0, 1, Text::tr("Counting the rows…"));
    auto expected = queries.count();
    if (!expected)
        return expected.error();
    // Customers' custom fields: the live definitions, in their order. Values
    // of deleted or undefined keys are left out unless asked for by key, since
    // the importer reads back defined fields only.
    QList<CustomFieldDef> customDefs;
    QStringList customKeys;
    if (kind == ExportKind::Customers) {
        auto defs = CustomFieldRepository(m_db).fields(FieldEntity::Customers);
        if (!defs)
            return defs.error();
        customDefs = *defs;
        if (options.columns.isEmpty()) {
            for (const CustomFieldDef& def : customDefs)
                customKeys << def.key;
        }
    }
    auto columns = resolveColumns(kind, options.columns, customKeys);
    if (!columns)
        return columns.error();
    if (progress.isCancelled())
        return cancelled();
    if (Status s = queries.select(*columns); !s)
        return s.error();

    ExportReport report;
    report.expected = *expected;
    QStringList cells;
    QList<const CustomFieldDef*> customOf; // per column: its definition, if a custom field
    for (const ExportColumn& column : *columns) {
        report.columns << column.key;
        const CustomFieldDef* def = nullptr;
        for (const CustomFieldDef& d : customDefs) {
            if (column.value == ExportValue::Custom && column.key.mid(7) == d.key)
                def = &d;
        }
        customOf << def;
        cells << (def && options.headers != HeaderStyle::Keys
                      ? def->label
                      : header(column.key, options.headers));
    }
    csv::WriterOptions writerOptions;
    writerOptions.encoding = options.encoding;
    writerOptions.delimiter = options.delimiter;
    csv::CsvWriter writer(device, writerOptions);
    if (Status s = writer.writeRecord(cells); !s)
        return s.error();

    const auto count = static_cast<int>(columns->size());
    QList<ExportValue> types;
    bool money = false;
    for (const ExportColumn& column : *columns) {
        types << column.value;
        money = money || column.value == ExportValue::Money;
    }
    QString currency;
    int digits = 2;
    progress.report(0, report.expected, Text::tr("Exporting…"));
    while (queries.next()) {
        if (money) {
            if (const QString rowCurrency = queries.currency(); rowCurrency != currency) {
                currency = rowCurrency;
                digits = import::fractionDigitsOf(currency);
            }
        }
        for (int i = 0; i < count; ++i)
            cells[i] = customOf[i] ? customCellText(*customOf[i], queries.value(i))
                                   : cellText(types[i], queries.value(i), digits);
        if (Status s = writer.writeRecord(cells); !s)
            return s.error();
        if (++report.rows % kReportEvery == 0) {
            if (progress.isCancelled())
                return cancelled();
            progress.report(report.rows, report.expected, Text::tr("Exporting…"));
        }
    }
    if (Status s = queries.finished(); !s)
        return s.error();
    if (progress.isCancelled())
        return cancelled();
    if (Status s = writer.flush(); !s)
        return s.error();
    if (Status s = queries.end(); !s)
        return s.error();
    // One snapshot for both: a difference is a bug, and a file missing rows
    // must not pass for a complete one.
    if (report.rows != report.expected)
        return Error::make(Error::Code::Sql,
                           Text::tr("The export read %1 rows where the table holds %2; the file "
                                    "was not saved.")
                               .arg(report.rows)
                               .arg(report.expected));
    progress.report(report.rows, report.expected, Text::tr("Exporting…"));
    return report;
}

} // namespace rapport::core::exporting
