#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace rapport::core {

// What a customer mostly drinks: products of the matching categories are three
// times as likely in their baskets (natural, unplanted associations).
enum class DemoTaste { Coffee, Tea, Neutral };

struct DemoCategory
{
    QString name; // bilingual, e.g. "咖啡 Coffee"
    DemoTaste taste;
};

struct DemoProduct
{
    QString sku;
    QString name; // bilingual, e.g. "Espresso beans 意式咖啡豆"
    int category; // index into DemoCatalog::categories()
    std::int64_t priceMinor;
    double weight; // base popularity
};

// A co-purchase rule planted in the baskets. Whenever a basket holds every
// antecedent, the consequent is put in it with probability `confidence` and
// taken out of it otherwise, so the measured confidence of the rule is
// `confidence` whatever the base popularity of the consequent. Antecedents and
// consequents are disjoint and each product is the consequent of one rule at
// most, so the rules do not disturb each other.
struct DemoRule
{
    QStringList antecedentSkus;
    QString consequentSku;
    double confidence;
    QString story; // why a shop would see this
};

// How a group of customers buys (the "buying process" scoring should recover).
// Purchases follow the BG/NBD story: a first order on the customer's start day,
// then repeat orders at `ordersPerMonth` (exponential gaps, the rate scaled per
// customer by a factor uniform in [0.5, 1.5]); after every repeat order the
// customer drops out for good with probability `dropoutPerOrder`. Churned
// customers instead stop after an active period of `activeDaysMin..Max` days.
// Basket size is 1 + Binomial(itemTrials, itemChance) distinct products (before
// the planted rules act); each line's quantity is 1 + Binomial(qtyTrials, qtyChance).
struct DemoSegment
{
    QString key;
    QString description;
    double share;          // of all customers
    bool buys;             // false: a prospect, no orders
    double ordersPerMonth; // repeat purchase rate while active (0: one order only)
    double dropoutPerOrder;
    int startWindowDays; // first order within this many days of the window start
    int activeDaysMin;   // churned only (0 otherwise)
    int activeDaysMax;
    QString spend; // "low", "medium", "high"
    int itemTrials;
    double itemChance;
    int qtyTrials;
    double qtyChance;
};

// A Chinese word and its pinyin (lower case, no spaces), for names and e-mail.
struct DemoWord
{
    QString hanzi;
    QString latin;
};

struct DemoCity
{
    QString name;
    QString phoneArea; // "021", "+1 415", "+44 20"
    bool china;
    QStringList streets;
};

// The fixed inputs of the demo generator: catalog, planted rules, customer
// segments and the word lists people and companies are made from. Kept in code
// (not a resource file) so the generator's output depends on the seed alone.
class DemoCatalog
{
public:
    static const QList<DemoCategory>& categories();
    static const QList<DemoProduct>& products();
    static const QList<DemoRule>& rules();
    static const QList<DemoSegment>& segments();

    static const QList<DemoWord>& chineseSurnames();
    static const QList<DemoWord>& chineseGivenNames();
    static const QStringList& englishFirstNames();
    static const QStringList& englishLastNames();
    static const QList<DemoCity>& cities();
    static const QList<DemoWord>& chineseCompanyWords(); // 字号, e.g. 明华
    static const QList<DemoWord>& chineseIndustries();   // 贸易 / trading
    static const QStringList& englishCompanyWords();
    static const QStringList& englishIndustries();
    static const QStringList& mailDomains();
    static const QStringList& owners();
    static const QStringList& notes();

    // Index of a product by SKU, -1 if unknown.
    static int productIndex(const QString& sku);
};

} // namespace rapport::core
