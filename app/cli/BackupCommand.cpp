#include "Command.h"
#include "Output.h"
#include "Parsed.h"
#include "TerminalProgress.h"
#include "backup/BackupArchive.h"
#include "backup/BackupService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

namespace {

using core::backup::BackupCatalog;
using core::backup::BackupService;

// Passwords come from the environment, never from the command line, where
// other users of the computer could read them in the process list.
QString passwordFromEnvironment()
{
    return qEnvironmentVariable("RAPPORT_BACKUP_PASSWORD");
}

QJsonObject contentsJson(const core::BackupContents& contents)
{
    return {{QStringLiteral("schema_version"), contents.schemaVersion},
            {QStringLiteral("customers"), contents.customers},
            {QStringLiteral("orders"), contents.orders},
            {QStringLiteral("bytes"), contents.bytes}};
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// `backup create|list|rotate|verify|restore`
class BackupCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return QStringLiteral("Back up, verify and restore the database.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QStringLiteral("create, list, rotate, verify FILE or "
                                                    "restore FILE."));
        parser.addOptions({
            {QStringLiteral("output"),
             QStringLiteral("create: where to write the backup (default: a manual backup in "
                            "the backup folder)."),
             QStringLiteral("file")},
            {QStringLiteral("encrypt"),
             QStringLiteral("create: encrypt with the password in RAPPORT_BACKUP_PASSWORD.")},
            {QStringLiteral("yes"),
             QStringLiteral("restore: replace the database's content (it is kept first).")},
        });
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (action == QStringLiteral("verify")) {
            if (args.size() != 2)
                return output::usage(QStringLiteral("use: backup verify FILE"));
            return verify(args[1], context);
        }
        if (action == QStringLiteral("restore") && args.size() != 2)
            return output::usage(QStringLiteral("use: backup restore FILE --yes"));
        if (action == QStringLiteral("restore") && !parser.isSet(QStringLiteral("yes")))
            return output::usage(QStringLiteral("backup restore replaces the database's "
                                                "content (the current one is kept as a "
                                                "before-restore backup); add --yes to go on"));
        if (action != QStringLiteral("create") && action != QStringLiteral("list")
            && action != QStringLiteral("rotate") && action != QStringLiteral("restore"))
            return output::usage(QStringLiteral("use: backup create|list|rotate|verify FILE|"
                                                "restore FILE --yes"));
        if (action == QStringLiteral("create") && parser.isSet(QStringLiteral("encrypt"))
            && passwordFromEnvironment().isEmpty())
            return output::usage(QStringLiteral("backup create --encrypt reads the password "
                                                "from RAPPORT_BACKUP_PASSWORD, which is not set"));

        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        BackupService service(db->connection(), db->path());
        TerminalProgress progress;
        if (action == QStringLiteral("create")) {
            const QString password =
                parser.isSet(QStringLiteral("encrypt")) ? passwordFromEnvironment() : QString();
            auto path = service.backUpNow(optionText(parser, "output"), password, progress);
            if (!path)
                return output::failure(path.error());
            if (context.json)
                output::json(
                    QJsonDocument(QJsonObject{{QStringLiteral("path"), native(*path)},
                                              {QStringLiteral("encrypted"), !password.isEmpty()}}));
            else
                output::line(QStringLiteral("Backed up to %1").arg(native(*path)));
            return kExitOk;
        }
        if (action == QStringLiteral("list"))
            return list(service, context);
        if (action == QStringLiteral("rotate")) {
            auto result = service.rotate(QDateTime::currentDateTimeUtc(), progress);
            if (!result)
                return output::failure(result.error());
            if (context.json)
                output::json(QJsonDocument(QJsonObject{
                    {QStringLiteral("taken"), QJsonArray::fromStringList(result->taken)},
                    {QStringLiteral("removed"), QJsonArray::fromStringList(result->removed)}}));
            else
                output::line(QStringLiteral("%1 taken, %2 removed")
                                 .arg(result->taken.size())
                                 .arg(result->removed.size()));
            return kExitOk;
        }
        auto restored = service.restore(args[1], passwordFromEnvironment(), progress);
        if (!restored)
            return output::failure(restored.error());
        // An older backup is upgraded when the database is next opened: now.
        if (auto reopened = openDatabase(db->path()); !reopened)
            return output::failure(reopened.error());
        if (context.json) {
            QJsonObject object = contentsJson(restored->contents);
            object.insert(QStringLiteral("kept_as"), native(restored->keptAs));
            output::json(QJsonDocument(object));
        } else {
            output::line(QStringLiteral("Restored %1 customers and %2 orders from %3.")
                             .arg(restored->contents.customers)
                             .arg(restored->contents.orders)
                             .arg(native(args[1])));
            output::line(QStringLiteral("The database as it was is kept as %1")
                             .arg(native(restored->keptAs)));
        }
        return kExitOk;
    }

private:
    static int verify(const QString& file, const CommandContext& context)
    {
        TerminalProgress progress;
        auto contents = BackupService::verify(file, passwordFromEnvironment(), progress);
        if (!contents)
            return output::failure(contents.error());
        if (context.json)
            output::json(QJsonDocument(contentsJson(*contents)));
        else
            output::line(QStringLiteral("%1 is a whole Rapport backup (schema version %2): %3 "
                                        "customers, %4 orders.")
                             .arg(native(file))
                             .arg(contents->schemaVersion)
                             .arg(contents->customers)
                             .arg(contents->orders));
        return kExitOk;
    }

    static int list(const BackupService& service, const CommandContext& context)
    {
        auto settings = service.settings();
        if (!settings)
            return output::failure(settings.error());
        const auto entries =
            BackupCatalog::list(settings->folder, BackupCatalog::stemOf(service.databasePath()));
        if (context.json) {
            QJsonArray rows;
            for (const auto& e : entries)
                rows.append(
                    QJsonObject{{QStringLiteral("path"), native(e.path)},
                                {QStringLiteral("kind"), BackupCatalog::kindKey(e.kind)},
                                {QStringLiteral("taken_at"), e.takenAt.toString(Qt::ISODate)},
                                {QStringLiteral("encrypted"), e.encrypted},
                                {QStringLiteral("bytes"), e.bytes}});
            output::json(
                QJsonDocument(QJsonObject{{QStringLiteral("folder"), native(settings->folder)},
                                          {QStringLiteral("backups"), rows}}));
            return kExitOk;
        }
        QList<QStringList> rows;
        for (const auto& e : entries)
            rows << QStringList{
                e.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                BackupCatalog::kindKey(e.kind),
                e.encrypted ? QStringLiteral("yes") : QStringLiteral("no"),
                QString::number(e.bytes), native(e.path)};
        output::line(QStringLiteral("Backups in %1:").arg(native(settings->folder)));
        output::line(output::table({QStringLiteral("Taken"), QStringLiteral("Kind"),
                                    QStringLiteral("Encrypted"), QStringLiteral("Bytes"),
                                    QStringLiteral("File")},
                                   rows));
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace rapport::cli
