#include "value/RepeatSummary.h"

namespace rapport::core::value {

std::vector<RepeatSummary> summarize(const PurchaseHistory& history, const SummaryWindow& window)
{
    const double unitDays = daysPer(window.unit);
    std::vector<RepeatSummary> out(history.customerCount());
    for (std::size_t c = 0; c < history.customerCount(); ++c) {
        RepeatSummary& s = out[c];
        const std::uint32_t begin = history.begin(c);
        const std::uint32_t end = history.end(c);
        if (begin == end || history.days[begin] > window.calibrationEnd)
            continue;
        s.born = true;
        const std::int32_t first = history.days[begin];
        std::int32_t last = first;
        double repeatSpend = 0;
        for (std::uint32_t i = begin + 1; i < end; ++i) {
            const std::int32_t day = history.days[i];
            if (day <= window.calibrationEnd) {
                s.frequency += 1;
                repeatSpend += history.amounts[i];
                last = day;
            } else if (day <= window.holdoutEnd) {
                s.holdoutPurchases += 1;
                s.holdoutSpend += history.amounts[i];
            }
        }
        s.recency = (last - first) / unitDays;
        s.age = (window.calibrationEnd - first) / unitDays;
        s.monetary = s.frequency > 0 ? repeatSpend / s.frequency : 0;
    }
    return out;
}

} // namespace rapport::core::value
