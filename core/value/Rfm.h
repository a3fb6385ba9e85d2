#pragma once

#include "value/PurchaseHistory.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace rapport::core::value {

// The eleven RFM segments. Each customer with a purchase gets quintile scores
// 1..5 for recency (5 = most recent), frequency (purchase days) and monetary
// (total spend), and a segment from R and FM = (F + M) / 2 rounded half up:
//
//   R \ FM  | 1                | 2                   | 3                   | 4        | 5
//   5       | New              | Potential loyalists | Potential loyalists | Champions| Champions
//   4       | Promising        | Potential loyalists | Potential loyalists | Loyal    | Loyal
//   3       | About to sleep   | About to sleep      | Need attention      | Loyal    | Loyal
//   2       | Hibernating      | Hibernating         | At risk             | At risk  | Can't lose
//   them 1       | Lost             | Hibernating         | At risk             | At risk  | Can't
//   lose them
//
// Quintiles by rank: a value's score is 1 + floor(5 · below / n), where `below`
// counts the customers with a smaller value, so tied customers share a score
// and the lowest value always scores 1 (every one-order customer gets F = 1,
// however many there are).
enum class RfmSegment : std::uint8_t {
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost,
};
inline constexpr int kRfmSegmentCount = 11;

QString rfmSegmentKey(RfmSegment segment);  // "champions", "cant_lose_them", …
QString rfmSegmentName(RfmSegment segment); // translated: "Champions", "Can't lose them", …
bool rfmSegmentFromKey(const QString& key, RfmSegment* segment);
RfmSegment rfmSegmentOf(int recencyScore, int frequencyScore, int monetaryScore);

struct RfmScore
{
    bool scored = false; // false: no purchase by the reference day
    int recencyDays = 0; // reference day minus the last purchase day
    int frequency = 0;   // purchase days
    double monetary = 0; // total spend
    int r = 0, f = 0, m = 0;
    RfmSegment segment = RfmSegment::Lost;
};

// Scores every customer of the history on purchases up to `referenceDay`.
std::vector<RfmScore> scoreRfm(const PurchaseHistory& history, std::int32_t referenceDay);

// The quintile scores (1..5) of `values` by rank, higher value = higher score.
std::vector<int> quintileScores(const std::vector<double>& values);

} // namespace rapport::core::value
