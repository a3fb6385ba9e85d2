#include "Command.h"
#include "Output.h"

#include "storage/StatsRepository.h"

#include <QDir>
#include <QJsonObject>
#include <QLocale>

namespace rapport::cli {

namespace {

// `stats`: how many live rows each table holds.
class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return QStringLiteral("Count customers, orders and more."); }
    void addOptions(QCommandLineParser&) const override {}

    int run(const QCommandLineParser&, const CommandContext& context) const override
    {
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        auto counts = core::StatsRepository(db->connection()).counts();
        if (!counts)
            return output::failure(counts.error());
        const core::Stats& s = *counts;
        const QList<std::pair<QString, std::int64_t>> rows = {
            {QStringLiteral("customers"), s.customers},
            {QStringLiteral("companies"), s.companies},
            {QStringLiteral("products"), s.products},
            {QStringLiteral("orders"), s.orders},
            {QStringLiteral("order_lines"), s.orderLines}};
        if (context.json) {
            QJsonObject object;
            for (const auto& [key, value] : rows)
                object.insert(key, static_cast<qint64>(value));
            output::json(QJsonDocument(object));
            return kExitOk;
        }
        output::line(QDir::toNativeSeparators(db->path()));
        QList<QStringList> table;
        for (const auto& [key, value] : rows)
            table << QStringList{QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                 QLocale::c().toString(static_cast<qint64>(value))};
        output::line(
            output::table({QStringLiteral("table"), QStringLiteral("rows")}, table).trimmed());
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeStatsCommand()
{
    return std::make_unique<StatsCommand>();
}

} // namespace rapport::cli
