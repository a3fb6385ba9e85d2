#include "StageCanceller.h"
#include "TempDatabase.h"

#include "domain/CustomField.h"
#include "mail/CampaignQueue.h"
#include "storage/ActivityRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MailSettingsRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/SavedViewRepository.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

#include <QTest>

using namespace rapport;
using core::RowId;
namespace mail = core::mail;

// Campaigns on a real database, without a mail server: who a segment reaches
// and who it must not, what a queued message holds, and the outbox rows' life
// up to the point where the SMTP server would be asked (test_outboxsender
// covers the server's side).
class TestCampaignQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    QHash<QString, RowId> m_ids; // customer name -> id

    QSqlDatabase db() const { return m_temp->connection(); }

    RowId customer(const QString& name, const QString& email, const QString& city = {},
                   const QString& vip = {}, bool optedOut = false)
    {
        core::Customer c;
        c.name = name;
        c.email = email;
        c.city = city;
        c.optedOut = optedOut;
        if (!vip.isEmpty())
            c.custom = QStringLiteral("{\"vip_level\":\"%1\"}").arg(vip);
        auto id = core::CustomerRepository(db()).create(c);
        if (!id)
            qWarning() << id.error().message;
        m_ids.insert(name, id ? *id : 0);
        return id ? *id : 0;
    }

    // The shop: every customer tagged "Spring", one of each kind of recipient
    // a campaign must leave out.
    void makeShop()
    {
        core::CustomFieldDef vip;
        vip.entity = core::FieldEntity::Customers;
        vip.key = QStringLiteral("vip_level");
        vip.label = QStringLiteral("VIP level");
        QVERIFY(core::CustomFieldRepository(db()).create(vip));
        customer(QStringLiteral("张伟"), QStringLiteral("zhang.wei@example.cn"),
                 QStringLiteral("上海"), QStringLiteral("金卡"));
        customer(QStringLiteral("Anna Smith"), QStringLiteral("anna@example.com"),
                 QStringLiteral("上海"), QStringLiteral("Silver"));
        customer(QStringLiteral("Bo Out"), QStringLiteral("bo@example.com"), {}, {}, true);
        customer(QStringLiteral("No Mail"), QString());
        // The customer dialog and the import refuse such an address; older
        // files and other tools may still hold one.
        const RowId bad = customer(QStringLiteral("Bad Mail"), QString());
        QVERIFY(core::sql::execOnce(db(),
                                    QStringLiteral("UPDATE customers SET email = 'bad@' "
                                                   "WHERE id = ?"),
                                    {QVariant::fromValue<qlonglong>(bad)}));
        customer(QStringLiteral("Suppressed"), QStringLiteral("Gone@Example.com"));
        customer(QStringLiteral("Anna Twin"), QStringLiteral("ANNA@example.com"));
        customer(QStringLiteral("Plain Li"), QStringLiteral("li@example.com"));
        QVERIFY(core::ConsentRepository(db()).suppress(QStringLiteral("gone@example.com"),
                                                       QStringLiteral("bounce"), {}));
        core::TagRepository tags(db());
        auto tag = tags.create({0, QStringLiteral("Spring"), {}});
        QVERIFY(tag);
        QVERIFY(tags.addToCustomers(*tag, m_ids.values()));
        QVERIFY(core::MailSettingsRepository(db()).setIdentity(
            {QStringLiteral("茶叶店"), QStringLiteral("shop@example.com"),
             QStringLiteral("1 Tea Street, Hangzhou")}));
    }

    mail::QueueRequest request(const QString& text = QStringLiteral("Hello {{name}}"))
    {
        mail::QueueRequest r;
        r.campaignName = QStringLiteral("Spring tea");
        r.body = {QStringLiteral("Hi {{name}}"), QStringLiteral("<p>{{name}}</p>"), text};
        r.segment = {mail::SegmentRef::Kind::Tag, QStringLiteral("Spring")};
        return r;
    }

    QString statusOf(RowId outboxId)
    {
        auto s = core::sql::scalar(db(), QStringLiteral("SELECT status FROM outbox WHERE id = ?"),
                                   {QVariant::fromValue<qlonglong>(outboxId)});
        return s ? s->toString() : QString();
    }

    RowId outboxIdOf(const QString& name)
    {
        auto id =
            core::sql::scalar(db(), QStringLiteral("SELECT id FROM outbox WHERE customer_id = ?"),
                              {QVariant::fromValue<qlonglong>(m_ids.value(name))});
        return id ? id->toLongLong() : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_ids.clear();
        makeShop();
    }
    void cleanup() { m_temp.reset(); }

    void plansWhoGetsMail()
    {
        core::SilentProgress progress;
        auto plan = mail::planCampaign(db(), request(), progress);
        QVERIFY2(plan, qPrintable(plan.error().message));
        QCOMPARE(plan->segmentSize, 8);
        QStringList names;
        for (const core::Recipient& r : plan->recipients)
            names << r.name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Anna Smith"), QStringLiteral("Plain Li"),
                                     QStringLiteral("张伟")}));
        QCOMPARE(plan->excluded.value(mail::Exclusion::OptedOut), 1);
        QCOMPARE(plan->excluded.value(mail::Exclusion::NoAddress), 1);
        QCOMPARE(plan->excluded.value(mail::Exclusion::BadAddress), 1);
        QCOMPARE(plan->excluded.value(mail::Exclusion::Suppressed), 1);
        QCOMPARE(plan->excluded.value(mail::Exclusion::DuplicateAddress), 1);
        QVERIFY(plan->problems.isEmpty());
    }

    void requiresOptInWhenAsked()
    {
        mail::ConsentEvent optIn;
        optIn.customerId = m_ids.value(QStringLiteral("Plain Li"));
        optIn.date = QDate(2026, 3, 1);
        optIn.source = QStringLiteral("shop counter");
        optIn.wording = QStringLiteral("Yes, send me news about new teas.");
        QVERIFY(core::ConsentRepository(db()).recordOptIn(optIn));
        auto r = request();
        r.requireOptIn = true;
        core::SilentProgress progress;
        auto plan = mail::planCampaign(db(), r, progress);
        QVERIFY(plan);
        QCOMPARE(plan->recipients.size(), 1);
        QCOMPARE(plan->recipients.first().name, QStringLiteral("Plain Li"));
        // Anna's twin address is left out for having no opt-in, before the
        // duplicate check would.
        QCOMPARE(plan->excluded.value(mail::Exclusion::NoOptIn), 3);
    }

    void refusesEmptyFieldsUnlessAllowed()
    {
        auto r = request(QStringLiteral("Your level: {{custom.vip_level}}"));
        core::SilentProgress progress;
        auto refused = mail::queueCampaign(db(), r, progress);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, core::Error::Code::Validation);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Plain Li")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("custom.vip_level")));
        QCOMPARE(core::sql::scalar(db(), QStringLiteral("SELECT count(*) FROM outbox"))->toInt(),
                 0);

        r.body.text = QStringLiteral("Your level: {{custom.vip_level|new friend}}");
        auto queued = mail::queueCampaign(db(), r, progress);
        QVERIFY2(queued, qPrintable(queued.error().message));
        QCOMPARE(queued->queued, 3);
        auto row = core::OutboxRepository(db()).get(outboxIdOf(QStringLiteral("Plain Li")));
        QVERIFY(row);
        QVERIFY(row->text.startsWith(QStringLiteral("Your level: new friend")));
    }

    void refusesUnknownFields()
    {
        core::SilentProgress progress;
        auto refused = mail::queueCampaign(db(), request(QStringLiteral("Hi {{nmae}}")), progress);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("nmae")),
                 qPrintable(refused.error().message));
    }

    void queuesRenderedMessagesInOneTransaction()
    {
        core::SilentProgress progress;
        auto report = mail::queueCampaign(db(), request(), progress);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->queued, 3);
        QCOMPARE(report->segmentSize, 8);
        auto row = core::OutboxRepository(db()).get(outboxIdOf(QStringLiteral("张伟")));
        QVERIFY(row);
        QCOMPARE(row->subject, QStringLiteral("Hi 张伟"));
        QCOMPARE(row->toAddress, QStringLiteral("zhang.wei@example.cn"));
        QCOMPARE(row->from.address, QStringLiteral("shop@example.com"));
        QVERIFY(
            row->text.startsWith(QStringLiteral("Hello 张伟\n\n-- \n1 Tea Street, Hangzhou\n")));
        QVERIFY(row->text.contains(QStringLiteral("unsubscribe ") + row->unsubscribeToken));
        QVERIFY(row->html.startsWith(QStringLiteral("<p>张伟</p><hr>")));
        QVERIFY(row->html.contains(QStringLiteral("mailto:shop@example.com?subject=unsubscribe%20")
                                   + row->unsubscribeToken));
        QVERIFY(row->messageId.endsWith(QStringLiteral("@example.com>")));
        QCOMPARE(row->status, mail::OutboxStatus::Queued);
        auto campaign = core::sql::scalar(db(), QStringLiteral("SELECT excluded FROM campaigns"));
        QVERIFY(campaign->toString().contains(QStringLiteral("\"opted_out\":1")));
    }

    void cancelWritesNothing()
    {
        testing::StageCanceller progress(QStringLiteral("Writing the outbox"));
        auto report = mail::queueCampaign(db(), request(), progress);
        QVERIFY(!report);
        QCOMPARE(report.error().code, core::Error::Code::Cancelled);
        QCOMPARE(core::sql::scalar(db(), QStringLiteral("SELECT count(*) FROM outbox"))->toInt(),
                 0);
        QCOMPARE(core::sql::scalar(db(), QStringLiteral("SELECT count(*) FROM campaigns"))->toInt(),
                 0);
    }

    void needsASender()
    {
        QVERIFY(core::sql::execOnce(db(), QStringLiteral("DELETE FROM mail_settings")));
        core::SilentProgress progress;
        auto report = mail::queueCampaign(db(), request(), progress);
        QVERIFY(!report);
        QCOMPARE(report.error().field, QStringLiteral("from_address"));
    }

    void resolvesSegments_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<int>("members");       // -1: an error
        QTest::addColumn<QString>("errorText"); // part of the message
        QTest::addRow("tag") << QStringLiteral("tag:spring") << 8 << QString();
        QTest::addRow("view") << QStringLiteral("view:Shanghai") << 2 << QString();
        QTest::addRow("unknown tag")
            << QStringLiteral("tag:Autumn") << -1 << QStringLiteral("Autumn");
        QTest::addRow("unknown view")
            << QStringLiteral("view:Nowhere") << -1 << QStringLiteral("Nowhere");
        QTest::addRow("rfm unscored")
            << QStringLiteral("rfm:champions") << -1 << QStringLiteral("score the customers first");
        QTest::addRow("rfm unknown")
            << QStringLiteral("rfm:heroes") << -1 << QStringLiteral("heroes");
        QTest::addRow("rule not a number")
            << QStringLiteral("rule:tea") << -1 << QStringLiteral("number");
        QTest::addRow("rule missing")
            << QStringLiteral("rule:99") << -1 << QStringLiteral("rule does not exist");
    }
    void resolvesSegments()
    {
        QFETCH(QString, segment);
        QFETCH(int, members);
        QFETCH(QString, errorText);
        core::SavedView view;
        view.entity = core::FieldEntity::Customers;
        view.name = QStringLiteral("Shanghai");
        core::FilterCondition city;
        city.field = QStringLiteral("city");
        city.op = core::FilterCondition::Op::Equals;
        city.value = QStringLiteral("上海");
        view.filter.conditions << city;
        QVERIFY(core::SavedViewRepository(db()).create(view));
        auto ref = mail::SegmentRef::parse(segment);
        QVERIFY(ref);
        auto ids = core::RecipientRepository(db()).resolve(*ref);
        if (members < 0) {
            QVERIFY(!ids);
            QVERIFY2(ids.error().message.contains(errorText), qPrintable(ids.error().message));
        } else {
            QVERIFY2(ids, qPrintable(ids.error().message));
            QCOMPARE(ids->size(), members);
        }
    }

    void parsesSegmentText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addRow("tag") << QStringLiteral("tag:VIP") << true;
        QTest::addRow("spaces") << QStringLiteral(" RFM : at_risk ") << true;
        QTest::addRow("no kind") << QStringLiteral("VIP") << false;
        QTest::addRow("no name") << QStringLiteral("tag:") << false;
        QTest::addRow("bad kind") << QStringLiteral("city:Shanghai") << false;
    }
    void parsesSegmentText()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(bool(mail::SegmentRef::parse(text)), ok);
    }

    // An opt-out or a suppression recorded after queueing wins at send time.
    void claimChecksConsentAgain()
    {
        core::SilentProgress progress;
        QVERIFY(mail::queueCampaign(db(), request(), progress));
        core::OutboxRepository outbox(db());
        QVERIFY(core::ConsentRepository(db()).optOut(m_ids.value(QStringLiteral("张伟")),
                                                     QStringLiteral("opt_out"),
                                                     QStringLiteral("phone call")));
        QVERIFY(core::ConsentRepository(db()).suppress(QStringLiteral("LI@example.com"),
                                                       QStringLiteral("complaint"), {}));
        QCOMPARE(*outbox.claim(outboxIdOf(QStringLiteral("张伟"))), core::ClaimOutcome::Excluded);
        QCOMPARE(*outbox.claim(outboxIdOf(QStringLiteral("Plain Li"))),
                 core::ClaimOutcome::Excluded);
        QCOMPARE(*outbox.claim(outboxIdOf(QStringLiteral("Anna Smith"))),
                 core::ClaimOutcome::Claimed);
        QCOMPARE(statusOf(outboxIdOf(QStringLiteral("张伟"))), QStringLiteral("skipped"));
        QCOMPARE(statusOf(outboxIdOf(QStringLiteral("Anna Smith"))), QStringLiteral("sending"));
        QCOMPARE(*outbox.claim(outboxIdOf(QStringLiteral("Anna Smith"))),
                 core::ClaimOutcome::NotDue);
    }

    // The queued address must still be the customer's, and the customer must
    // still be there, when the message is about to leave.
    void claimChecksTheCustomerAgain()
    {
        core::SilentProgress progress;
        QVERIFY(mail::queueCampaign(db(), request(), progress));
        core::CustomerRepository customers(db());
        auto anna = customers.get(m_ids.value(QStringLiteral("Anna Smith")));
        QVERIFY(anna);
        anna->email = QStringLiteral("anna.new@example.com");
        QVERIFY(customers.update(*anna));
        QVERIFY(customers.remove(m_ids.value(QStringLiteral("Plain Li"))));
        core::OutboxRepository outbox(db());
        QCOMPARE(*outbox.claim(outboxIdOf(QStringLiteral("Anna Smith"))),
                 core::ClaimOutcome::Excluded);
        QCOMPARE(*outbox.claim(outboxIdOf(QStringLiteral("Plain Li"))),
                 core::ClaimOutcome::Excluded);
        QCOMPARE(*outbox.claim(outboxIdOf(QStringLiteral("张伟"))), core::ClaimOutcome::Claimed);
        auto row = outbox.get(outboxIdOf(QStringLiteral("Anna Smith")));
        QVERIFY(row->lastError.contains(QStringLiteral("changed")));
    }

    // Clearing the flag in the customer dialog never brings the address back.
    void optOutCannotBeUndoneByEditing()
    {
        const RowId anna = m_ids.value(QStringLiteral("Anna Smith"));
        core::CustomerRepository customers(db());
        auto c = customers.get(anna);
        QVERIFY(c);
        c->optedOut = true;
        QVERIFY(customers.update(*c));
        c->optedOut = false;
        QVERIFY(customers.update(*c));
        QVERIFY(*core::ConsentRepository(db()).isSuppressed(QStringLiteral("anna@example.com")));
        core::SilentProgress progress;
        auto plan = mail::planCampaign(db(), request(), progress);
        QVERIFY(plan);
        for (const core::Recipient& r : plan->recipients)
            QVERIFY(r.customerId != anna
                    && r.address.toLower() != QStringLiteral("anna@example.com"));
        mail::ConsentEvent optIn{0,
                                 anna,
                                 mail::ConsentEvent::Kind::OptIn,
                                 QDate(2026, 5, 1),
                                 QStringLiteral("web"),
                                 QStringLiteral("Yes")};
        QVERIFY(!core::ConsentRepository(db()).recordOptIn(optIn));
        auto removed = core::sql::execOnce(db(), QStringLiteral("DELETE FROM suppressions"));
        QVERIFY(!removed);
    }

    void uncertainRowsWaitForTheUser()
    {
        core::SilentProgress progress;
        QVERIFY(mail::queueCampaign(db(), request(), progress));
        core::OutboxRepository outbox(db());
        const RowId zhang = outboxIdOf(QStringLiteral("张伟"));
        const RowId anna = outboxIdOf(QStringLiteral("Anna Smith"));
        QVERIFY(*outbox.claim(zhang) == core::ClaimOutcome::Claimed);
        QVERIFY(*outbox.claim(anna) == core::ClaimOutcome::Claimed);
        // A new sender finds them 'sending': a process died mid-send.
        QCOMPARE(*outbox.recoverInterrupted(), 2);
        QCOMPARE(statusOf(zhang), QStringLiteral("uncertain"));
        auto due = outbox.nextDue();
        QVERIFY(due && due->has_value());
        QVERIFY((*due)->id != zhang && (*due)->id != anna); // never resent by itself

        QVERIFY(outbox.resolveUncertain(zhang, true));
        QCOMPARE(statusOf(zhang), QStringLiteral("sent"));
        auto timeline =
            core::ActivityRepository(db()).forCustomer(m_ids.value(QStringLiteral("张伟")));
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 1);
        QCOMPARE(timeline->first().kind, core::ActivityKind::Email);
        QCOMPARE(timeline->first().subject, QStringLiteral("Hi 张伟"));

        QVERIFY(outbox.resolveUncertain(anna, false));
        QCOMPARE(statusOf(anna), QStringLiteral("queued"));
        QVERIFY(!outbox.resolveUncertain(anna, true)); // only uncertain rows
    }

    void optOutByTheMessagesToken()
    {
        core::SilentProgress progress;
        QVERIFY(mail::queueCampaign(db(), request(), progress));
        auto row = core::OutboxRepository(db()).get(outboxIdOf(QStringLiteral("Plain Li")));
        QVERIFY(row);
        auto customer = core::ConsentRepository(db()).optOutByToken(row->unsubscribeToken,
                                                                    QStringLiteral("bounce"));
        QVERIFY(customer);
        QCOMPARE(*customer, m_ids.value(QStringLiteral("Plain Li")));
        auto c = core::CustomerRepository(db()).get(*customer);
        QVERIFY(c && c->optedOut);
        auto list = core::ConsentRepository(db()).suppressions();
        QVERIFY(list);
        QCOMPARE(list->first().address, QStringLiteral("li@example.com"));
        QCOMPARE(list->first().reason, QStringLiteral("bounce"));
        QVERIFY(!core::ConsentRepository(db()).optOutByToken(QStringLiteral("nope"),
                                                             QStringLiteral("opt_out")));
    }
};

QTEST_GUILESS_MAIN(TestCampaignQueue)
#include "test_campaignqueue.moc"
