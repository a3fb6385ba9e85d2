#include "Session.h"
#include "SmtpTestServer.h"
#include "mail/MailMessage.h"
#include "mail/OutboxCountsBar.h"
#include "mail/OutboxDetailPane.h"
#include "mail/OutboxPage.h"
#include "mail/OutboxSendTask.h"
#include "mail/SuppressionsDialog.h"
#include "models/PagedTableModel.h"
#include "storage/ConsentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MailSettingsRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;
using core::mail::OutboxStatus;

// The outbox page on a real database file: rows queued through
// OutboxRepository, shown with translated statuses and counts, filtered by a
// click on a count, sent with Send Now and in the background to a real SMTP
// server (aiosmtpd on loopback), uncertain rows resolved, recipients opted out.
class TestOutboxPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsRowsWithTranslatedStatusesAndCounts();
    void filtersByStatus_data();
    void filtersByStatus();
    void detailPaneShowsTheCurrentRow();
    void sendNowDeliversTheQueuedRows();
    void sendNowWithoutServerSettingsSaysWhatToDo();
    void resolvesAnUncertainRow_data();
    void resolvesAnUncertainRow();
    void cancelsAndRetries();
    void optsOutTheRecipient_data();
    void optsOutTheRecipient();
    void backgroundSendingWaitsOfflineThenDelivers();
    void suppressionListAddsButNeverRemoves();

private:
    core::RowId addCustomer(const QString& name, const QString& email);
    // Queues one message per customer in one campaign; returns the row ids.
    QList<core::RowId> queue(const QList<core::RowId>& customers);
    void pointAt(int port);
    QString statusOf(core::RowId id) const;
    bool selectRow(core::RowId id);
    QString displayedStatus(core::RowId id) const;
    static int freePort();

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ui::OutboxPage> m_page;
    int m_campaigns = 0;
};

void TestOutboxPage::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = ui::Session::open(m_dir.filePath(
        QStringLiteral("outbox-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))
        + QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    core::MailSettingsRepository settings(m_session->connection());
    QVERIFY(settings.setIdentity({QStringLiteral("Tea Shop"), QStringLiteral("shop@example.com"),
                                  QStringLiteral("1 Tea Street, Hangzhou")}));
    core::mail::SendPace pace;
    pace.messagesPerMinute = 6000; // no waiting between messages in a test
    QVERIFY(settings.setPace(pace));
    m_stack = std::make_unique<QUndoStack>();
    m_page =
        std::make_unique<ui::OutboxPage>(ui::PanelContext{m_session.get(), m_stack.get(), nullptr});
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestOutboxPage::cleanup()
{
    m_page.reset();
    m_stack.reset();
    m_session.reset();
}

core::RowId TestOutboxPage::addCustomer(const QString& name, const QString& email)
{
    core::Customer customer;
    customer.name = name;
    customer.email = email;
    auto id = core::CustomerRepository(m_session->connection(), m_session->hub()).create(customer);
    return id ? *id : 0;
}

QList<core::RowId> TestOutboxPage::queue(const QList<core::RowId>& customers)
{
    core::OutboxRepository outbox(m_session->connection(), m_session->hub());
    core::CustomerRepository people(m_session->connection());
    core::Transaction tx(m_session->connection());
    core::CampaignRecord campaign;
    campaign.name = QStringLiteral("Spring %1").arg(++m_campaigns);
    campaign.body = {QStringLiteral("春茶上市 Spring tea"), QString(), QStringLiteral("Hello")};
    campaign.segmentKind = QStringLiteral("tag");
    campaign.segmentName = QStringLiteral("VIP");
    campaign.sender = {QStringLiteral("Tea Shop"), QStringLiteral("shop@example.com"),
                       QStringLiteral("1 Tea Street")};
    const auto campaignId = outbox.insertCampaign(campaign, int(customers.size()));
    if (!campaignId)
        return {};
    for (core::RowId customerId : customers) {
        const auto customer = people.get(customerId);
        if (!customer)
            return {};
        core::QueuedMessage message;
        message.customerId = customerId;
        message.toName = customer->name;
        message.toAddress = customer->email;
        message.subject = campaign.body.subject;
        message.text = QStringLiteral("Hello %1, the spring tea is here.").arg(customer->name);
        message.messageId = core::mail::newMessageId(campaign.sender.fromAddress);
        message.unsubscribeToken = core::Repository::newUuid();
        if (!outbox.insertMessage(*campaignId, message))
            return {};
    }
    if (!tx.commit())
        return {};
    m_session->hub()->notify(core::Entity::Outbox); // what the campaign service announces
    QList<core::RowId> ids;
    const auto rows = outbox.rows(std::nullopt);
    for (const core::mail::OutboxRow& row : *rows) {
        if (row.campaignId == *campaignId)
            ids << row.id;
    }
    return ids;
}

void TestOutboxPage::pointAt(int port)
{
    core::mail::SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = port;
    smtp.security = core::mail::SmtpSettings::Security::None;
    smtp.timeoutSeconds = 5;
    QVERIFY(core::MailSettingsRepository(m_session->connection()).setSmtp(smtp));
}

QString TestOutboxPage::statusOf(core::RowId id) const
{
    const auto row = core::OutboxRepository(m_session->connection()).get(id);
    return row ? core::mail::outboxStatusKey(row->status) : QString();
}

bool TestOutboxPage::selectRow(core::RowId id)
{
    return m_page->selectId(id);
}

QString TestOutboxPage::displayedStatus(core::RowId id) const
{
    ui::PagedTableModel* model = m_page->model();
    const int column = model->columnIndex(QStringLiteral("status"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->idAt(row) == id)
            return model->index(row, column).data().toString();
    }
    return QString();
}

// A port nothing listens on: one a test server had, after it stopped.
int TestOutboxPage::freePort()
{
    testing::SmtpTestServer probe;
    const int port = probe.isRunning() ? probe.port() : 0;
    probe.stop();
    return port;
}

void TestOutboxPage::showsRowsWithTranslatedStatusesAndCounts()
{
    const auto ids =
        queue({addCustomer(QStringLiteral("张伟"), QStringLiteral("zhang@example.com")),
               addCustomer(QStringLiteral("Ann"), QStringLiteral("ann@example.com")),
               addCustomer(QStringLiteral("Bob"), QStringLiteral("bob@example.com"))});
    QCOMPARE(ids.size(), 3);
    // One of them failed for good.
    core::OutboxRepository outbox(m_session->connection(), m_session->hub());
    QCOMPARE(*outbox.claim(ids[2]), core::ClaimOutcome::Claimed);
    QVERIFY(outbox.markFailed(ids[2], 550, QStringLiteral("550 5.1.1 No such user")));

    QCOMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(m_page->counts().value(OutboxStatus::Queued), 2);
    QCOMPARE(m_page->counts().value(OutboxStatus::Failed), 1);
    QCOMPARE(displayedStatus(ids[0]), core::mail::outboxStatusName(OutboxStatus::Queued));
    QCOMPARE(displayedStatus(ids[2]), core::mail::outboxStatusName(OutboxStatus::Failed));

    ui::OutboxCountsBar* bar = m_page->countsBar();
    QCOMPARE(bar->button(OutboxStatus::Queued)->text(),
             core::mail::outboxStatusName(OutboxStatus::Queued) + QStringLiteral(" 2"));
    QCOMPARE(bar->button(OutboxStatus::Failed)->text(),
             core::mail::outboxStatusName(OutboxStatus::Failed) + QStringLiteral(" 1"));
    QCOMPARE(bar->button(std::nullopt)->text(), QStringLiteral("All 3"));
    QVERIFY(bar->button(OutboxStatus::Queued)->isVisible());
    QVERIFY(!bar->button(OutboxStatus::Sent)->isVisible()); // nobody is in it
}

void TestOutboxPage::filtersByStatus_data()
{
    QTest::addColumn<QString>("status"); // "" = All
    QTest::addColumn<int>("rows");
    QTest::addRow("queued") << QStringLiteral("queued") << 2;
    QTest::addRow("failed") << QStringLiteral("failed") << 1;
    QTest::addRow("uncertain") << QStringLiteral("uncertain") << 1;
    QTest::addRow("all") << QString() << 4;
}

void TestOutboxPage::filtersByStatus()
{
    QFETCH(QString, status);
    QFETCH(int, rows);
    QList<core::RowId> customers;
    for (int i = 0; i < 4; ++i)
        customers << addCustomer(QStringLiteral("C%1").arg(i),
                                 QStringLiteral("c%1@example.com").arg(i));
    const auto ids = queue(customers);
    core::OutboxRepository outbox(m_session->connection(), m_session->hub());
    QCOMPARE(*outbox.claim(ids[0]), core::ClaimOutcome::Claimed);
    QVERIFY(outbox.markFailed(ids[0], 550, QStringLiteral("550 no")));
    QCOMPARE(*outbox.claim(ids[1]), core::ClaimOutcome::Claimed);
    QCOMPARE(*outbox.recoverInterrupted(), 1);
    m_session->hub()->notify(core::Entity::Outbox);

    const std::optional<OutboxStatus> wanted =
        status.isEmpty() ? std::nullopt : core::mail::outboxStatusFromKey(status);
    // First another filter, so "All" is a real change back.
    QTest::mouseClick(m_page->countsBar()->button(OutboxStatus::Failed), Qt::LeftButton);
    QTest::mouseClick(m_page->countsBar()->button(wanted), Qt::LeftButton);
    QCOMPARE(m_page->statusFilter(), wanted);
    QCOMPARE(m_page->model()->rowCount(), rows);
    QVERIFY(m_page->countsBar()->button(wanted)->isChecked());
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const QString key = m_page->model()
                                ->index(row, m_page->model()->columnIndex(QStringLiteral("status")))
                                .data(ui::PagedTableModel::SortRole)
                                .toString();
        if (wanted)
            QCOMPARE(key, status);
    }
}

void TestOutboxPage::detailPaneShowsTheCurrentRow()
{
    const auto ids =
        queue({addCustomer(QStringLiteral("王芳"), QStringLiteral("wang@example.com"))});
    core::OutboxRepository outbox(m_session->connection(), m_session->hub());
    QCOMPARE(*outbox.claim(ids[0]), core::ClaimOutcome::Claimed);
    QVERIFY(outbox.markRetry(ids[0], QStringLiteral("2030-01-01T08:00:00.000Z"), 451,
                             QStringLiteral("451 4.3.0 Try again later")));
    QVERIFY(selectRow(ids[0]));
    auto* pane = m_page->detailPane();
    QCOMPARE(pane->findChild<QLabel*>(QStringLiteral("detailToLabel"))->text(),
             QStringLiteral("王芳 <wang@example.com>"));
    QCOMPARE(pane->findChild<QLabel*>(QStringLiteral("detailSubjectLabel"))->text(),
             QStringLiteral("春茶上市 Spring tea"));
    QCOMPARE(pane->findChild<QLabel*>(QStringLiteral("detailAttemptsLabel"))->text(),
             QStringLiteral("1"));
    QVERIFY(!pane->findChild<QLabel*>(QStringLiteral("detailNextLabel"))->text().isEmpty());
    QVERIFY(pane->findChild<QLabel*>(QStringLiteral("detailReplyLabel"))
                ->text()
                .contains(QStringLiteral("451 4.3.0 Try again later")));
    QVERIFY(pane->findChild<QPlainTextEdit*>(QStringLiteral("detailTextEdit"))
                ->toPlainText()
                .contains(QStringLiteral("spring tea is here")));
    QVERIFY(pane->findChild<QLabel*>(QStringLiteral("uncertainNoteLabel"))->isHidden());
    // A queued row: cancel yes, retry and the uncertain choices no.
    QVERIFY(m_page->cancelAction()->isEnabled());
    QVERIFY(!m_page->retryAction()->isEnabled());
    QVERIFY(!m_page->markDeliveredAction()->isEnabled());
}

void TestOutboxPage::sendNowDeliversTheQueuedRows()
{
    testing::SmtpTestServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
    pointAt(server.port());
    const auto ids = queue({addCustomer(QStringLiteral("Ann"), QStringLiteral("ann@example.com")),
                            addCustomer(QStringLiteral("Bob"), QStringLiteral("bob@example.com")),
                            addCustomer(QStringLiteral("李娜"), QStringLiteral("li@example.com"))});
    QCOMPARE(m_page->counts().value(OutboxStatus::Queued), 3);

    QTest::mouseClick(m_page->findChild<QToolBar*>()->widgetForAction(m_page->sendNowAction()),
                      Qt::LeftButton);
    QVERIFY2(server.waitForMessages(3), qPrintable(server.log()));
    QTRY_COMPARE(m_page->counts().value(OutboxStatus::Sent), 3);
    QCOMPARE(m_page->counts().value(OutboxStatus::Queued), 0);
    QStringList received;
    for (const auto& message : server.messages())
        received << message.recipient;
    received.sort();
    QCOMPARE(received,
             QStringList({QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com"),
                          QStringLiteral("li@example.com")}));
    for (core::RowId id : ids)
        QCOMPARE(statusOf(id), QStringLiteral("sent"));
    QCOMPARE(displayedStatus(ids[0]), core::mail::outboxStatusName(OutboxStatus::Sent));
    QVERIFY2(m_page->statusText().startsWith(QStringLiteral("Sent 3")),
             qPrintable(m_page->statusText()));
    QVERIFY(!m_page->sendTask()->isRunning());
}

void TestOutboxPage::sendNowWithoutServerSettingsSaysWhatToDo()
{
    queue({addCustomer(QStringLiteral("Ann"), QStringLiteral("ann@example.com"))});
    m_page->sendNow();
    QVERIFY2(m_page->statusText().contains(QStringLiteral("E-mail Settings")),
             qPrintable(m_page->statusText()));
    QCOMPARE(m_page->counts().value(OutboxStatus::Queued), 1);
}

void TestOutboxPage::resolvesAnUncertainRow_data()
{
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("status");
    QTest::addRow("mark delivered") << true << QStringLiteral("sent");
    QTest::addRow("send again") << false << QStringLiteral("queued");
}

void TestOutboxPage::resolvesAnUncertainRow()
{
    QFETCH(bool, delivered);
    QFETCH(QString, status);
    const auto ids = queue({addCustomer(QStringLiteral("Ann"), QStringLiteral("ann@example.com"))});
    // A sender claimed the row and the process died before the reply.
    core::OutboxRepository outbox(m_session->connection(), m_session->hub());
    QCOMPARE(*outbox.claim(ids[0]), core::ClaimOutcome::Claimed);
    QCOMPARE(*outbox.recoverInterrupted(), 1);
    m_session->hub()->notify(core::Entity::Outbox);
    QCOMPARE(m_page->counts().value(OutboxStatus::Uncertain), 1);

    QVERIFY(selectRow(ids[0]));
    QCOMPARE(displayedStatus(ids[0]), core::mail::outboxStatusName(OutboxStatus::Uncertain));
    auto* note = m_page->detailPane()->findChild<QLabel*>(QStringLiteral("uncertainNoteLabel"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("check your Sent folder")));
    QVERIFY(m_page->markDeliveredAction()->isEnabled());
    QVERIFY(m_page->sendAgainAction()->isEnabled());
    QVERIFY(!m_page->retryAction()->isEnabled());

    (delivered ? m_page->markDeliveredAction() : m_page->sendAgainAction())->trigger();
    QCOMPARE(statusOf(ids[0]), status);
    QCOMPARE(m_page->counts().value(OutboxStatus::Uncertain), 0);
    QCOMPARE(m_page->counts().value(*core::mail::outboxStatusFromKey(status)), 1);
    // Delivered mail lands on the customer's timeline.
    const auto activities = core::sql::scalar(m_session->connection(),
                                              QStringLiteral("SELECT count(*) FROM activities"));
    QVERIFY(activities.ok());
    QCOMPARE(activities->toInt(), delivered ? 1 : 0);
}

void TestOutboxPage::cancelsAndRetries()
{
    const auto ids = queue({addCustomer(QStringLiteral("Ann"), QStringLiteral("ann@example.com")),
                            addCustomer(QStringLiteral("Bob"), QStringLiteral("bob@example.com"))});
    core::OutboxRepository outbox(m_session->connection(), m_session->hub());
    QCOMPARE(*outbox.claim(ids[1]), core::ClaimOutcome::Claimed);
    QVERIFY(outbox.markFailed(ids[1], 550, QStringLiteral("550 mailbox full")));
    m_session->hub()->notify(core::Entity::Outbox);

    QVERIFY(selectRow(ids[1]));
    QVERIFY(m_page->retryAction()->isEnabled());
    m_page->retryAction()->trigger();
    QCOMPARE(statusOf(ids[1]), QStringLiteral("queued"));
    QCOMPARE(m_page->counts().value(OutboxStatus::Queued), 2);

    QVERIFY(selectRow(ids[0]));
    ui::MessageBox::setNextAnswer(QMessageBox::No); // the user thinks again
    m_page->cancelAction()->trigger();
    QCOMPARE(statusOf(ids[0]), QStringLiteral("queued"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->cancelAction()->trigger();
    QCOMPARE(statusOf(ids[0]), QStringLiteral("cancelled"));
    QCOMPARE(m_page->counts().value(OutboxStatus::Cancelled), 1);
    QVERIFY(m_page->statusText().contains(QStringLiteral("withdrawn")));
}

void TestOutboxPage::optsOutTheRecipient_data()
{
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QString>("reason");
    QTest::addRow("asked to unsubscribe")
        << QStringLiteral("optOutUnsubscribeAction") << QStringLiteral("opt_out");
    QTest::addRow("bounced") << QStringLiteral("optOutBounceAction") << QStringLiteral("bounce");
}

void TestOutboxPage::optsOutTheRecipient()
{
    QFETCH(QString, actionName);
    QFETCH(QString, reason);
    const core::RowId customer =
        addCustomer(QStringLiteral("Ann"), QStringLiteral("Ann@Example.com"));
    const core::RowId other = addCustomer(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    const auto ids = queue({customer, other});
    QVERIFY(selectRow(ids[0]));
    QVERIFY(m_page->optOutAction()->isEnabled());
    auto* action = m_page->optOutAction()->menu()->findChild<QAction*>(actionName);
    QVERIFY(action);
    action->trigger(); // one click in the menu

    core::ConsentRepository consent(m_session->connection());
    QVERIFY(*consent.isSuppressed(QStringLiteral("ann@example.com")));
    QVERIFY(!*consent.isSuppressed(QStringLiteral("bob@example.com")));
    const auto list = consent.suppressions();
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().reason, reason);
    QVERIFY(core::CustomerRepository(m_session->connection()).get(customer)->optedOut);
    QVERIFY(!core::CustomerRepository(m_session->connection()).get(other)->optedOut);
    QVERIFY2(m_page->statusText().contains(QStringLiteral("ann@example.com"), Qt::CaseInsensitive),
             qPrintable(m_page->statusText()));

    // And the queued message to her never reaches a server.
    testing::SmtpTestServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
    pointAt(server.port());
    m_page->sendNow();
    QVERIFY(server.waitForMessages(1));
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().first().recipient, QStringLiteral("bob@example.com"));
    QCOMPARE(statusOf(ids[0]), QStringLiteral("skipped"));
}

void TestOutboxPage::backgroundSendingWaitsOfflineThenDelivers()
{
    const int port = freePort();
    QVERIFY(port > 0);
    pointAt(port); // nothing listens there yet: offline
    const auto ids = queue({addCustomer(QStringLiteral("Ann"), QStringLiteral("ann@example.com")),
                            addCustomer(QStringLiteral("Bob"), QStringLiteral("bob@example.com"))});
    m_page->setRetryInterval(300);
    QSignalSpy finished(m_page->sendTask(), &ui::OutboxSendTask::finished);
    auto* checkBox = m_page->findChild<QCheckBox*>(QStringLiteral("backgroundSendCheckBox"));
    QVERIFY(checkBox);
    checkBox->click();
    QVERIFY(m_page->isBackgroundSending());
    // A quiet send: the inline progress bar, no dialog.
    QVERIFY(m_page->sendTask()->isRunning());
    QVERIFY(m_page->findChild<QToolButton*>(QStringLiteral("backgroundSendCancel"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 10000);
    // (No translator is loaded here: the English plural forms show as "(s)".)
    QVERIFY2(m_page->statusText().startsWith(QStringLiteral("Offline — 2 message")),
             qPrintable(m_page->statusText()));
    QVERIFY(m_page->statusText().contains(QStringLiteral("every minute")));
    QCOMPARE(statusOf(ids[0]), QStringLiteral("queued"));

    // The connection comes back: the next tick delivers both.
    testing::SmtpTestServer::Options options;
    options.port = port;
    testing::SmtpTestServer server(testing::SmtpTestServer::Mode::Plain, options);
    QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
    QVERIFY2(server.waitForMessages(2, 15000), qPrintable(m_page->statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->counts().value(OutboxStatus::Sent), 2, 10000);
    QTRY_VERIFY(!m_page->sendTask()->isRunning());
    QVERIFY2(m_page->statusText().startsWith(QStringLiteral("Sent 2")),
             qPrintable(m_page->statusText()));

    // Nothing due: the ticks start no send.
    const int runs = int(finished.count());
    QTest::qWait(1000);
    QCOMPARE(int(finished.count()), runs);
    checkBox->click();
    QVERIFY(!m_page->isBackgroundSending());
}

void TestOutboxPage::suppressionListAddsButNeverRemoves()
{
    core::ConsentRepository consent(m_session->connection(), m_session->hub());
    QVERIFY(
        consent.suppress(QStringLiteral("old@example.com"), QStringLiteral("bounce"), QString()));
    ui::SuppressionsDialog dialog(m_session.get());
    QCOMPARE(dialog.table()->rowCount(), 1);
    auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("suppressAddressLineEdit"));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("suppressAddButton"));

    QTest::keyClicks(address, QStringLiteral("not an address"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(dialog.table()->rowCount(), 1);

    address->clear();
    QTest::qWait(5); // a later created_at, so the order is certain
    QTest::keyClicks(address, QStringLiteral("new@example.com"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("new@example.com")); // newest first
    QVERIFY(*consent.isSuppressed(QStringLiteral("new@example.com")));
    // No way to remove one, and the dialog says why.
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        QVERIFY(!button->text().contains(QStringLiteral("Remove")));
    bool explained = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        explained = explained || label->text().contains(QStringLiteral("never removed"));
    QVERIFY(explained);
}

QTEST_MAIN(TestOutboxPage)
#include "test_outboxpage.moc"
