#include "Command.h"
#include "Output.h"

#include "customize/StarterTemplates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

namespace {

// `template list` / `template apply KEY`: the business starter templates.
class TemplateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("template"); }
    QString summary() const override
    {
        return QStringLiteral("List or apply a starter template (custom fields, pipeline, "
                              "views).");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or apply"));
        parser.addPositionalArgument(QStringLiteral("key"),
                                     QStringLiteral("The template to apply (see list)."),
                                     QStringLiteral("[key]"));
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (action == QLatin1String("list") && args.size() == 1)
            return list(context);
        if (action == QLatin1String("apply") && args.size() == 2)
            return apply(args[1], context);
        return output::usage(QStringLiteral("use: template list | template apply KEY"));
    }

private:
    static int list(const CommandContext& context)
    {
        const QList<core::StarterTemplateInfo> templates = core::starterTemplates();
        if (context.json) {
            QJsonArray array;
            for (const auto& t : templates)
                array.append(QJsonObject{{QStringLiteral("key"), t.key},
                                         {QStringLiteral("name"), t.name},
                                         {QStringLiteral("description"), t.description}});
            output::json(QJsonDocument(array));
            return kExitOk;
        }
        QList<QStringList> rows;
        for (const auto& t : templates)
            rows << QStringList{t.key, t.name, t.description};
        output::line(output::table({QStringLiteral("key"), QStringLiteral("name"),
                                    QStringLiteral("description")},
                                   rows)
                         .trimmed());
        return kExitOk;
    }

    static int apply(const QString& key, const CommandContext& context)
    {
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        auto report = core::applyStarterTemplate(db->connection(), key);
        if (!report)
            return output::failure(report.error());
        if (context.json) {
            output::json(QJsonDocument(report->toJson()));
            return kExitOk;
        }
        output::line(QStringLiteral("%1 fields, %2 views created")
                         .arg(report->fieldIds.size())
                         .arg(report->viewIds.size()));
        if (report->pipelineId)
            output::line(QStringLiteral("pipeline “%1” with %2 stages created")
                             .arg(report->pipelineName)
                             .arg(report->stages));
        for (const QString& label : report->fieldsKept)
            output::line(QStringLiteral("kept existing field: %1").arg(label));
        for (const QString& view : report->viewsKept)
            output::line(QStringLiteral("kept existing view: %1").arg(view));
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeTemplateCommand()
{
    return std::make_unique<TemplateCommand>();
}

} // namespace rapport::cli
