#include "import/Importer.h"

#include "import/RowCleaner.h"
#include "import/RowHandler.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "storage/AuditLog.h"
#include "storage/BulkInsert.h"
#include "storage/CustomFieldRepository.h"
#include "storage/ImportStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace rapport::core::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::import::Importer)
};

// Distinct values kept per column to decide its conventions: enough to see
// every form a real column uses, bounded for files of millions of rows.
constexpr int kMaxDistinctSamples = 50000;

// The audit row of an import run: the file, the journal's run and its counts,
// never the data.
QString runSummary(const QString& fileName, RowId runId, const Report& report)
{
    const QJsonObject what{{QStringLiteral("file"), fileName},
                           {QStringLiteral("run"), QJsonValue(double(runId))},
                           {QStringLiteral("inserted"), report.inserted},
                           {QStringLiteral("updated"), report.updated},
                           {QStringLiteral("skipped"), report.skipped},
                           {QStringLiteral("rejected"), report.rejected}};
    return QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact));
}

// A reader's error, prefixed with the file it is about.
Error inFile(const QString& path, Error error)
{
    error.message = QDir::toNativeSeparators(path) + QStringLiteral(": ") + error.message;
    return error;
}

struct OpenFile
{
    std::unique_ptr<QFile> file;
    std::unique_ptr<csv::CsvReader> reader;
    QStringList headers;
};

Result<OpenFile> openFile(const QString& path, const Options& options)
{
    OpenFile open;
    open.file = std::make_unique<QFile>(path);
    if (!QFileInfo(path).isFile())
        return Error::make(
            Error::Code::Io,
            Text::tr("“%1” does not exist or is not a file.").arg(QDir::toNativeSeparators(path)));
    if (!open.file->open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot read “%1”: %2")
                               .arg(QDir::toNativeSeparators(path), open.file->errorString()));
    csv::ReaderOptions readerOptions;
    readerOptions.encoding = options.encoding;
    readerOptions.delimiter = options.delimiter;
    open.reader = std::make_unique<csv::CsvReader>(open.file.get(), readerOptions);
    if (Status s = open.reader->open(); !s) {
        return inFile(path, s.error());
    }
    csv::Record header;
    auto got = open.reader->next(header);
    if (!got) {
        return inFile(path, got.error());
    }
    if (!*got || (header.fields.size() == 1 && header.fields.first().trimmed().isEmpty()))
        return Error::make(Error::Code::Validation,
                           Text::tr("“%1” is empty: the first line should name the columns.")
                               .arg(QDir::toNativeSeparators(path)));
    for (const QString& h : header.fields)
        open.headers << h.trimmed();
    return open;
}

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Reads the file's header, builds the mapping, and (when the options leave it
// open) reads every row once to decide each date column's day/month order and
// each number column's decimal separator from the whole column.
FieldEntity fieldEntityOf(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return FieldEntity::Customers;
    case Entity::Companies:
        return FieldEntity::Companies;
    case Entity::Products:
        return FieldEntity::Products;
    case Entity::Orders:
        break;
    }
    return FieldEntity::Orders;
}

// Maps columns left unmapped whose header is a custom field's label or key, and
// checks that every custom.KEY the mapping names is a live field (typed values
// need a type; a misspelt key would otherwise fill a field nobody sees). The
// preview (`strict` false) leaves such columns unmapped instead, so that the
// wizard can still show the file and let the user map them.
Status mapCustomFields(FileLayout& layout, bool autoMatched,
                       const QList<CustomFieldDef>& customFields, bool strict)
{
    layout.customFields = customFields;
    if (autoMatched) {
        for (int c = 0; c < layout.headers.size(); ++c) {
            if (!layout.mapping.fieldAt(c).isEmpty())
                continue;
            const QString folded = foldedHeader(layout.headers[c]);
            for (const CustomFieldDef& def : customFields) {
                const QString key = QStringLiteral("custom.") + def.key;
                if ((foldedHeader(def.label) == folded || foldedHeader(def.key) == folded)
                    && layout.mapping.columnOf(key) < 0) {
                    layout.mapping.setField(c, key);
                    break;
                }
            }
        }
    }
    for (int c = 0; c < layout.mapping.columnCount(); ++c) {
        const QString key = layout.mapping.fieldAt(c);
        if (!isCustomFieldKey(key))
            continue;
        const bool known =
            std::any_of(customFields.cbegin(), customFields.cend(),
                        [&key](const CustomFieldDef& def) { return key.mid(7) == def.key; });
        if (known)
            continue;
        if (!strict) {
            layout.mapping.setField(c, QString());
            continue;
        }
        QStringList keys;
        for (const CustomFieldDef& def : customFields)
            keys << QStringLiteral("custom.") + def.key;
        return Error::validation(
            c < layout.headers.size() ? layout.headers[c] : key,
            keys.isEmpty()
                ? Text::tr("“%1” is not a custom field: none is defined for this kind of data.")
                      .arg(key)
                : Text::tr("“%1” is not a custom field (defined: %2).")
                      .arg(key, keys.join(QStringLiteral(", "))));
    }
    return {};
}

Result<FileLayout> layoutOf(const QString& path, Entity entity, const Options& options,
                            Progress& progress, const QList<CustomFieldDef>& customFields,
                            bool strict)
{
    auto open = openFile(path, options);
    if (!open)
        return open.error();
    FileLayout layout;
    layout.path = path;
    layout.encoding = open->reader->encoding();
    layout.hadBom = open->reader->hadBom();
    layout.delimiter = open->reader->delimiter();
    layout.headers = open->headers;
    if (options.mapping) {
        layout.mapping = *options.mapping;
    } else if (options.mappingJson) {
        auto mapping = ColumnMapping::fromJson(entity, layout.headers, *options.mappingJson);
        if (!mapping)
            return mapping.error();
        layout.mapping = *mapping;
    } else {
        layout.mapping = ColumnMapping::autoMatch(entity, layout.headers);
    }
    if (Status s =
            mapCustomFields(layout, !options.mapping && !options.mappingJson, customFields, strict);
        !s)
        return s.error();
    for (int c = 0; c < layout.headers.size(); ++c) {
        if (layout.mapping.fieldAt(c).isEmpty())
            layout.unmappedColumns << layout.headers[c];
    }

    QMap<QString, int> dateColumns, numberColumns;
    for (int c = 0; c < layout.headers.size(); ++c) {
        const QString key = layout.mapping.fieldAt(c);
        const FieldSpec* spec = findField(entity, key);
        if (!spec)
            continue;
        if (spec->type == FieldType::Date && options.dateOrder == parse::DateOrder::Auto)
            dateColumns.insert(key, c);
        if ((spec->type == FieldType::Money || spec->type == FieldType::Integer)
            && !options.numberStyle)
            numberColumns.insert(key, c);
    }
    if (dateColumns.isEmpty() && numberColumns.isEmpty())
        return layout;

    const qint64 size = qMax<qint64>(1, open->file->size());
    QMap<QString, QSet<QString>> samples;
    csv::Record record;
    qint64 rows = 0;
    while (true) {
        auto got = open->reader->next(record);
        if (!got) {
            return inFile(path, got.error());
        }
        if (!*got)
            break;
        if ((++rows & 0x3fff) == 0) {
            if (progress.isCancelled())
                return Error::make(Error::Code::Cancelled, Text::tr("The import was cancelled."));
            progress.report(open->reader->bytesRead(), size, Text::tr("Reading the columns…"));
        }
        for (auto it = dateColumns.begin(); it != dateColumns.end(); ++it) {
            if (it.value() >= record.fields.size())
                continue;
            QSet<QString>& set = samples[it.key()];
            if (set.size() < kMaxDistinctSamples) {
                // The date part is what decides; "12/1/2010 8:26" and "12/1/2010 9:01" are one.
                const QString value = record.fields[it.value()].trimmed();
                set.insert(value.section(u' ', 0, 0));
            }
        }
        for (auto it = numberColumns.begin(); it != numberColumns.end(); ++it) {
            if (it.value() >= record.fields.size())
                continue;
            QSet<QString>& set = samples[it.key()];
            if (set.size() < kMaxDistinctSamples)
                set.insert(record.fields[it.value()].trimmed());
        }
    }
    for (auto it = dateColumns.begin(); it != dateColumns.end(); ++it)
        layout.dateOrders.insert(it.key(),
                                 parse::detectDateOrder(samples.value(it.key()).values()));
    for (auto it = numberColumns.begin(); it != numberColumns.end(); ++it)
        layout.numberStyles.insert(it.key(),
                                   parse::detectNumberStyle(samples.value(it.key()).values()));
    return layout;
}

QString defaultErrorsPath(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejected.csv"));
}

std::unique_ptr<RowHandler> handlerFor(Entity entity, ImportContext& context)
{
    switch (entity) {
    case Entity::Customers:
        return makeCustomerHandler(context);
    case Entity::Companies:
        return makeCompanyHandler(context);
    case Entity::Products:
        return makeProductHandler(context);
    case Entity::Orders:
        break;
    }
    return makeOrderHandler(context);
}

} // namespace

Importer::Importer(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(&clock)
{}

Result<Preview> Importer::preview(const QString& path, Entity entity, const Options& options,
                                  int rows, Progress& progress) const
{
    auto customFields = CustomFieldRepository(m_db).fields(fieldEntityOf(entity));
    if (!customFields)
        return customFields.error();
    auto layout = layoutOf(path, entity, options, progress, *customFields, false);
    if (!layout)
        return layout.error();
    Preview preview;
    preview.layout = *layout;
    auto open = openFile(path, options);
    if (!open)
        return open.error();
    const RowCleaner cleaner(entity, *layout, options);
    csv::Record record;
    CleanRow clean;
    while (preview.rows.size() < rows) {
        auto got = open->reader->next(record);
        if (!got)
            return got.error();
        if (!*got)
            break;
        if (isBlank(record.fields))
            continue;
        cleaner.clean(record.fields, clean);
        PreviewRow row;
        row.line = record.line;
        for (int c = 0; c < layout->headers.size(); ++c) {
            const QString key = layout->mapping.fieldAt(c);
            const int field = cleaner.indexOf(key);
            QString value;
            if (field >= 0)
                value = clean[field].text;
            else if (isCustomFieldKey(key)) {
                for (const CustomFieldDef& def : layout->customFields) {
                    if (def.key == key.mid(7))
                        value = customfields::displayText(def, clean.custom.value(def.key));
                }
            }
            row.values << value;
            const int error = static_cast<int>(clean.errorColumns.indexOf(layout->headers[c]));
            row.errors << (error >= 0 ? clean.errorReasons[error] : QString());
        }
        preview.rows << row;
    }
    return preview;
}

Result<Report> Importer::run(const QString& path, Entity entity, const Options& options,
                             Progress& progress)
{
    Report report;
    report.dryRun = options.dryRun;
    auto customFields = CustomFieldRepository(m_db).fields(fieldEntityOf(entity));
    if (!customFields)
        return customFields.error();
    auto layout = layoutOf(path, entity, options, progress, *customFields, true);
    if (!layout)
        return layout.error();
    report.layout = *layout;
    if (const QStringList missing = layout->mapping.missingRequired(entity); !missing.isEmpty()) {
        QStringList labels;
        for (const QString& key : missing)
            labels << fieldLabel(key);
        return Error::make(Error::Code::Validation,
                           Text::tr("No column of “%1” is mapped to %2, which every row needs "
                                    "(columns found: %3).")
                               .arg(QDir::toNativeSeparators(path),
                                    labels.join(QStringLiteral(", ")),
                                    layout->headers.join(QStringLiteral(", "))));
    }
    if (entity == Entity::Orders && options.walkInCustomer.trimmed().isEmpty()
        && layout->mapping.columnOf(QStringLiteral("customer")) < 0
        && layout->mapping.columnOf(QStringLiteral("customer_code")) < 0
        && layout->mapping.columnOf(QStringLiteral("customer_email")) < 0)
        return Error::make(Error::Code::Validation,
                           Text::tr("No column of “%1” names the customer: map a customer, "
                                    "customer number or customer e-mail column, or choose a "
                                    "walk-in customer.")
                               .arg(QDir::toNativeSeparators(path)));

    auto open = openFile(path, options);
    if (!open)
        return open.error();

    // The rejected rows: written as they come, kept only if there are any.
    const QString errorsPath =
        options.errorsPath.isEmpty() ? defaultErrorsPath(path) : options.errorsPath;
    QSaveFile errorsFile(errorsPath);
    std::unique_ptr<csv::CsvWriter> errors;
    auto reject = [&](const csv::Record& record, const QString& column,
                      const QString& reason) -> Status {
        if (!errors) {
            if (!errorsFile.open(QIODevice::WriteOnly))
                return Error::make(
                    Error::Code::Io,
                    Text::tr("Cannot write the rejected rows to “%1”: %2")
                        .arg(QDir::toNativeSeparators(errorsPath), errorsFile.errorString()));
            csv::WriterOptions writerOptions;
            writerOptions.encoding = csv::OutputEncoding::Utf8Bom; // spreadsheets read it right
            errors = std::make_unique<csv::CsvWriter>(&errorsFile, writerOptions);
            if (Status s = errors->writeRecord(
                    QStringList{Text::tr("Row"), Text::tr("Column"), Text::tr("Reason")}
                    + layout->headers);
                !s)
                return s;
        }
        ++report.rejected;
        return errors->writeRecord(QStringList{QString::number(record.line), column, reason}
                                   + record.fields);
    };

    BulkLoadSettings bulk(m_db);
    if (Status s = bulk.begin(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString stamp = toTimestamp(m_clock->nowUtc());
    ImportStore store(m_db);
    if (Status s = store.begin(stamp); !s)
        return s.error();
    auto runId =
        store.beginRun(entityKey(entity), QFileInfo(path).fileName(), options.toJson(), stamp);
    if (!runId)
        return runId.error();
    report.runId = *runId;

    // Bulk mode when the file is large next to the tables it fills (see
    // ImportStore::beginBulkLoad). The row count is estimated from the file size
    // at a generous 100 bytes a row; either way the result is the same.
    const qint64 estimatedRows = open->file->size() / 100;
    const bool bulkCustomers = entity == Entity::Customers;
    const ImportStore::Table bulkTable =
        bulkCustomers ? ImportStore::Customers : ImportStore::Orders;
    if ((entity == Entity::Customers || entity == Entity::Orders) && estimatedRows >= 20000
        && estimatedRows >= store.existingRows(bulkTable) / 2) {
        const QStringList tables =
            bulkCustomers ? QStringList{QStringLiteral("customers")}
                          : QStringList{QStringLiteral("orders"), QStringLiteral("order_lines")};
        if (Status s = store.beginBulkLoad(tables); !s)
            return s.error();
    }

    const RowCleaner cleaner(entity, *layout, options);
    ImportContext context{store, report, options, cleaner, stamp, reject};
    std::unique_ptr<RowHandler> handler = handlerFor(entity, context);
    progress.report(0, 1, Text::tr("Reading what is in the database…"));
    if (Status s = handler->prepare(); !s)
        return s.error();

    const qint64 size = qMax<qint64>(1, open->file->size());
    csv::Record record;
    CleanRow clean;
    while (true) {
        auto got = open->reader->next(record);
        if (!got) {
            return inFile(path, got.error());
        }
        if (!*got)
            break;
        if (isBlank(record.fields))
            continue; // an empty line is not a row anybody meant
        ++report.rows;
        if ((report.rows & 0xfff) == 0) {
            if (progress.isCancelled())
                return Error::make(Error::Code::Cancelled,
                                   Text::tr("The import was cancelled; nothing was changed."));
            progress.report(open->reader->bytesRead(), size, Text::tr("Importing…"));
        }
        cleaner.clean(record.fields, clean);
        if (!clean.ok()) {
            if (Status s = reject(record, clean.errorColumns.join(QStringLiteral("; ")),
                                  clean.errorReasons.join(QStringLiteral("; ")));
                !s)
                return s.error();
            continue;
        }
        if (Status s = handler->handle(clean, record); !s)
            return s.error();
    }
    if (Status s = handler->finish(); !s)
        return s.error();
    if (store.inBulkLoad()) {
        progress.report(1, 1, Text::tr("Building the indexes…"));
        if (Status s = store.endBulkLoad(); !s)
            return s.error();
    }
    const QString finishedAt = toTimestamp(m_clock->nowUtc());
    if (Status s = store.finishRun(*runId, report.inserted, report.updated, report.skipped,
                                   report.rejected, finishedAt);
        !s)
        return s.error();
    // One audit row per run, not per row: the journal holds the rows.
    if (Status s = AuditLog::record(
            m_db, entityKey(entity), 0, AuditLog::Action::Create, QStringLiteral("import"), {},
            runSummary(QFileInfo(path).fileName(), *runId, report), finishedAt);
        !s)
        return s.error();
    if (progress.isCancelled())
        return Error::make(Error::Code::Cancelled,
                           Text::tr("The import was cancelled; nothing was changed."));

    if (errors) {
        if (Status s = errors->flush(); !s)
            return s.error();
        errors.reset(); // before the file it writes to is committed and closed
        if (!errorsFile.commit())
            return Error::make(
                Error::Code::Io,
                Text::tr("Cannot write the rejected rows to “%1”: %2")
                    .arg(QDir::toNativeSeparators(errorsPath), errorsFile.errorString()));
        report.errorsFile = errorsPath;
    }
    if (options.dryRun) {
        report.runId = 0;
        return report; // the transaction's guard rolls everything back
    }
    progress.report(1, 1, Text::tr("Saving…"));
    if (Status s = tx.commit(); !s)
        return s.error();
    report.applied = true;
    return report;
}

} // namespace rapport::core::import
