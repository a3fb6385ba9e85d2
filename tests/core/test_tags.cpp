#include "TempDatabase.h"
#include "storage/CustomerRepository.h"
#include "storage/TagRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using core::RowId;

// Tags on a real database: rename and recolour, usage counts, removal that
// hands back what an undo needs, and tagging many customers at once.
class TestTags : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    core::ChangeHub m_hub;

    RowId customer(const QString& name)
    {
        core::Customer c;
        c.name = name;
        auto id = core::CustomerRepository(m_temp->connection()).create(c);
        return id ? *id : 0;
    }
    core::TagRepository tags() { return core::TagRepository(m_temp->connection(), &m_hub); }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    }
    void cleanup() { m_temp.reset(); }

    void renamesAndRecolours_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("color");
        QTest::addColumn<QString>("badField"); // empty: accepted
        QTest::addRow("plain") << QStringLiteral("Wholesale") << QStringLiteral("#33AA66")
                               << QString();
        QTest::addRow("chinese") << QStringLiteral("  重要 客户 ") << QStringLiteral("#d4a017")
                                 << QString();
        QTest::addRow("taken") << QStringLiteral("lead") << QStringLiteral("#123456")
                               << QStringLiteral("name");
        QTest::addRow("empty") << QStringLiteral("  ") << QStringLiteral("#123456")
                               << QStringLiteral("name");
        QTest::addRow("bad colour")
            << QStringLiteral("Other") << QStringLiteral("red") << QStringLiteral("color");
    }
    void renamesAndRecolours()
    {
        QFETCH(QString, name);
        QFETCH(QString, color);
        QFETCH(QString, badField);
        auto vip = tags().create({0, QStringLiteral("VIP"), QStringLiteral("#888888")});
        QVERIFY(vip && tags().create({0, QStringLiteral("Lead"), {}}));
        QSignalSpy spy(&m_hub, &core::ChangeHub::changed);
        core::Status renamed = tags().rename(*vip, name);
        core::Status recoloured = tags().setColor(*vip, color);
        if (badField == QStringLiteral("name")) {
            QVERIFY(!renamed);
            QCOMPARE(renamed.error().field, badField);
            QCOMPARE(tags().get(*vip)->name, QStringLiteral("VIP"));
        } else if (badField == QStringLiteral("color")) {
            QVERIFY(!recoloured);
            QCOMPARE(recoloured.error().field, badField);
            QCOMPARE(tags().get(*vip)->color, QStringLiteral("#888888"));
        } else {
            QVERIFY(renamed && recoloured);
            const core::Tag tag = *tags().get(*vip);
            QCOMPARE(tag.name, name.simplified());
            QCOMPARE(tag.color, color.toLower());
            QVERIFY(spy.count() >= 2);
            QCOMPARE(spy.first().at(0).value<core::Entity>(), core::Entity::Tag);
        }
    }

    void tagsManyCustomersAndCounts()
    {
        const RowId a = customer(QStringLiteral("张伟")), b = customer(QStringLiteral("Bob")),
                    c = customer(QStringLiteral("Carol"));
        auto vip = tags().create({0, QStringLiteral("VIP"), {}});
        QVERIFY(vip);
        auto added = tags().addToCustomers(*vip, {a, b});
        QCOMPARE(*added, (QList<RowId>{a, b}));
        // Already tagged customers are not reported again: an undo leaves them.
        added = tags().addToCustomers(*vip, {b, c});
        QCOMPARE(*added, (QList<RowId>{c}));
        QCOMPARE(tags().usageCounts()->value(*vip), 3);
        QVERIFY(core::CustomerRepository(m_temp->connection()).remove(b));
        QCOMPARE(tags().usageCounts()->value(*vip), 2); // deleted customers don't count
        auto removed = tags().removeFromCustomers(*vip, {a, c});
        QCOMPARE(*removed, (QList<RowId>{a, c}));
        QCOMPARE(*tags().customersWith(*vip), (QList<RowId>{b}));
        QVERIFY(!tags().addToCustomers(9999, {a}));
    }

    void removeAndRestoreKeepAssignments()
    {
        const RowId a = customer(QStringLiteral("Ann")), b = customer(QStringLiteral("Ben"));
        auto vip = tags().create({0, QStringLiteral("VIP"), QStringLiteral("#aa3366")});
        QVERIFY(tags().addToCustomers(*vip, {a, b}));
        auto removed = tags().remove(*vip);
        QVERIFY(removed);
        QCOMPARE(removed->customerIds, (QList<RowId>{a, b}));
        QCOMPARE(tags().all()->size(), 0);
        QCOMPARE(core::CustomerRepository(m_temp->connection()).tags(a)->size(), 0);
        QVERIFY(tags().restore(*removed));
        const core::Tag back = *tags().get(*vip);
        QCOMPARE(back.name, QStringLiteral("VIP"));
        QCOMPARE(back.color, QStringLiteral("#aa3366"));
        QCOMPARE(*tags().customersWith(*vip), (QList<RowId>{a, b}));
        QCOMPARE(tags().byName(QStringLiteral("vip"))->id, *vip);
        QCOMPARE(tags().remove(12345).error().code, core::Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "test_tags.moc"
