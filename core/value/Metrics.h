#pragma once

#include <cstdint>
#include <vector>

namespace rapport::core::value {

// Area under the ROC curve: the probability that a random positive scores
// above a random negative, ties counting half (Mann-Whitney U with mid-ranks).
// 0.5 when either class is empty.
double rocAuc(const std::vector<float>& scores, const std::vector<std::uint8_t>& positive);

// The positive rate among the top 10 % by score over the overall positive rate
// (customers tied at the cut count in proportion). 0 when there are no positives.
double liftAtTopDecile(const std::vector<float>& scores, const std::vector<std::uint8_t>& positive);

} // namespace rapport::core::value
