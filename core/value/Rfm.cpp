#include "value/Rfm.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <numeric>

namespace rapport::core::value {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::value::Rfm)
};

struct SegmentInfo
{
    RfmSegment segment;
    const char* key;
};

constexpr std::array<SegmentInfo, kRfmSegmentCount> kSegments{{
    {RfmSegment::Champions, "champions"},
    {RfmSegment::Loyal, "loyal"},
    {RfmSegment::PotentialLoyalists, "potential_loyalists"},
    {RfmSegment::New, "new"},
    {RfmSegment::Promising, "promising"},
    {RfmSegment::NeedAttention, "need_attention"},
    {RfmSegment::AboutToSleep, "about_to_sleep"},
    {RfmSegment::AtRisk, "at_risk"},
    {RfmSegment::CantLoseThem, "cant_lose_them"},
    {RfmSegment::Hibernating, "hibernating"},
    {RfmSegment::Lost, "lost"},
}};

} // namespace

QString rfmSegmentKey(RfmSegment segment)
{
    return QString::fromLatin1(kSegments[static_cast<std::size_t>(segment)].key);
}

QString rfmSegmentName(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return Text::tr("Champions");
    case RfmSegment::Loyal:
        return Text::tr("Loyal");
    case RfmSegment::PotentialLoyalists:
        return Text::tr("Potential loyalists");
    case RfmSegment::New:
        return Text::tr("New");
    case RfmSegment::Promising:
        return Text::tr("Promising");
    case RfmSegment::NeedAttention:
        return Text::tr("Need attention");
    case RfmSegment::AboutToSleep:
        return Text::tr("About to sleep");
    case RfmSegment::AtRisk:
        return Text::tr("At risk");
    case RfmSegment::CantLoseThem:
        return Text::tr("Can't lose them");
    case RfmSegment::Hibernating:
        return Text::tr("Hibernating");
    case RfmSegment::Lost:
        return Text::tr("Lost");
    }
    return {};
}

bool rfmSegmentFromKey(const QString& key, RfmSegment* segment)
{
    for (const SegmentInfo& info : kSegments) {
        if (key == QLatin1String(info.key)) {
            *segment = info.segment;
            return true;
        }
    }
    return false;
}

RfmSegment rfmSegmentOf(int r, int f, int m)
{
    const int fm = (f + m + 1) / 2; // (F + M) / 2, half up
    switch (r) {
    case 5:
        return fm == 1   ? RfmSegment::New
               : fm <= 3 ? RfmSegment::PotentialLoyalists
                         : RfmSegment::Champions;
    case 4:
        return fm == 1   ? RfmSegment::Promising
               : fm <= 3 ? RfmSegment::PotentialLoyalists
                         : RfmSegment::Loyal;
    case 3:
        return fm <= 2   ? RfmSegment::AboutToSleep
               : fm == 3 ? RfmSegment::NeedAttention
                         : RfmSegment::Loyal;
    default:
        if (fm == 5)
            return RfmSegment::CantLoseThem;
        if (fm >= 3)
            return RfmSegment::AtRisk;
        return r == 1 && fm == 1 ? RfmSegment::Lost : RfmSegment::Hibernating;
    }
}

std::vector<int> quintileScores(const std::vector<double>& values)
{
    const std::size_t n = values.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t l, std::size_t r) { return values[l] < values[r]; });
    std::vector<int> scores(n, 0);
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j < n && values[order[j]] == values[order[i]])
            ++j;
        // The tie group's lowest rank: customers below it, as a fraction of n.
        // (By mid-rank, the 60 % of a shop's customers who bought once would all
        // score F = 2, and no one could ever be New, Promising or Lost.)
        const double below = static_cast<double>(i) / static_cast<double>(n);
        const int score = std::min(5, 1 + static_cast<int>(5.0 * below));
        for (std::size_t k = i; k < j; ++k)
            scores[order[k]] = score;
        i = j;
    }
    return scores;
}

std::vector<RfmScore> scoreRfm(const PurchaseHistory& history, std::int32_t referenceDay)
{
    std::vector<RfmScore> out(history.customerCount());
    std::vector<std::size_t> scored;
    std::vector<double> recency, frequency, monetary;
    for (std::size_t c = 0; c < history.customerCount(); ++c) {
        RfmScore& s = out[c];
        std::int32_t last = 0;
        for (std::uint32_t i = history.begin(c); i < history.end(c); ++i) {
            if (history.days[i] > referenceDay)
                break;
            last = history.days[i];
            ++s.frequency;
            s.monetary += history.amounts[i];
        }
        if (s.frequency == 0)
            continue;
        s.scored = true;
        s.recencyDays = referenceDay - last;
        scored.push_back(c);
        recency.push_back(-static_cast<double>(s.recencyDays)); // recent = high
        frequency.push_back(s.frequency);
        monetary.push_back(s.monetary);
    }
    const std::vector<int> r = quintileScores(recency);
    const std::vector<int> f = quintileScores(frequency);
    const std::vector<int> m = quintileScores(monetary);
    for (std::size_t k = 0; k < scored.size(); ++k) {
        RfmScore& s = out[scored[k]];
        s.r = r[k];
        s.f = f[k];
        s.m = m[k];
        s.segment = rfmSegmentOf(s.r, s.f, s.m);
    }
    return out;
}

} // namespace rapport::core::value
