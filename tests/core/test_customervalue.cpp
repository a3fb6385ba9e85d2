#include "../support/ValueSimulation.h"
#include "value/Features.h"
#include "value/Metrics.h"
#include "value/Rfm.h"
#include "value/TransactionFile.h"
#include "value/ValueJson.h"
#include "value/ValueModel.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace rapport::core;
using namespace rapport::core::value;

Q_DECLARE_METATYPE(rapport::core::value::RfmSegment)

namespace {

std::int32_t day(int y, int m, int d)
{
    return dayNumber(QDate(y, m, d));
}

// A shop whose customers follow the BG/NBD model, with three product
// categories each customer leans to: history for scoreCustomers.
PurchaseHistory simulatedShop(std::uint64_t seed, int customers)
{
    std::mt19937_64 random(seed);
    const BgNbdParams bg{0.9, 30.0, 1.2, 4.0}; // in days
    std::uniform_int_distribution<int> start(0, 500);
    std::uniform_int_distribution<int> favourite(0, 2);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::lognormal_distribution<double> amount(3.0, 0.5);
    PurchaseHistoryBuilder builder;
    builder.setCategoryNames(
        {QStringLiteral("Coffee"), QStringLiteral("Tea"), QStringLiteral("Cups")});
    const std::int32_t first = day(2023, 1, 1);
    const std::int32_t last = day(2024, 12, 31);
    for (int c = 0; c < customers; ++c) {
        const int born = start(random);
        const int likes = favourite(random);
        const auto sim =
            rapport::testing::simulateCustomer(random, bg, {2, 3, 40}, last - first - born, 0);
        // Purchase days at the simulated count, spread up to the recency.
        auto category = [&] {
            return static_cast<std::uint8_t>(uniform(random) < 0.7 ? likes : favourite(random));
        };
        builder.add(c + 1, first + born, amount(random), category());
        for (int k = 1; k <= sim.frequency; ++k) {
            const double at = sim.recency * k / sim.frequency;
            builder.add(c + 1, first + born + static_cast<std::int32_t>(std::lround(at)),
                        amount(random), category());
        }
    }
    return builder.build(true);
}

} // namespace

class TestCustomerValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The documented grid, cell by cell (R, then FM = (F + M) / 2 half up).
    void segmentGrid_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<RfmSegment>("segment");
        using S = RfmSegment;
        const S grid[5][5] = {
            // FM:   1                2                     3                     4            5
            /*R1*/ {S::Lost, S::Hibernating, S::AtRisk, S::AtRisk, S::CantLoseThem},
            /*R2*/ {S::Hibernating, S::Hibernating, S::AtRisk, S::AtRisk, S::CantLoseThem},
            /*R3*/ {S::AboutToSleep, S::AboutToSleep, S::NeedAttention, S::Loyal, S::Loyal},
            /*R4*/ {S::Promising, S::PotentialLoyalists, S::PotentialLoyalists, S::Loyal, S::Loyal},
            /*R5*/
            {S::New, S::PotentialLoyalists, S::PotentialLoyalists, S::Champions, S::Champions},
        };
        for (int r = 1; r <= 5; ++r) {
            for (int fm = 1; fm <= 5; ++fm) {
                QTest::addRow("R%d FM%d", r, fm) << r << fm << fm << grid[r - 1][fm - 1];
            }
        }
        // FM rounds half up: F 4, M 1 is FM 3 (2.5 → 3); F 1, M 2 is FM 2.
        QTest::newRow("half up") << 3 << 4 << 1 << S::NeedAttention;
        QTest::newRow("1.5 up") << 5 << 1 << 2 << S::PotentialLoyalists;
    }
    void segmentGrid()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(RfmSegment, segment);
        QCOMPARE(rfmSegmentOf(r, f, m), segment);
    }

    void everySegmentHasAKeyAndAName()
    {
        QSet<QString> keys;
        for (int s = 0; s < kRfmSegmentCount; ++s) {
            const auto segment = static_cast<RfmSegment>(s);
            keys << rfmSegmentKey(segment);
            RfmSegment back{};
            QVERIFY(rfmSegmentFromKey(rfmSegmentKey(segment), &back));
            QCOMPARE(back, segment);
            QVERIFY(!rfmSegmentName(segment).isEmpty());
        }
        QCOMPARE(keys.size(), kRfmSegmentCount);
        RfmSegment unused{};
        QVERIFY(!rfmSegmentFromKey(QStringLiteral("vip"), &unused));
    }

    void quintilesByRank_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<int>>("scores");
        QTest::newRow("ten distinct") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
                                      << QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        QTest::newRow("all tied") << QList<double>{7, 7, 7, 7} << QList<int>{1, 1, 1, 1};
        // Most customers on one order share the lowest score; the rest rank above.
        QTest::newRow("one-order customers") << QList<double>{1, 1, 1, 1, 1, 1, 2, 2, 3, 9}
                                             << QList<int>{1, 1, 1, 1, 1, 1, 4, 4, 5, 5};
        QTest::newRow("single") << QList<double>{5} << QList<int>{1};
        QTest::newRow("unsorted") << QList<double>{30, 10, 20} << QList<int>{4, 1, 2};
    }
    void quintilesByRank()
    {
        QFETCH(QList<double>, values);
        QFETCH(QList<int>, scores);
        const std::vector<int> found = quintileScores({values.begin(), values.end()});
        QCOMPARE(QList<int>(found.begin(), found.end()), scores);
    }

    void rfmScoresCustomers()
    {
        PurchaseHistoryBuilder builder;
        const std::int32_t ref = day(2024, 6, 30);
        builder.add(1, day(2024, 6, 29), 100); // recent, big
        builder.add(1, day(2024, 5, 1), 50);
        builder.add(1, day(2024, 5, 1), 25); // same day: one purchase day of 75
        builder.add(2, day(2023, 1, 5), 10); // one order, long ago
        builder.add(3, day(2024, 7, 5), 10); // only after the reference day
        const PurchaseHistory history = builder.build(false);
        const auto scores = scoreRfm(history, ref);
        QCOMPARE(scores.size(), std::size_t(3));
        QVERIFY(scores[0].scored && scores[1].scored && !scores[2].scored);
        QCOMPARE(scores[0].frequency, 2);
        QCOMPARE(scores[0].monetary, 175.0);
        QCOMPARE(scores[0].recencyDays, 1);
        QCOMPARE(scores[1].recencyDays, ref - day(2023, 1, 5));
        // Two scored customers: 0 and 1 of 2 below them give scores 1 and 3.
        QCOMPARE(scores[0].r, 3);
        QCOMPARE(scores[0].f, 3);
        QCOMPARE(scores[0].m, 3);
        QCOMPARE(scores[1].r, 1);
        QCOMPARE(scores[0].segment, RfmSegment::NeedAttention);
        QCOMPARE(scores[1].segment, RfmSegment::Lost);
    }

    void aucAndLift_data()
    {
        QTest::addColumn<QList<float>>("scores");
        QTest::addColumn<QList<int>>("labels");
        QTest::addColumn<double>("auc");
        QTest::addColumn<double>("lift");
        QTest::newRow("perfect") << QList<float>{0.1F, 0.2F, 0.8F, 0.9F} << QList<int>{0, 0, 1, 1}
                                 << 1.0 << 2.0;
        QTest::newRow("reversed") << QList<float>{0.9F, 0.8F, 0.2F, 0.1F} << QList<int>{0, 0, 1, 1}
                                  << 0.0 << 0.0;
        // One pair out of four in the wrong order: (0.4, 0.35).
        QTest::newRow("textbook") << QList<float>{0.1F, 0.4F, 0.35F, 0.8F} << QList<int>{0, 0, 1, 1}
                                  << 0.75 << 2.0;
        QTest::newRow("all tied") << QList<float>{0.5F, 0.5F, 0.5F, 0.5F} << QList<int>{1, 0, 1, 0}
                                  << 0.5 << 1.0; // the tie shares the top place: no lift
        QTest::newRow("one class") << QList<float>{0.1F, 0.9F} << QList<int>{1, 1} << 0.5 << 1.0;
    }
    void aucAndLift()
    {
        QFETCH(QList<float>, scores);
        QFETCH(QList<int>, labels);
        QFETCH(double, auc);
        QFETCH(double, lift);
        const std::vector<float> s(scores.begin(), scores.end());
        std::vector<std::uint8_t> l;
        for (int v : labels)
            l.push_back(static_cast<std::uint8_t>(v));
        QCOMPARE(rocAuc(s, l), auc);
        QCOMPARE(liftAtTopDecile(s, l), lift);
    }

    void featuresOfAHistory()
    {
        PurchaseHistoryBuilder builder;
        builder.setCategoryNames({QStringLiteral("Coffee"), QStringLiteral("Tea")});
        const std::int32_t cut = day(2024, 6, 30);
        builder.add(1, cut - 200, 10, 0);
        builder.add(1, cut - 100, 20, 1);
        builder.add(1, cut - 10, 30, 1);
        builder.add(1, cut + 5, 99, 0); // after the cut: not seen
        builder.add(2, cut - 3, 8, 0);  // one purchase
        builder.add(3, cut + 1, 8, 0);  // none by the cut: no row
        const PurchaseHistory history = builder.build(true);
        const FeatureMatrix m = buildFeatures(history, cut, 2);
        QCOMPARE(m.rows(), std::size_t(2));
        QCOMPARE(m.columns, kFixedFeatures + 2);
        auto at = [&](std::size_t row, Feature f) {
            return m.at(row, static_cast<int>(f));
        };
        QCOMPARE(at(0, Feature::RecencyDays), 10.0F);
        QCOMPARE(at(0, Feature::PurchaseDays), 3.0F);
        QCOMPARE(at(0, Feature::TotalSpend), 60.0F);
        QCOMPARE(at(0, Feature::MeanGapDays), 95.0F);
        QCOMPARE(at(0, Feature::LastGapDays), 90.0F);
        QCOMPARE(at(0, Feature::PurchasesLast90), 1.0F);
        QCOMPARE(at(0, Feature::PurchasesPrior90), 1.0F);
        QCOMPARE(at(0, Feature::DistinctCategories), 2.0F);
        QCOMPARE(m.at(0, kFixedFeatures + 1), 2.0F / 3.0F);
        QVERIFY(std::isnan(at(1, Feature::MeanGapDays)));
        QVERIFY(std::isnan(at(1, Feature::RecencyOverGap)));
        // (Plural forms come from the translation files, not loaded here.)
        QVERIFY(describeFeature(static_cast<int>(Feature::RecencyDays), 140, {})
                    .startsWith(QLatin1String("no purchase for 140 day")));
        QCOMPARE(describeFeature(static_cast<int>(Feature::MeanGapDays),
                                 std::numeric_limits<float>::quiet_NaN(), {}),
                 QStringLiteral("only one purchase so far"));
        QCOMPARE(describeFeature(kFixedFeatures + 1, 0.5F, history.categoryNames),
                 QStringLiteral("50% of purchases in Tea"));
    }

    // The whole scoring on a simulated shop: every customer valued, no NaN
    // anywhere, the models beat chance on the holdout, and a cancel stops it.
    void scoresASimulatedShop()
    {
        const PurchaseHistory history = simulatedShop(17, 6000);
        ValueOptions options;
        options.periodDays = 120;
        options.threads = 2;
        SilentProgress progress;
        auto result = scoreCustomers(history, options, progress);
        QVERIFY2(result, qPrintable(result.error().message));
        const ValueReport& report = result->report;
        QCOMPARE(report.customers, std::size_t(6000));
        std::size_t inSegments = 0;
        for (std::size_t n : report.segmentCounts)
            inSegments += n;
        QCOMPARE(inSegments, std::size_t(6000));
        QCOMPARE(report.models.size(), std::size_t(2));
        const ModelReport& churn = report.models[0];
        QCOMPARE(churn.key, QStringLiteral("churn"));
        QVERIFY2(churn.auc > 0.6, qPrintable(QString::number(churn.auc)));
        QVERIFY(churn.aliveAuc && churn.bgNbdAuc);
        QVERIFY(!churn.importance.empty() && churn.importance.front().second > 0);
        const ModelReport& next = report.models[1];
        QCOMPARE(next.key, QStringLiteral("next_category"));
        // Customers lean to one category 70 % of the time: learnable.
        QVERIFY2(next.auc > 0.6, qPrintable(QString::number(next.auc)));
        for (const CustomerValue& v : result->customers) {
            QVERIFY(v.rfm.scored);
            QVERIFY(std::isfinite(v.pAlive) && v.pAlive >= 0 && v.pAlive <= 1);
            QVERIFY(std::isfinite(v.clv) && v.clv >= 0);
            QVERIFY(std::isfinite(v.expectedPurchases) && v.expectedPurchases >= 0);
            QVERIFY(v.churnRisk && *v.churnRisk >= 0 && *v.churnRisk <= 1);
            QVERIFY(v.nextCategory >= 0 && v.nextCategory < 3);
            QVERIFY(v.churnDriver >= -1 && v.churnDriver < kFixedFeatures + 3);
            QVERIFY(
                describeChurn(*v.churnRisk, v.churnDriver, v.churnDriverValue, report.categoryNames)
                    .startsWith(QLatin1String("Churn risk")));
        }
        const QJsonObject json = reportJson(report);
        QCOMPARE(json.value(QStringLiteral("customers")).toInt(), 6000);
        QCOMPARE(json.value(QStringLiteral("models")).toArray().size(), 2);
        QCOMPARE(calibrationBinsFrom(json).size(), std::size_t(8));

        SilentProgress cancelled;
        cancelled.cancel();
        auto stopped = scoreCustomers(history, options, cancelled);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
    }

    // Scored as of an earlier day, nothing after it is seen: not by RFM, not by
    // the holdout check (which ends on that day), not by the models.
    void asOfIgnoresLaterOrders()
    {
        const PurchaseHistory history = simulatedShop(21, 3000);
        ValueOptions options;
        options.periodDays = 90;
        options.asOfDay = day(2024, 9, 30);
        SilentProgress progress;
        auto result = scoreCustomers(history, options, progress);
        QVERIFY2(result, qPrintable(result.error().message));
        const HoldoutReport& holdout = result->report.evaluation.holdout;
        QCOMPARE(holdout.holdoutEnd, day(2024, 9, 30));
        QCOMPARE(holdout.calibrationEnd, day(2024, 9, 30) - 90);
        QCOMPARE(holdout.length, 90 / 7.0);
        for (const CustomerValue& v : result->customers) {
            if (v.rfm.scored)
                QVERIFY(v.rfm.recencyDays >= 0);
        }
    }

    // With too little history for two periods, the models are not trained
    // and the report says why (a note, not a silent gap).
    void shortHistoryLeavesANote()
    {
        const PurchaseHistory history = simulatedShop(3, 800);
        ValueOptions options;
        options.periodDays = 400;
        SilentProgress progress;
        auto result = scoreCustomers(history, options, progress);
        QVERIFY2(result, qPrintable(result.error().message));
        QVERIFY(result->report.models.empty());
        QCOMPARE(result->report.notes.size(), 1);
        for (const CustomerValue& v : result->customers)
            QVERIFY(!v.churnRisk);
    }

    void readsTransactionFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("error"); // empty: reads
        QTest::addColumn<int>("customers");
        const QByteArray header = "Customer,Date,Amount,Qty\n";
        QTest::newRow("iso and compact dates")
            << header + "a,2024-01-05,10,1\na,20240106,5,1\nb,2024-01-05 08:30:00,3,2\n"
            << QString() << QString() << 2;
        QTest::newRow("quantity multiplies") << header + "a,2024-01-05,10,3\n"
                                             << QStringLiteral("Qty") << QString() << 1;
        QTest::newRow("returns and blanks left out")
            << header + "a,2024-01-05,10,1\n,2024-01-05,10,1\na,2024-01-06,-4,1\n"
            << QString() << QString() << 1;
        QTest::newRow("bad date") << header + "a,2024-01-05,10,1\na,05/01/2024,10,1\n"
                                  << QString()
                                  << QStringLiteral(
                                         "line 3, column “Date”: “05/01/2024” is not a date")
                                  << 0;
        QTest::newRow("bad amount")
            << header + "a,2024-01-05,ten,1\n"
            << QString() << QStringLiteral("line 2, column “Amount”: “ten”") << 0;
        QTest::newRow("missing column")
            << QByteArray("Customer,When,Amount\na,2024-01-05,1\n") << QString()
            << QStringLiteral("no column “date”; its columns are: Customer, When") << 0;
        QTest::newRow("no rows") << header << QString() << QStringLiteral("holds no transactions")
                                 << 0;
        QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("is empty") << 0;
    }
    void readsTransactionFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, quantity);
        QFETCH(QString, error);
        QFETCH(int, customers);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tx.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        TransactionFileStats stats;
        SilentProgress progress;
        auto history = readTransactionFile(path,
                                           {QStringLiteral("customer"), QStringLiteral("date"),
                                            QStringLiteral("amount"), quantity},
                                           &stats, progress);
        if (!error.isEmpty()) {
            QVERIFY(!history);
            QVERIFY2(history.error().message.contains(error), qPrintable(history.error().message));
            QVERIFY(history.error().message.contains(QLatin1String("tx.csv")));
            return;
        }
        QVERIFY2(history, qPrintable(history.error().message));
        QCOMPARE(int(history->customerCount()), customers);
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("quantity multiplies"))
            QCOMPARE(history->amounts.front(), 30.0);
        if (QLatin1String(QTest::currentDataTag())
            == QLatin1String("returns and blanks left out")) {
            QCOMPARE(stats.withoutCustomer, 1);
            QCOMPARE(stats.returns, 1);
        }
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("iso and compact dates")) {
            QCOMPARE(history->customerLabels,
                     QStringList({QStringLiteral("a"), QStringLiteral("b")}));
            QCOMPARE(history->days.front(), day(2024, 1, 5));
        }
    }
};

QTEST_GUILESS_MAIN(TestCustomerValue)
#include "test_customervalue.moc"
