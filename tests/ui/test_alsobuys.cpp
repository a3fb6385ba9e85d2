#include "PurchaseData.h"
#include "Session.h"
#include "insights/AlsoBuysBox.h"
#include "panels/CustomerDetailPane.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace rapport;
using core::RowId;

// "Also buys" on the customer card: the products the latest purchase rules
// suggest for the customer, each with its rule as the reason, following new
// runs and new orders (PurchaseData.h has the shop and its rules).
class TestAlsoBuys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hiddenBeforeAnyRun();
    void showsTheStrongestRuleAsTheReason();
    void suggestsNothingTheCustomerBought_data();
    void suggestsNothingTheCustomerBought();
    void followsANewOrder();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<ui::Session> m_session;
    testing::PurchaseData m_data;
};

void TestAlsoBuys::init()
{
    QVERIFY(m_dir.isValid());
    // One file per test and per data row.
    auto opened = ui::Session::open(m_dir.filePath(QStringLiteral("shop%1.db").arg(++m_files)));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    m_data = {};
    QVERIFY2(m_data.fill(*m_session), qPrintable(m_data.error));
}

void TestAlsoBuys::cleanup()
{
    m_session.reset();
}

void TestAlsoBuys::hiddenBeforeAnyRun()
{
    ui::CustomerDetailPane pane(m_session.get());
    pane.show();
    pane.showCustomer(m_data.customers.value(QStringLiteral("c4")));
    QVERIFY(pane.alsoBuys()->recommendations().isEmpty());
    QVERIFY(!pane.alsoBuys()->isVisible());

    // A run announced on the hub fills the open card.
    const auto run = testing::PurchaseData::mine(*m_session);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QCOMPARE(pane.alsoBuys()->recommendations().size(), 1);
    QVERIFY(pane.alsoBuys()->isVisible());
}

void TestAlsoBuys::showsTheStrongestRuleAsTheReason()
{
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    ui::CustomerDetailPane pane(m_session.get());
    pane.show();
    // Customer 4 bought 啤酒 and 尿布: A⇒C (lift 1.25), B⇒C (1.5) and A,B⇒C
    // (1.875, confidence 75%) all suggest 薯片; the strongest is the reason.
    pane.showCustomer(m_data.customers.value(QStringLiteral("c4")));
    const auto& items = pane.alsoBuys()->recommendations();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().productId, m_data.products.value(QStringLiteral("C")));
    QCOMPARE(items.first().productName, QStringLiteral("薯片"));
    QStringList antecedent = items.first().reason.antecedentLabels;
    antecedent.sort();
    QStringList bought{QStringLiteral("啤酒"), QStringLiteral("尿布")};
    bought.sort();
    QCOMPARE(antecedent, bought);
    QCOMPARE(items.first().reason.confidence, 0.75);

    const QString expected =
        QStringLiteral("薯片 — Bought %1 — 75% of such customers also bought 薯片 (lift 1.9)")
            .arg(items.first().reason.antecedentLabels.join(QStringLiteral(", ")));
    QCOMPARE(pane.alsoBuys()->lines(), QStringList{expected});
    // What the card shows says the same.
    const auto labels = pane.alsoBuys()->findChildren<QLabel*>(QStringLiteral("alsoBuysItem"));
    QCOMPARE(labels.size(), 1);
    QVERIFY2(labels.first()->text().contains(QStringLiteral("75% of such customers")),
             qPrintable(labels.first()->text()));
}

void TestAlsoBuys::suggestsNothingTheCustomerBought_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QStringList>("products");
    // c1 bought everything its rules name; c5 (A M) gets B (A⇒B), C (A⇒C)
    // and N (M⇒N); c10 (B N) gets C (B⇒C), A (B⇒A) and M (N⇒M).
    QTest::addRow("c1") << QStringLiteral("c1") << QStringList();
    QTest::addRow("c5") << QStringLiteral(
        "c5") << QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("N")};
    QTest::addRow("c10") << QStringLiteral(
        "c10") << QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("M")};
}

void TestAlsoBuys::suggestsNothingTheCustomerBought()
{
    QFETCH(QString, customer);
    QFETCH(QStringList, products);
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    ui::AlsoBuysBox box(m_session.get());
    box.setCustomer(m_data.customers.value(customer));
    QList<RowId> expected;
    for (const QString& letter : products)
        expected << m_data.products.value(letter);
    QList<RowId> actual;
    for (const core::mining::Recommendation& item : box.recommendations())
        actual << item.productId;
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, expected);
    QVERIFY(box.recommendations().size() <= ui::AlsoBuysBox::kLimit);
}

void TestAlsoBuys::followsANewOrder()
{
    QVERIFY(testing::PurchaseData::mine(*m_session).ok());
    ui::CustomerDetailPane pane(m_session.get());
    const RowId c4 = m_data.customers.value(QStringLiteral("c4"));
    pane.showCustomer(c4);
    QCOMPARE(pane.alsoBuys()->recommendations().size(), 1);

    // Once customer 4 buys 薯片 there is nothing left to suggest.
    core::Order order;
    order.customerId = c4;
    order.number = QStringLiteral("SO-99");
    order.orderedOn = QDate(2026, 2, 1);
    core::OrderLine line;
    line.productId = m_data.products.value(QStringLiteral("C"));
    line.unitPriceMinor = 1000;
    order.lines.append(line);
    QVERIFY(core::OrderRepository(m_session->connection(), m_session->hub()).create(order).ok());
    QVERIFY(pane.alsoBuys()->recommendations().isEmpty());
}

QTEST_MAIN(TestAlsoBuys)
#include "test_alsobuys.moc"
