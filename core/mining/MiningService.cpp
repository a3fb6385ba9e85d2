#include "mining/MiningService.h"

#include "mining/ItemsetMiner.h"
#include "mining/ItemsetStore.h"
#include "mining/Rules.h"
#include "storage/MiningRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace rapport::core::mining {

namespace {

// User-visible messages, translated in the "rapport::core::mining::MiningService" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mining::MiningService)
};

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, Text::tr("Mining was cancelled."));
}

} // namespace

Result<MiningRun> runMining(QSqlDatabase db, const BasketQuery& baskets,
                            const MiningOptions& mining, const RuleOptions& rules,
                            Progress& progress, ChangeHub* hub)
{
    if (Status s = validate(mining); !s)
        return s.error();
    if (Status s = validate(rules); !s)
        return s.error();
    if (baskets.from && baskets.to && *baskets.from > *baskets.to)
        return Error::validation(QStringLiteral("to"),
                                 Text::tr("The period ends before it begins."));

    // Seconds measure what the user waits for: reading the orders, mining and
    // the rules. Saving is left out so the figure compares with the CLI's on a
    // basket file.
    QElapsedTimer timer;
    timer.start();
    MiningRepository repository(db, hub);
    auto basketSet = repository.loadBaskets(baskets, progress);
    if (!basketSet)
        return basketSet.error();
    if (basketSet->basketCount() == 0)
        return Error::validation(QStringLiteral("baskets"),
                                 baskets.from || baskets.to
                                     ? Text::tr("There are no orders to mine in this period.")
                                     : Text::tr("There are no orders to mine yet."));

    progress.report(0, 0, Text::tr("Finding frequent itemsets"));
    ItemsetStore store;
    auto stats = mineItemsets(*basketSet, mining, store, progress);
    if (!stats)
        return stats.error();
    if (progress.isCancelled())
        return cancelled();

    progress.report(0, 0, Text::tr("Deriving rules"));
    // Rules need every frequent itemset; only then may the store be thinned
    // to the closed or maximal ones the run counts.
    auto found = generateRules(store, stats->transactions, rules, progress);
    if (!found)
        return found.error();
    if (mining.kind != ItemsetKind::All)
        store.keepOnly(mining.kind);
    if (progress.isCancelled())
        return cancelled();

    MiningRun run;
    run.baskets = baskets;
    run.mining = mining;
    run.rules = rules;
    run.transactions = stats->transactions;
    run.items = stats->items;
    run.itemsets = store.size();
    run.ruleCount = found->size();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;

    progress.report(0, std::int64_t(found->size()), Text::tr("Saving the rules"));
    auto id = repository.saveRun(run, *found, *basketSet, progress);
    if (!id)
        return id.error();
    // The stored row, with its id and time, so the caller shows what was kept.
    return repository.run(*id);
}

} // namespace rapport::core::mining
