// The demo generator through core: totals, derived columns, determinism,
// cancellation (all or nothing) and refusing a database that holds data.

#include "DemoDump.h"

#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "domain/ContactRules.h"
#include "domain/SortKey.h"
#include "storage/SearchText.h"
#include "storage/StatsRepository.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace rapport::core;
using rapport::testing::TempDatabase;

namespace {

// Cancels once `stage` reports `after` rows done.
class CancelAt final : public Progress
{
public:
    CancelAt(QString stage, std::int64_t after)
        : m_stage(std::move(stage))
        , m_after(after)
    {}
    void report(std::int64_t done, std::int64_t, const QString& stage) override
    {
        if (stage == m_stage && done >= m_after)
            cancel();
        m_stages.insert(stage);
    }
    QSet<QString> m_stages;

private:
    QString m_stage;
    std::int64_t m_after;
};

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }

    void reportMatchesTheTables();
    void totalsEqualLineSums();
    void derivedColumnsAreCore();
    void sameSeedSameRows();
    void datesAndStatusesAreValid();
    void cancelRollsEverythingBack_data();
    void cancelRollsEverythingBack();
    void refusesNonEmptyDatabase();
    void zeroCustomers();

private:
    DemoReport generate(std::int64_t customers, std::uint64_t seed = 1);
    std::unique_ptr<TempDatabase> m_db;
};

void TestDemoGenerator::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorMessage()));
}

DemoReport TestDemoGenerator::generate(std::int64_t customers, std::uint64_t seed)
{
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    SilentProgress progress;
    auto report = DemoGenerator::generate(m_db->connection(), options, progress);
    if (!report) {
        QTest::qFail(qPrintable(report.error().message), __FILE__, __LINE__);
        return {};
    }
    return *report;
}

void TestDemoGenerator::reportMatchesTheTables()
{
    const DemoReport report = generate(500);
    auto stats = StatsRepository(m_db->connection()).counts();
    QVERIFY(stats.ok());
    QCOMPARE(stats->customers, report.customers);
    QCOMPARE(report.customers, 500);
    QCOMPARE(stats->companies, report.companies);
    QCOMPARE(report.companies, 25);
    QCOMPARE(stats->products, report.products);
    QCOMPARE(stats->orders, report.orders);
    QCOMPARE(stats->orderLines, report.orderLines);
    // About ten order lines per customer over the two years.
    const double linesPerCustomer = static_cast<double>(report.orderLines) / report.customers;
    QVERIFY2(linesPerCustomer > 7 && linesPerCustomer < 14,
             qPrintable(QString::number(linesPerCustomer)));
    // About 60% Chinese names.
    const qint64 chinese =
        count(m_db->connection(),
              QStringLiteral("SELECT count(*) FROM customers WHERE name GLOB '*[一-龥]*'"));
    QVERIFY2(chinese > 250 && chinese < 350, qPrintable(QString::number(chinese)));
}

void TestDemoGenerator::totalsEqualLineSums()
{
    generate(500);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM orders o WHERE o.total_minor != "
                                      "(SELECT coalesce(sum(quantity * unit_price_minor), -1) "
                                      " FROM order_lines l WHERE l.order_id = o.id)")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM orders o WHERE NOT EXISTS "
                                      "(SELECT 1 FROM order_lines l WHERE l.order_id = o.id)")),
             0);
    // Lines are priced at the product's price; one line per product and order.
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT count(*) FROM order_lines l JOIN products p "
                           "ON p.id = l.product_id WHERE l.unit_price_minor != p.price_minor")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT order_id, product_id FROM "
                                      "order_lines GROUP BY 1, 2 HAVING count(*) > 1)")),
             0);
    QCOMPARE(count(db, QStringLiteral("PRAGMA foreign_key_check")), -1); // no rows
}

void TestDemoGenerator::derivedColumnsAreCore()
{
    generate(300);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT c.name, c.email, c.phone, c.notes, coalesce(co.name, ''), c.sort_key, "
        "c.phone_digits, c.search_text, c.uuid, c.created_at FROM customers c "
        "LEFT JOIN companies co ON co.id = c.company_id")));
    int rows = 0;
    QSet<QString> uuids;
    while (q.next()) {
        ++rows;
        const QString name = q.value(0).toString();
        QCOMPARE(q.value(5).toString(), sortKeyFor(name));
        QCOMPARE(q.value(6).toString(), contact::phoneDigits(q.value(2).toString()));
        QCOMPARE(q.value(7).toString(),
                 search::indexText(name, q.value(1).toString(), q.value(2).toString(),
                                   q.value(4).toString(), q.value(3).toString()));
        const QString email = q.value(1).toString();
        QVERIFY2(email.isEmpty() || contact::isValidEmail(email), qPrintable(email));
        const QString phone = q.value(2).toString();
        QVERIFY2(phone.isEmpty() || contact::isValidPhone(phone), qPrintable(phone));
        QVERIFY(!QUuid::fromString(q.value(8).toString()).isNull());
        uuids.insert(q.value(8).toString());
        QVERIFY(QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs).isValid());
    }
    QCOMPARE(rows, 300);
    QCOMPARE(uuids.size(), 300);
}

void TestDemoGenerator::sameSeedSameRows()
{
    generate(300, 11);
    const QByteArray first = rapport::testing::dumpHash(m_db->connection());
    m_db = std::make_unique<TempDatabase>();
    generate(300, 11);
    QCOMPARE(rapport::testing::dumpHash(m_db->connection()), first);
    m_db = std::make_unique<TempDatabase>();
    generate(300, 12);
    QVERIFY(rapport::testing::dumpHash(m_db->connection()) != first);
}

void TestDemoGenerator::datesAndStatusesAreValid()
{
    const DemoReport report = generate(400);
    QCOMPARE(report.referenceDate, QDate(2026, 6, 30));
    QCOMPARE(report.firstDate, QDate(2024, 7, 1));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT min(ordered_on), max(ordered_on), "
                                  "count(DISTINCT status) FROM orders")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString() >= QStringLiteral("2024-07-01"));
    QVERIFY(q.value(1).toString() <= QStringLiteral("2026-06-30"));
    QVERIFY(q.value(2).toInt() >= 3);
    // Order numbers and ids follow the calendar.
    QCOMPARE(count(m_db->connection(),
                   QStringLiteral("SELECT count(*) FROM orders a JOIN orders b ON b.id = a.id + 1 "
                                  "WHERE b.ordered_on < a.ordered_on")),
             0);
}

void TestDemoGenerator::cancelRollsEverythingBack_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<qint64>("after");
    QTest::addRow("during companies") << QStringLiteral("Companies") << qint64(1);
    QTest::addRow("during customers") << QStringLiteral("Customers") << qint64(4096);
    QTest::addRow("during orders") << QStringLiteral("Orders") << qint64(4096);
}

void TestDemoGenerator::cancelRollsEverythingBack()
{
    QFETCH(QString, stage);
    QFETCH(qint64, after);
    DemoOptions options;
    options.customers = 5000;
    CancelAt progress(stage, after);
    auto report = DemoGenerator::generate(m_db->connection(), options, progress);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::Cancelled);
    QVERIFY(progress.m_stages.contains(stage));
    auto stats = StatsRepository(m_db->connection()).counts();
    QVERIFY(stats.ok());
    QCOMPARE(stats->customers + stats->companies + stats->products + stats->orders, 0);
    QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT count(*) FROM customers_fts")), 0);
    // The connection is usable afterwards: a new generation succeeds.
    QCOMPARE(generate(50).customers, 50);
}

void TestDemoGenerator::refusesNonEmptyDatabase()
{
    generate(50);
    const QByteArray before = rapport::testing::dumpHash(m_db->connection());
    DemoOptions options;
    SilentProgress progress;
    auto again = DemoGenerator::generate(m_db->connection(), options, progress);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::InvalidArgument);
    QCOMPARE(rapport::testing::dumpHash(m_db->connection()), before);
}

void TestDemoGenerator::zeroCustomers()
{
    const DemoReport report = generate(0);
    QCOMPARE(report.customers, 0);
    QCOMPARE(report.companies, 0);
    QCOMPARE(report.products, 40);
    QCOMPARE(report.orders, 0);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"
