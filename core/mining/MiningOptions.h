#pragma once

#include "common/Result.h"
#include "mining/Baskets.h"

#include <QString>

#include <cstddef>

namespace rapport::core::mining {

enum class Algorithm { Apriori, Eclat, FpGrowth };
// All frequent itemsets, or only the closed ones (no superset has the same
// support) or the maximal ones (no superset is frequent).
enum class ItemsetKind { All, Closed, Maximal };

QString algorithmKey(Algorithm algorithm); // "apriori", "eclat", "fpgrowth"
Result<Algorithm> algorithmFromKey(const QString& key);

struct MiningOptions
{
    Algorithm algorithm = Algorithm::FpGrowth;
    // An itemset is frequent when count / transactions >= minSupport, or, when
    // minCount > 0, when count >= minCount (minCount wins).
    double minSupport = 0.01;
    Support minCount = 0;
    int maxSize = 0; // largest itemset to report; 0 = no limit
    ItemsetKind kind = ItemsetKind::All;
};

// (0, 1] for the fraction, >= 1 for the count, maxSize >= 0.
Status validate(const MiningOptions& options);
// The smallest absolute count that is frequent among `transactions` baskets
// (never below 1): ceil(minSupport * transactions), robust to rounding, so
// 0.1 of 30 transactions is 3, not 4.
Support minimumCount(const MiningOptions& options, std::size_t transactions);

} // namespace rapport::core::mining
