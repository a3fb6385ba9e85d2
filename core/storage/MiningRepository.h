#pragma once

#include "common/Progress.h"
#include "mining/Baskets.h"
#include "mining/MiningRun.h"
#include "storage/Repository.h"

namespace rapport::core {

// Baskets from the orders, and the stored mining runs and their rules
// (mining_runs, association_rules). Writes announce Entity::MiningRun.
class MiningRepository : public Repository
{
public:
    using Repository::Repository;

    // The baskets the query asks for: keys are product ids (ItemLevel::Product)
    // or indices into the sorted distinct category names (ItemLevel::Category);
    // labels are the product names / categories ("(no category)" for ''). Items
    // are numbered in key order (product id; category name, binary order) and
    // each basket lists its items once, ascending. Orders are taken in id order,
    // customers in id order; a basket with no live product is left out.
    Result<mining::BasketSet> loadBaskets(const mining::BasketQuery& query,
                                          Progress& progress) const;

    // Stores a finished run and its rules in one transaction; returns the run id.
    // `baskets` are the ones the rules were mined from (they give each item its
    // key and label). The run's createdAt is now when it is not set. With a
    // Progress, a cancel while the rules are written rolls everything back.
    Result<RowId> saveRun(mining::MiningRun run, const std::vector<mining::Rule>& rules,
                          const mining::BasketSet& baskets);
    Result<RowId> saveRun(mining::MiningRun run, const std::vector<mining::Rule>& rules,
                          const mining::BasketSet& baskets, Progress& progress);
    Result<QList<mining::MiningRun>> runs() const; // newest first
    Result<std::optional<mining::MiningRun>> latestRun() const;
    Result<mining::MiningRun> run(RowId runId) const;
    Status removeRun(RowId runId);

    Result<QList<mining::StoredRule>> rules(RowId runId) const; // by lift, descending
    Result<mining::StoredRule> rule(RowId ruleId) const;

    // The distinct category names of a category run, in key order ('' for
    // products without a category); empty for a product run.
    Result<QStringList> categories(RowId runId) const;
    // What loadBaskets() calls the products without a category, translated.
    static QString noCategoryLabel();

    // The customers who bought every item of the rule's antecedent but none of
    // its consequent (live customers, uncancelled orders of live products, at
    // any date: the run's date range limits what was mined, not who is
    // targeted): a target list, by name.
    Result<QList<RowId>> ruleTargets(RowId ruleId) const;

    // Up to `limit` products the customer has not bought, each from the
    // strongest rule (by lift, then confidence) of the latest run whose
    // antecedent the customer's orders satisfy and whose consequent they hold
    // none of. Empty when there is no run or the latest run is a category run.
    Result<QList<mining::Recommendation>> alsoBuys(RowId customerId, int limit = 5) const;
};

} // namespace rapport::core
