#include "Command.h"
#include "ItemsetTextWriter.h"
#include "Output.h"
#include "Parsed.h"
#include "TerminalProgress.h"

#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"
#include "mining/BasketFiles.h"
#include "mining/ItemsetStore.h"
#include "mining/MiningService.h"
#include "mining/Rules.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <optional>
#include <variant>

namespace rapport::cli {

namespace {

using namespace core::mining;

// What the command line asked for, checked.
struct MineRequest
{
    MiningOptions mining;
    RuleOptions rules;
    QString input; // a basket file; empty: the database
    BasketFormat format = BasketFormat::Fimi;
    QString itemsetsOut; // empty: count only
    QString rulesOut;    // empty: no rules (file input)
    // Itemsets kept in memory for rules or closed/maximal filtering.
    int maxItemsets = int(ItemsetStore::kDefaultLimit);
    BasketQuery baskets; // database input
};

// What a run found, for the JSON object and the summary.
struct MineOutcome
{
    QString source; // the file name, or the database's
    std::size_t transactions = 0;
    std::size_t items = 0;
    Support minCount = 0;
    std::uint64_t itemsets = 0;
    std::uint64_t rules = 0;
    double seconds = 0;
    std::optional<core::RowId> runId;
};

std::optional<Usage> parseSupport(const QCommandLineParser& parser, MiningOptions& options)
{
    const bool fraction = parser.isSet(QStringLiteral("min-support"));
    const bool count = parser.isSet(QStringLiteral("min-count"));
    if (fraction && count)
        return Usage{QStringLiteral("give either --min-support or --min-count, not both")};
    if (!fraction && !count)
        return Usage{QStringLiteral("mine needs --min-support S (a fraction of the transactions: "
                                    "0.01 is 1%) or --min-count N (a number of transactions)")};
    if (count) {
        bool ok = false;
        const QString value = optionText(parser, "min-count");
        const qulonglong n = value.toULongLong(&ok);
        if (!ok || n < 1)
            return Usage{QStringLiteral("--min-count must be a whole number of at least 1, "
                                        "not “%1”")
                             .arg(value)};
        options.minCount = n;
        return std::nullopt;
    }
    bool ok = false;
    const QString value = optionText(parser, "min-support");
    options.minSupport = value.toDouble(&ok);
    if (!ok)
        return Usage{QStringLiteral("--min-support must be a fraction above 0 and at most 1 "
                                    "(0.01 is 1%), not “%1”")
                         .arg(value)};
    if (auto valid = validate(options); !valid)
        return Usage{valid.error().message};
    return std::nullopt;
}

// A non-negative whole number option (0 when not given).
std::optional<Usage> parseCount(const QCommandLineParser& parser, const char* option, int minimum,
                                int& out)
{
    if (!parser.isSet(QString::fromLatin1(option)))
        return std::nullopt;
    bool ok = false;
    const QString value = optionText(parser, option);
    out = value.toInt(&ok);
    if (!ok || out < minimum)
        return Usage{QStringLiteral("--%1 must be a whole number of at least %2, not “%3”")
                         .arg(QString::fromLatin1(option))
                         .arg(minimum)
                         .arg(value)};
    return std::nullopt;
}

std::optional<Usage> parseFraction(const QCommandLineParser& parser, const char* option,
                                   double& out)
{
    if (!parser.isSet(QString::fromLatin1(option)))
        return std::nullopt;
    bool ok = false;
    const QString value = optionText(parser, option);
    out = value.toDouble(&ok);
    if (!ok || !std::isfinite(out) || out < 0)
        return Usage{QStringLiteral("--%1 must be a number of at least 0, not “%2”")
                         .arg(QString::fromLatin1(option), value)};
    return std::nullopt;
}

std::optional<Usage> parseRules(const QCommandLineParser& parser, RuleOptions& rules)
{
    if (auto bad = parseFraction(parser, "min-confidence", rules.minConfidence))
        return bad;
    if (rules.minConfidence > 1)
        return Usage{QStringLiteral("--min-confidence must be between 0 and 1, not “%1”")
                         .arg(optionText(parser, "min-confidence"))};
    if (auto bad = parseFraction(parser, "min-lift", rules.minLift))
        return bad;
    if (auto bad = parseCount(parser, "max-consequent", 1, rules.maxConsequent))
        return bad;
    if (auto bad = parseCount(parser, "max-antecedent", 0, rules.maxAntecedent))
        return bad;
    if (auto valid = validate(rules); !valid)
        return Usage{valid.error().message};
    return std::nullopt;
}

Parsed<MineRequest> parseRequest(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Usage{QStringLiteral("mine takes no arguments besides its options, not “%1”")
                         .arg(parser.positionalArguments().constFirst())};
    MineRequest request;
    auto algorithm = algorithmFromKey(optionText(parser, "algorithm"));
    if (!algorithm)
        return Usage{algorithm.error().message};
    request.mining.algorithm = *algorithm;
    if (auto bad = parseSupport(parser, request.mining))
        return *bad;
    if (auto bad = parseCount(parser, "max-size", 0, request.mining.maxSize))
        return *bad;
    if (auto bad = parseCount(parser, "max-itemsets", 1, request.maxItemsets))
        return *bad;
    const QString kind = optionText(parser, "itemsets").toLower();
    if (kind == QLatin1String("closed"))
        request.mining.kind = ItemsetKind::Closed;
    else if (kind == QLatin1String("maximal"))
        request.mining.kind = ItemsetKind::Maximal;
    else if (kind != QLatin1String("all"))
        return Usage{
            QStringLiteral("unknown kind of itemsets “%1”: use all, closed or maximal").arg(kind)};
    if (auto bad = parseRules(parser, request.rules))
        return *bad;

    request.input = parser.value(QStringLiteral("input"));
    request.itemsetsOut = parser.value(QStringLiteral("itemsets-out"));
    request.rulesOut = parser.value(QStringLiteral("rules-out"));
    if (request.input.isEmpty()) {
        if (!request.itemsetsOut.isEmpty() || !request.rulesOut.isEmpty())
            return Usage{QStringLiteral("--itemsets-out and --rules-out go with --input FILE; "
                                        "rules mined from the database are stored in it")};
        const QString unit = optionText(parser, "baskets").toLower();
        if (unit == basketUnitKey(BasketUnit::Customer))
            request.baskets.unit = BasketUnit::Customer;
        else if (unit != basketUnitKey(BasketUnit::Order))
            return Usage{
                QStringLiteral("unknown kind of basket “%1”: use order or customer").arg(unit)};
        const QString level = optionText(parser, "items").toLower();
        if (level == itemLevelKey(ItemLevel::Category))
            request.baskets.level = ItemLevel::Category;
        else if (level != itemLevelKey(ItemLevel::Product))
            return Usage{
                QStringLiteral("unknown kind of item “%1”: use product or category").arg(level)};
        return request;
    }
    const QString format = optionText(parser, "format").toLower();
    if (format == QLatin1String("csv"))
        request.format = BasketFormat::Csv;
    else if (format != QLatin1String("fimi"))
        return Usage{
            QStringLiteral("unknown basket file format “%1”: use fimi or csv").arg(format)};
    if (request.rulesOut.isEmpty()
        && (parser.isSet(QStringLiteral("min-confidence"))
            || parser.isSet(QStringLiteral("min-lift"))
            || parser.isSet(QStringLiteral("max-consequent"))
            || parser.isSet(QStringLiteral("max-antecedent"))))
        return Usage{QStringLiteral("the rule options go with --rules-out FILE")};
    return request;
}

core::Result<QFile*> openOutput(QFile& file)
{
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return core::Error::make(
            core::Error::Code::Io,
            QStringLiteral("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return &file;
}

QString itemsText(const std::vector<Item>& items, const QStringList& labels)
{
    QStringList names;
    names.reserve(qsizetype(items.size()));
    for (Item item : items)
        names << labels[qsizetype(item)];
    // An item named "=HYPERLINK(…)" must not run when the file is opened in a spreadsheet.
    return core::formula::neutralize(names.join(QStringLiteral(", ")));
}

QString number(double value)
{
    if (std::isinf(value))
        return QStringLiteral("inf");
    return QString::number(value, 'g', 6);
}

// One row per rule, in generateRules' order (lift, confidence, support): items by
// their labels, joined with ", " ("whole milk, yogurt").
core::Status writeRules(const QString& path, const std::vector<Rule>& rules,
                        const QStringList& labels)
{
    QFile file(path);
    if (auto opened = openOutput(file); !opened)
        return opened.error();
    core::csv::CsvWriter writer(&file);
    auto status = writer.writeRecord({QStringLiteral("antecedent"), QStringLiteral("consequent"),
                                      QStringLiteral("support"), QStringLiteral("confidence"),
                                      QStringLiteral("lift"), QStringLiteral("leverage"),
                                      QStringLiteral("conviction"), QStringLiteral("count")});
    for (std::size_t i = 0; status && i < rules.size(); ++i) {
        const Rule& rule = rules[i];
        status = writer.writeRecord(
            {itemsText(rule.antecedent, labels), itemsText(rule.consequent, labels),
             number(rule.support), number(rule.confidence), number(rule.lift),
             number(rule.leverage), number(rule.conviction), QString::number(rule.count)});
    }
    if (!status)
        return status;
    return writer.flush();
}

core::Status writeItemsets(const QString& path, const ItemsetStore& store,
                           const QStringList& labels)
{
    QFile file(path);
    if (auto opened = openOutput(file); !opened)
        return opened.error();
    ItemsetTextWriter writer(&file, labels);
    for (std::size_t i = 0; i < store.size(); ++i) {
        if (!writer.add(store.itemset(i), store.support(i)))
            return writer.error();
    }
    return writer.finish();
}

// Mining a basket file: stream, count or keep, as the outputs need.
core::Result<MineOutcome> mineFile(const MineRequest& request, core::Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    auto baskets = readBasketFile(request.input, request.format, progress);
    if (!baskets)
        return baskets.error();
    MineOutcome outcome;
    outcome.source = QFileInfo(request.input).fileName();
    const bool keep = !request.rulesOut.isEmpty() || request.mining.kind != ItemsetKind::All;
    if (!keep && request.itemsetsOut.isEmpty()) {
        // Nothing to write: count without holding a single itemset.
        CountingSink sink;
        auto stats = mineItemsets(*baskets, request.mining, sink, progress);
        if (!stats)
            return stats.error();
        outcome.minCount = stats->minCount;
        outcome.itemsets = sink.count();
    } else if (!keep) {
        QFile file(request.itemsetsOut);
        if (auto opened = openOutput(file); !opened)
            return opened.error();
        ItemsetTextWriter writer(&file, baskets->labels);
        auto stats = mineItemsets(*baskets, request.mining, writer, progress);
        if (!stats)
            return stats.error();
        if (auto done = writer.finish(); !done)
            return done.error();
        outcome.minCount = stats->minCount;
        outcome.itemsets = writer.written();
    } else {
        ItemsetStore store(std::size_t(request.maxItemsets));
        auto stats = mineItemsets(*baskets, request.mining, store, progress);
        if (!stats)
            return stats.error();
        outcome.minCount = stats->minCount;
        if (!request.rulesOut.isEmpty()) {
            // Rules need every frequent itemset, so closed/maximal filtering comes after.
            auto rules = generateRules(store, baskets->basketCount(), request.rules, progress);
            if (!rules)
                return rules.error();
            outcome.rules = rules->size();
            if (auto written = writeRules(request.rulesOut, *rules, baskets->labels); !written)
                return written.error();
        }
        if (request.mining.kind != ItemsetKind::All)
            store.keepOnly(request.mining.kind);
        outcome.itemsets = store.size();
        if (!request.itemsetsOut.isEmpty()) {
            if (auto written = writeItemsets(request.itemsetsOut, store, baskets->labels); !written)
                return written.error();
        }
    }
    outcome.transactions = baskets->basketCount();
    outcome.items = baskets->itemCount();
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    return outcome;
}

core::Result<MineOutcome> mineDatabase(const MineRequest& request, const QString& path,
                                       core::Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    auto db = openDatabase(path);
    if (!db)
        return db.error();
    auto run =
        runMining(db->connection(), request.baskets, request.mining, request.rules, progress);
    if (!run)
        return run.error();
    MineOutcome outcome;
    outcome.source = QFileInfo(db->path()).fileName();
    outcome.transactions = run->transactions;
    outcome.items = run->items;
    outcome.minCount = minimumCount(request.mining, run->transactions);
    outcome.itemsets = run->itemsets;
    outcome.rules = run->ruleCount;
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    outcome.runId = run->id;
    return outcome;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'g', 6) + QLatin1Char('%');
}

void print(const MineRequest& request, const MineOutcome& outcome, bool json)
{
    // With --min-count the fraction is the count's share of the transactions.
    const double minSupport = request.mining.minCount > 0 && outcome.transactions > 0
                                  ? double(request.mining.minCount) / double(outcome.transactions)
                                  : request.mining.minSupport;
    if (json) {
        QJsonObject object{{QStringLiteral("algorithm"), algorithmKey(request.mining.algorithm)},
                           {QStringLiteral("min_support"), minSupport},
                           {QStringLiteral("min_count"), qint64(outcome.minCount)},
                           {QStringLiteral("transactions"), qint64(outcome.transactions)},
                           {QStringLiteral("items"), qint64(outcome.items)},
                           {QStringLiteral("itemsets"), qint64(outcome.itemsets)},
                           {QStringLiteral("rules"), qint64(outcome.rules)},
                           {QStringLiteral("seconds"), outcome.seconds}};
        if (outcome.runId)
            object.insert(QStringLiteral("run_id"), qint64(*outcome.runId));
        output::json(QJsonDocument(object));
        return;
    }
    const QLocale c = QLocale::c();
    const QString kind = request.mining.kind == ItemsetKind::Closed    ? QStringLiteral("closed ")
                         : request.mining.kind == ItemsetKind::Maximal ? QStringLiteral("maximal ")
                                                                       : QString();
    output::line(QStringLiteral("%1: %2 transactions, %3 items")
                     .arg(outcome.source, c.toString(qint64(outcome.transactions)),
                          c.toString(qint64(outcome.items))));
    output::line(QStringLiteral("%1 at minimum support %2 (%3 transactions): %4 %5itemsets, %6 "
                                "rules in %7 s")
                     .arg(algorithmKey(request.mining.algorithm), percent(minSupport),
                          c.toString(qint64(outcome.minCount)),
                          c.toString(qulonglong(outcome.itemsets)), kind,
                          c.toString(qulonglong(outcome.rules)),
                          QString::number(outcome.seconds, 'f', 3)));
    if (!request.itemsetsOut.isEmpty())
        output::line(QStringLiteral("Itemsets written to %1")
                         .arg(QDir::toNativeSeparators(request.itemsetsOut)));
    if (!request.rulesOut.isEmpty())
        output::line(
            QStringLiteral("Rules written to %1").arg(QDir::toNativeSeparators(request.rulesOut)));
    if (outcome.runId)
        output::line(QStringLiteral("Stored as run %1").arg(*outcome.runId));
}

// `mine`: frequent itemsets and rules from a basket file or the database.
class MineCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("mine"); }
    QString summary() const override
    {
        return QStringLiteral("Mine frequent itemsets and purchase rules.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        const QString file = QStringLiteral("FILE");
        parser.addOption({QStringLiteral("input"),
                          QStringLiteral("A basket file to mine; without it, the orders in the "
                                         "database are mined and the run is stored there."),
                          file});
        parser.addOption({QStringLiteral("format"),
                          QStringLiteral("fimi (one basket per line, numbers separated by "
                                         "spaces) or csv (items as fields); default fimi."),
                          QStringLiteral("FORMAT"), QStringLiteral("fimi")});
        parser.addOption({QStringLiteral("algorithm"),
                          QStringLiteral("apriori, eclat or fpgrowth (default); all find the "
                                         "same itemsets."),
                          QStringLiteral("NAME"), QStringLiteral("fpgrowth")});
        parser.addOption({QStringLiteral("min-support"),
                          QStringLiteral("Frequent: in at least this fraction of the "
                                         "transactions (0.01 is 1%)."),
                          QStringLiteral("S")});
        parser.addOption({QStringLiteral("min-count"),
                          QStringLiteral("Frequent: in at least N transactions."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("max-size"),
                          QStringLiteral("The largest itemset to report (default: no limit)."),
                          QStringLiteral("K")});
        parser.addOption({QStringLiteral("itemsets"),
                          QStringLiteral("all (default), closed or maximal."),
                          QStringLiteral("KIND"), QStringLiteral("all")});
        parser.addOption({QStringLiteral("max-itemsets"),
                          QStringLiteral("With rules, closed or maximal itemsets: stop when "
                                         "more than N itemsets would be kept in memory "
                                         "(default 5000000)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("itemsets-out"),
                          QStringLiteral("Write the itemsets, one per line: items, then the "
                                         "support count in parentheses."),
                          file});
        parser.addOption({QStringLiteral("rules-out"),
                          QStringLiteral("Write the rules to this CSV file."), file});
        parser.addOption({QStringLiteral("min-confidence"),
                          QStringLiteral("Rules: the smallest confidence (default 0.5)."),
                          QStringLiteral("C")});
        parser.addOption({QStringLiteral("min-lift"),
                          QStringLiteral("Rules: the smallest lift (default: any)."),
                          QStringLiteral("L")});
        parser.addOption({QStringLiteral("max-consequent"),
                          QStringLiteral("Rules: the most items after ⇒ (default 1)."),
                          QStringLiteral("K")});
        parser.addOption({QStringLiteral("max-antecedent"),
                          QStringLiteral("Rules: the most items before ⇒ (default: no limit)."),
                          QStringLiteral("K")});
        parser.addOption({QStringLiteral("baskets"),
                          QStringLiteral("Database: one basket per order (default) or per "
                                         "customer."),
                          QStringLiteral("UNIT"), QStringLiteral("order")});
        parser.addOption({QStringLiteral("items"),
                          QStringLiteral("Database: items are products (default) or "
                                         "categories."),
                          QStringLiteral("LEVEL"), QStringLiteral("product")});
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        auto parsed = parseRequest(parser);
        if (auto* usage = std::get_if<Usage>(&parsed))
            return output::usage(usage->message);
        const MineRequest& request = std::get<MineRequest>(parsed);
        std::optional<core::Result<MineOutcome>> outcome;
        {
            TerminalProgress progress;
            outcome = request.input.isEmpty()
                          ? mineDatabase(request, context.databasePath, progress)
                          : mineFile(request, progress);
        }
        if (!*outcome)
            return output::failure(outcome->error());
        print(request, **outcome, context.json);
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeMineCommand()
{
    return std::make_unique<MineCommand>();
}

} // namespace rapport::cli
