#include "Command.h"
#include "CsvArguments.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "export/Exporter.h"
#include "storage/SavedViewRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {

namespace {

using namespace core::exporting;

// The table whose saved views select the rows of an export of `kind` (order
// lines are chosen by their orders).
core::FieldEntity viewEntityOf(core::ExportKind kind)
{
    switch (kind) {
    case core::ExportKind::Customers:
        return core::FieldEntity::Customers;
    case core::ExportKind::Companies:
        return core::FieldEntity::Companies;
    case core::ExportKind::Products:
        return core::FieldEntity::Products;
    case core::ExportKind::Orders:
    case core::ExportKind::OrderLines:
        break;
    }
    return core::FieldEntity::Orders;
}

// What a saved view shows, as export options: its rows (filter, search, sort)
// and, for a table's own kind, its columns. A view column an export cannot
// write (a computed count) is left out; order lines keep their own columns.
core::Result<core::SavedView> applyView(const QSqlDatabase& db, core::ExportKind kind,
                                        const QString& name, ExportOptions& options)
{
    auto view = core::SavedViewRepository(db).byName(viewEntityOf(kind), name);
    if (!view)
        return view.error();
    core::QuerySpec spec;
    spec.sortKey = view->sortKey;
    spec.descending = view->descending;
    spec.search = view->search;
    spec.where = view->filter;
    options.view = spec;
    if (kind == core::ExportKind::OrderLines)
        return view;
    for (const QString& key : view->columns) {
        const QString column =
            kind == core::ExportKind::Customers && key == QLatin1String("created")
                ? QStringLiteral("created_at")
                : key;
        if (core::ExportQueries::column(kind, column))
            options.columns << key;
    }
    return view;
}

// `export KIND --out FILE`: a whole table to CSV, in the form `import` reads back.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Export customers, companies, products, orders or order lines to "
                              "CSV.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("kind"),
                                     QStringLiteral("customers, companies, products, orders (one "
                                                    "row per order) or order-lines (one row per "
                                                    "line, what `import orders` reads)"));
        parser.addOption({QStringLiteral("out"),
                          QStringLiteral("The CSV file to write (replaced when the export is "
                                         "complete)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("encoding"),
                          QStringLiteral("utf-8, utf-8-bom (for Excel) or gb18030 (for older "
                                         "Excel on Chinese Windows); default utf-8."),
                          QStringLiteral("ENC"), QStringLiteral("utf-8")});
        parser.addOption({QStringLiteral("delimiter"),
                          QStringLiteral("',', ';', '|' or tab (default ',')."),
                          QStringLiteral("D"), QStringLiteral(",")});
        parser.addOption({QStringLiteral("view"),
                          QStringLiteral("Export what the saved view NAME shows (its filter, "
                                         "search, sort and columns; see `views list`)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("labels"),
                          QStringLiteral("Head the columns with labels (\"E-mail\") instead of "
                                         "the field keys `import` maps (\"email\").")});
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1)
            return output::usage(
                QStringLiteral("export needs KIND, e.g. `export customers --out people.csv`"));
        auto kind = parseKindKey(args[0]);
        if (!kind)
            return output::usage(kind.error().message);
        // Never to the terminal: a CSV of a million rows is no use there.
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            return output::usage(QStringLiteral("export needs --out FILE"));
        ExportOptions options;
        auto encoding = parseEncodingKey(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return output::usage(encoding.error().message);
        options.encoding = *encoding;
        auto delimiter = parseDelimiter(parser.value(QStringLiteral("delimiter")), false);
        if (!delimiter)
            return output::usage(delimiter.error().message);
        options.delimiter = *delimiter;
        options.headers =
            parser.isSet(QStringLiteral("labels")) ? HeaderStyle::Labels : HeaderStyle::Keys;

        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        if (parser.isSet(QStringLiteral("view"))) {
            auto view =
                applyView(db->connection(), *kind, parser.value(QStringLiteral("view")), options);
            if (!view)
                return output::failure(view.error());
        }
        TerminalProgress progress;
        auto report = Exporter(db->connection()).exportTable(*kind, out, options, progress);
        if (!report)
            return output::failure(report.error());
        const QString file = QDir::toNativeSeparators(QFileInfo(report->path).absoluteFilePath());
        if (context.json)
            output::json(QJsonDocument(QJsonObject{{QStringLiteral("rows"), qint64(report->rows)},
                                                   {QStringLiteral("file"), file}}));
        else
            output::line(QStringLiteral("Exported %1 of %2 %3 to %4")
                             .arg(report->rows)
                             .arg(report->expected)
                             .arg(*kind == core::ExportKind::OrderLines
                                      ? QStringLiteral("order lines")
                                      : kindKey(*kind),
                                  file));
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace rapport::cli
