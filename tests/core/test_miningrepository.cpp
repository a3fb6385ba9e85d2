#include "FixedClock.h"
#include "StageCanceller.h"
#include "TempDatabase.h"
#include "mining/MiningService.h"
#include "storage/CustomerRepository.h"
#include "storage/MiningRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace rapport;
using core::RowId;
using core::mining::BasketQuery;
using core::mining::BasketSet;
using core::mining::BasketUnit;
using core::mining::ItemLevel;
using core::mining::Rule;
using rapport::testing::StageCanceller;

// The shop every test works on (dates in 2024; "x" marks what must not count):
//   products 啤酒 beer, 牛奶 milk (饮料); 尿布 diapers (母婴); 薯片 chips (零食);
//   面包 bread (no category); x 辣条 (零食) and x 积木 (玩具), deleted after use.
//   O1  01-05 Ann   beer diapers chips       O7  03-10 Chen  bread 辣条x
//   O2  01-10 Bo    beer diapers chips       O8  04-01 Dai   积木x (nothing left)
//   O3  02-01 Chen  beer diapers             O9  04-05 Chen  chips (order deleted)
//   O4  02-15 Ann   milk bread               O10 05-01 Fay   beer diapers (Fay deleted)
//   O5  03-01 Dai   beer diapers chips 辣条x  O11 05-02 Eve   beer diapers (cancelled)
//   O6  03-05 Bo    milk chips (cancelled)   O12 05-03 Eve   milk
// So one basket per order gives 8 baskets: beer and diapers in 5, chips in 3,
// all three in 3; "beer, diapers ⇒ chips" has support 3/8, confidence 3/5,
// lift 0.6 / (3/8) = 1.6, leverage 3/8 - 5/8 * 3/8 = 0.140625 and conviction
// (1 - 3/8) / (1 - 0.6) = 1.5625.
namespace {

// Baskets as text: each basket's labels sorted and joined with "+", baskets in
// their order, joined with " | ".
QString basketsText(const BasketSet& baskets)
{
    QStringList out;
    for (std::size_t b = 0; b < baskets.basketCount(); ++b) {
        QStringList labels;
        for (auto item : baskets.basket(b))
            labels << baskets.labels.at(qsizetype(item));
        labels.sort();
        out << labels.join(QLatin1Char('+'));
    }
    return out.join(QStringLiteral(" | "));
}

QStringList names(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

QString normalized(const QString& text)
{
    QStringList out;
    const QStringList baskets = text.split(QStringLiteral(" | "));
    for (const QString& basket : baskets) {
        QStringList labels = basket.split(QLatin1Char('+'));
        labels.sort();
        out << labels.join(QLatin1Char('+'));
    }
    return out.join(QStringLiteral(" | "));
}

Rule rule(std::vector<core::mining::Item> antecedent, std::vector<core::mining::Item> consequent,
          core::mining::Support count, double support, double confidence, double lift,
          double leverage, double conviction)
{
    Rule r;
    r.antecedent = std::move(antecedent);
    r.consequent = std::move(consequent);
    r.count = count;
    r.support = support;
    r.confidence = confidence;
    r.lift = lift;
    r.leverage = leverage;
    r.conviction = conviction;
    return r;
}

} // namespace

class TestMiningRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;
    std::unique_ptr<core::ChangeHub> m_hub;
    QHash<QString, RowId> m_customer; // by name
    QHash<QString, RowId> m_product;  // by Chinese name

    core::MiningRepository repository()
    {
        return core::MiningRepository(m_temp->connection(), m_hub.get(), *m_clock);
    }

    RowId customer(const QString& name)
    {
        core::Customer c;
        c.name = name;
        auto id = core::CustomerRepository(m_temp->connection(), nullptr, *m_clock).create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        m_customer.insert(name, *id);
        return *id;
    }

    RowId product(const QString& name, const QString& category)
    {
        core::Product p;
        p.sku = QStringLiteral("SKU-%1").arg(m_product.size() + 1);
        p.name = name;
        p.category = category;
        p.price.minor = 1000;
        auto id = core::ProductRepository(m_temp->connection(), nullptr, *m_clock).create(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        m_product.insert(name, *id);
        return *id;
    }

    RowId order(const QString& date, const QString& who, const QStringList& products,
                core::OrderStatus status = core::OrderStatus::Paid)
    {
        core::Order o;
        o.customerId = m_customer.value(who);
        o.orderedOn = QDate::fromString(date, Qt::ISODate);
        o.status = status;
        for (const QString& name : products) {
            core::OrderLine line;
            line.productId = m_product.value(name);
            line.quantity = 1;
            line.unitPriceMinor = 1000;
            o.lines << line;
        }
        auto id = core::OrderRepository(m_temp->connection(), nullptr, *m_clock).create(o);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    QStringList customerNames(const QList<RowId>& ids) const
    {
        QStringList names;
        for (RowId id : ids)
            names << m_customer.key(id);
        return names;
    }

    // The shop's items as saveRun() sees them: keys are product ids, and 辣条
    // (deleted) is there so a rule can name it.
    BasketSet productItems() const
    {
        BasketSet items;
        for (const char* name : {"啤酒", "尿布", "薯片", "牛奶", "面包", "辣条"}) {
            const QString label = QString::fromUtf8(name);
            items.labels << label;
            items.keys.push_back(m_product.value(label));
        }
        return items;
    }
    enum ProductItem : core::mining::Item { Beer, Diapers, Chips, Milk, Bread, Ghost };

    RowId saveProductRun(const std::vector<Rule>& rules)
    {
        core::mining::MiningRun run;
        run.transactions = 8;
        run.items = 5;
        auto id = repository().saveRun(run, rules, productItems());
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        m_clock->advanceSecs(60);
        return *id;
    }

    RowId ruleId(RowId runId, const QString& text)
    {
        const auto rules = repository().rules(runId);
        for (const auto& r : *rules) {
            if (r.text() == text)
                return r.id;
        }
        qFatal("no rule %s", qPrintable(text));
    }

    int runCount()
    {
        auto n = core::sql::scalar(m_temp->connection(),
                                   QStringLiteral("SELECT count(*) FROM mining_runs"));
        return n ? n->toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<testing::FixedClock>(
            QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()));
        m_hub = std::make_unique<core::ChangeHub>();
        m_customer.clear();
        m_product.clear();
        for (const char* name : {"Ann", "Bo", "Chen", "Dai", "Eve", "Fay"})
            customer(QString::fromUtf8(name));
        const QString drinks = QStringLiteral("饮料");
        const QString snacks = QStringLiteral("零食");
        product(QStringLiteral("啤酒"), drinks);
        product(QStringLiteral("尿布"), QStringLiteral("母婴"));
        product(QStringLiteral("薯片"), snacks);
        product(QStringLiteral("牛奶"), drinks);
        product(QStringLiteral("面包"), QString());
        product(QStringLiteral("辣条"), snacks);
        product(QStringLiteral("积木"), QStringLiteral("玩具"));

        const QString beer = QStringLiteral("啤酒"), diapers = QStringLiteral("尿布"),
                      chips = QStringLiteral("薯片"), milk = QStringLiteral("牛奶"),
                      bread = QStringLiteral("面包"), ghost = QStringLiteral("辣条"),
                      toy = QStringLiteral("积木");
        const QString ann = QStringLiteral("Ann"), bo = QStringLiteral("Bo"),
                      chen = QStringLiteral("Chen"), dai = QStringLiteral("Dai"),
                      eve = QStringLiteral("Eve"), fay = QStringLiteral("Fay");
        using core::OrderStatus;
        order(QStringLiteral("2024-01-05"), ann, {beer, diapers, chips});
        order(QStringLiteral("2024-01-10"), bo, {beer, diapers, chips});
        order(QStringLiteral("2024-02-01"), chen, {beer, diapers});
        order(QStringLiteral("2024-02-15"), ann, {milk, bread});
        // A product twice in one order still counts once.
        order(QStringLiteral("2024-03-01"), dai, {beer, diapers, chips, ghost, beer});
        order(QStringLiteral("2024-03-05"), bo, {milk, chips}, OrderStatus::Cancelled);
        order(QStringLiteral("2024-03-10"), chen, {bread, ghost}, OrderStatus::Shipped);
        order(QStringLiteral("2024-04-01"), dai, {toy});
        const RowId deletedOrder = order(QStringLiteral("2024-04-05"), chen, {chips});
        order(QStringLiteral("2024-05-01"), fay, {beer, diapers}, OrderStatus::Open);
        order(QStringLiteral("2024-05-02"), eve, {beer, diapers}, OrderStatus::Cancelled);
        order(QStringLiteral("2024-05-03"), eve, {milk});

        const auto db = m_temp->connection();
        QVERIFY(core::OrderRepository(db, nullptr, *m_clock).remove(deletedOrder));
        QVERIFY(core::ProductRepository(db, nullptr, *m_clock).remove(m_product.value(ghost)));
        QVERIFY(core::ProductRepository(db, nullptr, *m_clock).remove(m_product.value(toy)));
        QVERIFY(core::CustomerRepository(db, nullptr, *m_clock).remove(m_customer.value(fay)));
    }

    void cleanup()
    {
        m_hub.reset();
        m_temp.reset();
    }

    void loadsBaskets_data()
    {
        QTest::addColumn<BasketUnit>("unit");
        QTest::addColumn<ItemLevel>("level");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("expected");
        const QString none = core::MiningRepository::noCategoryLabel();
        QTest::addRow("orders, products")
            << BasketUnit::Order << ItemLevel::Product << QDate() << QDate()
            << "啤酒+尿布+薯片 | 啤酒+尿布+薯片 | 啤酒+尿布 | 牛奶+面包 | 啤酒+尿布+薯片 | 面包 | "
               "啤酒+尿布 | 牛奶";
        QTest::addRow("customers, products")
            << BasketUnit::Customer << ItemLevel::Product << QDate() << QDate()
            << "啤酒+尿布+薯片+牛奶+面包 | 啤酒+尿布+薯片 | 啤酒+尿布+面包 | 啤酒+尿布+薯片 | 牛奶 "
               "| 啤酒+尿布";
        QTest::addRow("orders, categories")
            << BasketUnit::Order << ItemLevel::Category << QDate() << QDate()
            << QStringLiteral("饮料+母婴+零食 | 饮料+母婴+零食 | 饮料+母婴 | 饮料+%1 | "
                              "饮料+母婴+零食 | %1 | 饮料+母婴 | 饮料")
                   .arg(none);
        QTest::addRow("customers, categories")
            << BasketUnit::Customer << ItemLevel::Category << QDate() << QDate()
            << QStringLiteral(
                   "饮料+母婴+零食+%1 | 饮料+母婴+零食 | 饮料+母婴+%1 | 饮料+母婴+零食 | "
                   "饮料 | 饮料+母婴")
                   .arg(none);
        QTest::addRow("period") << BasketUnit::Order << ItemLevel::Product << QDate(2024, 2, 1)
                                << QDate(2024, 3, 10)
                                << "啤酒+尿布 | 牛奶+面包 | 啤酒+尿布+薯片 | 面包";
        QTest::addRow("from only") << BasketUnit::Order << ItemLevel::Product << QDate(2024, 4, 1)
                                   << QDate() << "啤酒+尿布 | 牛奶";
        QTest::addRow("to only") << BasketUnit::Order << ItemLevel::Product << QDate()
                                 << QDate(2024, 1, 10) << "啤酒+尿布+薯片 | 啤酒+尿布+薯片";
        QTest::addRow("customers in a period")
            << BasketUnit::Customer << ItemLevel::Product << QDate(2024, 1, 6) << QDate(2024, 3, 31)
            << "牛奶+面包 | 啤酒+尿布+薯片 | 啤酒+尿布+面包 | 啤酒+尿布+薯片";
    }

    void loadsBaskets()
    {
        QFETCH(BasketUnit, unit);
        QFETCH(ItemLevel, level);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, expected);
        BasketQuery query;
        query.unit = unit;
        query.level = level;
        if (from.isValid())
            query.from = from;
        if (to.isValid())
            query.to = to;
        core::SilentProgress progress;
        auto baskets = repository().loadBaskets(query, progress);
        QVERIFY2(baskets, qPrintable(baskets.error().message));
        QCOMPARE(basketsText(*baskets), normalized(expected));

        // Dense items, each in some basket, none twice in a basket, and keys
        // for every item.
        QCOMPARE(baskets->keys.size(), baskets->itemCount());
        std::vector<int> seen(baskets->itemCount(), 0);
        for (std::size_t b = 0; b < baskets->basketCount(); ++b) {
            const auto basket = baskets->basket(b);
            QVERIFY(!basket.empty());
            QVERIFY(std::adjacent_find(basket.begin(), basket.end()) == basket.end());
            QVERIFY(std::is_sorted(basket.begin(), basket.end()));
            for (auto item : basket)
                ++seen[item];
        }
        QVERIFY(std::find(seen.begin(), seen.end(), 0) == seen.end());
        QVERIFY(!baskets->labels.contains(QStringLiteral("辣条")));
        QVERIFY(!baskets->labels.contains(QStringLiteral("积木")));
        QVERIFY(!baskets->labels.contains(QStringLiteral("玩具")));
    }

    void keysNameProductsAndCategories()
    {
        core::SilentProgress progress;
        BasketQuery query;
        auto products = repository().loadBaskets(query, progress);
        QVERIFY(products);
        // Items in product id order, keyed by product id.
        QCOMPARE(products->labels, QStringList({QStringLiteral("啤酒"), QStringLiteral("尿布"),
                                                QStringLiteral("薯片"), QStringLiteral("牛奶"),
                                                QStringLiteral("面包")}));
        for (std::size_t i = 0; i < products->itemCount(); ++i)
            QCOMPARE(products->keys[i], m_product.value(products->labels.at(qsizetype(i))));

        query.level = ItemLevel::Category;
        auto categories = repository().loadBaskets(query, progress);
        QVERIFY(categories);
        // Sorted by name (the empty one first), keyed by that position.
        QCOMPARE(categories->labels,
                 QStringList({core::MiningRepository::noCategoryLabel(), QStringLiteral("母婴"),
                              QStringLiteral("零食"), QStringLiteral("饮料")}));
        QCOMPARE(categories->keys, std::vector<std::int64_t>({0, 1, 2, 3}));
    }

    void loadingReportsAndCancels()
    {
        StageCanceller watcher({});
        auto baskets = repository().loadBaskets({}, watcher);
        QVERIFY(baskets);
        QCOMPARE(watcher.stages(), QStringList{QStringLiteral("Loading the orders")});

        StageCanceller canceller(QStringLiteral("Loading the orders"));
        auto none = repository().loadBaskets({}, canceller);
        QVERIFY(!none);
        QCOMPARE(none.error().code, core::Error::Code::Cancelled);
    }

    void savesAndReadsRuns()
    {
        core::SilentProgress progress;
        BasketQuery query;
        query.unit = BasketUnit::Customer;
        query.from = QDate(2024, 1, 1);
        query.to = QDate(2024, 12, 31);
        auto baskets = repository().loadBaskets(query, progress);
        QVERIFY(baskets);

        core::mining::MiningRun run;
        run.baskets = query;
        run.mining.algorithm = core::mining::Algorithm::Eclat;
        run.mining.minSupport = 0.25;
        run.mining.minCount = 2;
        run.mining.maxSize = 4;
        run.mining.kind = core::mining::ItemsetKind::Closed;
        run.rules.minConfidence = 0.55;
        run.rules.minLift = 1.1;
        run.rules.maxAntecedent = 3;
        run.rules.maxConsequent = 2;
        run.transactions = baskets->basketCount();
        run.items = baskets->itemCount();
        run.itemsets = 17;
        run.seconds = 0.25;
        const double inf = std::numeric_limits<double>::infinity();
        const std::vector<Rule> rules{
            rule({Beer, Diapers}, {Chips}, 3, 0.375, 0.6, 1.6, 0.140625, 1.5625),
            rule({Chips}, {Beer}, 3, 0.375, 1.0, 1.6, 0.140625, inf),
            rule({Milk}, {Bread, Beer}, 1, 0.125, 0.5, 1.2, 0.02, 1.25),
        };

        QSignalSpy changed(m_hub.get(), &core::ChangeHub::changed);
        auto id = repository().saveRun(run, rules, *baskets);
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<core::Entity>(), core::Entity::MiningRun);
        QCOMPARE(changed[0][1].toLongLong(), *id);

        auto stored = repository().run(*id);
        QVERIFY2(stored, qPrintable(stored.error().message));
        QCOMPARE(stored->id, *id);
        QCOMPARE(stored->createdAt, m_clock->nowUtc());
        QCOMPARE(stored->baskets.unit, BasketUnit::Customer);
        QCOMPARE(stored->baskets.level, ItemLevel::Product);
        QVERIFY(stored->baskets.from && stored->baskets.to);
        QCOMPARE(*stored->baskets.from, QDate(2024, 1, 1));
        QCOMPARE(*stored->baskets.to, QDate(2024, 12, 31));
        QCOMPARE(stored->mining.algorithm, core::mining::Algorithm::Eclat);
        QCOMPARE(stored->mining.minSupport, 0.25);
        QCOMPARE(stored->mining.minCount, core::mining::Support(2));
        QCOMPARE(stored->mining.maxSize, 4);
        QCOMPARE(stored->mining.kind, core::mining::ItemsetKind::Closed);
        QCOMPARE(stored->rules.minConfidence, 0.55);
        QCOMPARE(stored->rules.minLift, 1.1);
        QCOMPARE(stored->rules.maxAntecedent, 3);
        QCOMPARE(stored->rules.maxConsequent, 2);
        QCOMPARE(stored->transactions, std::size_t(6));
        QCOMPARE(stored->items, std::size_t(5));
        QCOMPARE(stored->itemsets, std::size_t(17));
        QCOMPARE(stored->ruleCount, std::size_t(3));
        QCOMPARE(stored->seconds, 0.25);
        QCOMPARE(*repository().categories(*id), QStringList());

        // By lift, then confidence.
        auto read = repository().rules(*id);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read->size(), 3);
        QCOMPARE(read->at(0).text(), QStringLiteral("薯片 ⇒ 啤酒"));
        QCOMPARE(read->at(0).conviction, inf);
        const core::mining::StoredRule& r = read->at(1);
        QCOMPARE(r.text(), QStringLiteral("啤酒, 尿布 ⇒ 薯片"));
        QCOMPARE(r.runId, *id);
        QCOMPARE(r.antecedentKeys, QList<std::int64_t>({m_product.value(QStringLiteral("啤酒")),
                                                        m_product.value(QStringLiteral("尿布"))}));
        QCOMPARE(r.consequentKeys, QList<std::int64_t>({m_product.value(QStringLiteral("薯片"))}));
        QCOMPARE(r.count, core::mining::Support(3));
        QCOMPARE(r.support, 0.375);
        QCOMPARE(r.confidence, 0.6);
        QCOMPARE(r.lift, 1.6);
        QCOMPARE(r.leverage, 0.140625);
        QCOMPARE(r.conviction, 1.5625);
        QCOMPARE(read->at(2).text(), QStringLiteral("牛奶 ⇒ 面包, 啤酒"));
        auto one = repository().rule(r.id);
        QVERIFY(one);
        QCOMPARE(one->text(), r.text());
        QCOMPARE(repository().rule(r.id + 100).error().code, core::Error::Code::NotFound);

        // A later run comes first; removing a run takes its rules along.
        m_clock->advanceSecs(3600);
        run.mining.kind = core::mining::ItemsetKind::All;
        auto second = repository().saveRun(run, {}, *baskets);
        QVERIFY(second);
        auto all = repository().runs();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, *second);
        QCOMPARE(all->at(0).ruleCount, std::size_t(0));
        QCOMPARE(all->at(1).id, *id);
        QCOMPARE((*repository().latestRun())->id, *second);
        QVERIFY(repository().removeRun(*id));
        QCOMPARE(repository().rules(*id)->size(), 0);
        QCOMPARE(repository().runs()->size(), 1);
        QCOMPARE(repository().removeRun(*id).error().code, core::Error::Code::NotFound);
        QCOMPARE(repository().run(*id).error().code, core::Error::Code::NotFound);
    }

    void savesTheCategoriesOfACategoryRun()
    {
        core::SilentProgress progress;
        BasketQuery query;
        query.level = ItemLevel::Category;
        auto baskets = repository().loadBaskets(query, progress);
        QVERIFY(baskets);
        core::mining::MiningRun run;
        run.baskets = query;
        // 母婴 ⇒ 零食: baby goods in 5 baskets, snacks in 3, both in 3.
        auto id = repository().saveRun(run, {rule({1}, {2}, 3, 0.375, 0.6, 1.6, 0.140625, 1.5625)},
                                       *baskets);
        QVERIFY2(id, qPrintable(id.error().message));
        // The empty category keeps its real (empty) name, so keys resolve in SQL.
        QCOMPARE(*repository().categories(*id),
                 QStringList({QString(), QStringLiteral("母婴"), QStringLiteral("零食"),
                              QStringLiteral("饮料")}));
        auto rules = repository().rules(*id);
        QCOMPARE(rules->size(), 1);
        QCOMPARE(rules->first().text(), QStringLiteral("母婴 ⇒ 零食"));
        QCOMPARE(rules->first().antecedentKeys, QList<std::int64_t>{1});
    }

    void cancelledSaveLeavesNothing()
    {
        StageCanceller canceller({});
        canceller.cancel();
        auto id = repository().saveRun({}, {rule({Beer}, {Chips}, 3, 0.375, 0.6, 1.6, 0.1, 1.5)},
                                       productItems(), canceller);
        QVERIFY(!id);
        QCOMPARE(id.error().code, core::Error::Code::Cancelled);
        QCOMPARE(runCount(), 0);
        // A rule naming an item the baskets do not have is refused, with nothing kept.
        auto bad = repository().saveRun({}, {rule({Beer}, {42}, 3, 0.375, 0.6, 1.6, 0.1, 1.5)},
                                        productItems());
        QCOMPARE(bad.error().code, core::Error::Code::InvalidArgument);
        QCOMPARE(runCount(), 0);
    }

    void findsRuleTargets_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("targets");
        // Ann and Bo hold chips; Chen's chips were in a deleted order; Dai
        // holds chips; Fay is deleted; Eve's beer was cancelled.
        QTest::addRow("beer, diapers => chips") << "啤酒, 尿布 ⇒ 薯片" << names({"Chen"});
        QTest::addRow("chips => beer") << "薯片 ⇒ 啤酒" << QStringList{};
        // Bo's milk was cancelled.
        QTest::addRow("milk => beer") << "牛奶 ⇒ 啤酒" << names({"Eve"});
        QTest::addRow("bread => chips") << "面包 ⇒ 薯片" << names({"Chen"});
        QTest::addRow("diapers => milk") << "尿布 ⇒ 牛奶" << names({"Bo", "Chen", "Dai"});
        // Nobody can hold a deleted product.
        QTest::addRow("ghost => beer") << "辣条 ⇒ 啤酒" << QStringList{};
    }

    void findsRuleTargets()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, targets);
        const RowId run = saveProductRun({
            ::rule({Beer, Diapers}, {Chips}, 3, 0.375, 0.6, 1.6, 0.140625, 1.5625),
            ::rule({Chips}, {Beer}, 3, 0.375, 1, 1.6, 0.140625, 0),
            ::rule({Milk}, {Beer}, 1, 0.125, 0.5, 0.8, -0.03, 0.75),
            ::rule({Bread}, {Chips}, 1, 0.125, 0.5, 1.3, 0.03, 1.25),
            ::rule({Diapers}, {Milk}, 1, 0.125, 0.2, 0.8, -0.03, 0.9),
            ::rule({Ghost}, {Beer}, 2, 0.25, 1, 1.6, 0.1, 0),
        });
        auto found = repository().ruleTargets(ruleId(run, rule));
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(customerNames(*found), targets);
    }

    void findsCategoryRuleTargets_data()
    {
        QTest::addColumn<core::mining::Item>("antecedent");
        QTest::addColumn<core::mining::Item>("consequent");
        QTest::addColumn<QStringList>("targets");
        // Items: 0 no category, 1 母婴, 2 零食, 3 饮料. Chen's 辣条 (零食) is a
        // deleted product and their chips were in a deleted order.
        QTest::addRow("baby => snacks")
            << core::mining::Item(1) << core::mining::Item(2) << names({"Chen"});
        QTest::addRow("no category => snacks")
            << core::mining::Item(0) << core::mining::Item(2) << names({"Chen"});
        QTest::addRow("drinks => no category")
            << core::mining::Item(3) << core::mining::Item(0) << names({"Bo", "Dai", "Eve"});
    }

    void findsCategoryRuleTargets()
    {
        QFETCH(core::mining::Item, antecedent);
        QFETCH(core::mining::Item, consequent);
        QFETCH(QStringList, targets);
        core::SilentProgress progress;
        BasketQuery query;
        query.level = ItemLevel::Category;
        auto baskets = repository().loadBaskets(query, progress);
        QVERIFY(baskets);
        core::mining::MiningRun run;
        run.baskets = query;
        auto id = repository().saveRun(
            run, {rule({antecedent}, {consequent}, 1, 0.125, 0.5, 1.1, 0.01, 1.1)}, *baskets);
        QVERIFY(id);
        auto found = repository().ruleTargets(repository().rules(*id)->first().id);
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(customerNames(*found), targets);
        QCOMPARE(repository().ruleTargets(12345).error().code, core::Error::Code::NotFound);
    }

    void recommends_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected"); // "product: rule"
        // Chen holds beer, diapers and bread: bread ⇒ milk (lift 2) wins over
        // the chips rules (1.6), of which the more confident one is the
        // reason; bread ⇒ 辣条 would be best but 辣条 is deleted.
        QTest::addRow("Chen") << "Chen" << 5
                              << names({"牛奶: 面包 ⇒ 牛奶", "薯片: 啤酒, 尿布 ⇒ 薯片"});
        QTest::addRow("Chen, one") << "Chen" << 1 << names({"牛奶: 面包 ⇒ 牛奶"});
        QTest::addRow("Eve") << "Eve" << 5 << names({"面包: 牛奶 ⇒ 面包"});
        // Fay's history satisfies the chips rules (the card of a deleted
        // customer can still be looked at).
        QTest::addRow("Fay") << "Fay" << 5 << names({"薯片: 啤酒, 尿布 ⇒ 薯片"});
        QTest::addRow("Ann has it all") << "Ann" << 5 << QStringList{};
        // Bo holds chips, the consequent of both chips rules.
        QTest::addRow("Bo") << "Bo" << 5 << QStringList{};
        QTest::addRow("no limit") << "Chen" << 0 << QStringList{};
    }

    void recommends()
    {
        QFETCH(QString, customer);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        // An older run that would say otherwise is not used.
        saveProductRun({::rule({Beer}, {Milk}, 1, 0.125, 0.5, 9, 0.1, 1.5)});
        saveProductRun({
            ::rule({Beer, Diapers}, {Chips}, 3, 0.375, 0.6, 1.6, 0.140625, 1.5625),
            ::rule({Diapers}, {Chips}, 3, 0.375, 0.55, 1.6, 0.140625, 1.4),
            ::rule({Chips}, {Beer}, 3, 0.375, 1, 1.6, 0.140625, 0),
            ::rule({Milk}, {Bread}, 1, 0.125, 0.5, 2, 0.0625, 1.5),
            ::rule({Bread}, {Milk}, 1, 0.125, 0.5, 2, 0.0625, 1.5),
            ::rule({Bread}, {Ghost}, 1, 0.125, 0.5, 4, 0.1, 2),
        });
        auto offers = repository().alsoBuys(m_customer.value(customer), limit);
        QVERIFY2(offers, qPrintable(offers.error().message));
        QStringList got;
        for (const auto& offer : *offers) {
            got << offer.productName + QStringLiteral(": ") + offer.reason.text();
            QCOMPARE(offer.productId, m_product.value(offer.productName));
        }
        QCOMPARE(got, expected);
    }

    void recommendsNothingFromACategoryRun()
    {
        saveProductRun({::rule({Bread}, {Milk}, 1, 0.125, 0.5, 2, 0.0625, 1.5)});
        QCOMPARE(repository().alsoBuys(m_customer.value(QStringLiteral("Chen")))->size(), 1);
        core::SilentProgress progress;
        BasketQuery query;
        query.level = ItemLevel::Category;
        auto baskets = repository().loadBaskets(query, progress);
        core::mining::MiningRun run;
        run.baskets = query;
        QVERIFY(
            repository().saveRun(run, {rule({0}, {3}, 1, 0.125, 0.5, 1.1, 0.01, 1.1)}, *baskets));
        QCOMPARE(repository().alsoBuys(m_customer.value(QStringLiteral("Chen")))->size(), 0);
    }

    void minesEndToEnd_data()
    {
        QTest::addColumn<core::mining::Algorithm>("algorithm");
        QTest::addColumn<core::mining::ItemsetKind>("kind");
        QTest::addColumn<int>("itemsets");
        using core::mining::Algorithm;
        using core::mining::ItemsetKind;
        // Frequent at 3 of 8 baskets: beer 5, diapers 5, chips 3 and every
        // combination of them: {beer, diapers} is closed (5), and so is the
        // triple (3), which is also the only maximal one.
        QTest::addRow("apriori") << Algorithm::Apriori << ItemsetKind::All << 7;
        QTest::addRow("eclat") << Algorithm::Eclat << ItemsetKind::All << 7;
        QTest::addRow("fpgrowth") << Algorithm::FpGrowth << ItemsetKind::All << 7;
        QTest::addRow("closed") << Algorithm::FpGrowth << ItemsetKind::Closed << 2;
        QTest::addRow("maximal") << Algorithm::Eclat << ItemsetKind::Maximal << 1;
    }

    void minesEndToEnd()
    {
        QFETCH(core::mining::Algorithm, algorithm);
        QFETCH(core::mining::ItemsetKind, kind);
        QFETCH(int, itemsets);
        core::mining::MiningOptions mining;
        mining.algorithm = algorithm;
        mining.minSupport = 0.3; // ceil(2.4) = 3 baskets
        mining.kind = kind;
        core::mining::RuleOptions rules;
        rules.minConfidence = 0.6;
        StageCanceller progress({});
        QSignalSpy changed(m_hub.get(), &core::ChangeHub::changed);
        auto run =
            core::mining::runMining(m_temp->connection(), {}, mining, rules, progress, m_hub.get());
        QVERIFY2(run, qPrintable(run.error().message));
        QVERIFY(run->id > 0);
        QCOMPARE(run->transactions, std::size_t(8));
        QCOMPARE(run->items, std::size_t(5));
        QCOMPARE(run->itemsets, std::size_t(itemsets));
        // Every rule among beer, diapers and chips with confidence >= 0.6:
        // six with one item each side, three with two in the antecedent.
        QCOMPARE(run->ruleCount, std::size_t(9));
        QCOMPARE(run->mining.algorithm, algorithm);
        QCOMPARE(run->mining.kind, kind);
        QCOMPARE(run->createdAt.isValid(), true);
        QVERIFY(run->seconds >= 0);
        QCOMPARE(changed.size(), 1);
        for (const char* stage : {"Loading the orders", "Finding frequent itemsets",
                                  "Deriving rules", "Saving the rules"})
            QVERIFY2(progress.stages().contains(QLatin1String(stage)), stage);

        auto stored = repository().rules(run->id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 9);
        const auto it = std::find_if(stored->begin(), stored->end(), [](const auto& r) {
            return r.text() == QStringLiteral("啤酒, 尿布 ⇒ 薯片");
        });
        QVERIFY(it != stored->end());
        QCOMPARE(it->count, core::mining::Support(3));
        QCOMPARE(it->support, 0.375);
        QCOMPARE(it->confidence, 0.6);
        QVERIFY(qFuzzyCompare(it->lift, 1.6));
        QVERIFY(qFuzzyCompare(it->leverage, 0.140625));
        QVERIFY(qFuzzyCompare(it->conviction, 1.5625));
        // chips ⇒ beer always holds.
        const auto sure = std::find_if(stored->begin(), stored->end(), [](const auto& r) {
            return r.text() == QStringLiteral("薯片 ⇒ 啤酒");
        });
        QVERIFY(sure != stored->end());
        QCOMPARE(sure->confidence, 1.0);
        QVERIFY(std::isinf(sure->conviction));
        auto targets = repository().ruleTargets(it->id);
        QVERIFY2(targets, qPrintable(targets.error().message));
        QCOMPARE(customerNames(*targets), names({"Chen"}));
    }

    void refusesAnEmptyPeriod()
    {
        BasketQuery query;
        query.from = QDate(2030, 1, 1);
        core::SilentProgress progress;
        auto run = core::mining::runMining(m_temp->connection(), query, {}, {}, progress);
        QVERIFY(!run);
        QCOMPARE(run.error().code, core::Error::Code::Validation);
        QCOMPARE(runCount(), 0);
    }

    // Timing on a big file (`RAPPORT_MINING_DB=/path/big.db`), not part of the
    // suite: loading the baskets of ten million order lines must take seconds.
    void loadsABigFileQuickly_data()
    {
        QTest::addColumn<BasketUnit>("unit");
        QTest::addColumn<ItemLevel>("level");
        QTest::addColumn<bool>("period");
        QTest::addRow("orders") << BasketUnit::Order << ItemLevel::Product << false;
        QTest::addRow("orders in a period") << BasketUnit::Order << ItemLevel::Product << true;
        QTest::addRow("customers") << BasketUnit::Customer << ItemLevel::Product << false;
        QTest::addRow("order categories") << BasketUnit::Order << ItemLevel::Category << false;
    }

    void loadsABigFileQuickly()
    {
        QFETCH(BasketUnit, unit);
        QFETCH(ItemLevel, level);
        QFETCH(bool, period);
        const QString path = qEnvironmentVariable("RAPPORT_MINING_DB");
        if (path.isEmpty())
            QSKIP("set RAPPORT_MINING_DB to a big database to time loading");
        auto db = core::Database::open(path);
        QVERIFY2(db, qPrintable(db.error().message));
        BasketQuery query;
        query.unit = unit;
        query.level = level;
        if (period) {
            query.from = QDate(2021, 1, 1);
            query.to = QDate(2021, 12, 31);
        }
        core::SilentProgress progress;
        QElapsedTimer timer;
        timer.start();
        auto baskets = core::MiningRepository(db->connection()).loadBaskets(query, progress);
        QVERIFY2(baskets, qPrintable(baskets.error().message));
        qInfo("%zu baskets, %zu items, %zu entries in %.2f s", baskets->basketCount(),
              baskets->itemCount(), baskets->items.size(), double(timer.elapsed()) / 1000);
    }

    void cancelLeavesNoRun_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addRow("loading") << "Loading the orders";
        QTest::addRow("mining") << "Finding frequent itemsets";
        QTest::addRow("rules") << "Deriving rules";
        QTest::addRow("saving") << "Saving the rules";
    }

    void cancelLeavesNoRun()
    {
        QFETCH(QString, stage);
        core::mining::MiningOptions mining;
        mining.minSupport = 0.25;
        StageCanceller canceller(stage);
        QSignalSpy changed(m_hub.get(), &core::ChangeHub::changed);
        auto run =
            core::mining::runMining(m_temp->connection(), {}, mining, {}, canceller, m_hub.get());
        QVERIFY(!run);
        QCOMPARE(run.error().code, core::Error::Code::Cancelled);
        QCOMPARE(runCount(), 0);
        auto rules = core::sql::scalar(m_temp->connection(),
                                       QStringLiteral("SELECT count(*) FROM association_rules"));
        QCOMPARE(rules->toInt(), 0);
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMiningRepository)
#include "test_miningrepository.moc"
