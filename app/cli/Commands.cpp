#include "Command.h"

namespace rapport::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeInitCommand());
    commands.push_back(makeDemoCommand());
    commands.push_back(makeStatsCommand());
    commands.push_back(makeSearchCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeUndoImportCommand());
    commands.push_back(makeVCardCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeViewsCommand());
    commands.push_back(makeFieldsCommand());
    commands.push_back(makeTemplateCommand());
    commands.push_back(makeMineCommand());
    commands.push_back(makeValueCommand());
    commands.push_back(makeScoreCommand());
    commands.push_back(makeCampaignCommand());
    commands.push_back(makeOutboxCommand());
    commands.push_back(makeMailCommand());
    commands.push_back(makeBackupCommand());
    commands.push_back(makeCustomerCommand());
    return commands;
}

} // namespace rapport::cli
