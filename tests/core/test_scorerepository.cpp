// Customer value from a real database: the purchase histories read from the
// orders (what counts, what does not), a whole scoring run on a demo shop
// stored and read back, and a cancelled run that leaves the old scores.

#include "../support/FixedClock.h"
#include "../support/StageCanceller.h"
#include "../support/TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "storage/CustomerRepository.h"
#include "storage/MiningRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"
#include "storage/ScoreRepository.h"
#include "storage/Sql.h"
#include "value/Features.h"
#include "value/ScoringService.h"
#include "value/ValueJson.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace rapport;
using core::RowId;
using rapport::testing::TempDatabase;

class TestScoreRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<rapport::testing::FixedClock> m_clock;

    RowId customer(const QString& name)
    {
        core::Customer c;
        c.name = name;
        auto id = core::CustomerRepository(m_temp->connection(), nullptr, *m_clock).create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    RowId product(const QString& name, const QString& category)
    {
        static int sku = 0;
        core::Product p;
        p.sku = QStringLiteral("V-%1").arg(++sku);
        p.name = name;
        p.category = category;
        auto id = core::ProductRepository(m_temp->connection(), nullptr, *m_clock).create(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    RowId order(RowId who, const QString& date, QList<QPair<RowId, qint64>> lines,
                core::OrderStatus status = core::OrderStatus::Paid)
    {
        core::Order o;
        o.customerId = who;
        o.orderedOn = QDate::fromString(date, Qt::ISODate);
        o.status = status;
        for (const auto& [productId, minor] : lines) {
            core::OrderLine line;
            line.productId = productId;
            line.quantity = 1;
            line.unitPriceMinor = minor;
            o.lines << line;
        }
        auto id = core::OrderRepository(m_temp->connection(), nullptr, *m_clock).create(o);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    void generateDemo(std::int64_t customers)
    {
        core::DemoOptions options;
        options.customers = customers;
        options.seed = 5;
        core::SilentProgress progress;
        auto report = core::DemoGenerator::generate(m_temp->connection(), options, progress);
        QVERIFY2(report, qPrintable(report.error().message));
    }

    qint64 count(const QString& sql)
    {
        auto n = core::sql::scalar(m_temp->connection(), sql);
        return n ? n->toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<rapport::testing::FixedClock>(
            QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
    }

    void readsPurchaseHistoriesFromTheOrders()
    {
        const RowId ann = customer(QStringLiteral("Ann"));
        const RowId bo = customer(QStringLiteral("Bo"));
        const RowId gone = customer(QStringLiteral("Gone"));
        customer(QStringLiteral("Never bought"));
        const RowId beans = product(QStringLiteral("Beans"), QStringLiteral("Coffee"));
        const RowId cup = product(QStringLiteral("Cup"), QStringLiteral("Kitchen"));
        const RowId misc = product(QStringLiteral("Misc"), QString());
        // Ann: two orders on one day (one purchase day of 30 + 25), then a
        // cancelled order and a deleted one that do not count.
        order(ann, QStringLiteral("2024-03-01"), {{beans, 1000}, {cup, 2000}});
        order(ann, QStringLiteral("2024-03-01"), {{beans, 2500}});
        order(ann, QStringLiteral("2024-04-01"), {{cup, 9900}}, core::OrderStatus::Cancelled);
        const RowId deleted = order(ann, QStringLiteral("2024-05-01"), {{cup, 100}});
        QVERIFY(core::OrderRepository(m_temp->connection(), nullptr, *m_clock).remove(deleted));
        order(ann, QStringLiteral("2024-06-01"), {{cup, 500}, {misc, 400}});
        // Bo: a product deleted since still counts (the money was spent).
        order(bo, QStringLiteral("2024-02-10"), {{misc, 700}});
        QVERIFY(core::ProductRepository(m_temp->connection(), nullptr, *m_clock).remove(misc));
        // A deleted customer's orders are left out.
        order(gone, QStringLiteral("2024-02-11"), {{beans, 700}});
        QVERIFY(core::CustomerRepository(m_temp->connection(), nullptr, *m_clock).remove(gone));

        core::SilentProgress progress;
        auto history = core::ScoreRepository(m_temp->connection()).loadPurchases(progress);
        QVERIFY2(history, qPrintable(history.error().message));
        QCOMPARE(history->customerCount(), std::size_t(2));
        QCOMPARE(history->customerKeys, (std::vector<std::int64_t>{ann, bo}));
        QCOMPARE(history->days.size(), std::size_t(3));
        QCOMPARE(history->days[0], core::value::dayNumber(QDate(2024, 3, 1)));
        QCOMPARE(history->amounts[0], 55.0);
        QCOMPARE(history->amounts[1], 9.0);
        QCOMPARE(history->amounts[2], 7.0);
        // A day's main category is its largest order's (by spend within it):
        // 1 Mar: the 30.00 order (Kitchen 20 > Coffee 10), not the 25.00 one;
        // 1 Jun: Kitchen 5 > none 4; Bo: the product without a category.
        auto name = [&](std::size_t i) {
            return history->categoryNames.at(history->mainCategories[i]);
        };
        QCOMPARE(name(0), QStringLiteral("Kitchen"));
        QCOMPARE(name(1), QStringLiteral("Kitchen"));
        QCOMPARE(name(2), core::MiningRepository::noCategoryLabel());
    }

    // A whole run on a demo shop: every customer with a purchase gets one row,
    // in range, and the stored report reads back.
    void scoresADemoShop()
    {
        generateDemo(1500);
        core::ChangeHub hub;
        QSignalSpy changed(&hub, &core::ChangeHub::changed);
        core::SilentProgress progress;
        core::value::ValueOptions options;
        auto outcome = core::value::runScoring(m_temp->connection(), options, progress, &hub);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(changed.size(), 1);
        const qint64 buyers = count(QStringLiteral(
            "SELECT count(DISTINCT o.customer_id) FROM orders o JOIN customers c ON "
            "c.id = o.customer_id WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND "
            "c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = "
            "o.id)"));
        QVERIFY(buyers > 1000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_scores")), buyers);
        QCOMPARE(qint64(outcome->report.customers), buyers);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_scores WHERE p_alive IS NULL "
                                      "OR clv_minor IS NULL OR churn_risk IS NULL")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_scores WHERE "
                                      "run_id <> %1")
                           .arg(outcome->runId)),
                 0);

        core::ScoreRepository repository(m_temp->connection());
        auto run = repository.latestRun();
        QVERIFY(run && *run);
        QCOMPARE((*run)->id, outcome->runId);
        QCOMPARE((*run)->customers, buyers);
        QCOMPARE((*run)->asOf, QDate(2026, 6, 30));
        QCOMPARE((*run)->modelVersion, core::ScoreRepository::modelVersion());
        const QJsonObject& report = (*run)->report;
        qint64 inSegments = 0;
        const QJsonObject segments = report.value(QStringLiteral("segments")).toObject();
        for (auto it = segments.begin(); it != segments.end(); ++it) {
            inSegments += it.value().toInteger();
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM customer_scores WHERE segment = '%1'")
                          .arg(it.key())),
                it.value().toInteger());
        }
        QCOMPARE(inSegments, buyers);
        QCOMPARE(core::value::calibrationBinsFrom(report).size(), std::size_t(8));

        // One customer's row, read back.
        const RowId someone =
            count(QStringLiteral("SELECT customer_id FROM customer_scores ORDER BY clv_minor DESC "
                                 "LIMIT 1"));
        auto score = repository.score(someone);
        QVERIFY(score && *score);
        QVERIFY((*score)->pAlive >= 0 && (*score)->pAlive <= 1);
        QVERIFY((*score)->clvMinor > 0);
        QVERIFY((*score)->churnRisk);
        QVERIFY((*score)->r >= 1 && (*score)->r <= 5);
        QVERIFY((*score)->churnDriver.isEmpty()
                || core::value::featureColumnFromKey((*score)->churnDriver) >= 0);
        auto none = repository.score(999999);
        QVERIFY(none && !*none);
        auto members = repository.segmentMembers((*score)->segment);
        QVERIFY(members && members->contains(someone));
        // An order added after the run: the scores are behind by one.
        auto behind = repository.ordersAddedSince(**run);
        QVERIFY(behind);
        QCOMPARE(*behind, 0);
        order(someone, QStringLiteral("2026-07-02"),
              {{count(QStringLiteral("SELECT min(id) FROM products")), 1500}});
        behind = repository.ordersAddedSince(**run);
        QCOMPARE(*behind, 1);
        auto points = repository.valuePoints(200);
        QVERIFY(points && points->size() >= 150 && points->size() <= 400);
    }

    // A cancel while the scores are written keeps the previous run's scores.
    void cancelledRunKeepsTheOldScores()
    {
        generateDemo(600);
        core::SilentProgress progress;
        core::value::ValueOptions options;
        options.propensity = false;
        auto first = core::value::runScoring(m_temp->connection(), options, progress);
        QVERIFY2(first, qPrintable(first.error().message));
        const qint64 rows = count(QStringLiteral("SELECT count(*) FROM customer_scores"));
        QVERIFY(rows > 0);
        for (const QString& stage :
             {QStringLiteral("Saving the scores"), QStringLiteral("Computing lifetime values"),
              QStringLiteral("Loading the orders")}) {
            rapport::testing::StageCanceller cancel(stage);
            auto second = core::value::runScoring(m_temp->connection(), options, cancel);
            QVERIFY(!second);
            QCOMPARE(second.error().code, core::Error::Code::Cancelled);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM scoring_runs")), 1);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_scores WHERE run_id = %1")
                               .arg(first->runId)),
                     rows);
        }
    }

    // An empty shop says so instead of storing nothing silently.
    void emptyShopIsAClearError()
    {
        core::SilentProgress progress;
        auto outcome = core::value::runScoring(m_temp->connection(), {}, progress);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("no orders")),
                 qPrintable(outcome.error().message));
    }
};

QTEST_GUILESS_MAIN(TestScoreRepository)
#include "test_scorerepository.moc"
