#include "Command.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "demo/DemoGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>

namespace rapport::cli {

namespace {

constexpr std::int64_t kDefaultCustomers = 2000;

void printSummary(const core::DemoReport& r, const QString& path, qint64 elapsedMs)
{
    output::line(QStringLiteral("Generated demo data in %1 (seed %2, %3 s):")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(r.seed)
                     .arg(static_cast<double>(elapsedMs) / 1000.0, 0, 'f', 1));
    output::line(output::table({QStringLiteral("table"), QStringLiteral("rows")},
                               {{QStringLiteral("customers"), QString::number(r.customers)},
                                {QStringLiteral("companies"), QString::number(r.companies)},
                                {QStringLiteral("products"), QString::number(r.products)},
                                {QStringLiteral("orders"), QString::number(r.orders)},
                                {QStringLiteral("order lines"), QString::number(r.orderLines)}})
                     .trimmed());
    output::line();
    output::line(
        QStringLiteral("Orders from %1 to %2. Planted co-purchase rules:")
            .arg(r.firstDate.toString(Qt::ISODate), r.referenceDate.toString(Qt::ISODate)));
    QList<QStringList> rules;
    for (const core::DemoReport::Rule& rule : r.rules)
        rules << QStringList{rule.antecedentNames.join(QStringLiteral(" + ")), rule.consequentName,
                             QString::number(rule.confidence, 'f', 2)};
    output::line(output::table({QStringLiteral("buys"), QStringLiteral("then also buys"),
                                QStringLiteral("confidence")},
                               rules)
                     .trimmed());
    output::line();
    output::line(QStringLiteral("Customer segments:"));
    QList<QStringList> segments;
    for (const core::DemoReport::Segment& s : r.segments)
        segments << QStringList{s.key,
                                QString::number(s.customers),
                                QString::number(s.orders),
                                QString::number(s.ordersPerMonth, 'f', 2),
                                QString::number(s.dropoutPerOrder, 'f', 2),
                                s.spend};
    output::line(output::table({QStringLiteral("segment"), QStringLiteral("customers"),
                                QStringLiteral("orders"), QStringLiteral("orders/month"),
                                QStringLiteral("dropout/order"), QStringLiteral("spend")},
                               segments)
                     .trimmed());
}

// `demo`: fills a new database with a realistic, deterministic demo company.
class DemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return QStringLiteral("Fill an empty database with demo customers and orders.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("customers"),
                          QStringLiteral("How many customers (default %1).").arg(kDefaultCustomers),
                          QStringLiteral("N"), QString::number(kDefaultCustomers)});
        parser.addOption({QStringLiteral("seed"),
                          QStringLiteral("The random seed: the same seed gives the same data "
                                         "(default 1)."),
                          QStringLiteral("S"), QStringLiteral("1")});
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        if (!parser.positionalArguments().isEmpty())
            return output::usage(QStringLiteral("demo takes no arguments, only options"));
        core::DemoOptions options;
        bool ok = false;
        options.customers = parser.value(QStringLiteral("customers")).toLongLong(&ok);
        if (!ok || options.customers < 0)
            return output::usage(QStringLiteral("--customers must be a whole number, 0 or more"));
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return output::usage(QStringLiteral("--seed must be a whole number, 0 or more"));

        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        QElapsedTimer timer;
        timer.start();
        auto report = [&] {
            TerminalProgress progress;
            return core::DemoGenerator::generate(db->connection(), options, progress);
        }();
        if (!report)
            return output::failure(report.error());
        if (context.json)
            output::json(QJsonDocument(report->toJson()));
        else
            printSummary(*report, db->path(), timer.elapsed());
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace rapport::cli
