#pragma once

#include "value/PurchaseHistory.h"

#include <vector>

namespace rapport::core::value {

// One customer's history as the lifetime models see it at a calibration end
// (inclusive), in the chosen time unit: frequency = purchase days after the
// first, recency = last minus first purchase day, age = calibration end minus
// first purchase day; monetary = mean spend of the repeat purchase days. The
// holdout figures count purchase days in (calibration end, holdout end].
struct RepeatSummary
{
    double frequency = 0;
    double recency = 0;
    double age = 0;
    double monetary = 0;
    double holdoutPurchases = 0;
    double holdoutSpend = 0;
    bool born = false; // false: the first purchase is after the calibration end
};

struct SummaryWindow
{
    std::int32_t calibrationEnd = 0; // Julian day, inclusive
    std::int32_t holdoutEnd = 0;     // Julian day, inclusive; <= calibrationEnd: no holdout
    TimeUnit unit = TimeUnit::Week;
};

std::vector<RepeatSummary> summarize(const PurchaseHistory& history, const SummaryWindow& window);

} // namespace rapport::core::value
