#pragma once

#include "Session.h"
#include "mining/MiningService.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"

#include <QHash>
#include <QStringList>

namespace rapport::testing {

// A small shop whose purchase rules are worked out by hand, for the GUI tests
// of the Insights panel and the "Also buys" card. Ten customers, one order
// each (啤酒 A, 尿布 B, 薯片 C, 牛奶 M, 面包 N):
//   c1..c3: A B C    c4: A B    c5, c6: A M    c7: C M    c8, c9: M N    c10: B N
// At 20% support (2 baskets), 20% confidence and lift >= 1 that gives 11 rules:
//   A,C⇒B lift 2      A,B⇒C 1.875 (conf .75)   B,C⇒A 1.667   B⇒C 1.5   C⇒B 1.5
//   A⇒B 1.333  B⇒A 1.333  M⇒N 1.333  N⇒M 1.333  A⇒C 1.25 (conf .5)  C⇒A 1.25
// (A⇒M and M⇒A have lift 0.667 and are left out).
struct PurchaseData
{
    QHash<QString, core::RowId> customers; // "c1".."c10"
    QHash<QString, core::RowId> products;  // "A", "B", "C", "M", "N"
    QString error;                         // what failed, if anything did

    static QString productName(const QString& letter)
    {
        static const QHash<QString, QString> names = {
            {QStringLiteral("A"), QStringLiteral("啤酒")},
            {QStringLiteral("B"), QStringLiteral("尿布")},
            {QStringLiteral("C"), QStringLiteral("薯片")},
            {QStringLiteral("M"), QStringLiteral("牛奶")},
            {QStringLiteral("N"), QStringLiteral("面包")},
        };
        return names.value(letter);
    }

    // Fills the session's database; false (with `error`) if a write failed.
    bool fill(ui::Session& session)
    {
        const QSqlDatabase db = session.connection();
        core::ProductRepository productRepository(db, session.hub());
        for (const QString& letter : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                      QStringLiteral("M"), QStringLiteral("N")}) {
            core::Product product;
            product.sku = QStringLiteral("SKU-") + letter;
            product.name = productName(letter);
            product.price.minor = 1000;
            auto id = productRepository.create(product);
            if (!id)
                return failed(id.error());
            products.insert(letter, *id);
        }
        const QList<QStringList> baskets = {
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
            {QStringLiteral("A"), QStringLiteral("B")},
            {QStringLiteral("A"), QStringLiteral("M")},
            {QStringLiteral("A"), QStringLiteral("M")},
            {QStringLiteral("C"), QStringLiteral("M")},
            {QStringLiteral("M"), QStringLiteral("N")},
            {QStringLiteral("M"), QStringLiteral("N")},
            {QStringLiteral("B"), QStringLiteral("N")},
        };
        core::CustomerRepository customerRepository(db, session.hub());
        core::OrderRepository orderRepository(db, session.hub());
        for (int i = 0; i < baskets.size(); ++i) {
            const QString key = QStringLiteral("c%1").arg(i + 1);
            core::Customer customer;
            customer.name = QStringLiteral("Customer %1").arg(i + 1);
            customer.email = QStringLiteral("c%1@example.com").arg(i + 1);
            // A phone a spreadsheet would read as a formula: exports guard it.
            customer.phone = QStringLiteral("+86 138 0013 80%1").arg(i + 10);
            auto customerId = customerRepository.create(customer);
            if (!customerId)
                return failed(customerId.error());
            customers.insert(key, *customerId);
            core::Order order;
            order.customerId = *customerId;
            order.number = QStringLiteral("SO-%1").arg(i + 1);
            order.orderedOn = QDate(2026, 1, 1).addDays(i);
            order.status = core::OrderStatus::Paid;
            for (const QString& letter : baskets.at(i)) {
                core::OrderLine line;
                line.productId = products.value(letter);
                line.unitPriceMinor = 1000;
                order.lines.append(line);
            }
            auto orderId = orderRepository.create(order);
            if (!orderId)
                return failed(orderId.error());
        }
        return true;
    }

    // Mines the rules above on the GUI connection and announces the run, as
    // MiningTask does after its worker.
    static core::Result<core::mining::MiningRun> mine(ui::Session& session)
    {
        core::mining::BasketQuery baskets;
        core::mining::MiningOptions mining;
        mining.minSupport = 0.2;
        core::mining::RuleOptions rules;
        rules.minConfidence = 0.2;
        rules.minLift = 1.0;
        core::SilentProgress progress;
        return core::mining::runMining(session.connection(), baskets, mining, rules, progress,
                                       session.hub());
    }

private:
    bool failed(const core::Error& e)
    {
        error = e.message;
        return false;
    }
};

} // namespace rapport::testing
