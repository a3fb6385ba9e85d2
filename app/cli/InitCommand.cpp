#include "Command.h"
#include "Output.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace rapport::cli {

namespace {

// `init`: creates and sets up a database (or checks and upgrades an existing one).
class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return QStringLiteral("Create a database (or open and upgrade an existing one).");
    }
    void addOptions(QCommandLineParser&) const override {}

    int run(const QCommandLineParser&, const CommandContext& context) const override
    {
        const QString requested =
            context.databasePath.isEmpty() ? core::Database::defaultPath() : context.databasePath;
        const bool existed = QFileInfo::exists(requested);
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        const QString path = QDir::toNativeSeparators(db->path());
        if (context.json) {
            QJsonObject object{{QStringLiteral("path"), path},
                               {QStringLiteral("created"), !existed},
                               {QStringLiteral("schema_version"), db->schemaVersion()}};
            if (!db->preMigrationBackup().isEmpty())
                object.insert(QStringLiteral("backup"), db->preMigrationBackup());
            output::json(QJsonDocument(object));
        } else {
            output::line((existed ? QStringLiteral("Opened %1 (schema version %2).")
                                  : QStringLiteral("Created %1 (schema version %2)."))
                             .arg(path)
                             .arg(db->schemaVersion()));
            if (!db->preMigrationBackup().isEmpty())
                output::line(QStringLiteral("Upgraded; the previous file was kept as %1.")
                                 .arg(QDir::toNativeSeparators(db->preMigrationBackup())));
        }
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace rapport::cli
