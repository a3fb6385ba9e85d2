#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "value/LifetimeModels.h"
#include "value/PurchaseHistory.h"
#include "value/Rfm.h"

#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace rapport::core::value {

// Predicted against actual purchases in the holdout, for customers with the
// same number of repeat purchases in calibration (the BG/NBD paper's figure 4).
struct CalibrationBin
{
    int frequency = 0; // the last bin holds this many or more
    std::size_t customers = 0;
    double actual = 0;    // mean purchase days in the holdout
    double predicted = 0; // mean E[Y(holdout) | calibration history]
};

struct HoldoutReport
{
    std::int32_t calibrationEnd = 0;
    std::int32_t holdoutEnd = 0; // == calibrationEnd: no holdout
    double length = 0;           // in model units
    double actualPurchases = 0;  // repeat purchase days in the holdout, all customers
    double predictedPurchases = 0;
    double actualSpend = 0;
    double predictedSpend = 0; // predicted purchases × expected spend per purchase
    std::vector<CalibrationBin> bins;
    // How well P(alive) at the calibration end ranks who buys in the holdout.
    double aliveAuc = 0.5;
};

// The lifetime models fitted on one calibration window, checked on the rest.
struct LifetimeFit
{
    TimeUnit unit = TimeUnit::Week;
    std::vector<RepeatSummary> summaries;
    BgNbdFit bgNbd;
    GammaGammaFit gammaGamma;
    HoldoutReport holdout;
};

// Errors: the calibration end before the first transaction (Validation), too
// few repeat customers, zero spend, no convergence, cancelled.
// The holdout runs from the calibration end to `holdoutEnd` (default: the last
// purchase; scoring as of an earlier day passes that day).
Result<LifetimeFit> fitLifetime(const PurchaseHistory& history, std::int32_t calibrationEnd,
                                TimeUnit unit, const FitOptions& options, Progress& progress,
                                std::optional<std::int32_t> holdoutEnd = std::nullopt);

// A propensity model's score on the holdout window next to simple baselines.
struct ModelReport
{
    QString key; // "churn", "next_category"
    double auc = 0.5;
    double liftTopDecile = 0;
    double recencyAuc = 0.5; // churn: recency alone; next category: past category share
    double recencyLift = 0;
    std::optional<double> aliveAuc; // churn: 1 - P(alive) from BG/NBD
    std::optional<double> aliveLift;
    // churn: BG/NBD's own P(no purchase in the period), a stronger baseline
    std::optional<double> bgNbdAuc;
    std::optional<double> bgNbdLift;
    std::size_t trainRows = 0;
    std::size_t testRows = 0;
    double positiveRate = 0; // churn rate in the holdout; top-1 accuracy for categories
    double baselineRate = 0; // next category: accuracy of "the category they buy most"
    std::vector<std::pair<int, double>> importance; // feature column, share of gain, descending
};

struct ValueOptions
{
    TimeUnit unit = TimeUnit::Week;
    std::optional<std::int32_t> asOfDay; // default: the last purchase day
    int periodDays = 182;                // the "next period" of churn and the holdout
    ClvOptions clv;                      // unitDays is taken from `unit`
    FitOptions fit;
    bool propensity = true;
    // Rows the churn model trains on at most (a seeded sample; the next-category
    // model a third as many): XGBoost's time grows with rows × rounds.
    std::size_t maxTrainingRows = 120000;
    int threads = 0;
};

struct CustomerValue
{
    RfmScore rfm; // rfm.scored: the customer has a purchase
    double pAlive = 0;
    double expectedPurchases = 0; // in the next period
    double expectedSpend = 0;     // per purchase
    double clv = 0;
    std::optional<double> churnRisk;
    int nextCategory = -1; // index into the history's categoryNames
    double nextCategoryProbability = 0;
    // The input that pushes the churn risk up the most (a feature column, see
    // Features.h) and its value for this customer; -1: none pushes it up.
    // describeChurn() turns it into a line in the user's language.
    int churnDriver = -1;
    float churnDriverValue = 0;
};

// "Churn risk 82 %, mostly from: no purchase for 140 days", translated.
QString describeChurn(double churnRisk, int driver, float driverValue,
                      const QStringList& categoryNames);

struct ValueReport
{
    std::int32_t asOf = 0;
    ValueOptions options;
    std::size_t customers = 0; // with a purchase by asOf
    LifetimeFit evaluation;    // calibrated to asOf - period, checked on the period
    BgNbdFit bgNbd;            // refitted on everything up to asOf: the stored scores
    GammaGammaFit gammaGamma;
    std::vector<ModelReport> models;
    QStringList featureNames;  // per feature column, translated
    QStringList categoryNames; // the history's, for the next-category scores and drivers
    QStringList notes;         // what could not be done, and why
    std::array<std::size_t, kRfmSegmentCount> segmentCounts{};
    std::array<double, kRfmSegmentCount> segmentRevenue{};
};

struct ValueResult
{
    ValueReport report;
    std::vector<CustomerValue> customers; // per history customer
};

// Everything the scoring run computes, from the purchase history alone.
Result<ValueResult> scoreCustomers(const PurchaseHistory& history, const ValueOptions& options,
                                   Progress& progress);

} // namespace rapport::core::value
