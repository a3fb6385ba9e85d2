#include "mining/BasketFiles.h"
#include "mining/ItemsetMiner.h"
#include "mining/ItemsetStore.h"
#include "mining/Rules.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <vector>

using namespace rapport::core;
using namespace rapport::core::mining;

namespace {

using Itemsets = std::map<std::vector<Item>, Support>;

// Collects every reported set, sorted, and fails on a set reported twice.
class CollectingSink final : public ItemsetSink
{
public:
    bool add(std::span<const Item> items, Support support) override
    {
        std::vector<Item> key(items.begin(), items.end());
        std::sort(key.begin(), key.end());
        if (!sets.emplace(std::move(key), support).second)
            ++duplicates;
        return true;
    }
    Itemsets sets;
    int duplicates = 0;
};

BasketSet basketsOf(const std::vector<std::vector<Item>>& baskets, std::size_t itemCount)
{
    BasketSet set;
    for (std::size_t i = 0; i < itemCount; ++i)
        set.labels.append(QString::number(i));
    for (const auto& basket : baskets)
        set.addBasket(basket);
    return set;
}

// The referee: every subset of the (at most 16) items, counted over the
// baskets as bit masks.
Itemsets bruteForce(const BasketSet& baskets, Support minCount, int maxSize)
{
    const std::size_t items = baskets.itemCount();
    std::vector<std::uint32_t> masks;
    for (std::size_t b = 0; b < baskets.basketCount(); ++b) {
        std::uint32_t mask = 0;
        for (Item item : baskets.basket(b))
            mask |= 1u << item;
        masks.push_back(mask);
    }
    Itemsets result;
    for (std::uint32_t set = 1; set < (1u << items); ++set) {
        if (maxSize > 0 && std::popcount(set) > maxSize)
            continue;
        Support count = 0;
        for (std::uint32_t mask : masks)
            count += (mask & set) == set ? 1 : 0;
        if (count < minCount)
            continue;
        std::vector<Item> key;
        for (Item item = 0; item < items; ++item) {
            if (set >> item & 1u)
                key.push_back(item);
        }
        result.emplace(std::move(key), count);
    }
    return result;
}

// Random baskets with the shapes that trip miners up: an item in every
// basket, repeated baskets, empty baskets, an item twice in a basket.
BasketSet randomBaskets(unsigned seed, std::size_t& itemCount)
{
    std::mt19937 random(seed);
    itemCount = 3 + random() % 10;
    const std::size_t count = random() % 40;
    const double density = 0.15 + (random() % 60) / 100.0;
    const bool everywhere = random() % 3 == 0;
    std::vector<std::vector<Item>> baskets;
    std::bernoulli_distribution pick(density);
    for (std::size_t b = 0; b < count; ++b) {
        std::vector<Item> basket;
        if (!baskets.empty() && random() % 5 == 0) {
            baskets.push_back(baskets[random() % baskets.size()]);
            if (everywhere
                && std::find(baskets.back().begin(), baskets.back().end(), 0)
                       == baskets.back().end())
                baskets.back().push_back(0);
            continue;
        }
        for (Item item = 0; item < itemCount; ++item) {
            if (pick(random) || (everywhere && item == 0))
                basket.push_back(item);
        }
        if (!basket.empty() && random() % 7 == 0)
            basket.push_back(basket.front());
        if (random() % 11 == 0 && !everywhere)
            basket.clear();
        std::shuffle(basket.begin(), basket.end(), random);
        baskets.push_back(basket);
    }
    return basketsOf(baskets, itemCount);
}

Itemsets mine(const BasketSet& baskets, MiningOptions options)
{
    CollectingSink sink;
    SilentProgress progress;
    auto stats = mineItemsets(baskets, options, sink, progress);
    if (!stats)
        qFatal("mining failed: %s", qPrintable(stats.error().message));
    if (sink.duplicates != 0)
        qFatal("an itemset was reported %d times too many", sink.duplicates);
    return sink.sets;
}

QString describe(const Itemsets& sets)
{
    QStringList lines;
    for (const auto& [items, support] : sets) {
        QStringList names;
        for (Item item : items)
            names << QString::number(item);
        lines << names.join(QLatin1Char(' ')) + QStringLiteral(" (%1)").arg(support);
    }
    return lines.join(QStringLiteral(", "));
}

const Algorithm kAlgorithms[] = {Algorithm::Apriori, Algorithm::Eclat, Algorithm::FpGrowth};

// Han, Kamber & Pei, "Data Mining: Concepts and Techniques", table 6.1 (items
// I1..I5 as 0..4): the Apriori chapter's worked example at minimum count 2.
BasketSet textbookBaskets()
{
    return basketsOf(
        {{0, 1, 4}, {1, 3}, {1, 2}, {0, 1, 3}, {0, 2}, {1, 2}, {0, 2}, {0, 1, 2, 4}, {0, 1, 2}}, 5);
}

} // namespace

Q_DECLARE_METATYPE(Algorithm)

class TestItemsetMining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void algorithms_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addRow("apriori") << Algorithm::Apriori;
        QTest::addRow("eclat") << Algorithm::Eclat;
        QTest::addRow("fpgrowth") << Algorithm::FpGrowth;
    }

    void textbookExample_data() { algorithms_data(); }
    void textbookExample()
    {
        QFETCH(Algorithm, algorithm);
        MiningOptions options;
        options.algorithm = algorithm;
        options.minCount = 2;
        const Itemsets expected{
            {{0}, 6},    {{1}, 7},       {{2}, 6},       {{3}, 2},    {{4}, 2},
            {{0, 1}, 4}, {{0, 2}, 4},    {{0, 4}, 2},    {{1, 2}, 4}, {{1, 3}, 2},
            {{1, 4}, 2}, {{0, 1, 2}, 2}, {{0, 1, 4}, 2},
        };
        const Itemsets found = mine(textbookBaskets(), options);
        QCOMPARE(describe(found), describe(expected));
    }

    // The property: on hundreds of random data sets every algorithm finds
    // exactly what counting every subset finds, with and without a size limit.
    void agreeWithBruteForce_data() { algorithms_data(); }
    void agreeWithBruteForce()
    {
        QFETCH(Algorithm, algorithm);
        for (unsigned seed = 1; seed <= 400; ++seed) {
            std::size_t itemCount = 0;
            const BasketSet baskets = randomBaskets(seed, itemCount);
            MiningOptions options;
            options.algorithm = algorithm;
            options.minCount = 1 + seed % 5;
            options.maxSize = int(seed % 4); // 0 = no limit
            const Itemsets expected = bruteForce(baskets, options.minCount, options.maxSize);
            const Itemsets found = mine(baskets, options);
            if (found != expected) {
                QFAIL(qPrintable(QStringLiteral("seed %1, min count %2, max size %3:\n found %4\n "
                                                "expected %5")
                                     .arg(seed)
                                     .arg(options.minCount)
                                     .arg(options.maxSize)
                                     .arg(describe(found), describe(expected))));
            }
        }
    }

    // "An itemset is frequent when count / transactions >= the support": 0.1
    // of 30 baskets is 3 (not 4, as a naive ceil of 3.0000000000000004 gives).
    void minimumCountRoundsAsTheDefinitionSays_data()
    {
        QTest::addColumn<double>("support");
        QTest::addColumn<int>("transactions");
        QTest::addColumn<int>("count");
        QTest::addRow("exact tenth") << 0.1 << 30 << 3;
        QTest::addRow("fraction rounds up") << 0.1 << 8124 << 813;
        QTest::addRow("all") << 1.0 << 7 << 7;
        QTest::addRow("tiny is at least one") << 0.0001 << 100 << 1;
        QTest::addRow("retail at 0.01%%") << 0.0001 << 88162 << 9;
        QTest::addRow("no transactions") << 0.5 << 0 << 1;
    }
    void minimumCountRoundsAsTheDefinitionSays()
    {
        QFETCH(double, support);
        QFETCH(int, transactions);
        QFETCH(int, count);
        MiningOptions options;
        options.minSupport = support;
        QCOMPARE(int(minimumCount(options, std::size_t(transactions))), count);
    }

    void rejectsMeaninglessOptions_data()
    {
        QTest::addColumn<double>("support");
        QTest::addColumn<int>("maxSize");
        QTest::addRow("zero") << 0.0 << 0;
        QTest::addRow("above one") << 1.5 << 0;
        QTest::addRow("negative") << -0.1 << 0;
        QTest::addRow("not a number") << std::nan("") << 0;
        QTest::addRow("negative size") << 0.5 << -1;
    }
    void rejectsMeaninglessOptions()
    {
        QFETCH(double, support);
        QFETCH(int, maxSize);
        MiningOptions options;
        options.minSupport = support;
        options.maxSize = maxSize;
        CountingSink sink;
        SilentProgress progress;
        auto stats = mineItemsets(textbookBaskets(), options, sink, progress);
        QVERIFY(!stats);
        QCOMPARE(stats.error().code, Error::Code::Validation);
        QVERIFY(!stats.error().message.isEmpty());
    }

    // The mushroom trap: an item in every basket is a frequent itemset too.
    void itemInEveryBasketIsCounted_data() { algorithms_data(); }
    void itemInEveryBasketIsCounted()
    {
        QFETCH(Algorithm, algorithm);
        const BasketSet baskets = basketsOf({{0, 1}, {0, 2}, {0, 1, 2}}, 3);
        MiningOptions options;
        options.algorithm = algorithm;
        options.minCount = 1;
        const Itemsets found = mine(baskets, options);
        QCOMPARE(found.at({0}), Support(3));
        QCOMPARE(found.at({0, 1, 2}), Support(1));
        QCOMPARE(found.size(), std::size_t(7));
        CountingSink counter;
        SilentProgress progress;
        QVERIFY(mineItemsets(baskets, options, counter, progress));
        QCOMPARE(counter.count(), std::uint64_t(7));
    }

    void countingSinkCountsWhatACollectorCollects_data() { algorithms_data(); }
    void countingSinkCountsWhatACollectorCollects()
    {
        QFETCH(Algorithm, algorithm);
        for (unsigned seed = 1; seed <= 100; ++seed) {
            std::size_t itemCount = 0;
            const BasketSet baskets = randomBaskets(seed, itemCount);
            MiningOptions options;
            options.algorithm = algorithm;
            options.minCount = 1 + seed % 3;
            options.maxSize = int(seed % 3);
            CountingSink counter;
            SilentProgress progress;
            QVERIFY(mineItemsets(baskets, options, counter, progress));
            QCOMPARE(counter.count(), std::uint64_t(mine(baskets, options).size()));
        }
    }

    void closedAndMaximalMatchTheirDefinitions()
    {
        for (unsigned seed = 1; seed <= 150; ++seed) {
            std::size_t itemCount = 0;
            const BasketSet baskets = randomBaskets(seed, itemCount);
            const Support minCount = 1 + seed % 4;
            const Itemsets all = bruteForce(baskets, minCount, 0);
            Itemsets closed;
            Itemsets maximal;
            for (const auto& [set, support] : all) {
                bool isClosed = true;
                bool isMaximal = true;
                for (const auto& [other, otherSupport] : all) {
                    if (other.size() > set.size()
                        && std::includes(other.begin(), other.end(), set.begin(), set.end())) {
                        isMaximal = false;
                        if (otherSupport == support)
                            isClosed = false;
                    }
                }
                if (isClosed)
                    closed.emplace(set, support);
                if (isMaximal)
                    maximal.emplace(set, support);
            }
            for (auto [kind, expected] : {std::pair{ItemsetKind::Closed, &closed},
                                          std::pair{ItemsetKind::Maximal, &maximal}}) {
                ItemsetStore store;
                MiningOptions options;
                options.minCount = minCount;
                options.algorithm = kAlgorithms[seed % 3];
                SilentProgress progress;
                QVERIFY(mineItemsets(baskets, options, store, progress));
                store.keepOnly(kind);
                Itemsets kept;
                for (std::size_t i = 0; i < store.size(); ++i) {
                    const auto set = store.itemset(i);
                    kept.emplace(std::vector<Item>(set.begin(), set.end()), store.support(i));
                }
                QCOMPARE(describe(kept), describe(*expected));
            }
        }
    }

    void storeFindsEverySetByContent()
    {
        ItemsetStore store;
        MiningOptions options;
        options.minCount = 2;
        SilentProgress progress;
        QVERIFY(mineItemsets(textbookBaskets(), options, store, progress));
        QCOMPARE(store.size(), std::size_t(13));
        const std::vector<Item> i1i2i5{0, 1, 4};
        QCOMPARE(store.find(i1i2i5).value_or(0), Support(2));
        const std::vector<Item> i3i4{2, 3};
        QVERIFY(!store.find(i3i4));
    }

    // Too many itemsets for memory: the run stops with advice, not an OOM kill.
    void storeLimitStopsWithAdvice()
    {
        ItemsetStore store(5);
        MiningOptions options;
        options.minCount = 2;
        SilentProgress progress;
        auto stats = mineItemsets(textbookBaskets(), options, store, progress);
        QVERIFY(!stats);
        QCOMPARE(stats.error().code, Error::Code::Validation);
        QVERIFY2(stats.error().message.contains(QStringLiteral("minimum support")),
                 qPrintable(stats.error().message));
        QCOMPARE(store.size(), std::size_t(5));
    }

    void cancelStopsEveryAlgorithm_data() { algorithms_data(); }
    void cancelStopsEveryAlgorithm()
    {
        QFETCH(Algorithm, algorithm);
        CountingSink sink;
        SilentProgress progress;
        progress.cancel();
        MiningOptions options;
        options.algorithm = algorithm;
        options.minCount = 1;
        auto stats = mineItemsets(textbookBaskets(), options, sink, progress);
        QVERIFY(!stats);
        QCOMPARE(stats.error().code, Error::Code::Cancelled);
    }

    // The measures worked by hand on the textbook data (9 baskets).
    void ruleMetricsByHand_data()
    {
        QTest::addColumn<int>("both");
        QTest::addColumn<int>("antecedent");
        QTest::addColumn<int>("consequent");
        QTest::addColumn<double>("support");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<double>("lift");
        QTest::addColumn<double>("leverage");
        QTest::addColumn<double>("conviction");
        // I2 ⇒ I5: 2 of 9 hold both, 7 hold I2, 2 hold I5.
        QTest::addRow("I2 => I5") << 2 << 7 << 2 << 2.0 / 9 << 2.0 / 7 << 9.0 / 7 << 4.0 / 81
                                  << 49.0 / 45;
        // I1, I5 ⇒ I2 never fails: conviction is infinite.
        QTest::addRow("I1 I5 => I2") << 2 << 2 << 7 << 2.0 / 9 << 1.0 << 9.0 / 7 << 4.0 / 81
                                     << std::numeric_limits<double>::infinity();
        // I1 ⇒ I2: 4 of 9, I1 in 6, I2 in 7: lift below one.
        QTest::addRow("I1 => I2") << 4 << 6 << 7 << 4.0 / 9 << 4.0 / 6 << (4.0 / 6) / (7.0 / 9)
                                  << 4.0 / 9 - (6.0 / 9) * (7.0 / 9)
                                  << (1 - 7.0 / 9) / (1 - 4.0 / 6);
    }
    void ruleMetricsByHand()
    {
        QFETCH(int, both);
        QFETCH(int, antecedent);
        QFETCH(int, consequent);
        QFETCH(double, support);
        QFETCH(double, confidence);
        QFETCH(double, lift);
        QFETCH(double, leverage);
        QFETCH(double, conviction);
        const RuleMetrics m =
            ruleMetrics(Support(both), Support(antecedent), Support(consequent), 9);
        QVERIFY(qFuzzyCompare(m.support, support));
        QVERIFY(qFuzzyCompare(m.confidence, confidence));
        QVERIFY(qFuzzyCompare(m.lift, lift));
        QVERIFY(std::abs(m.leverage - leverage) < 1e-12);
        if (std::isinf(conviction))
            QVERIFY(std::isinf(m.conviction));
        else
            QVERIFY(qFuzzyCompare(m.conviction, conviction));
    }

    // Every rule with its measures, checked against rules built by hand from
    // the brute-force counts, for one- and two-item consequents.
    void rulesMatchBruteForce()
    {
        for (unsigned seed = 1; seed <= 120; ++seed) {
            std::size_t itemCount = 0;
            const BasketSet baskets = randomBaskets(seed, itemCount);
            if (baskets.basketCount() == 0)
                continue;
            const Support minCount = 1 + seed % 3;
            RuleOptions ruleOptions;
            ruleOptions.minConfidence = (seed % 5) / 5.0;
            ruleOptions.minLift = seed % 2 ? 1.0 : 0.0;
            ruleOptions.maxConsequent = 1 + int(seed % 2);
            ruleOptions.maxAntecedent = int(seed % 3);
            const Itemsets all = bruteForce(baskets, minCount, 0);
            std::map<std::pair<std::vector<Item>, std::vector<Item>>, double> expected;
            for (const auto& [set, both] : all) {
                if (set.size() < 2)
                    continue;
                for (std::uint32_t mask = 1; mask + 1 < (1u << set.size()); ++mask) {
                    std::vector<Item> a;
                    std::vector<Item> c;
                    for (std::size_t j = 0; j < set.size(); ++j)
                        (mask >> j & 1u ? c : a).push_back(set[j]);
                    if (int(c.size()) > ruleOptions.maxConsequent
                        || (ruleOptions.maxAntecedent > 0
                            && int(a.size()) > ruleOptions.maxAntecedent))
                        continue;
                    const double confidence = double(both) / double(all.at(a));
                    const double lift =
                        confidence * double(baskets.basketCount()) / double(all.at(c));
                    if (confidence < ruleOptions.minConfidence || lift < ruleOptions.minLift)
                        continue;
                    expected[{a, c}] = lift;
                }
            }
            ItemsetStore store;
            MiningOptions options;
            options.minCount = minCount;
            options.algorithm = kAlgorithms[seed % 3];
            SilentProgress progress;
            QVERIFY(mineItemsets(baskets, options, store, progress));
            auto rules = generateRules(store, baskets.basketCount(), ruleOptions, progress);
            QVERIFY2(rules, qPrintable(rules.error().message));
            QCOMPARE(rules->size(), expected.size());
            for (std::size_t r = 0; r < rules->size(); ++r) {
                const Rule& rule = (*rules)[r];
                const auto it = expected.find({rule.antecedent, rule.consequent});
                QVERIFY2(it != expected.end(), qPrintable(QStringLiteral("seed %1").arg(seed)));
                QVERIFY(qFuzzyCompare(rule.lift, it->second));
                if (r > 0)
                    QVERIFY((*rules)[r - 1].lift >= rule.lift);
            }
        }
    }

    // The published counts (see ../shared/docs/mining-notes.md) on the FIMI
    // sets, all three algorithms. Skipped when the data sets are not beside
    // the checkout.
    void publicDataSets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("support");
        QTest::addColumn<qulonglong>("itemsets");
        QTest::addRow("retail 0.1%%") << QStringLiteral("retail.dat") << 0.001 << 7589ull;
        QTest::addRow("T10I4D100K 0.1%%") << QStringLiteral("T10I4D100K.dat") << 0.001 << 27532ull;
        QTest::addRow("chess 60%%") << QStringLiteral("chess.dat") << 0.6 << 254944ull;
        QTest::addRow("mushroom 10%%") << QStringLiteral("mushroom.dat") << 0.1 << 574431ull;
    }
    void publicDataSets()
    {
        QFETCH(QString, file);
        QFETCH(double, support);
        QFETCH(qulonglong, itemsets);
        const QString path = QStringLiteral(RAPPORT_SHARED_DATA_DIR "/fimi/") + file;
        if (!QFileInfo::exists(path))
            QSKIP("the shared data sets are not here");
        SilentProgress progress;
        auto baskets = readBasketFile(path, BasketFormat::Fimi, progress);
        QVERIFY2(baskets, qPrintable(baskets.error().message));
        for (Algorithm algorithm : kAlgorithms) {
            MiningOptions options;
            options.algorithm = algorithm;
            options.minSupport = support;
            CountingSink sink;
            QElapsedTimer timer;
            timer.start();
            QVERIFY(mineItemsets(*baskets, options, sink, progress));
            qInfo("%s %s: %lld ms", qPrintable(file), qPrintable(algorithmKey(algorithm)),
                  timer.elapsed());
            QCOMPARE(qulonglong(sink.count()), itemsets);
        }
    }
};

QTEST_GUILESS_MAIN(TestItemsetMining)
#include "test_itemsetmining.moc"
