// rapport-cli: the command-line twin of the Rapport GUI, for scripts, tests and
// benchmarks. This file only dispatches: `rapport-cli [--db FILE] COMMAND ...`.

#include "Command.h"
#include "Output.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

namespace {

using namespace rapport::cli;

QString programHelp(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString text =
        QStringLiteral("Usage: rapport-cli [--db FILE] COMMAND [options]\n\n"
                       "Rapport's command line: the same database and core as the desktop app.\n\n"
                       "Commands:\n");
    // Names padded to the longest, so that "undo-import" keeps a gap too.
    qsizetype width = 0;
    for (const auto& command : commands)
        width = std::max(width, command->name().size());
    for (const auto& command : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(command->name().leftJustified(width), command->summary());
    text += QStringLiteral(
                "\nOptions (every command takes them too):\n"
                "  --db FILE     the database file; created and set up if it does not exist\n"
                "                (its folder must exist). Default: %1\n"
                "  --json        print the result as JSON\n"
                "  -h, --help    this help; `rapport-cli COMMAND --help` for a command's\n"
                "  -v, --version the version\n\n"
                "Exit status: 0 success, 1 failure, 2 wrong command line.\n")
                .arg(rapport::core::Database::defaultPath());
    return text;
}

void addSharedOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")});
}

int dispatch(const QStringList& arguments)
{
    const auto commands = allCommands();

    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addSharedOptions(global);
    global.addOption(
        {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version.")});
    global.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    if (!global.parse(arguments))
        return output::usage(global.errorText());
    if (global.isSet(QStringLiteral("version"))) {
        output::line(QStringLiteral("rapport-cli ") + QStringLiteral(RAPPORT_VERSION));
        return kExitOk;
    }
    const QStringList rest = global.positionalArguments();
    if (rest.isEmpty()) {
        if (global.isSet(QStringLiteral("help"))) {
            output::line(programHelp(commands).trimmed());
            return kExitOk;
        }
        return output::usage(QStringLiteral("no command given"));
    }

    const QString name = rest.first();
    auto found = std::find_if(commands.begin(), commands.end(),
                              [&](const auto& command) { return command->name() == name; });
    if (found == commands.end())
        return output::usage(QStringLiteral("unknown command “%1”").arg(name));
    const Command& command = **found;

    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    addSharedOptions(parser);
    command.addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("rapport-cli ") + name} + rest.mid(1)))
        return output::usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || global.isSet(QStringLiteral("help"))) {
        // Qt names the program by its full path; say what to type instead.
        QString help = parser.helpText().trimmed();
        help.replace(QCoreApplication::arguments().constFirst(),
                     QStringLiteral("rapport-cli ") + name);
        output::line(help);
        return kExitOk;
    }

    CommandContext context;
    context.json = global.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("json"));
    const bool commandDb = parser.isSet(QStringLiteral("db"));
    if (commandDb || global.isSet(QStringLiteral("db"))) {
        context.databasePath = (commandDb ? parser : global).value(QStringLiteral("db"));
        if (context.databasePath.isEmpty())
            return output::usage(QStringLiteral("--db needs a file name"));
    }
    return command.run(parser, context);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    // Core logs failed statements for developers; a command-line user gets the one
    // line that explains the error. QT_LOGGING_RULES="rapport.*=true" shows the log.
    QLoggingCategory::setFilterRules(QStringLiteral("rapport.*=false"));
    return dispatch(QCoreApplication::arguments());
}
