#include "mining/Rules.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <limits>

namespace rapport::core::mining {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mining::Rules)
};

// Larger consequents are enumerated as bit masks over the set's items.
constexpr std::size_t kMaxMaskedSet = 24;
} // namespace

Status validate(const RuleOptions& options)
{
    if (!(options.minConfidence >= 0 && options.minConfidence <= 1)) {
        return Error::validation(
            QStringLiteral("min_confidence"),
            Text::tr("The minimum confidence must be between 0 and 1 (0.5 is 50%); %1 is not.")
                .arg(options.minConfidence));
    }
    if (!(options.minLift >= 0)) {
        return Error::validation(QStringLiteral("min_lift"),
                                 Text::tr("The minimum lift cannot be negative."));
    }
    if (options.maxAntecedent < 0 || options.maxConsequent < 1) {
        return Error::validation(
            QStringLiteral("max_consequent"),
            Text::tr("A rule needs at least one item in its consequent, and the antecedent "
                     "limit cannot be negative."));
    }
    return {};
}

RuleMetrics ruleMetrics(Support both, Support antecedent, Support consequent,
                        std::size_t transactions)
{
    const double n = double(transactions);
    const double support = double(both) / n;
    const double confidence = double(both) / double(antecedent);
    const double pConsequent = double(consequent) / n;
    const double lift = confidence / pConsequent;
    const double leverage = support - (double(antecedent) / n) * pConsequent;
    // Conviction is infinite for a rule that never fails; compare the counts,
    // not the rounded confidence.
    const double conviction = both == antecedent ? std::numeric_limits<double>::infinity()
                                                 : (1 - pConsequent) / (1 - confidence);
    return {support, confidence, lift, leverage, conviction};
}

Result<std::vector<Rule>> generateRules(const ItemsetStore& store, std::size_t transactions,
                                        const RuleOptions& options, Progress& progress)
{
    if (Status valid = validate(options); !valid)
        return valid.error();
    std::vector<Rule> rules;
    std::vector<Item> antecedent;
    std::vector<Item> consequent;
    bool tooMany = false;

    auto consider = [&](Support both) {
        const auto antecedentCount = store.find(antecedent);
        const auto consequentCount = store.find(consequent);
        // Both are subsets of a frequent set, so both are in a complete store.
        if (!antecedentCount || !consequentCount)
            return;
        const RuleMetrics m = ruleMetrics(both, *antecedentCount, *consequentCount, transactions);
        if (m.confidence < options.minConfidence || m.lift < options.minLift)
            return;
        if (rules.size() >= options.limit) {
            tooMany = true;
            return;
        }
        rules.push_back({antecedent, consequent, both, *antecedentCount, *consequentCount,
                         m.support, m.confidence, m.lift, m.leverage, m.conviction});
    };

    for (std::size_t i = 0; i < store.size() && !tooMany; ++i) {
        if ((i & 0xFFF) == 0) {
            if (progress.isCancelled())
                return Error::make(Error::Code::Cancelled, Text::tr("Mining was cancelled."));
            progress.report(std::int64_t(i), std::int64_t(store.size()), Text::tr("Rules"));
        }
        const auto set = store.itemset(i);
        const std::size_t size = set.size();
        if (size < 2)
            continue;
        const Support both = store.support(i);
        const std::size_t maxConsequent = std::min(std::size_t(options.maxConsequent), size - 1);
        const std::size_t minConsequent =
            options.maxAntecedent > 0 && size > std::size_t(options.maxAntecedent)
                ? size - std::size_t(options.maxAntecedent)
                : 1;
        if (minConsequent > maxConsequent)
            continue;
        if (maxConsequent == 1) {
            for (std::size_t c = 0; c < size; ++c) {
                antecedent.clear();
                for (std::size_t j = 0; j < size; ++j) {
                    if (j != c)
                        antecedent.push_back(set[j]);
                }
                consequent.assign(1, set[c]);
                consider(both);
            }
            continue;
        }
        if (size > kMaxMaskedSet) {
            return Error::validation(
                QStringLiteral("max_consequent"),
                Text::tr("An itemset of %1 items has too many ways to split into rules with "
                         "larger consequents; use one-item consequents or a maximum itemset size.")
                    .arg(size));
        }
        for (std::uint32_t mask = 1; mask + 1 < (1u << size); ++mask) {
            const auto bits = std::size_t(std::popcount(mask));
            if (bits < minConsequent || bits > maxConsequent)
                continue;
            antecedent.clear();
            consequent.clear();
            for (std::size_t j = 0; j < size; ++j)
                ((mask >> j) & 1u ? consequent : antecedent).push_back(set[j]);
            consider(both);
        }
    }
    if (tooMany) {
        return Error::validation(
            QStringLiteral("min_confidence"),
            Text::tr("More than %L1 rules: too many to keep. Raise the minimum confidence, lift "
                     "or support.")
                .arg(qulonglong(options.limit)));
    }
    std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) {
        if (a.lift != b.lift)
            return a.lift > b.lift;
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        if (a.count != b.count)
            return a.count > b.count;
        if (a.antecedent != b.antecedent)
            return a.antecedent < b.antecedent;
        return a.consequent < b.consequent;
    });
    return rules;
}

} // namespace rapport::core::mining
