// `customer export-data` and `customer erase`: a data subject's access and
// erasure requests. They parse and print; core::CustomerDataExport and
// core::CustomerErasure do the work.
#include "Command.h"
#include "Output.h"
#include "Parsed.h"
#include "backup/BackupService.h"

#include "privacy/CustomerDataExport.h"
#include "privacy/CustomerErasure.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

namespace {

// --id N: a positive row id.
Parsed<core::RowId> customerId(const QCommandLineParser& parser, const QString& action)
{
    const QString text = optionText(parser, "id");
    if (text.isEmpty())
        return Usage{QStringLiteral("customer %1 needs --id N (the customer's id)").arg(action)};
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Usage{QStringLiteral("--id must be a positive whole number, not “%1”").arg(text)};
    return core::RowId(id);
}

class CustomerCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer"); }
    QString summary() const override
    {
        return QStringLiteral("Export everything held about a customer, or erase it.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QStringLiteral("export-data or erase"));
        parser.addOptions({
            {QStringLiteral("id"), QStringLiteral("The customer's id."), QStringLiteral("id")},
            {QStringLiteral("output"), QStringLiteral("export-data: the JSON file to write."),
             QStringLiteral("file")},
            {QStringLiteral("yes"),
             QStringLiteral("erase: confirm the erasure (it cannot be undone).")},
        });
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (args.size() != 1
            || (action != QLatin1String("export-data") && action != QLatin1String("erase")))
            return output::usage(QStringLiteral("use: customer export-data --id N --output "
                                                "FILE.json, or customer erase --id N --yes"));
        auto id = customerId(parser, action);
        if (auto* usage = std::get_if<Usage>(&id))
            return output::usage(usage->message);
        return action == QLatin1String("erase")
                   ? erase(parser, context, std::get<core::RowId>(id))
                   : exportData(parser, context, std::get<core::RowId>(id));
    }

private:
    static int exportData(const QCommandLineParser& parser, const CommandContext& context,
                          core::RowId id)
    {
        const QString file = optionText(parser, "output");
        if (file.isEmpty())
            return output::usage(QStringLiteral("customer export-data needs --output FILE.json"));
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        auto written = core::CustomerDataExport::writeFile(db->connection(), id, file);
        if (!written)
            return output::failure(written.error());
        if (context.json)
            output::json(QJsonDocument(QJsonObject{{QStringLiteral("customer_id"), qint64(id)},
                                                   {QStringLiteral("file"), file},
                                                   {QStringLiteral("bytes"), *written}}));
        else
            output::line(QStringLiteral("wrote the personal data of customer %1 to %2")
                             .arg(id)
                             .arg(QDir::toNativeSeparators(file)));
        return kExitOk;
    }

    static int erase(const QCommandLineParser& parser, const CommandContext& context,
                     core::RowId id)
    {
        if (!parser.isSet(QStringLiteral("yes")))
            return output::usage(
                QStringLiteral("customer erase removes customer %1's personal data for good "
                               "and cannot be undone (order totals are kept); add --yes to "
                               "confirm")
                    .arg(id));
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        auto report = core::CustomerErasure::eraseCustomer(db->connection(), id);
        if (!report)
            return output::failure(report.error());
        // The backups that still hold the customer: listed, never deleted from
        // here (the GUI asks first; a script deletes them by path if it wants).
        QJsonArray holding;
        auto backups = core::backup::BackupService(db->connection(), db->path())
                           .backupsHolding(report->uuid, QDateTime::fromString(report->erasedAt,
                                                                               Qt::ISODateWithMs));
        if (backups) {
            for (const auto& h : *backups)
                holding.append(QJsonObject{{QStringLiteral("path"), h.entry.path},
                                           {QStringLiteral("certain"), h.certain}});
        }
        if (context.json) {
            QJsonObject counts;
            for (const auto& [place, n] : report->counts)
                counts.insert(place, n);
            output::json(
                QJsonDocument(QJsonObject{{QStringLiteral("customer_id"), qint64(id)},
                                          {QStringLiteral("uuid"), report->uuid},
                                          {QStringLiteral("erased_at"), report->erasedAt},
                                          {QStringLiteral("wal_truncated"), report->walTruncated},
                                          {QStringLiteral("counts"), counts},
                                          {QStringLiteral("backups_holding"), holding}}));
            return kExitOk;
        }
        output::line(QStringLiteral("erased customer %1 (uuid %2) at %3")
                         .arg(id)
                         .arg(report->uuid, report->erasedAt));
        for (const auto& [place, n] : report->counts) {
            if (n > 0)
                output::line(QStringLiteral("  %1: %2").arg(place).arg(n));
        }
        for (const auto& h : std::as_const(holding)) {
            const QJsonObject entry = h.toObject();
            output::line(QStringLiteral("  still held by the backup %1%2")
                             .arg(entry.value(QStringLiteral("path")).toString(),
                                  entry.value(QStringLiteral("certain")).toBool()
                                      ? QString()
                                      : QStringLiteral(" (encrypted: may hold them)")));
        }
        if (!report->walTruncated)
            output::warning(QStringLiteral("another program has the database open; old values "
                                           "stay in its -wal file until it closes"));
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeCustomerCommand()
{
    return std::make_unique<CustomerCommand>();
}

} // namespace rapport::cli
