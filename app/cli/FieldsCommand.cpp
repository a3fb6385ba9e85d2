#include "Command.h"
#include "Output.h"

#include "domain/CustomField.h"
#include "storage/CustomFieldRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace rapport::cli {

namespace {

QJsonObject toJson(const core::CustomFieldDef& def)
{
    return {{QStringLiteral("key"), def.key},
            {QStringLiteral("label"), def.label},
            {QStringLiteral("type"), core::customFieldTypeKey(def.type)},
            {QStringLiteral("required"), def.required},
            {QStringLiteral("choices"), QJsonArray::fromStringList(def.choices)},
            {QStringLiteral("default"), def.defaultValue},
            {QStringLiteral("help"), def.help},
            {QStringLiteral("indexed"), def.indexed},
            {QStringLiteral("deleted"), def.deleted}};
}

// `fields list|add|remove|restore`: custom fields, through the same core
// repository the GUI's Custom Fields dialog writes with.
class FieldsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("fields"); }
    QString summary() const override
    {
        return QStringLiteral("List, add, remove or restore custom fields.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QStringLiteral("list, add, remove or restore"));
        parser.addPositionalArgument(QStringLiteral("key"),
                                     QStringLiteral("The field's key (remove, restore)."),
                                     QStringLiteral("[key]"));
        parser.addOptions({
            {QStringLiteral("entity"),
             QStringLiteral("customers, companies, products, orders or deals (default "
                            "customers)."),
             QStringLiteral("table"), QStringLiteral("customers")},
            {QStringLiteral("label"), QStringLiteral("The name users see (add)."),
             QStringLiteral("text")},
            {QStringLiteral("key"),
             QStringLiteral("The field's key (add; default: from the label)."),
             QStringLiteral("key")},
            {QStringLiteral("type"),
             QStringLiteral("text, long_text, number, money, date, bool, choice, multi_choice, "
                            "url, email or phone (add; default text)."),
             QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("choices"),
             QStringLiteral("The choices of a choice field, separated by ';'."),
             QStringLiteral("list")},
            {QStringLiteral("default"), QStringLiteral("The value new rows start with."),
             QStringLiteral("value")},
            {QStringLiteral("required"), QStringLiteral("Rows must have a value.")},
            {QStringLiteral("indexed"),
             QStringLiteral("Keep an index for fast sorting and filtering.")},
            {QStringLiteral("deleted"), QStringLiteral("List deleted fields too.")},
        });
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        const auto entity = core::fieldEntityFromKey(parser.value(QStringLiteral("entity")));
        if (!entity)
            return output::usage(QStringLiteral("unknown --entity “%1”")
                                     .arg(parser.value(QStringLiteral("entity"))));
        const QString action = args.value(0);
        if (action == QLatin1String("list") && args.size() == 1)
            return withRepository(context, [&](core::CustomFieldRepository& fields) {
                return list(fields, *entity, parser.isSet(QStringLiteral("deleted")), context);
            });
        if (action == QLatin1String("add") && args.size() == 1)
            return add(parser, *entity, context);
        if ((action == QLatin1String("remove") || action == QLatin1String("restore"))
            && args.size() == 2)
            return withRepository(context, [&](core::CustomFieldRepository& fields) {
                auto def = fields.byKey(*entity, args[1]);
                if (!def)
                    return output::failure(def.error());
                const core::Status done = action == QLatin1String("remove")
                                              ? fields.remove(def->id)
                                              : fields.restore(def->id);
                if (!done)
                    return output::failure(done.error());
                report(context, action, *def);
                return kExitOk;
            });
        return output::usage(QStringLiteral(
            "use: fields list | fields add --label L [--type T] | fields remove KEY | "
            "fields restore KEY"));
    }

private:
    template<typename Work>
    static int withRepository(const CommandContext& context, Work work)
    {
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        core::CustomFieldRepository fields(db->connection());
        return work(fields);
    }

    static void report(const CommandContext& context, const QString& action,
                       const core::CustomFieldDef& def)
    {
        if (context.json) {
            QJsonObject object = toJson(def);
            object.insert(QStringLiteral("action"), action);
            output::json(QJsonDocument(object));
        } else {
            output::line(QStringLiteral("%1: %2 (%3)").arg(action, def.label, def.key));
        }
    }

    static int list(core::CustomFieldRepository& fields, core::FieldEntity entity, bool deleted,
                    const CommandContext& context)
    {
        auto defs = fields.fields(entity, deleted);
        if (!defs)
            return output::failure(defs.error());
        if (context.json) {
            QJsonArray array;
            for (const auto& def : *defs)
                array.append(toJson(def));
            output::json(QJsonDocument(array));
            return kExitOk;
        }
        QList<QStringList> rows;
        for (const auto& def : *defs)
            rows << QStringList{def.key,
                                def.label,
                                core::customFieldTypeKey(def.type),
                                def.required ? QStringLiteral("yes") : QString(),
                                def.choices.join(QStringLiteral("; ")),
                                def.deleted ? QStringLiteral("deleted") : QString()};
        output::line(
            output::table({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("type"),
                           QStringLiteral("required"), QStringLiteral("choices"), QString()},
                          rows)
                .trimmed());
        return kExitOk;
    }

    static int add(const QCommandLineParser& parser, core::FieldEntity entity,
                   const CommandContext& context)
    {
        core::CustomFieldDef def;
        def.entity = entity;
        def.label = parser.value(QStringLiteral("label")).trimmed();
        if (def.label.isEmpty())
            return output::usage(QStringLiteral("fields add needs --label"));
        const auto type = core::customFieldTypeFromKey(parser.value(QStringLiteral("type")));
        if (!type)
            return output::usage(
                QStringLiteral("unknown --type “%1”").arg(parser.value(QStringLiteral("type"))));
        def.type = *type;
        static const QRegularExpression separator(QStringLiteral("\\s*;\\s*"));
        if (parser.isSet(QStringLiteral("choices")))
            def.choices = parser.value(QStringLiteral("choices"))
                              .trimmed()
                              .split(separator, Qt::SkipEmptyParts);
        def.required = parser.isSet(QStringLiteral("required"));
        def.indexed = parser.isSet(QStringLiteral("indexed"));
        return withRepository(context, [&](core::CustomFieldRepository& fields) {
            QStringList taken;
            if (auto all = fields.fields(entity, true))
                for (const auto& existing : *all)
                    taken << existing.key;
            def.key = parser.isSet(QStringLiteral("key"))
                          ? parser.value(QStringLiteral("key"))
                          : core::customfields::suggestKey(def.label, taken);
            if (parser.isSet(QStringLiteral("default"))) {
                auto value =
                    core::customfields::parseText(def, parser.value(QStringLiteral("default")));
                if (!value)
                    return output::failure(value.error());
                def.defaultValue = *value;
            }
            auto created = fields.create(def);
            if (!created)
                return output::failure(created.error());
            def.id = *created;
            report(context, QStringLiteral("add"), def);
            return kExitOk;
        });
    }
};

} // namespace

std::unique_ptr<Command> makeFieldsCommand()
{
    return std::make_unique<FieldsCommand>();
}

} // namespace rapport::cli
