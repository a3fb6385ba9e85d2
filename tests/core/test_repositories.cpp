#include "FixedClock.h"
#include "TempDatabase.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"
#include "storage/StatsRepository.h"
#include "storage/TagRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace rapport;
using core::Customer;
using core::Error;

class TestRepositories : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    core::ChangeHub m_hub;

    core::RowId product(const QString& sku, std::int64_t priceMinor)
    {
        core::ProductRepository products(m_temp->connection());
        core::Product p;
        p.sku = sku;
        p.name = QStringLiteral("Product ") + sku;
        p.category = QStringLiteral("Tea");
        p.price.minor = priceMinor;
        auto id = products.create(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    core::RowId customer(const QString& name)
    {
        core::CustomerRepository customers(m_temp->connection());
        Customer c;
        c.name = name;
        auto id = customers.create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    }

    void cleanup() { m_temp.reset(); }

    void validatesCustomers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("badField"); // empty: valid
        QTest::addRow("plain") << "Ada"
                               << "ada@example.com"
                               << "+44 20 7946 0958"
                               << "";
        QTest::addRow("chinese") << "王芳"
                                 << ""
                                 << "138 0013 8000"
                                 << "";
        QTest::addRow("full-width at") << "Li"
                                       << "li＠example.cn"
                                       << ""
                                       << "";
        QTest::addRow("no name") << "   "
                                 << ""
                                 << ""
                                 << "name";
        QTest::addRow("email without at") << "Ada"
                                          << "ada.example.com"
                                          << ""
                                          << "email";
        QTest::addRow("email without domain dot") << "Ada"
                                                  << "ada@localhost"
                                                  << ""
                                                  << "email";
        QTest::addRow("email two ats") << "Ada"
                                       << "a@b@c.com"
                                       << ""
                                       << "email";
        QTest::addRow("phone letters") << "Ada"
                                       << ""
                                       << "call me"
                                       << "phone";
        QTest::addRow("phone too short") << "Ada"
                                         << ""
                                         << "123"
                                         << "phone";
        QTest::addRow("phone plus inside") << "Ada"
                                           << ""
                                           << "138+0013"
                                           << "phone";
    }

    void validatesCustomers()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, badField);
        Customer c;
        c.name = name;
        c.email = email;
        c.phone = phone;
        core::CustomerRepository customers(m_temp->connection());
        auto id = customers.create(c);
        if (badField.isEmpty()) {
            QVERIFY2(id, qPrintable(id.error().message));
        } else {
            QVERIFY(!id);
            QCOMPARE(id.error().code, Error::Code::Validation);
            QCOMPARE(id.error().field, badField);
            QVERIFY(!id.error().message.isEmpty());
            auto stats = core::StatsRepository(m_temp->connection()).counts();
            QCOMPARE(stats->customers, 0);
        }
    }

    void storesCleanedCustomers()
    {
        testing::FixedClock clock(QDateTime(QDate(2026, 3, 5), QTime(8, 30), QTimeZone::utc()));
        core::CustomerRepository customers(m_temp->connection(), &m_hub, clock);
        QSignalSpy changed(&m_hub, &core::ChangeHub::changed);
        Customer c;
        c.name = QStringLiteral("  Ada   Lovelace ");
        c.email = QStringLiteral(" Ada@Example.COM ");
        c.notes = QStringLiteral("line one\nline two\n");
        auto id = customers.create(c);
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(changed.size(), 1);
        auto stored = customers.get(*id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(stored->email, QStringLiteral("ada@example.com"));
        QCOMPARE(stored->notes, QStringLiteral("line one\nline two"));
        QCOMPARE(stored->createdAt, QStringLiteral("2026-03-05T08:30:00.000Z"));
        QCOMPARE(stored->uuid.size(), 36);
    }

    void softDeletesAndRestores()
    {
        core::CustomerRepository customers(m_temp->connection());
        const core::RowId id = customer(QStringLiteral("Bob"));
        QVERIFY(customers.remove(id));
        QCOMPARE(customers.get(id).error().code, Error::Code::NotFound);
        QCOMPARE(customers.remove(id).error().code, Error::Code::NotFound);
        QCOMPARE(core::StatsRepository(m_temp->connection()).counts()->customers, 0);
        QVERIFY(customers.restore(id));
        QCOMPARE(customers.get(id)->name, QStringLiteral("Bob"));
        QCOMPARE(customers.restore(id).error().code, Error::Code::NotFound);
    }

    void refusesAMissingCompany()
    {
        core::CustomerRepository customers(m_temp->connection());
        Customer c;
        c.name = QStringLiteral("Eve");
        c.companyId = 4242;
        auto id = customers.create(c);
        QVERIFY(!id);
        QCOMPARE(id.error().field, QStringLiteral("company"));
    }

    void tagsCustomers()
    {
        core::TagRepository tags(m_temp->connection());
        auto vip = tags.create({0, QStringLiteral("VIP"), QStringLiteral("#d4a017")});
        auto lead = tags.create({0, QStringLiteral("Lead"), {}});
        QVERIFY(vip && lead);
        QCOMPARE(tags.create({0, QStringLiteral("vip"), {}}).error().field, QStringLiteral("name"));
        core::CustomerRepository customers(m_temp->connection());
        const core::RowId id = customer(QStringLiteral("Carol"));
        QVERIFY(customers.setTags(id, {*vip, *lead}));
        auto held = customers.tags(id);
        QCOMPARE(held->size(), 2);
        QCOMPARE(held->at(0).name, QStringLiteral("Lead"));
        QVERIFY(customers.setTags(id, {*vip}));
        QCOMPARE(customers.tags(id)->size(), 1);
    }

    void productSkusAreUnique()
    {
        product(QStringLiteral("TEA-1"), 1000);
        core::ProductRepository products(m_temp->connection());
        core::Product p;
        p.sku = QStringLiteral("TEA-1");
        p.name = QStringLiteral("Other");
        auto id = products.create(p);
        QVERIFY(!id);
        QCOMPARE(id.error().field, QStringLiteral("sku"));
        QVERIFY(id.error().message.contains(QStringLiteral("TEA-1")));
        QCOMPARE(*products.categories(), QStringList{QStringLiteral("Tea")});
    }

    void ordersKeepLinesAndTotals()
    {
        const core::RowId tea = product(QStringLiteral("TEA-1"), 8800);
        const core::RowId cup = product(QStringLiteral("CUP-1"), 1250);
        const core::RowId buyer = customer(QStringLiteral("Dan"));
        core::OrderRepository orders(m_temp->connection());
        core::Order order;
        order.customerId = buyer;
        order.orderedOn = QDate(2024, 3, 5);
        order.lines = {{0, tea, {}, 2, 8800}, {0, cup, {}, 3, 1250}};
        auto id = orders.create(order);
        QVERIFY2(id, qPrintable(id.error().message));
        auto stored = orders.get(*id);
        QVERIFY(stored);
        QCOMPARE(stored->number, QStringLiteral("SO-000001"));
        QCOMPARE(stored->orderedOn, QDate(2024, 3, 5));
        QCOMPARE(stored->totalMinor, 2 * 8800 + 3 * 1250);
        QCOMPARE(stored->lines.size(), 2);
        QCOMPARE(stored->lines[1].productName, QStringLiteral("Product CUP-1"));

        stored->lines.removeLast();
        stored->status = core::OrderStatus::Paid;
        QVERIFY(orders.update(*stored));
        auto again = orders.get(*id);
        QCOMPARE(again->totalMinor, 2 * 8800);
        QCOMPARE(again->status, core::OrderStatus::Paid);
        auto history = orders.forCustomer(buyer);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().totalMinor, 2 * 8800);

        auto stats = core::StatsRepository(m_temp->connection()).counts();
        QCOMPARE(stats->orders, 1);
        QCOMPARE(stats->orderLines, 1);
    }

    void validatesOrders_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<bool>("withCustomer");
        QTest::addColumn<bool>("withLines");
        QTest::addColumn<QString>("badField");
        QTest::addRow("no customer") << 1 << false << true << "customer";
        QTest::addRow("no lines") << 1 << true << false << "lines";
        QTest::addRow("zero quantity") << 0 << true << true << "lines";
    }

    void validatesOrders()
    {
        QFETCH(int, quantity);
        QFETCH(bool, withCustomer);
        QFETCH(bool, withLines);
        QFETCH(QString, badField);
        const core::RowId tea = product(QStringLiteral("TEA-1"), 100);
        core::Order order;
        order.customerId = withCustomer ? customer(QStringLiteral("Fay")) : 0;
        order.orderedOn = QDate(2025, 1, 1);
        if (withLines)
            order.lines = {{0, tea, {}, quantity, 100}};
        core::OrderRepository orders(m_temp->connection());
        auto id = orders.create(order);
        QVERIFY(!id);
        QCOMPARE(id.error().field, badField);
        QCOMPARE(core::StatsRepository(m_temp->connection()).counts()->orders, 0);
    }

    void duplicateOrderNumbersAreRefused()
    {
        const core::RowId tea = product(QStringLiteral("TEA-1"), 100);
        const core::RowId buyer = customer(QStringLiteral("Gus"));
        core::OrderRepository orders(m_temp->connection());
        core::Order order;
        order.customerId = buyer;
        order.number = QStringLiteral("A-1");
        order.orderedOn = QDate(2025, 1, 1);
        order.lines = {{0, tea, {}, 1, 100}};
        QVERIFY(orders.create(order));
        auto again = orders.create(order);
        QVERIFY(!again);
        QCOMPARE(again.error().field, QStringLiteral("number"));
        QCOMPARE(core::StatsRepository(m_temp->connection()).counts()->orderLines, 1);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
