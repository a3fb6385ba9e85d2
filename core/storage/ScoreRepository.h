#pragma once

#include "common/Progress.h"
#include "domain/Entities.h"
#include "storage/Repository.h"
#include "value/PurchaseHistory.h"
#include "value/ValueModel.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace rapport::core {

struct ScoringRun
{
    RowId id = 0;
    QString createdAt; // ISO timestamp, UTC
    QDate asOf;
    QString modelVersion;
    QString timeUnit;
    int periodDays = 0;
    qint64 customers = 0;
    double seconds = 0;
    QJsonObject report; // value::reportJson, and "last_order_id" at the time of scoring
};

// One row of customer_scores.
struct CustomerScore
{
    RowId customerId = 0;
    RowId runId = 0;
    QString modelVersion;
    QDate scoredOn;
    int recencyDays = 0;
    int frequency = 0;
    qint64 monetaryMinor = 0;
    int r = 0, f = 0, m = 0;
    QString segment; // value::rfmSegmentKey
    double pAlive = 0;
    double expectedPurchases = 0;
    qint64 expectedSpendMinor = 0;
    qint64 clvMinor = 0;
    std::optional<double> churnRisk;
    QString nextCategory;
    std::optional<double> nextCategoryProbability;
    QString churnDriver;         // a feature key (value/Features.h), empty: none
    double churnDriverValue = 0; // NaN: the feature has no value (a gap, one purchase)
};

// A point of the value charts: one scored customer.
struct ValuePoint
{
    int frequency = 0;
    double pAlive = 0;
    qint64 clvMinor = 0;
};

// Order history in, scores out (scoring_runs, customer_scores). Writes
// announce Entity::CustomerScores.
class ScoreRepository : public Repository
{
public:
    using Repository::Repository;

    // Every live customer's purchases: uncancelled, undeleted orders with at
    // least one line, one entry per purchase day, amounts in major units, each
    // day's main category (by spend). Keys are customer ids.
    Result<value::PurchaseHistory> loadPurchases(Progress& progress) const;

    // Replaces every stored score with the result's, and records the run, in
    // one transaction; a cancel (or any failure) leaves the old scores.
    Result<RowId> saveRun(const value::ValueResult& result, const value::PurchaseHistory& history,
                          double seconds, Progress& progress);

    Result<QList<ScoringRun>> runs() const; // newest first
    Result<std::optional<ScoringRun>> latestRun() const;
    Result<std::optional<CustomerScore>> score(RowId customerId) const;
    // Up to about `maxPoints` scored customers, an even sample by id.
    Result<QList<ValuePoint>> valuePoints(int maxPoints) const;
    // Orders added after `run` was scored (new order ids; an import adds them):
    // the scores do not know them yet.
    Result<qint64> ordersAddedSince(const ScoringRun& run) const;
    // The live customers of an RFM segment (a value::rfmSegmentKey), by name.
    Result<QList<RowId>> segmentMembers(const QString& segmentKey) const;

    // "rapport-value 1 (BG/NBD, Gamma-Gamma, XGBoost 1.7.4)"
    static QString modelVersion();

private:
    mutable qint64 m_lastOrderLoaded = -1; // by loadPurchases(), for saveRun()
};

} // namespace rapport::core
