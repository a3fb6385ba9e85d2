#include "mining/ItemsetMiner.h"

#include "mining/Miners.h"

#include <QCoreApplication>

#include <new>

namespace rapport::core::mining {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mining::ItemsetMiner)
};
} // namespace

Result<MiningStats> mineItemsets(const BasketSet& baskets, const MiningOptions& options,
                                 ItemsetSink& sink, Progress& progress)
{
    if (Status valid = validate(options); !valid)
        return valid.error();
    MiningStats stats;
    stats.transactions = baskets.basketCount();
    // The miners count in 32 bits (half the memory traffic of 64).
    if (stats.transactions > UINT32_MAX) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("More than %L1 transactions: split the data and mine the "
                                    "parts.")
                               .arg(qulonglong(UINT32_MAX)));
    }
    stats.minCount = minimumCount(options, stats.transactions);
    try {
        progress.report(0, 0, Text::tr("Preparing transactions"));
        const detail::PreparedBaskets prepared = detail::prepareBaskets(baskets, stats.minCount);
        stats.items = prepared.inputItems;
        stats.frequentItems = prepared.codeCount() + prepared.rootPerfect.size();
        detail::Reporter reporter(prepared, sink, options.maxSize);
        bool finished = false;
        switch (options.algorithm) {
        case Algorithm::Apriori:
            finished = detail::mineApriori(prepared, reporter, progress);
            break;
        case Algorithm::Eclat:
            finished = detail::mineEclat(prepared, reporter, progress);
            break;
        case Algorithm::FpGrowth:
            finished = detail::mineFpGrowth(prepared, reporter, progress);
            break;
        }
        if (reporter.stopped())
            return sink.error();
        if (!finished || progress.isCancelled())
            return Error::make(Error::Code::Cancelled, Text::tr("Mining was cancelled."));
    } catch (const std::bad_alloc&) {
        // The search's own buffers grow with the data and the support; running
        // out is the user's cue to ask for fewer itemsets, not a crash.
        return Error::validation(
            QStringLiteral("min_support"),
            Text::tr("Not enough memory to mine at this support. Raise the minimum support or "
                     "set a maximum itemset size."));
    }
    return stats;
}

} // namespace rapport::core::mining
