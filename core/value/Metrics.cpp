#include "value/Metrics.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace rapport::core::value {

double rocAuc(const std::vector<float>& scores, const std::vector<std::uint8_t>& positive)
{
    const std::size_t n = scores.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t l, std::size_t r) { return scores[l] < scores[r]; });
    double positiveRankSum = 0;
    double positives = 0;
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double midRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k) {
            if (positive[order[k]]) {
                positiveRankSum += midRank;
                positives += 1;
            }
        }
        i = j;
    }
    const double negatives = static_cast<double>(n) - positives;
    if (positives == 0 || negatives == 0)
        return 0.5;
    return (positiveRankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
}

double liftAtTopDecile(const std::vector<float>& scores, const std::vector<std::uint8_t>& positive)
{
    const std::size_t n = scores.size();
    const double total = std::accumulate(positive.begin(), positive.end(), 0.0);
    if (n == 0 || total == 0)
        return 0;
    const std::size_t top = std::max<std::size_t>(1, n / 10);
    // The score at the cut (the top-th largest), found without a full sort.
    std::vector<float> sorted(scores);
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(top - 1),
                     sorted.end(), std::greater<>());
    const float cut = sorted[top - 1];
    // Customers tied at the cut share the places left: each counts with the
    // tie group's positive rate, so the order of rows cannot bias the lift.
    double hits = 0;
    std::size_t above = 0;
    double tiedPositives = 0;
    std::size_t tied = 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (scores[k] > cut) {
            hits += positive[k];
            ++above;
        } else if (scores[k] == cut) {
            tiedPositives += positive[k];
            ++tied;
        }
    }
    hits += static_cast<double>(top - above) * tiedPositives / static_cast<double>(tied);
    return (hits / static_cast<double>(top)) / (total / static_cast<double>(n));
}

} // namespace rapport::core::value
