#pragma once

#include "domain/Entities.h"
#include "mining/MiningOptions.h"
#include "mining/Rules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::core::mining {

// How the orders in the database become baskets.
enum class BasketUnit { Order, Customer };  // one basket per order / per customer
enum class ItemLevel { Product, Category }; // items are products / product categories

QString basketUnitKey(BasketUnit unit); // "order", "customer"
QString itemLevelKey(ItemLevel level);  // "product", "category"

struct BasketQuery
{
    BasketUnit unit = BasketUnit::Order;
    ItemLevel level = ItemLevel::Product;
    std::optional<QDate> from; // orders on or after
    std::optional<QDate> to;   // orders on or before
    // Cancelled and deleted orders, and deleted products, are always left out.
};

// One stored run (mining_runs) with the parameters it was made with, so runs
// can be compared over time.
struct MiningRun
{
    RowId id = 0;
    QDateTime createdAt;
    BasketQuery baskets;
    MiningOptions mining;
    RuleOptions rules;
    std::size_t transactions = 0;
    std::size_t items = 0;
    std::size_t itemsets = 0;
    std::size_t ruleCount = 0;
    double seconds = 0;
};

// One stored rule (association_rules), with the readable item names kept as
// they were when the run was made.
struct StoredRule
{
    RowId id = 0;
    RowId runId = 0;
    QList<std::int64_t>
        antecedentKeys; // product ids, or category indices into `categories` of the run
    QList<std::int64_t> consequentKeys;
    QStringList antecedentLabels; // "啤酒", "尿布"
    QStringList consequentLabels; // "薯片"
    Support count = 0;
    double support = 0, confidence = 0, lift = 0, leverage = 0, conviction = 0;

    // "啤酒, 尿布 ⇒ 薯片"
    QString text() const;
};

// A product the customer has not bought, recommended by the strongest rule
// whose antecedent the customer's history satisfies.
struct Recommendation
{
    RowId productId = 0;
    QString productName;
    StoredRule reason;
};

} // namespace rapport::core::mining
