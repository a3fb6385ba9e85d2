// `rapport-cli demo`: the same seed gives the same database, and the co-purchase
// rules it says it planted are really in the orders.

#include "CliRunner.h"
#include "DemoDump.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using rapport::testing::runCli;

namespace {

struct Measured
{
    qint64 antecedentOrders = 0;
    qint64 ruleOrders = 0;
    double consequentShare = 0; // of all orders: the baseline for lift
};

// Confidence of {antecedent} => consequent, measured from the order lines.
Measured measure(const QSqlDatabase& db, const QStringList& antecedent, const QString& consequent)
{
    Measured m;
    QSqlQuery q(db);
    // Up to two antecedent items; one item is bound twice.
    q.prepare(QStringLiteral(
        "WITH ante AS (SELECT l.order_id FROM order_lines l JOIN products p ON p.id = l.product_id "
        "              WHERE p.sku IN (?, ?) GROUP BY l.order_id "
        "              HAVING count(DISTINCT p.sku) = ?) "
        "SELECT (SELECT count(*) FROM ante), "
        "       (SELECT count(*) FROM ante a JOIN order_lines l ON l.order_id = a.order_id "
        "        JOIN products p ON p.id = l.product_id WHERE p.sku = ?), "
        "       (SELECT count(DISTINCT l.order_id) FROM order_lines l "
        "        JOIN products p ON p.id = l.product_id WHERE p.sku = ?) * 1.0 "
        "       / (SELECT count(*) FROM orders)"));
    q.addBindValue(antecedent.value(0));
    q.addBindValue(antecedent.value(antecedent.size() - 1));
    q.addBindValue(antecedent.size());
    q.addBindValue(consequent);
    q.addBindValue(consequent);
    if (q.exec() && q.next()) {
        m.antecedentOrders = q.value(0).toLongLong();
        m.ruleOrders = q.value(1).toLongLong();
        m.consequentShare = q.value(2).toDouble();
    }
    return m;
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void sameSeedSameData();
    void otherSeedOtherData();
    void refusesANonEmptyDatabase();
    void plantedRulesAreInTheData();
    void segmentsAreReported();

private:
    rapport::testing::CliRun demo(const QString& file, int customers, int seed);
    QByteArray dumpOf(const QString& file);
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

rapport::testing::CliRun TestCliDemo::demo(const QString& file, int customers, int seed)
{
    return runCli({QStringLiteral("--db"), file, QStringLiteral("demo"),
                   QStringLiteral("--customers"), QString::number(customers),
                   QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--json")});
}

QByteArray TestCliDemo::dumpOf(const QString& file)
{
    auto db = rapport::core::Database::open(file);
    if (!db)
        return db.error().message.toUtf8();
    return rapport::testing::dumpHash(db->connection());
}

void TestCliDemo::sameSeedSameData()
{
    const QString a = path(QStringLiteral("a.db"));
    const QString b = path(QStringLiteral("b.db"));
    auto runA = demo(a, 300, 1);
    auto runB = demo(b, 300, 1);
    QCOMPARE(runA.exitCode, 0);
    QCOMPARE(runB.exitCode, 0);
    QVERIFY(runA.json().isObject());
    QCOMPARE(runA.out, runB.out); // the same report, counts included

    auto statsA =
        runCli({QStringLiteral("--db"), a, QStringLiteral("stats"), QStringLiteral("--json")});
    auto statsB =
        runCli({QStringLiteral("--db"), b, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(statsA.exitCode, 0);
    QCOMPARE(statsA.out, statsB.out);
    QCOMPARE(statsA.json().object().value(QStringLiteral("customers")).toInteger(), 300);

    for (const QString& text : {QStringLiteral("王"), QStringLiteral("li"), QStringLiteral("138"),
                                QStringLiteral("example")}) {
        auto searchA =
            runCli({QStringLiteral("--db"), a, QStringLiteral("search"), text,
                    QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")});
        auto searchB =
            runCli({QStringLiteral("--db"), b, QStringLiteral("search"), text,
                    QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(searchA.exitCode, 0);
        QVERIFY2(!searchA.json().array().isEmpty(), qPrintable(text));
        QCOMPARE(searchA.out, searchB.out);
    }
    // Every row of every table, uuids and timestamps included.
    const QByteArray dumpA = dumpOf(a);
    QCOMPARE(dumpA.size(), 64);
    QCOMPARE(dumpA, dumpOf(b));
}

void TestCliDemo::otherSeedOtherData()
{
    const QString a = path(QStringLiteral("seed5.db"));
    const QString b = path(QStringLiteral("seed6.db"));
    QCOMPARE(demo(a, 100, 5).exitCode, 0);
    QCOMPARE(demo(b, 100, 6).exitCode, 0);
    QVERIFY(dumpOf(a) != dumpOf(b));
}

void TestCliDemo::refusesANonEmptyDatabase()
{
    const QString file = path(QStringLiteral("twice.db"));
    QCOMPARE(demo(file, 50, 1).exitCode, 0);
    const QByteArray before = dumpOf(file);
    auto again = demo(file, 50, 2);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.startsWith("rapport-cli: "));
    QVERIFY(again.out.isEmpty());
    QCOMPARE(dumpOf(file), before);
}

void TestCliDemo::plantedRulesAreInTheData()
{
    const QString file = path(QStringLiteral("rules.db"));
    auto run = demo(file, 3000, 7);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rules = run.json().object().value(QStringLiteral("rules")).toArray();
    QVERIFY(rules.size() >= 4);
    bool twoItemRule = false;

    auto db = rapport::core::Database::open(file);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    for (const QJsonValue& value : rules) {
        const QJsonObject rule = value.toObject();
        QStringList antecedent;
        for (const QJsonValue& item : rule.value(QStringLiteral("antecedent")).toArray())
            antecedent << item.toObject().value(QStringLiteral("sku")).toString();
        twoItemRule = twoItemRule || antecedent.size() == 2;
        const QString consequent = rule.value(QStringLiteral("consequent"))
                                       .toObject()
                                       .value(QStringLiteral("sku"))
                                       .toString();
        const double intended = rule.value(QStringLiteral("confidence")).toDouble();
        QVERIFY(intended > 0 && intended < 1);

        const Measured m = measure(db->connection(), antecedent, consequent);
        const QString label =
            antecedent.join(QLatin1Char('+')) + QStringLiteral(" => ") + consequent;
        // Enough baskets for the measurement to mean something...
        QVERIFY2(m.antecedentOrders >= 150,
                 qPrintable(label + QStringLiteral(": only %1 baskets").arg(m.antecedentOrders)));
        const double confidence = static_cast<double>(m.ruleOrders) / m.antecedentOrders;
        // ...within about three standard errors of the intended confidence,
        QVERIFY2(qAbs(confidence - intended) < 0.07,
                 qPrintable(label + QStringLiteral(": %1 vs %2").arg(confidence).arg(intended)));
        // and a real association: the consequent is much rarer in other baskets.
        QVERIFY2(
            confidence / m.consequentShare > 1.5,
            qPrintable(label + QStringLiteral(": lift %1").arg(confidence / m.consequentShare)));
    }
    QVERIFY(twoItemRule);
}

void TestCliDemo::segmentsAreReported()
{
    const QString file = path(QStringLiteral("segments.db"));
    auto run = demo(file, 400, 3);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.json().object();
    qint64 customers = 0;
    qint64 orders = 0;
    QStringList keys;
    for (const QJsonValue& value : report.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject segment = value.toObject();
        keys << segment.value(QStringLiteral("key")).toString();
        for (const char* field : {"share", "orders_per_month", "dropout_per_order", "spend",
                                  "mean_items_per_order", "mean_quantity"})
            QVERIFY2(segment.contains(QLatin1String(field)), field);
        customers += segment.value(QStringLiteral("customers")).toInteger();
        orders += segment.value(QStringLiteral("orders")).toInteger();
    }
    for (const char* key : {"loyal", "occasional", "one_time", "churned"})
        QVERIFY2(keys.contains(QLatin1String(key)), key);
    QCOMPARE(customers, 400);
    QCOMPARE(orders, report.value(QStringLiteral("orders")).toInteger());
    QCOMPARE(report.value(QStringLiteral("reference_date")).toString(),
             QStringLiteral("2026-06-30"));
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "test_cli_demo.moc"
