#pragma once

#include "value/PurchaseHistory.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace rapport::core::value {

// Features of each customer's order history as of a cut day (purchases on or
// before it), one row per customer with a purchase by then: RFM, inter-purchase
// times, the recent trend and the category mix. Row-major floats, NaN where a
// value does not exist (no gap for a one-purchase customer): gradient-boosted
// trees learn where missing values go.
struct FeatureMatrix
{
    std::vector<std::size_t> customers; // history index of each row
    std::vector<float> values;          // rows × columns
    int columns = 0;
    std::size_t rows() const { return customers.size(); }
    float at(std::size_t row, int column) const
    {
        return values[row * static_cast<std::size_t>(columns) + static_cast<std::size_t>(column)];
    }
};

enum class Feature : int {
    RecencyDays,
    PurchaseDays,
    TotalSpend,
    MeanSpend,
    TenureDays,
    MeanGapDays,
    LastGapDays,
    RecencyOverGap,
    PurchasesLast90,
    PurchasesPrior90,
    SpendLast90,
    Trend,
    DistinctCategories,
    CategoryShare0, // + k: the share of purchase days whose main category is k
};
inline constexpr int kFixedFeatures = static_cast<int>(Feature::CategoryShare0);

// `categoryCount` share columns follow the fixed ones (0 without categories).
FeatureMatrix buildFeatures(const PurchaseHistory& history, std::int32_t cutDay, int categoryCount);
// Translated, short: "days since last purchase", "share of Coffee purchases".
QString featureName(int column, const QStringList& categoryNames);
QString featureKey(int column);               // "recency_days", "category_share_3"
int featureColumnFromKey(const QString& key); // -1 for an unknown key
// One line for a customer: "no purchase for 140 days", "bought on 12 days".
QString describeFeature(int column, float value, const QStringList& categoryNames);

} // namespace rapport::core::value
