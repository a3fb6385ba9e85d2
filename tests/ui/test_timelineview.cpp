#include "FixedClock.h"
#include "Session.h"
#include "activities/ActivityDialog.h"
#include "activities/OverdueDialog.h"
#include "activities/ReminderNotifier.h"
#include "activities/TimelineModel.h"
#include "activities/TimelineView.h"
#include "panels/CustomerDetailPane.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;

// The customer timeline widget, the activity dialog's undoable writes, the
// reminder notifier's timer and the overdue list, offscreen on a real file.
class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsItemsNewestFirst();
    void addingANotePushesAnUndoableCommand();
    void emptyNoteIsRefusedInline();
    void markDoneIsUndoable();
    void overdueIsHighlighted();
    void loadsMoreOnScroll();
    void reminderNotifierFiresOnce();
    void overdueDialogMarksDoneAndSnoozes();
    void screenshot();
    void detailsShowCustomFieldValues();

private:
    core::RowId activity(core::ActivityKind kind, const QString& subject, const QDateTime& due = {},
                         const QDateTime& remind = {});
    core::RowId order(const QDate& on, std::int64_t unitMinor);
    QStringList titles(const ui::TimelineModel* model) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<testing::FixedClock> m_clock;
    core::RowId m_customer = 0;
};

void TestTimelineView::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = ui::Session::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    // Noon UTC, so "today" is the same day in every test machine's zone.
    m_clock =
        std::make_unique<testing::FixedClock>(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
    core::Customer c;
    c.name = QStringLiteral("陈静");
    c.email = QStringLiteral("chen.jing@example.com");
    auto id =
        core::CustomerRepository(m_session->connection(), m_session->hub(), *m_clock).create(c);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    m_customer = *id;
}

void TestTimelineView::cleanup()
{
    m_session.reset();
}

core::RowId TestTimelineView::activity(core::ActivityKind kind, const QString& subject,
                                       const QDateTime& due, const QDateTime& remind)
{
    core::Activity a;
    a.customerId = m_customer;
    a.kind = kind;
    a.subject = subject;
    a.dueAt = due;
    a.remindAt = remind;
    auto id =
        core::ActivityRepository(m_session->connection(), m_session->hub(), *m_clock).create(a);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

core::RowId TestTimelineView::order(const QDate& on, std::int64_t unitMinor)
{
    core::Product p;
    p.sku = QStringLiteral("SKU-%1").arg(unitMinor);
    p.name = QStringLiteral("龙井茶");
    p.price.minor = unitMinor;
    const auto productId = core::ProductRepository(m_session->connection()).create(p);
    if (!productId)
        qFatal("%s", qPrintable(productId.error().message));
    core::Order o;
    o.customerId = m_customer;
    o.orderedOn = on;
    o.status = core::OrderStatus::Paid;
    core::OrderLine line;
    line.productId = *productId;
    line.quantity = 3;
    line.unitPriceMinor = unitMinor;
    o.lines << line;
    auto id = core::OrderRepository(m_session->connection(), m_session->hub(), *m_clock).create(o);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

QStringList TestTimelineView::titles(const ui::TimelineModel* model) const
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row).data().toString();
    return result;
}

void TestTimelineView::showsItemsNewestFirst()
{
    m_clock->advanceSecs(3600);
    activity(core::ActivityKind::Call, QStringLiteral("询价电话"));
    order(QDate(2026, 6, 16), 8800);
    m_clock->advanceSecs(2 * 86400);
    activity(core::ActivityKind::Meeting, QStringLiteral("Visit in Hangzhou"));

    ui::TimelineView view(m_session.get(), *m_clock);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setCustomer(m_customer);
    QCOMPARE(titles(view.model()),
             (QStringList{QStringLiteral("Visit in Hangzhou"), QStringLiteral("Order SO-000001"),
                          QStringLiteral("询价电话"), QStringLiteral("Customer created")}));

    // A write elsewhere shows up without a manual refresh.
    activity(core::ActivityKind::Note, QStringLiteral("Likes green tea"));
    QTRY_COMPARE(view.model()->rowCount(), 5);
    QCOMPARE(view.model()->index(0).data().toString(), QStringLiteral("Likes green tea"));
}

void TestTimelineView::addingANotePushesAnUndoableCommand()
{
    QUndoStack stack;
    ui::TimelineView view(m_session.get(), *m_clock);
    view.setUndoStack(&stack);
    view.setCustomer(m_customer);
    QCOMPARE(view.model()->rowCount(), 1);

    auto* button = view.findChild<QPushButton*>(QStringLiteral("addNoteButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = view.findChild<ui::ActivityDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("subjectLineEdit"))
        ->setText(QStringLiteral("客户想要样品"));
    dialog->accept();

    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("New note 客户想要样品"));
    const auto stored = core::ActivityRepository(m_session->connection()).forCustomer(m_customer);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->at(0).subject, QStringLiteral("客户想要样品"));
    QCOMPARE(stored->at(0).kind, core::ActivityKind::Note);
    QTRY_COMPARE(view.model()->rowCount(), 2);

    stack.undo();
    QVERIFY(core::ActivityRepository(m_session->connection()).forCustomer(m_customer)->isEmpty());
    QTRY_COMPARE(view.model()->rowCount(), 1);
    stack.redo();
    QTRY_COMPARE(view.model()->rowCount(), 2);
}

void TestTimelineView::emptyNoteIsRefusedInline()
{
    QUndoStack stack;
    ui::TimelineView view(m_session.get(), *m_clock);
    view.setUndoStack(&stack);
    view.setCustomer(m_customer);
    ui::ActivityDialog* dialog = view.addActivity(core::ActivityKind::Task);
    QVERIFY(dialog);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(stack.count(), 0);

    // A preset reminder without a due time is refused too.
    dialog->findChild<QLineEdit*>(QStringLiteral("subjectLineEdit"))->setText(QStringLiteral("x"));
    dialog->setDueChecked(false);
    dialog->setReminder(ui::ActivityDialog::Reminder::Hour1);
    QVERIFY(!dialog->validate());
    dialog->setDueChecked(true);
    QVERIFY(dialog->validate());
    const core::Activity a = dialog->activity();
    QCOMPARE(a.remindAt.secsTo(a.dueAt), 3600);
    dialog->reject();
}

void TestTimelineView::markDoneIsUndoable()
{
    const core::RowId id = activity(core::ActivityKind::Task, QStringLiteral("Send samples"),
                                    m_clock->nowUtc().addDays(2));
    QUndoStack stack;
    ui::TimelineView view(m_session.get(), *m_clock);
    view.setUndoStack(&stack);
    view.setCustomer(m_customer);
    QCOMPARE(view.model()->index(0).data(ui::TimelineModel::RefIdRole).toLongLong(), id);
    view.setDone(0, true);
    QVERIFY(core::ActivityRepository(m_session->connection()).get(id)->isDone());
    QTRY_VERIFY(view.model()->index(0).data(ui::TimelineModel::DoneRole).toBool());
    stack.undo();
    QVERIFY(!core::ActivityRepository(m_session->connection()).get(id)->isDone());
    QTRY_VERIFY(!view.model()->index(0).data(ui::TimelineModel::DoneRole).toBool());
}

void TestTimelineView::overdueIsHighlighted()
{
    activity(core::ActivityKind::Task, QStringLiteral("late"), m_clock->nowUtc().addSecs(-60));
    activity(core::ActivityKind::Task, QStringLiteral("not yet"), m_clock->nowUtc().addSecs(60));
    ui::TimelineView view(m_session.get(), *m_clock);
    view.setCustomer(m_customer);
    QCOMPARE(view.model()->index(0).data().toString(), QStringLiteral("not yet"));
    QVERIFY(!view.model()->index(0).data(ui::TimelineModel::OverdueRole).toBool());
    QVERIFY(view.model()->index(1).data(ui::TimelineModel::OverdueRole).toBool());
}

void TestTimelineView::loadsMoreOnScroll()
{
    for (int i = 0; i < ui::TimelineModel::kPageSize + 10; ++i) {
        m_clock->advanceSecs(60);
        activity(core::ActivityKind::Note, QStringLiteral("note %1").arg(i));
    }
    ui::TimelineView view(m_session.get(), *m_clock);
    view.resize(400, 300);
    view.setCustomer(m_customer);
    QCOMPARE(view.model()->rowCount(), ui::TimelineModel::kPageSize);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.listView()->scrollToBottom();
    QTRY_COMPARE(view.model()->rowCount(), ui::TimelineModel::kPageSize + 11);
    QCOMPARE(view.model()->index(view.model()->rowCount() - 1).data().toString(),
             QStringLiteral("Customer created"));
}

void TestTimelineView::reminderNotifierFiresOnce()
{
    const QDateTime due = m_clock->nowUtc().addSecs(3600);
    const core::RowId id = activity(core::ActivityKind::Call, QStringLiteral("Call back 陈静"), due,
                                    m_clock->nowUtc().addSecs(1));
    {
        ui::ReminderNotifier notifier(m_session.get(), *m_clock);
        notifier.setShowNotifications(false);
        notifier.setMaximumWaitMs(100); // a short timer: the test moves the clock
        QSignalSpy spy(&notifier, &ui::ReminderNotifier::reminderDue);
        notifier.start();
        QCOMPARE(spy.count(), 0);
        QVERIFY(notifier.armedFor().isValid());
        QTest::qWait(250); // wakes, but nothing is due yet
        QCOMPARE(spy.count(), 0);
        m_clock->advanceSecs(1);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
        QCOMPARE(spy.at(0).at(0).value<core::Activity>().id, id);
        QTest::qWait(250);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!notifier.armedFor().isValid());
    }
    // "Restart": a new notifier does not fire it again.
    ui::ReminderNotifier again(m_session.get(), *m_clock);
    again.setShowNotifications(false);
    QSignalSpy spy(&again, &ui::ReminderNotifier::reminderDue);
    again.start();
    QTest::qWait(150);
    QCOMPARE(spy.count(), 0);

    // A new reminder re-arms the timer through the ChangeHub.
    activity(core::ActivityKind::Task, QStringLiteral("now"), due, m_clock->nowUtc());
    QTRY_COMPARE(spy.count(), 1);
}

void TestTimelineView::overdueDialogMarksDoneAndSnoozes()
{
    QVERIFY(!ui::OverdueDialog::hasOverdue(m_session.get(), *m_clock));
    const core::RowId late =
        activity(core::ActivityKind::Task, QStringLiteral("寄合同"), m_clock->nowUtc().addDays(-2));
    const core::RowId later =
        activity(core::ActivityKind::Call, QStringLiteral("Call"), m_clock->nowUtc().addSecs(-60),
                 m_clock->nowUtc().addSecs(-120));
    QVERIFY(ui::OverdueDialog::hasOverdue(m_session.get(), *m_clock));
    QUndoStack stack;
    ui::OverdueDialog dialog(m_session.get(), &stack, *m_clock);
    QCOMPARE(dialog.count(), 2);
    auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("overdueTree"));
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("陈静"));

    tree->topLevelItem(0)->setSelected(true);
    dialog.markSelectedDone();
    QVERIFY(core::ActivityRepository(m_session->connection()).get(late)->isDone());
    QCOMPARE(dialog.count(), 1);
    stack.undo();
    QCOMPARE(dialog.count(), 2);

    tree->topLevelItem(1)->setSelected(true);
    dialog.snoozeSelected();
    const core::Activity snoozed = *core::ActivityRepository(m_session->connection()).get(later);
    QCOMPARE(snoozed.dueAt, m_clock->nowUtc().addDays(1));
    QCOMPARE(snoozed.remindAt.secsTo(snoozed.dueAt), 60); // the reminder keeps its lead
    QCOMPARE(dialog.count(), 1);

    QSignalSpy open(&dialog, &ui::OverdueDialog::openCustomer);
    tree->topLevelItem(0)->setSelected(true);
    dialog.openSelectedCustomer();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), m_customer);
}

void TestTimelineView::screenshot()
{
    core::Customer c = *core::CustomerRepository(m_session->connection()).get(m_customer);
    m_clock->advanceSecs(86400);
    order(QDate(2026, 6, 16), 12800);
    m_clock->advanceSecs(86400);
    activity(core::ActivityKind::Email, QStringLiteral("报价单：龙井茶 2026 春季"));
    m_clock->advanceSecs(86400);
    c.phone = QStringLiteral("+86 571 8888 1234");
    QVERIFY(core::CustomerRepository(m_session->connection(), m_session->hub(), *m_clock)
                .update(c)
                .ok());
    activity(core::ActivityKind::Task, QStringLiteral("寄送样品给陈经理"),
             m_clock->nowUtc().addDays(1));
    m_clock->advanceSecs(2 * 86400);
    activity(core::ActivityKind::Call, QStringLiteral("Follow-up call about the tea order"));
    activity(core::ActivityKind::Meeting, QStringLiteral("在杭州见面"),
             m_clock->nowUtc().addDays(2));
    m_clock->advanceSecs(3600);

    ui::TimelineView view(m_session.get(), *m_clock);
    view.resize(460, 520);
    view.setCustomer(m_customer);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 7);
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(view.grab().save(dir + QStringLiteral("/timeline.png")));

    // The timeline as a tab of the customer pane.
    QUndoStack stack;
    ui::CustomerDetailPane pane(m_session.get());
    pane.setUndoStack(&stack);
    pane.resize(460, 600);
    pane.showCustomer(m_customer);
    pane.tabs()->setCurrentWidget(pane.timeline());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.timeline()->model()->rowCount(), 7);
    QCOMPARE(pane.timeline()->undoStack(), &stack);
    if (!dir.isEmpty())
        QVERIFY(pane.grab().save(dir + QStringLiteral("/customer-pane.png")));
}

// The Details tab lists the customer's custom field values under their labels,
// in field order, and leaves out fields without a value.
void TestTimelineView::detailsShowCustomFieldValues()
{
    const QSqlDatabase db = m_session->connection();
    core::CustomFieldRepository fields(db);
    core::CustomFieldDef level;
    level.key = QStringLiteral("member_level");
    level.label = QStringLiteral("会员等级");
    level.type = core::CustomFieldType::Choice;
    level.choices = {QStringLiteral("Gold"), QStringLiteral("VIP")};
    QVERIFY(fields.create(level));
    core::CustomFieldDef birthday;
    birthday.key = QStringLiteral("birthday");
    birthday.label = QStringLiteral("Birthday");
    birthday.type = core::CustomFieldType::Date;
    QVERIFY(fields.create(birthday));
    core::CustomerRepository customers(db);
    auto customer = customers.get(m_customer);
    QVERIFY(customer);
    customer->custom = QStringLiteral(R"({"member_level":"VIP"})");
    QVERIFY(customers.update(*customer));

    ui::CustomerDetailPane pane(m_session.get());
    pane.showCustomer(m_customer);
    const QString details = pane.findChild<QLabel*>(QStringLiteral("detailContactLabel"))->text();
    QVERIFY2(details.contains(QStringLiteral("会员等级: VIP")), qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("Birthday")), qPrintable(details));
}

QTEST_MAIN(TestTimelineView)
#include "test_timelineview.moc"
