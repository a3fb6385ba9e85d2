#include "FixedClock.h"
#include "TempDatabase.h"
#include "customize/ReminderScheduler.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using core::Activity;
using core::ActivityKind;

// Activities on a real file: validation, soft delete, done, the overdue list and
// reminders that fire once, at their time, across a "restart".
class TestActivities : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;
    core::ChangeHub m_hub;

    static QDateTime at(const char* iso)
    {
        return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
    }

    core::ActivityRepository repo()
    {
        return core::ActivityRepository(m_temp->connection(), &m_hub, *m_clock);
    }

    core::RowId customer(const QString& name)
    {
        core::Customer c;
        c.name = name;
        auto id = core::CustomerRepository(m_temp->connection()).create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    core::RowId task(core::RowId customerId, const QString& subject, const QDateTime& due,
                     const QDateTime& remind = {})
    {
        Activity a;
        a.customerId = customerId;
        a.kind = ActivityKind::Task;
        a.subject = subject;
        a.dueAt = due;
        a.remindAt = remind;
        auto id = repo().create(a);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<testing::FixedClock>(at("2026-03-10T09:00:00Z"));
    }
    void cleanup() { m_temp.reset(); }

    void validates_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("withCustomer");
        QTest::addColumn<int>("remindOffsetSecs"); // relative to due; 0: no reminder
        QTest::addColumn<QString>("errorField");
        QTest::addRow("subject only") << "Call back"
                                      << "" << true << 0 << "";
        QTest::addRow("body only") << ""
                                   << "Asked for a quote" << true << 0 << "";
        QTest::addRow("neither") << "  "
                                 << " \n"
                                 << true << 0 << "subject";
        QTest::addRow("no customer or deal") << "Call"
                                             << "" << false << 0 << "customer";
        QTest::addRow("reminder before due") << "Call"
                                             << "" << true << -3600 << "";
        QTest::addRow("reminder after due") << "Call"
                                            << "" << true << 60 << "remind_at";
    }
    void validates()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(bool, withCustomer);
        QFETCH(int, remindOffsetSecs);
        QFETCH(QString, errorField);
        Activity a;
        a.subject = subject;
        a.body = body;
        if (withCustomer)
            a.customerId = customer(QStringLiteral("张伟"));
        a.dueAt = at("2026-03-11T10:00:00Z");
        if (remindOffsetSecs != 0)
            a.remindAt = a.dueAt.addSecs(remindOffsetSecs);
        auto id = repo().create(a);
        if (errorField.isEmpty()) {
            QVERIFY2(id.ok(), qPrintable(id.error().message));
        } else {
            QVERIFY(!id.ok());
            QCOMPARE(id.error().code, core::Error::Code::Validation);
            QCOMPARE(id.error().field, errorField);
        }
    }

    void createUpdateDeleteRestore()
    {
        const core::RowId cid = customer(QStringLiteral("Li Na"));
        QSignalSpy spy(&m_hub, &core::ChangeHub::changed);
        Activity a;
        a.customerId = cid;
        a.kind = ActivityKind::Meeting;
        a.subject = QStringLiteral("  Visit   the plant ");
        a.body = QStringLiteral("Bring samples\n");
        a.dueAt = at("2026-03-12T06:30:00Z");
        auto id = repo().create(a);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<core::Entity>(), core::Entity::Activity);

        auto stored = repo().get(*id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->subject, QStringLiteral("Visit the plant"));
        QCOMPARE(stored->body, QStringLiteral("Bring samples"));
        QCOMPARE(stored->kind, ActivityKind::Meeting);
        QCOMPARE(stored->dueAt, a.dueAt);
        QVERIFY(!stored->remindAt.isValid());
        QCOMPARE(stored->createdAt, QStringLiteral("2026-03-10T09:00:00.000Z"));

        Activity edited = *stored;
        edited.kind = ActivityKind::Call;
        edited.dueAt = {};
        QVERIFY(repo().update(edited).ok());
        QCOMPARE(repo().get(*id)->kind, ActivityKind::Call);
        QVERIFY(!repo().get(*id)->dueAt.isValid());

        QVERIFY(repo().remove(*id).ok());
        QCOMPARE(repo().get(*id).error().code, core::Error::Code::NotFound);
        QVERIFY(repo().forCustomer(cid)->isEmpty());
        QCOMPARE(repo().update(edited).error().code, core::Error::Code::NotFound);
        QVERIFY(repo().restore(*id).ok());
        QCOMPARE(repo().forCustomer(cid)->size(), 1);
    }

    void markDone()
    {
        const core::RowId id = task(customer(QStringLiteral("Wang")), QStringLiteral("Send quote"),
                                    at("2026-03-11T00:00:00Z"));
        QVERIFY(!repo().get(id)->isDone());
        QVERIFY(repo().markDone(id, true).ok());
        QCOMPARE(repo().get(id)->doneAt, m_clock->nowUtc());
        QVERIFY(repo().markDone(id, false).ok());
        QVERIFY(!repo().get(id)->isDone());
        QCOMPARE(repo().markDone(4711, true).error().code, core::Error::Code::NotFound);
    }

    void forCustomerNewestFirst()
    {
        const core::RowId cid = customer(QStringLiteral("Zhao"));
        const core::RowId other = customer(QStringLiteral("Qian"));
        const core::RowId first = task(cid, QStringLiteral("first"), {});
        m_clock->advanceSecs(60);
        const core::RowId second = task(cid, QStringLiteral("second"), {});
        task(other, QStringLiteral("not theirs"), {});
        const auto list = repo().forCustomer(cid);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, second);
        QCOMPARE(list->at(1).id, first);
    }

    void overdueOldestFirstWithCustomer()
    {
        const core::RowId zhang = customer(QStringLiteral("张伟"));
        const core::RowId li = customer(QStringLiteral("Li"));
        const core::RowId late = task(zhang, QStringLiteral("late"), at("2026-03-09T12:00:00Z"));
        const core::RowId later = task(li, QStringLiteral("very late"), at("2026-03-01T12:00:00Z"));
        task(zhang, QStringLiteral("future"), at("2026-03-10T09:00:01Z"));
        task(zhang, QStringLiteral("no due"), {});
        const core::RowId done = task(li, QStringLiteral("done"), at("2026-03-02T00:00:00Z"));
        QVERIFY(repo().markDone(done, true).ok());
        const core::RowId deleted = task(li, QStringLiteral("gone"), at("2026-03-02T00:00:00Z"));
        QVERIFY(repo().remove(deleted).ok());

        const auto list = repo().overdue(m_clock->nowUtc());
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, later);
        QCOMPARE(list->at(0).customerName, QStringLiteral("Li"));
        QCOMPARE(list->at(1).id, late);
        QCOMPARE(list->at(1).customerName, QStringLiteral("张伟"));
        QVERIFY(list->at(1).isOverdue(m_clock->nowUtc()));

        // A deleted customer's tasks leave the list with the customer.
        QVERIFY(core::CustomerRepository(m_temp->connection()).remove(li).ok());
        QCOMPARE(repo().overdue(m_clock->nowUtc())->size(), 1);
    }

    void remindersFireOnceAtTheirTime()
    {
        const core::RowId cid = customer(QStringLiteral("Sun"));
        const QDateTime due = at("2026-03-10T10:00:00Z");
        const core::RowId id = task(cid, QStringLiteral("Call Sun"), due, due.addSecs(-900));
        core::ReminderScheduler scheduler(m_temp->connection(), *m_clock);
        QCOMPARE(*scheduler.nextReminderAt(), due.addSecs(-900));

        m_clock->advanceSecs(45 * 60 - 1); // one second before the reminder
        QVERIFY(scheduler.check()->isEmpty());

        m_clock->advanceSecs(1);
        const auto fired = scheduler.check();
        QVERIFY(fired.ok());
        QCOMPARE(fired->size(), 1);
        QCOMPARE(fired->at(0).id, id);
        QCOMPARE(fired->at(0).customerName, QStringLiteral("Sun"));
        QCOMPARE(repo().get(id)->remindedAt, m_clock->nowUtc());

        m_clock->advanceSecs(3600);
        QVERIFY(scheduler.check()->isEmpty());
        QVERIFY(!scheduler.nextReminderAt()->isValid());
    }

    void remindersSurviveRestart()
    {
        const core::RowId cid = customer(QStringLiteral("Zhou"));
        const QDateTime due = at("2026-03-10T12:00:00Z");
        task(cid, QStringLiteral("a"), due, at("2026-03-10T09:30:00Z"));
        task(cid, QStringLiteral("b"), due, at("2026-03-10T11:00:00Z"));
        m_clock->advanceSecs(3600); // 10:00
        {
            core::ReminderScheduler scheduler(m_temp->connection(), *m_clock);
            QCOMPARE(scheduler.check()->size(), 1);
        }
        // A new process: its own connection to the same file.
        auto reopened = core::Database::open(m_temp->path());
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        core::ReminderScheduler again(reopened->connection(), *m_clock);
        QVERIFY(again.check()->isEmpty());
        QCOMPARE(*again.nextReminderAt(), at("2026-03-10T11:00:00Z"));
        m_clock->advanceSecs(3600);
        const auto fired = again.check();
        QCOMPARE(fired->size(), 1);
        QCOMPARE(fired->at(0).subject, QStringLiteral("b"));
    }

    void noRemindersForDoneOrDeleted()
    {
        const core::RowId cid = customer(QStringLiteral("Wu"));
        const QDateTime due = at("2026-03-10T12:00:00Z");
        const core::RowId done = task(cid, QStringLiteral("done"), due, due);
        const core::RowId gone = task(cid, QStringLiteral("gone"), due, due);
        const core::RowId ofDeleted = task(customer(QStringLiteral("Zheng")),
                                           QStringLiteral("of a deleted customer"), due, due);
        QVERIFY(repo().markDone(done, true).ok());
        QVERIFY(repo().remove(gone).ok());
        QVERIFY(core::CustomerRepository(m_temp->connection())
                    .remove(*repo().get(ofDeleted)->customerId)
                    .ok());
        core::ReminderScheduler scheduler(m_temp->connection(), *m_clock);
        QVERIFY(!scheduler.nextReminderAt()->isValid());
        m_clock->advanceSecs(86400);
        QVERIFY(scheduler.check()->isEmpty());
    }

    void movedReminderFiresAgain()
    {
        const core::RowId cid = customer(QStringLiteral("Feng"));
        const QDateTime due = at("2026-03-12T12:00:00Z");
        const core::RowId id = task(cid, QStringLiteral("call"), due, m_clock->nowUtc());
        core::ReminderScheduler scheduler(m_temp->connection(), *m_clock);
        QCOMPARE(scheduler.check()->size(), 1);

        // Editing without touching the reminder keeps it fired...
        Activity a = *repo().get(id);
        a.body = QStringLiteral("new text");
        QVERIFY(repo().update(a).ok());
        QVERIFY(repo().get(id)->remindedAt.isValid());
        // ...moving it (a snooze) arms it again.
        a.remindAt = m_clock->nowUtc().addSecs(600);
        QVERIFY(repo().update(a).ok());
        QVERIFY(!repo().get(id)->remindedAt.isValid());
        QVERIFY(scheduler.check()->isEmpty());
        m_clock->advanceSecs(600);
        QCOMPARE(scheduler.check()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestActivities)
#include "test_activities.moc"
