#include "Command.h"
#include "CsvArguments.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "contacts/VCardTransfer.h"
#include "import/Importer.h"
#include "storage/ImportStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {

namespace {

using namespace core::import;

void printReport(const Report& r)
{
    const FileLayout& l = r.layout;
    output::line(QStringLiteral("%1%2: %3 rows (%4%5, delimiter %6)")
                     .arg(r.dryRun ? QStringLiteral("Dry run of ") : QString(),
                          QDir::toNativeSeparators(l.path))
                     .arg(r.rows)
                     .arg(core::csv::encodingKey(l.encoding),
                          l.hadBom ? QStringLiteral(" with BOM") : QString(),
                          delimiterName(l.delimiter)));
    QList<QStringList> mapping;
    for (int c = 0; c < l.headers.size(); ++c)
        mapping << QStringList{l.headers[c], l.mapping.fieldAt(c).isEmpty()
                                                 ? QStringLiteral("(not imported)")
                                                 : l.mapping.fieldAt(c)};
    output::line(
        output::table({QStringLiteral("column"), QStringLiteral("field")}, mapping).trimmed());
    for (auto it = l.dateOrders.begin(); it != l.dateOrders.end(); ++it)
        output::line(QStringLiteral("Dates in %1 read as %2%3")
                         .arg(it.key(), core::parse::dateOrderKey(it.value().order),
                              it.value().conflict   ? QStringLiteral(" (values disagree: check)")
                              : !it.value().decided ? QStringLiteral(" (no value decided it)")
                                                    : QString()));
    QList<QStringList> counts = {
        {r.dryRun ? QStringLiteral("would insert") : QStringLiteral("inserted"),
         QString::number(r.inserted)},
        {r.dryRun ? QStringLiteral("would update") : QStringLiteral("updated"),
         QString::number(r.updated)},
        {QStringLiteral("skipped"), QString::number(r.skipped)},
        {QStringLiteral("rejected"), QString::number(r.rejected)},
    };
    for (auto it = r.duplicatesByRule.begin(); it != r.duplicatesByRule.end(); ++it)
        counts << QStringList{QStringLiteral("duplicates by %1").arg(it.key()),
                              QString::number(it.value())};
    if (r.ordersCreated)
        counts << QStringList{QStringLiteral("orders created"), QString::number(r.ordersCreated)}
               << QStringList{QStringLiteral("of which cancellations"),
                              QString::number(r.cancellations)};
    if (r.companiesCreated)
        counts << QStringList{QStringLiteral("companies created"),
                              QString::number(r.companiesCreated)};
    if (r.customersCreated)
        counts << QStringList{QStringLiteral("customers created"),
                              QString::number(r.customersCreated)};
    if (r.productsCreated)
        counts << QStringList{QStringLiteral("products created"),
                              QString::number(r.productsCreated)};
    output::line(
        output::table({QStringLiteral("rows"), QStringLiteral("count")}, counts).trimmed());
    if (!r.errorsFile.isEmpty())
        output::line(QStringLiteral("Rejected rows, with row, column and reason: %1")
                         .arg(QDir::toNativeSeparators(r.errorsFile)));
    if (r.dryRun)
        output::line(QStringLiteral("Nothing was written (dry run)."));
}

// `import KIND FILE`: customers, companies, products or order lines from CSV/TSV.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("Import customers, companies, products or orders from a CSV file.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("kind"),
                                     QStringLiteral("customers, companies, products or orders"));
        parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV/TSV file."));
        parser.addOption({QStringLiteral("mapping"),
                          QStringLiteral("A JSON object from column header to field key."),
                          QStringLiteral("FILE.json")});
        parser.addOption({QStringLiteral("encoding"),
                          QStringLiteral("auto, utf-8, utf-16 or gb18030 (default auto)."),
                          QStringLiteral("ENC"), QStringLiteral("auto")});
        parser.addOption({QStringLiteral("delimiter"),
                          QStringLiteral("auto, ',', ';', '|' or tab (default auto)."),
                          QStringLiteral("D"), QStringLiteral("auto")});
        parser.addOption({QStringLiteral("on-duplicate"),
                          QStringLiteral("skip, update or create (default skip)."),
                          QStringLiteral("WHAT"), QStringLiteral("skip")});
        parser.addOption({QStringLiteral("update-mode"),
                          QStringLiteral("With update: fill empty fields only, or overwrite "
                                         "(default fill)."),
                          QStringLiteral("MODE"), QStringLiteral("fill")});
        parser.addOption({QStringLiteral("date-order"),
                          QStringLiteral("auto, ymd, dmy or mdy (default auto: decided per "
                                         "column)."),
                          QStringLiteral("ORDER"), QStringLiteral("auto")});
        parser.addOption({QStringLiteral("currency"),
                          QStringLiteral("Currency of amounts that name none (default CNY)."),
                          QStringLiteral("CODE"), QStringLiteral("CNY")});
        parser.addOption({QStringLiteral("phone-region"),
                          QStringLiteral("Country of phone numbers written without +code "
                                         "(default CN)."),
                          QStringLiteral("CC"), QStringLiteral("CN")});
        parser.addOption({QStringLiteral("walk-in-customer"),
                          QStringLiteral("Orders: put rows that name no customer on this "
                                         "customer (default: reject them)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("errors"),
                          QStringLiteral("Where to write rejected rows (default: "
                                         "FILE.rejected.csv beside the file)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("progress"),
                          QStringLiteral("Print progress lines on stderr even when it is not a "
                                         "terminal.")});
        parser.addOption({QStringLiteral("dry-run"),
                          QStringLiteral("Report what would happen; write nothing.")});
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2)
            return output::usage(QStringLiteral("import needs KIND and FILE, e.g. "
                                                "`import customers people.csv`"));
        auto entity = parseEntityKey(args[0]);
        if (!entity)
            return output::usage(entity.error().message);
        Options options;
        auto encoding = core::csv::parseEncodingKey(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return output::usage(encoding.error().message);
        options.encoding = *encoding;
        auto delimiter = parseDelimiter(parser.value(QStringLiteral("delimiter")), true);
        if (!delimiter)
            return output::usage(delimiter.error().message);
        options.delimiter = *delimiter;
        auto onDuplicate = parseOnDuplicateKey(parser.value(QStringLiteral("on-duplicate")));
        if (!onDuplicate)
            return output::usage(onDuplicate.error().message);
        options.onDuplicate = *onDuplicate;
        auto updateMode = parseUpdateModeKey(parser.value(QStringLiteral("update-mode")));
        if (!updateMode)
            return output::usage(updateMode.error().message);
        options.updateMode = *updateMode;
        auto dateOrder = core::parse::parseDateOrderKey(parser.value(QStringLiteral("date-order")));
        if (!dateOrder)
            return output::usage(dateOrder.error().message);
        options.dateOrder = *dateOrder;
        options.defaultCurrency = parser.value(QStringLiteral("currency")).trimmed().toUpper();
        if (options.defaultCurrency.size() != 3)
            return output::usage(QStringLiteral("--currency must be a code such as CNY or USD"));
        options.phoneRegion = parser.value(QStringLiteral("phone-region")).trimmed().toUpper();
        options.walkInCustomer = parser.value(QStringLiteral("walk-in-customer"));
        options.errorsPath = parser.value(QStringLiteral("errors"));
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        if (parser.isSet(QStringLiteral("mapping"))) {
            const QString path = parser.value(QStringLiteral("mapping"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return output::error(QStringLiteral("cannot read the mapping %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                                     kExitUsage);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (doc.isNull() || !doc.isObject())
                return output::error(
                    QStringLiteral("the mapping %1 is not a JSON object%2")
                        .arg(QDir::toNativeSeparators(path),
                             doc.isNull() ? QStringLiteral(": ") + error.errorString() : QString()),
                    kExitUsage);
            options.mappingJson = doc.object();
        }

        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        TerminalProgress progress(parser.isSet(QStringLiteral("progress")));
        auto report = Importer(db->connection()).run(args[1], *entity, options, progress);
        if (!report)
            return output::failure(report.error());
        if (context.json)
            output::json(QJsonDocument(report->toJson()));
        else
            printReport(*report);
        return kExitOk;
    }
};

// `undo-import`: takes the most recent import back.
class UndoImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("undo-import"); }
    QString summary() const override { return QStringLiteral("Undo the most recent import."); }
    void addOptions(QCommandLineParser&) const override {}
    int run(const QCommandLineParser&, const CommandContext& context) const override
    {
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        core::ImportStore store(db->connection());
        auto last = store.lastRun();
        if (!last)
            return output::failure(last.error());
        if (!*last)
            return output::error(QStringLiteral("there is no import to undo"), kExitFailure);
        const core::ImportRunInfo run = **last;
        if (core::Status s =
                store.undoRun(run.id, core::toTimestamp(QDateTime::currentDateTimeUtc()));
            !s)
            return output::failure(s.error());
        if (context.json)
            output::json(QJsonDocument(QJsonObject{{QStringLiteral("undone"), run.fileName},
                                                   {QStringLiteral("inserted"), run.inserted},
                                                   {QStringLiteral("updated"), run.updated}}));
        else
            output::line(QStringLiteral("Undid the import of %1 (%2 inserted, %3 updated rows).")
                             .arg(run.fileName)
                             .arg(run.inserted)
                             .arg(run.updated));
        return kExitOk;
    }
};

// `vcard import FILE.vcf` / `vcard export --out FILE.vcf`: customers to and from
// address books and phones.
class VCardCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("vcard"); }
    QString summary() const override
    {
        return QStringLiteral("Import customers from, or export them to, a vCard file.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("import or export"));
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QStringLiteral("import: the .vcf file to read"));
        parser.addOption({QStringLiteral("out"), QStringLiteral("export: the .vcf file to write."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("on-duplicate"),
                          QStringLiteral("import: skip, update or create (default skip)."),
                          QStringLiteral("WHAT"), QStringLiteral("skip")});
        parser.addOption({QStringLiteral("phone-region"),
                          QStringLiteral("import: country of numbers without +code (default "
                                         "CN)."),
                          QStringLiteral("CC"), QStringLiteral("CN")});
        parser.addOption({QStringLiteral("dry-run"),
                          QStringLiteral("import: report what would happen; write nothing.")});
    }
    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (action == QLatin1String("export")) {
            const QString out = parser.value(QStringLiteral("out"));
            if (out.isEmpty() || args.size() != 1)
                return output::usage(QStringLiteral("vcard export needs --out FILE.vcf"));
            auto db = openDatabase(context.databasePath);
            if (!db)
                return output::failure(db.error());
            TerminalProgress progress;
            auto report = core::contacts::exportVCards(db->connection(), out, progress);
            if (!report)
                return output::failure(report.error());
            if (context.json)
                output::json(
                    QJsonDocument(QJsonObject{{QStringLiteral("contacts"), report->contacts},
                                              {QStringLiteral("file"), report->path}}));
            else
                output::line(QStringLiteral("Wrote %1 contacts to %2")
                                 .arg(report->contacts)
                                 .arg(QDir::toNativeSeparators(report->path)));
            return kExitOk;
        }
        if (action != QLatin1String("import") || args.size() != 2)
            return output::usage(QStringLiteral("use `vcard import FILE.vcf` or `vcard export "
                                                "--out FILE.vcf`"));
        Options options;
        auto onDuplicate = parseOnDuplicateKey(parser.value(QStringLiteral("on-duplicate")));
        if (!onDuplicate)
            return output::usage(onDuplicate.error().message);
        options.onDuplicate = *onDuplicate;
        options.phoneRegion = parser.value(QStringLiteral("phone-region")).trimmed().toUpper();
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        TerminalProgress progress;
        auto report = core::contacts::importVCards(db->connection(), args[1], options, progress);
        if (!report)
            return output::failure(report.error());
        if (context.json)
            output::json(QJsonDocument(report->toJson()));
        else
            printReport(*report);
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeVCardCommand()
{
    return std::make_unique<VCardCommand>();
}

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

std::unique_ptr<Command> makeUndoImportCommand()
{
    return std::make_unique<UndoImportCommand>();
}

} // namespace rapport::cli
