#include "FixedClock.h"
#include "TempDatabase.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"
#include "storage/Timeline.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rapport;
using core::TimelineItem;

// A customer's timeline merged from activities, orders, deals and the audit
// log: order, kinds, texts and keyset paging.
class TestTimeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;
    core::RowId m_customer = 0;
    core::RowId m_product = 0;

    core::CustomerRepository customers()
    {
        return core::CustomerRepository(m_temp->connection(), nullptr, *m_clock);
    }

    core::RowId note(const QString& subject, core::ActivityKind kind = core::ActivityKind::Note,
                     core::RowId customerId = 0)
    {
        core::Activity a;
        a.customerId = customerId ? customerId : m_customer;
        a.kind = kind;
        a.subject = subject;
        auto id = core::ActivityRepository(m_temp->connection(), nullptr, *m_clock).create(a);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    core::RowId order(const QDate& on)
    {
        core::Order o;
        o.customerId = m_customer;
        o.orderedOn = on;
        core::OrderLine line;
        line.productId = m_product;
        line.quantity = 2;
        line.unitPriceMinor = 1250;
        o.lines << line;
        auto id = core::OrderRepository(m_temp->connection(), nullptr, *m_clock).create(o);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    bool exec(const QString& statement)
    {
        QSqlQuery q(m_temp->connection());
        if (!q.exec(statement)) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    QList<TimelineItem> page(int limit, const core::TimelineCursor& before = {})
    {
        auto items = core::Timeline(m_temp->connection()).page(m_customer, limit, before);
        if (!items)
            qFatal("%s", qPrintable(items.error().message));
        return *items;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<testing::FixedClock>(
            QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        core::Customer c;
        c.name = QStringLiteral("王芳");
        c.email = QStringLiteral("wang@example.com");
        m_customer = *customers().create(c);
        core::Product p;
        p.sku = QStringLiteral("TEA-1");
        p.name = QStringLiteral("Longjing");
        p.price.minor = 1250;
        m_product = *core::ProductRepository(m_temp->connection()).create(p);
    }
    void cleanup() { m_temp.reset(); }

    void mergesNewestFirst()
    {
        // 09:00 created (audit), 10:00 a note, order dated 2026-04-02 (00:00),
        // 2026-04-02 08:00 e-mail changed, then a call; a deal in between.
        m_clock->advanceSecs(3600);
        const core::RowId noteId = note(QStringLiteral("First contact"));
        order(QDate(2026, 4, 2));
        m_clock->advanceSecs(22 * 3600); // 2026-04-02 08:00
        core::Customer c = *customers().get(m_customer);
        c.email = QStringLiteral("fang@example.com");
        QVERIFY(customers().update(c).ok());
        QVERIFY(
            exec(QStringLiteral("INSERT INTO pipelines (id, uuid, name, created_at, updated_at) "
                                "VALUES (1, 'p', 'Sales', '2026-01-01', '2026-01-01');"
                                "")));
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO pipeline_stages (id, uuid, pipeline_id, name, created_at, updated_at) "
            "VALUES (1, 's', 1, 'Proposal', '2026-01-01', '2026-01-01')")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO deals (uuid, title, pipeline_id, stage_id, customer_id, "
                           "amount_minor, stage_changed_at, created_at, updated_at) VALUES "
                           "('d', '年度合同', 1, 1, %1, 500000, '2026-04-02T12:00:00.000Z', "
                           "'2026-04-02T09:00:00.000Z', '2026-04-02T12:00:00.000Z')")
                .arg(m_customer)));
        m_clock->advanceSecs(5 * 3600); // 13:00
        const core::RowId callId = note(QStringLiteral("Called back"), core::ActivityKind::Call);

        const auto items = page(50);
        QStringList titles;
        for (const TimelineItem& item : items)
            titles << item.title;
        QCOMPARE(titles, (QStringList{
                             QStringLiteral("Called back"),
                             QStringLiteral("Deal “年度合同” moved to Proposal"),
                             QStringLiteral("New deal “年度合同”"),
                             QStringLiteral("E-mail"),
                             QStringLiteral("Order SO-000001"),
                             QStringLiteral("First contact"),
                             QStringLiteral("Customer created"),
                         }));
        QCOMPARE(items[0].kind, TimelineItem::Kind::Activity);
        QCOMPARE(items[0].activityKind, core::ActivityKind::Call);
        QCOMPARE(items[0].refId, callId);
        QCOMPARE(items[1].kind, TimelineItem::Kind::DealStage);
        QCOMPARE(items[2].amountMinor, 500000);
        QCOMPARE(items[3].kind, TimelineItem::Kind::FieldChange);
        QCOMPARE(items[3].field, QStringLiteral("email"));
        QVERIFY(items[3].detail.startsWith(QStringLiteral("wang@example.com → fang@example.com")));
        QCOMPARE(items[4].kind, TimelineItem::Kind::Order);
        QVERIFY(items[4].dateOnly);
        QCOMPARE(items[4].at, QDateTime(QDate(2026, 4, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(items[4].amountMinor, 2500);
        QCOMPARE(items[4].status, QStringLiteral("open"));
        QCOMPARE(items[5].refId, noteId);
    }

    void customFieldChangesUseTheLabel()
    {
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO custom_field_defs (uuid, entity, key, label, type, created_at, "
            "updated_at) VALUES ('f', 'customers', 'level', '客户等级', 'text', '2026-01-01', "
            "'2026-01-01')")));
        core::Customer c = *customers().get(m_customer);
        c.custom = QStringLiteral(R"({"level":"VIP"})");
        m_clock->advanceSecs(60);
        QVERIFY(customers().update(c).ok());
        const auto items = page(1);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].title, QStringLiteral("客户等级"));
        QCOMPARE(items[0].field, QStringLiteral("custom.level"));
        QVERIFY(items[0].detail.startsWith(QStringLiteral("(empty) → VIP")));
    }

    void pagesWithTies()
    {
        // Seven activities at the same moment plus the creation row: the cursor
        // must not skip or repeat any of them.
        QList<core::RowId> ids;
        for (int i = 0; i < 7; ++i)
            ids << note(QStringLiteral("note %1").arg(i));
        core::Customer other;
        other.name = QStringLiteral("Other");
        note(QStringLiteral("someone else's"), core::ActivityKind::Note,
             *customers().create(other));
        QList<TimelineItem> all;
        core::TimelineCursor cursor;
        int pages = 0;
        for (;;) {
            const auto items = page(3, cursor);
            if (items.isEmpty())
                break;
            ++pages;
            all += items;
            cursor = items.last().cursor;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(all.size(), 8);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(all[i].refId, ids[6 - i]);
        QCOMPARE(all[7].kind, TimelineItem::Kind::FieldChange);
    }

    void deletedThingsLeave()
    {
        const core::RowId n = note(QStringLiteral("gone soon"));
        const core::RowId o = order(QDate(2026, 4, 1));
        QCOMPARE(page(10).size(), 3);
        QVERIFY(core::ActivityRepository(m_temp->connection()).remove(n).ok());
        QVERIFY(core::OrderRepository(m_temp->connection()).remove(o).ok());
        QCOMPARE(page(10).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "test_timeline.moc"
