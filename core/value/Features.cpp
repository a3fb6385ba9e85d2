#include "value/Features.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace rapport::core::value {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::value::Features)
};

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();
constexpr std::int32_t kRecentDays = 90;

} // namespace

FeatureMatrix buildFeatures(const PurchaseHistory& history, std::int32_t cutDay, int categoryCount)
{
    FeatureMatrix m;
    m.columns = kFixedFeatures + categoryCount;
    std::vector<double> categoryDays(static_cast<std::size_t>(categoryCount));
    for (std::size_t c = 0; c < history.customerCount(); ++c) {
        const std::uint32_t begin = history.begin(c);
        std::uint32_t end = begin;
        while (end < history.end(c) && history.days[end] <= cutDay)
            ++end;
        if (end == begin)
            continue;
        m.customers.push_back(c);
        const std::size_t base = m.values.size();
        m.values.resize(base + static_cast<std::size_t>(m.columns), 0.0F);
        float* row = m.values.data() + base;
        auto set = [row](Feature f, double v) {
            row[static_cast<int>(f)] = static_cast<float>(v);
        };

        const std::int32_t first = history.days[begin];
        const std::int32_t last = history.days[end - 1];
        const double purchases = end - begin;
        double spend = 0, last90 = 0, prior90 = 0, spend90 = 0;
        std::fill(categoryDays.begin(), categoryDays.end(), 0.0);
        int distinct = 0;
        for (std::uint32_t i = begin; i < end; ++i) {
            const std::int32_t ago = cutDay - history.days[i];
            spend += history.amounts[i];
            if (ago < kRecentDays) {
                last90 += 1;
                spend90 += history.amounts[i];
            } else if (ago < 2 * kRecentDays) {
                prior90 += 1;
            }
            if (history.hasCategories()) {
                const int k = history.mainCategories[i];
                if (k < categoryCount) {
                    if (categoryDays[static_cast<std::size_t>(k)] == 0)
                        ++distinct;
                    categoryDays[static_cast<std::size_t>(k)] += 1;
                }
            }
        }
        set(Feature::RecencyDays, cutDay - last);
        set(Feature::PurchaseDays, purchases);
        set(Feature::TotalSpend, spend);
        set(Feature::MeanSpend, spend / purchases);
        set(Feature::TenureDays, cutDay - first);
        if (purchases > 1) {
            const double meanGap = (last - first) / (purchases - 1);
            set(Feature::MeanGapDays, meanGap);
            set(Feature::LastGapDays, last - history.days[end - 2]);
            set(Feature::RecencyOverGap, meanGap > 0 ? (cutDay - last) / meanGap : kMissing);
        } else {
            set(Feature::MeanGapDays, kMissing);
            set(Feature::LastGapDays, kMissing);
            set(Feature::RecencyOverGap, kMissing);
        }
        set(Feature::PurchasesLast90, last90);
        set(Feature::PurchasesPrior90, prior90);
        set(Feature::SpendLast90, spend90);
        set(Feature::Trend, last90 - prior90);
        set(Feature::DistinctCategories, distinct);
        for (int k = 0; k < categoryCount; ++k)
            row[kFixedFeatures + k] =
                static_cast<float>(categoryDays[static_cast<std::size_t>(k)] / purchases);
    }
    return m;
}

QString featureKey(int column)
{
    static const char* const keys[] = {
        "recency_days",        "purchase_days",      "total_spend",   "mean_spend",
        "tenure_days",         "mean_gap_days",      "last_gap_days", "recency_over_gap",
        "purchases_last_90",   "purchases_prior_90", "spend_last_90", "trend",
        "distinct_categories",
    };
    if (column >= 0 && column < kFixedFeatures)
        return QString::fromLatin1(keys[column]);
    return QStringLiteral("category_share_%1").arg(column - kFixedFeatures);
}

int featureColumnFromKey(const QString& key)
{
    for (int column = 0; column < kFixedFeatures; ++column) {
        if (featureKey(column) == key)
            return column;
    }
    const QString prefix = QStringLiteral("category_share_");
    if (key.startsWith(prefix)) {
        bool ok = false;
        const int k = key.mid(prefix.size()).toInt(&ok);
        if (ok && k >= 0 && k < PurchaseHistory::kMaxCategories)
            return kFixedFeatures + k;
    }
    return -1;
}

QString featureName(int column, const QStringList& categoryNames)
{
    switch (static_cast<Feature>(column)) {
    case Feature::RecencyDays:
        return Text::tr("days since last purchase");
    case Feature::PurchaseDays:
        return Text::tr("purchase days");
    case Feature::TotalSpend:
        return Text::tr("total spend");
    case Feature::MeanSpend:
        return Text::tr("spend per purchase");
    case Feature::TenureDays:
        return Text::tr("days since first purchase");
    case Feature::MeanGapDays:
        return Text::tr("usual days between purchases");
    case Feature::LastGapDays:
        return Text::tr("days between the last two purchases");
    case Feature::RecencyOverGap:
        return Text::tr("time since last purchase vs usual gap");
    case Feature::PurchasesLast90:
        return Text::tr("purchases in the last 90 days");
    case Feature::PurchasesPrior90:
        return Text::tr("purchases 90–180 days ago");
    case Feature::SpendLast90:
        return Text::tr("spend in the last 90 days");
    case Feature::Trend:
        return Text::tr("purchase trend (last 90 days vs the 90 before)");
    case Feature::DistinctCategories:
        return Text::tr("categories bought");
    default:
        break;
    }
    const int k = column - kFixedFeatures;
    return Text::tr("share of purchases in %1")
        .arg(k < categoryNames.size() ? categoryNames.at(k) : QString::number(k));
}

QString describeFeature(int column, float value, const QStringList& categoryNames)
{
    if (std::isnan(value)) {
        // The gaps do not exist for a customer who bought once.
        switch (static_cast<Feature>(column)) {
        case Feature::MeanGapDays:
        case Feature::LastGapDays:
        case Feature::RecencyOverGap:
            return Text::tr("only one purchase so far");
        default:
            return featureName(column, categoryNames);
        }
    }
    const int n = static_cast<int>(std::lround(value));
    switch (static_cast<Feature>(column)) {
    case Feature::RecencyDays:
        return Text::tr("no purchase for %n day(s)", nullptr, n);
    case Feature::PurchaseDays:
        return Text::tr("bought on %n day(s)", nullptr, n);
    case Feature::TenureDays:
        return Text::tr("customer for %n day(s)", nullptr, n);
    case Feature::MeanGapDays:
        return Text::tr("usually buys every %n day(s)", nullptr, n);
    case Feature::LastGapDays:
        return Text::tr("%n day(s) between the last two purchases", nullptr, n);
    case Feature::RecencyOverGap:
        return Text::tr("%1× the usual gap since the last purchase")
            .arg(QString::number(static_cast<double>(value), 'f', 1));
    case Feature::PurchasesLast90:
        return Text::tr("%n purchase(s) in the last 90 days", nullptr, n);
    case Feature::PurchasesPrior90:
        return Text::tr("%n purchase(s) 90–180 days ago", nullptr, n);
    case Feature::Trend:
        return value < 0 ? Text::tr("buying less often than before")
                         : Text::tr("buying as often as before or more");
    case Feature::DistinctCategories:
        return Text::tr("bought from %n categor(y/ies)", nullptr, n);
    default:
        break;
    }
    if (column >= kFixedFeatures) {
        const int k = column - kFixedFeatures;
        return Text::tr("%1% of purchases in %2")
            .arg(std::lround(value * 100))
            .arg(k < categoryNames.size() ? categoryNames.at(k) : QString::number(k));
    }
    return Text::tr("%1: %2").arg(featureName(column, categoryNames),
                                  QString::number(static_cast<double>(value), 'f', 2));
}

} // namespace rapport::core::value
