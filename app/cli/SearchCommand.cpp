#include "Command.h"
#include "Output.h"

#include "storage/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 100000;

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// `search TEXT`: customers by any part of name, e-mail, phone or company, through
// the same full-text search as the app's search box.
class SearchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override
    {
        return QStringLiteral("Find customers by name, e-mail, phone or company.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("text"),
                                     QStringLiteral("What to look for (words are all required)."));
        parser.addOption({QStringLiteral("limit"),
                          QStringLiteral("At most N results (default %1).").arg(kDefaultLimit),
                          QStringLiteral("N"), QString::number(kDefaultLimit)});
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QString text = parser.positionalArguments().join(QLatin1Char(' '));
        if (text.trimmed().isEmpty())
            return output::usage(QStringLiteral("search needs the text to look for"));
        bool isNumber = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber || limit < 1 || limit > kMaxLimit)
            return output::usage(
                QStringLiteral("--limit must be a whole number from 1 to %1").arg(kMaxLimit));

        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        auto found = core::CustomerRepository(db->connection()).search(text, limit);
        if (!found)
            return output::failure(found.error());

        if (context.json) {
            QJsonArray array;
            for (const core::Customer& c : *found)
                array.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(c.id)},
                                         {QStringLiteral("name"), orNull(c.name)},
                                         {QStringLiteral("email"), orNull(c.email)},
                                         {QStringLiteral("phone"), orNull(c.phone)},
                                         {QStringLiteral("company"), orNull(c.companyName)}});
            output::json(QJsonDocument(array));
            return kExitOk;
        }
        QList<QStringList> rows;
        for (const core::Customer& c : *found)
            rows << QStringList{QString::number(c.id), c.name, c.email, c.phone, c.companyName};
        if (!rows.isEmpty())
            output::line(output::table({QStringLiteral("id"), QStringLiteral("name"),
                                        QStringLiteral("e-mail"), QStringLiteral("phone"),
                                        QStringLiteral("company")},
                                       rows)
                             .trimmed());
        output::line(rows.size() == 1 ? QStringLiteral("1 customer")
                                      : QStringLiteral("%1 customers").arg(rows.size()));
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}

} // namespace rapport::cli
