#pragma once

#include "common/Progress.h"
#include "mining/PreparedBaskets.h"
#include "mining/Reporter.h"

namespace rapport::core::mining::detail {

// The three searches over the same prepared baskets. Each reports every
// frequent itemset once through the reporter and returns false when cancelled
// or stopped by the sink.
bool mineApriori(const PreparedBaskets& prepared, Reporter& reporter, Progress& progress);
bool mineEclat(const PreparedBaskets& prepared, Reporter& reporter, Progress& progress);
bool mineFpGrowth(const PreparedBaskets& prepared, Reporter& reporter, Progress& progress);

} // namespace rapport::core::mining::detail
