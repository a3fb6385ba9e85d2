#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace rapport::cli {

// Exit statuses: scripts can tell a typo from a failure.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1; // the command ran and failed (the message says why)
constexpr int kExitUsage = 2;   // the command line was wrong

// What every command gets: the resolved options shared by all commands.
struct CommandContext
{
    QString databasePath; // empty: the user's default database
    bool json = false;
};

// One `rapport-cli COMMAND`: its options, its help and what it does. Commands
// only parse and print; the work is done by core.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Positional arguments and options beyond the shared --db, --json, --help.
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    virtual int run(const QCommandLineParser& parser, const CommandContext& context) const = 0;
};

std::vector<std::unique_ptr<Command>> allCommands();

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeStatsCommand();
std::unique_ptr<Command> makeSearchCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeUndoImportCommand();
std::unique_ptr<Command> makeVCardCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeViewsCommand();
std::unique_ptr<Command> makeFieldsCommand();
std::unique_ptr<Command> makeTemplateCommand();
std::unique_ptr<Command> makeMineCommand();
std::unique_ptr<Command> makeValueCommand();
std::unique_ptr<Command> makeScoreCommand();
std::unique_ptr<Command> makeCampaignCommand();
std::unique_ptr<Command> makeOutboxCommand();
std::unique_ptr<Command> makeMailCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeCustomerCommand();

} // namespace rapport::cli
