#include "Command.h"
#include "Output.h"

#include "domain/SavedView.h"
#include "storage/SavedViewRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

namespace {

// A view as scripts read it: its identity, then the spec as it is stored.
QJsonObject toJson(const core::SavedView& view)
{
    QJsonObject object = core::savedViewSpecToJson(view);
    object.insert(QStringLiteral("id"), qint64(view.id));
    object.insert(QStringLiteral("uuid"), view.uuid);
    object.insert(QStringLiteral("entity"), core::fieldEntityKey(view.entity));
    object.insert(QStringLiteral("name"), view.name);
    object.insert(QStringLiteral("position"), view.position);
    return object;
}

// `views list [--entity TABLE]`: the table views users saved in the GUI (what
// `export --view NAME` can export).
class ViewsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("views"); }
    QString summary() const override { return QStringLiteral("List saved table views."); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
        parser.addOption({QStringLiteral("entity"),
                          QStringLiteral("customers, companies, products, orders or deals "
                                         "(default: every table)."),
                          QStringLiteral("table")});
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args != QStringList{QStringLiteral("list")})
            return output::usage(QStringLiteral("use: views list [--entity TABLE]"));
        std::optional<core::FieldEntity> entity;
        if (parser.isSet(QStringLiteral("entity"))) {
            entity = core::fieldEntityFromKey(parser.value(QStringLiteral("entity")));
            if (!entity)
                return output::usage(QStringLiteral("unknown --entity “%1” (customers, "
                                                    "companies, products, orders or deals)")
                                         .arg(parser.value(QStringLiteral("entity"))));
        }
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        const core::SavedViewRepository repository(db->connection());
        auto views = entity ? repository.views(*entity) : repository.all();
        if (!views)
            return output::failure(views.error());
        if (context.json) {
            QJsonArray array;
            for (const core::SavedView& view : *views)
                array.append(toJson(view));
            output::json(QJsonDocument(array));
            return kExitOk;
        }
        QList<QStringList> rows;
        for (const core::SavedView& view : *views) {
            const int conditions = int(view.filter.conditions.size() + view.filter.groups.size());
            rows << QStringList{
                core::fieldEntityKey(view.entity), view.name,
                view.sortKey.isEmpty()
                    ? QString()
                    : view.sortKey + (view.descending ? QStringLiteral(" (desc)") : QString()),
                view.search, conditions > 0 ? QString::number(conditions) : QString()};
        }
        output::line(
            output::table({QStringLiteral("table"), QStringLiteral("name"), QStringLiteral("sort"),
                           QStringLiteral("search"), QStringLiteral("filters")},
                          rows));
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeViewsCommand()
{
    return std::make_unique<ViewsCommand>();
}

} // namespace rapport::cli
