#include "FixedClock.h"
#include "TempDatabase.h"
#include "dedupe/CustomerMerge.h"
#include "mail/MailTypes.h"
#include "privacy/CustomerDataExport.h"
#include "privacy/CustomerErasure.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/CompanyRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/DealRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/ProductRepository.h"
#include "storage/TagRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rapport;
using core::RowId;

namespace {

// The personal values the fixture customer has, each of which must appear in
// the export and nowhere after the erasure.
const QString kName = QStringLiteral("Zhang Wei 张伟");
const QString kEmail = QStringLiteral("zhang.wei@example.com");
const QString kOldEmail = QStringLiteral("old.zhang@example.com");
const QString kJournalEmail = QStringLiteral("older.zhang@example.com");
const QString kPhone = QStringLiteral("+86 138 0013 8000");
const QString kAddress = QStringLiteral("12 West Lake Road");
const QString kNotes = QStringLiteral("Prefers green tea");
const QString kLevel = QStringLiteral("jade member");
const QString kOrderNote = QStringLiteral("Leave at the door, ring twice");
const QString kGiftNote = QStringLiteral("For his mother's birthday");
const QString kActivityBody = QStringLiteral("Mentioned his daughter starts school");
const QString kDealTitle = QStringLiteral("Tea subscription for Zhang");
const QString kDealNote = QStringLiteral("Budget about 5000 a year");
const QString kWording = QStringLiteral("I agree to receive tea offers by e-mail");
const QString kMailBody = QStringLiteral("Dear Zhang Wei, spring tea is here.");
const QString kSuppressionNote = QStringLiteral("asked on the phone, Zhang Wei");

QString text(const QSqlDatabase& db, const QString& statement, RowId id)
{
    QSqlQuery q(db);
    q.prepare(statement);
    q.addBindValue(QVariant::fromValue<qlonglong>(id));
    if (!q.exec() || !q.next())
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

void execOrDie(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
}

template<typename T>
T must(core::Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return std::move(result).value();
}

// A JSON value by path: "orders/0/lines/1/product".
QJsonValue at(const QJsonValue& root, const QString& path)
{
    QJsonValue value = root;
    for (const QString& part : path.split(QLatin1Char('/'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
    }
    return value;
}

} // namespace

// Export and erasure of one customer, field by field, on a customer who has
// every kind of data Rapport holds.
class TestPrivacy : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;
    RowId m_customer = 0;
    RowId m_order = 0;
    RowId m_deal = 0;

    QSqlDatabase db() const { return m_temp->connection(); }

    // The fixture customer with everything; `suppressed` also puts the address
    // on the suppression list with a note.
    void populate(bool suppressed)
    {
        const QSqlDatabase conn = db();
        const core::Clock& clock = *m_clock;
        for (const char* def :
             {"customers|level|Membership level|text", "orders|channel|Channel|choice",
              "orders|gift_note|Gift note|text", "deals|lead_source|Lead source|text"}) {
            const QStringList p = QString::fromUtf8(def).split(QLatin1Char('|'));
            execOrDie(conn,
                      QStringLiteral("INSERT INTO custom_field_defs (uuid, entity, key, label, "
                                     "type, choices, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                     "?, ?, '2026-01-01', '2026-01-01')"),
                      {p[1] + QStringLiteral("-uuid"), p[0], p[1], p[2], p[3],
                       p[3] == QLatin1String("choice") ? QStringLiteral(R"(["web","shop"])")
                                                       : QStringLiteral("[]")});
        }
        core::Company company;
        company.name = QStringLiteral("West Lake Tea House");
        const RowId companyId = must(core::CompanyRepository(conn, nullptr, clock).create(company));

        core::CustomerRepository customers(conn, nullptr, clock);
        core::Customer c;
        c.name = kName;
        c.code = QStringLiteral("C-1001");
        c.email = kOldEmail;
        c.phone = kPhone;
        c.city = QStringLiteral("Hangzhou");
        c.address = kAddress;
        c.companyId = companyId;
        c.notes = kNotes;
        c.custom = QStringLiteral(R"({"level":"%1"})").arg(kLevel);
        m_customer = must(customers.create(c));
        c = must(customers.get(m_customer));
        c.email = kEmail; // the audit log now holds the old address
        QVERIFY(customers.update(c).ok());

        core::TagRepository tags(conn, nullptr, clock);
        core::Tag tag;
        tag.name = QStringLiteral("VIP");
        const RowId tagId = must(tags.create(tag));
        QVERIFY(tags.addToCustomers(tagId, {m_customer}).ok());

        core::Product tea;
        tea.sku = QStringLiteral("TEA-1");
        tea.name = QStringLiteral("Longjing tea");
        tea.price.minor = 12000;
        const RowId teaId = must(core::ProductRepository(conn, nullptr, clock).create(tea));
        core::Product cup;
        cup.sku = QStringLiteral("CUP-1");
        cup.name = QStringLiteral("Celadon cup");
        cup.price.minor = 3550;
        const RowId cupId = must(core::ProductRepository(conn, nullptr, clock).create(cup));
        core::Order order;
        order.number = QStringLiteral("SO-1");
        order.customerId = m_customer;
        order.orderedOn = QDate(2026, 3, 2);
        order.notes = kOrderNote;
        order.custom = QStringLiteral(R"({"channel":"web","gift_note":"%1"})").arg(kGiftNote);
        order.lines = {core::OrderLine{0, teaId, {}, 2, 12000},
                       core::OrderLine{0, cupId, {}, 1, 3550}};
        m_order = must(core::OrderRepository(conn, nullptr, clock).create(order));

        core::Activity call;
        call.customerId = m_customer;
        call.kind = core::ActivityKind::Call;
        call.subject = QStringLiteral("Call about the tea order");
        call.body = kActivityBody;
        must(core::ActivityRepository(conn, nullptr, clock).create(call));

        core::PipelineRepository pipelines(conn, nullptr, clock);
        const core::Pipeline pipeline = must(pipelines.get(must(pipelines.createDefault())));
        core::Deal deal;
        deal.title = kDealTitle;
        deal.pipelineId = pipeline.id;
        deal.stageId = pipeline.stages.first().id;
        deal.customerId = m_customer;
        deal.amountMinor = 500000;
        deal.notes = kDealNote;
        deal.custom = QStringLiteral(R"({"lead_source":"his cousin Li"})");
        m_deal = must(core::DealRepository(conn, nullptr, clock).create(deal));
        core::Activity followUp; // on the deal only
        followUp.dealId = m_deal;
        followUp.kind = core::ActivityKind::Task;
        followUp.subject = QStringLiteral("Send Zhang the price list");
        must(core::ActivityRepository(conn, nullptr, clock).create(followUp));

        core::ConsentRepository consent(conn, nullptr, clock);
        core::mail::ConsentEvent optIn;
        optIn.customerId = m_customer;
        optIn.date = QDate(2026, 2, 1);
        optIn.source = QStringLiteral("shop counter");
        optIn.wording = kWording;
        must(consent.recordOptIn(optIn));

        execOrDie(conn, QStringLiteral("INSERT INTO campaigns (uuid, name, subject, body_text, "
                                       "segment_kind, segment_name, from_address, created_at) "
                                       "VALUES ('c1', 'Spring', 'Spring tea', 'x', 'tag', 'VIP', "
                                       "'shop@example.com', '2026-03-01')"));
        execOrDie(conn,
                  QStringLiteral("INSERT INTO outbox (uuid, campaign_id, customer_id, to_name, "
                                 "to_address, subject, body_text, message_id, unsubscribe_token, "
                                 "status, next_attempt_at, queued_at, sent_at, updated_at) VALUES "
                                 "('o1', 1, ?, ?, ?, 'Spring tea for Zhang Wei', ?, '<m1@x>', "
                                 "'t1', 'sent', '2026-03-01', '2026-03-01', "
                                 "'2026-03-01T09:00:00.000Z', '2026-03-01')"),
                  {QVariant::fromValue<qlonglong>(m_customer), kName, kEmail, kMailBody});
        execOrDie(conn, QStringLiteral("INSERT INTO import_runs (uuid, entity, file_name, "
                                       "started_at, finished_at) VALUES ('r1', 'customers', "
                                       "'crm.csv', '2026-01-05', '2026-01-05')"));
        execOrDie(conn,
                  QStringLiteral("INSERT INTO import_changes (run_id, tbl, kind, first_id, "
                                 "last_id, before) VALUES (1, 'customers', 'updated', ?, ?, ?)"),
                  {QVariant::fromValue<qlonglong>(m_customer),
                   QVariant::fromValue<qlonglong>(m_customer),
                   QStringLiteral(R"({"name":"%1","email":"%2"})").arg(kName, kJournalEmail)});
        execOrDie(conn,
                  QStringLiteral("INSERT INTO customer_scores (customer_id, run_id, model_version, "
                                 "scored_on, recency_days, frequency, monetary_minor, r_score, "
                                 "f_score, m_score, segment, p_alive, expected_purchases, "
                                 "expected_spend_minor, clv_minor) VALUES (?, 1, 'v1', "
                                 "'2026-04-01', 30, 1, 27550, 4, 1, 3, 'promising', 0.8, 1.5, "
                                 "30000, 41000)"),
                  {QVariant::fromValue<qlonglong>(m_customer)});
        if (suppressed)
            QVERIFY(consent.suppress(kEmail, QStringLiteral("manual"), kSuppressionNote).ok());
    }

    QJsonObject exported()
    {
        return must(core::CustomerDataExport::build(db(), m_customer, *m_clock)).object();
    }

    core::ErasureReport erase()
    {
        m_clock->advanceSecs(3600);
        return must(core::CustomerErasure::eraseCustomer(db(), m_customer, *m_clock));
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<testing::FixedClock>(
            QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
        core::AuditLog::setActor(QStringLiteral("tester"));
        populate(true);
    }
    void cleanup()
    {
        core::AuditLog::setActor({});
        m_temp.reset();
    }

    void exportHoldsEveryField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("title") << "title"
                               << "Rapport personal data export";
        QTest::addRow("generated at") << "generated_at"
                                      << "2026-05-01T08:00:00.000Z";
        QTest::addRow("name") << "customer/name" << kName;
        QTest::addRow("code") << "customer/code"
                              << "C-1001";
        QTest::addRow("email") << "customer/email" << kEmail;
        QTest::addRow("phone") << "customer/phone" << kPhone;
        QTest::addRow("city") << "customer/city"
                              << "Hangzhou";
        QTest::addRow("address") << "customer/address" << kAddress;
        QTest::addRow("notes") << "customer/notes" << kNotes;
        QTest::addRow("company on the customer") << "customer/company"
                                                 << "West Lake Tea House";
        QTest::addRow("custom field by label")
            << "customer/custom_fields/Membership level" << kLevel;
        QTest::addRow("tag") << "customer/tags/0"
                             << "VIP";
        QTest::addRow("company") << "company/name"
                                 << "West Lake Tea House";
        QTest::addRow("order number") << "orders/0/number"
                                      << "SO-1";
        QTest::addRow("order date") << "orders/0/ordered_on"
                                    << "2026-03-02";
        QTest::addRow("order total") << "orders/0/total"
                                     << "275.50";
        QTest::addRow("order notes") << "orders/0/notes" << kOrderNote;
        QTest::addRow("order custom") << "orders/0/custom_fields/Gift note" << kGiftNote;
        QTest::addRow("line product") << "orders/0/lines/0/product"
                                      << "Longjing tea";
        QTest::addRow("line quantity") << "orders/0/lines/0/quantity"
                                       << "2";
        QTest::addRow("line unit price") << "orders/0/lines/0/unit_price"
                                         << "120.00";
        QTest::addRow("line total") << "orders/0/lines/0/line_total"
                                    << "240.00";
        QTest::addRow("second line") << "orders/0/lines/1/product"
                                     << "Celadon cup";
        QTest::addRow("activity") << "activities/0/body" << kActivityBody;
        QTest::addRow("deal activity") << "activities/1/subject"
                                       << "Send Zhang the price list";
        QTest::addRow("deal title") << "deals/0/title" << kDealTitle;
        QTest::addRow("deal notes") << "deals/0/notes" << kDealNote;
        QTest::addRow("deal amount") << "deals/0/amount"
                                     << "5000.00";
        QTest::addRow("deal custom") << "deals/0/custom_fields/Lead source"
                                     << "his cousin Li";
        QTest::addRow("mail subject") << "emails/0/subject"
                                      << "Spring tea for Zhang Wei";
        QTest::addRow("mail status") << "emails/0/status"
                                     << "sent";
        QTest::addRow("mail sent at") << "emails/0/sent_at"
                                      << "2026-03-01T09:00:00.000Z";
        QTest::addRow("mail body") << "emails/0/body_text" << kMailBody;
        QTest::addRow("consent wording") << "consent_events/0/wording" << kWording;
        QTest::addRow("consent source") << "consent_events/0/source"
                                        << "shop counter";
        QTest::addRow("score segment") << "scores/0/segment"
                                       << "promising";
        QTest::addRow("score clv") << "scores/0/clv"
                                   << "410.00";
        QTest::addRow("import journal") << "import_history/0/before/email" << kJournalEmail;
        QTest::addRow("audit create") << "audit_log/0/action"
                                      << "create";
        QTest::addRow("audit old email") << "audit_log/1/old_value" << kOldEmail;
        QTest::addRow("audit new email") << "audit_log/1/new_value" << kEmail;
    }
    void exportHoldsEveryField()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QJsonValue value = at(exported(), path);
        QCOMPARE(value.isDouble() ? QString::number(value.toInteger()) : value.toString(),
                 expected);
    }

    void exportFileIsWrittenAndAudited()
    {
        const QString file = m_temp->dir() + QStringLiteral("/export.json");
        const auto written = core::CustomerDataExport::writeFile(db(), m_customer, file, *m_clock);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(qint64(bytes.size()), *written);
        QVERIFY(bytes.contains("\n    \"customer\": {")); // indented, readable
        // The same document (the audit log now also holds the export itself).
        QJsonObject fromFile = QJsonDocument::fromJson(bytes).object();
        QJsonObject now = exported();
        QCOMPARE(fromFile.take(QLatin1String("audit_log")).toArray().size() + 1,
                 now.take(QLatin1String("audit_log")).toArray().size());
        QCOMPARE(fromFile, now);
        const auto rows =
            must(core::AuditLog::changes(db(), QStringLiteral("customers"), m_customer));
        QCOMPARE(rows.last().action, QStringLiteral("export"));
        QCOMPARE(rows.last().newValue, QStringLiteral(R"({"file":"export.json"})"));

        // An unwritable target: an error naming the file, and no audit row.
        const auto failed = core::CustomerDataExport::writeFile(
            db(), m_customer, m_temp->dir() + QStringLiteral("/missing/x.json"), *m_clock);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, core::Error::Code::Io);
        QVERIFY(failed.error().message.contains(QStringLiteral("x.json")));
        QCOMPARE(
            must(core::AuditLog::changes(db(), QStringLiteral("customers"), m_customer)).size(),
            rows.size());
    }

    void exportOfUnknownCustomerIsNotFound()
    {
        const auto doc = core::CustomerDataExport::build(db(), 4711, *m_clock);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, core::Error::Code::NotFound);
        QVERIFY(doc.error().message.contains(QStringLiteral("4711")));
    }

    void eraseLeavesNoPersonalValue_data()
    {
        QTest::addColumn<QString>("statement"); // everything one place holds, as text
        QTest::addRow("customers") << "SELECT name || code || email || phone || phone_digits || "
                                      "city || address || coalesce(company_id, '') || notes || "
                                      "custom || search_text FROM customers WHERE id = ?";
        QTest::addRow("search index") << "SELECT count(*) FROM customers_fts WHERE customers_fts "
                                         "MATCH 'zhang OR wei OR hangzhou' AND ? > 0";
        QTest::addRow("tags") << "SELECT count(*) FROM customer_tags WHERE customer_id = ?";
        QTest::addRow("activities") << "SELECT count(*) || coalesce(group_concat(subject || body), "
                                       "'') FROM activities WHERE ? > 0";
        QTest::addRow("deals") << "SELECT group_concat(title || notes || custom) FROM deals "
                                  "WHERE customer_id = ?";
        QTest::addRow("orders") << "SELECT group_concat(notes || custom) FROM orders "
                                   "WHERE customer_id = ?";
        QTest::addRow("outbox") << "SELECT group_concat(to_name || to_address || subject || "
                                   "body_text || html || last_error) FROM outbox "
                                   "WHERE customer_id = ?";
        QTest::addRow("consent") << "SELECT group_concat(source || wording) FROM consent_events "
                                    "WHERE customer_id = ?";
        QTest::addRow("scores") << "SELECT count(*) FROM customer_scores WHERE customer_id = ?";
        QTest::addRow("import journal") << "SELECT group_concat(coalesce(before, '')) FROM "
                                           "import_changes WHERE ? > 0";
        QTest::addRow("audit log") << "SELECT group_concat(coalesce(old_value, '') || "
                                      "coalesce(new_value, '')) FROM audit_log WHERE ? > 0";
        QTest::addRow("suppression note") << "SELECT group_concat(note) FROM suppressions "
                                             "WHERE ? > 0";
    }
    void eraseLeavesNoPersonalValue()
    {
        QFETCH(QString, statement);
        const QString before = text(db(), statement, m_customer);
        QVERIFY(!before.isEmpty() && before != QLatin1String("0"));
        erase();
        const QString after = text(db(), statement, m_customer);
        for (const QString& personal :
             {QStringLiteral("Zhang"), QStringLiteral("zhang"), QStringLiteral("张伟"), kPhone,
              QStringLiteral("8000"), kAddress, kNotes, kLevel, QStringLiteral("Hangzhou"),
              kOrderNote, kGiftNote, kActivityBody, kDealNote, QStringLiteral("cousin"), kWording,
              QStringLiteral("shop counter"), kMailBody, QStringLiteral("C-1001")})
            QVERIFY2(!after.contains(personal), qPrintable(after));
        QVERIFY2(after.isEmpty() || after == QLatin1String("0")
                     || !statement.contains(QLatin1String("count(*)")),
                 qPrintable(after));
    }

    void eraseKeepsTheBooks()
    {
        const core::Order before = must(core::OrderRepository(db()).get(m_order));
        const core::ErasureReport report = erase();
        const core::Order after = must(core::OrderRepository(db()).get(m_order));
        QCOMPARE(after.totalMinor, before.totalMinor);
        QCOMPARE(after.totalMinor, 27550);
        QCOMPARE(after.lines.size(), 2);
        QCOMPARE(after.customerId, m_customer);
        QCOMPARE(after.custom, QStringLiteral(R"({"channel":"web"})")); // a choice, not text
        QCOMPARE(after.customerName, core::CustomerErasure::placeholderName(m_customer));
        const core::Deal deal = must(core::DealRepository(db()).get(m_deal));
        QCOMPARE(deal.amountMinor, 500000);
        QCOMPARE(deal.title, QStringLiteral("Deal #%1").arg(m_deal));
        // The report names the customer for the backup report and counts per place.
        QCOMPARE(report.uuid,
                 text(db(), QStringLiteral("SELECT uuid FROM customers WHERE id = ?"), m_customer));
        QCOMPARE(report.erasedAt, QStringLiteral("2026-05-01T09:00:00.000Z"));
        QCOMPARE(report.count(QStringLiteral("customers")), 1);
        QCOMPARE(report.count(QStringLiteral("activities")), 2);
        QCOMPARE(report.count(QStringLiteral("customer_tags")), 1);
        QCOMPARE(report.count(QStringLiteral("outbox")), 1);
        QVERIFY(report.count(QStringLiteral("audit_log")) >= 3);
        QVERIFY(report.walTruncated);
    }

    void eraseIsLoggedOnceWithoutData()
    {
        erase();
        const auto rows =
            must(core::AuditLog::changes(db(), QStringLiteral("customers"), m_customer));
        int erases = 0;
        for (const auto& row : rows) {
            QVERIFY2(row.oldValue.isEmpty() && row.newValue.isEmpty(), qPrintable(row.field));
            erases += row.action == QLatin1String("erase") ? 1 : 0;
        }
        QCOMPARE(erases, 1);
        QCOMPARE(rows.last().action, QStringLiteral("erase"));
        QCOMPARE(rows.last().field, QString());
        QCOMPARE(rows.last().actor, QStringLiteral("tester"));
    }

    void softDeletedCustomerIsErasable()
    {
        QVERIFY(core::CustomerRepository(db()).remove(m_customer).ok());
        erase();
        QCOMPARE(text(db(),
                      QStringLiteral("SELECT email || notes || (deleted_at IS NOT NULL) FROM "
                                     "customers WHERE id = ?"),
                      m_customer),
                 QStringLiteral("1"));
        // Still soft-deleted, and the search index (which left it on delete) intact.
        QVERIFY(core::CustomerRepository(db()).restore(m_customer).ok());
        execOrDie(db(), QStringLiteral("INSERT INTO customers_fts (customers_fts) "
                                       "VALUES ('integrity-check')"));
        QCOMPARE(text(db(),
                      QStringLiteral("SELECT count(*) FROM customers_fts WHERE "
                                     "customers_fts MATCH 'zhang' AND ? > 0"),
                      m_customer),
                 QStringLiteral("0"));
    }

    // A duplicate merged into the customer (soft-deleted by the merge, with its
    // own address and notes) is the same person: erased with them, and through
    // a chain of merges too. Another customer whose address merely contains
    // theirs keeps their history.
    void recordsMergedInAreErasedToo()
    {
        core::CustomerRepository customers(db(), nullptr, *m_clock);
        core::Customer dup;
        dup.name = QStringLiteral("Z. Wei");
        dup.email = QStringLiteral("z.wei.old@example.cn");
        dup.address = QStringLiteral("西湖区 88 号");
        dup.notes = QStringLiteral("prefers green tea");
        const RowId dupId = must(customers.create(dup));
        core::Customer older;
        older.name = QStringLiteral("Wei Zhang (2019)");
        older.phone = QStringLiteral("+86 571 8888 0000");
        const RowId olderId = must(customers.create(older));
        core::Customer neighbour;
        neighbour.name = QStringLiteral("Bo Zheng");
        neighbour.email = QStringLiteral("bo@example.cn");
        const RowId neighbourId = must(customers.create(neighbour));
        neighbour = *customers.get(neighbourId);
        neighbour.email = QStringLiteral("xz.wei.old@example.cn"); // contains the duplicate's
        QVERIFY(customers.update(neighbour).ok());
        core::CustomerMerge merger(db(), nullptr, *m_clock);
        QVERIFY(merger.merge(dupId, {olderId}, {}).ok());
        QVERIFY(merger.merge(m_customer, {dupId}, {}).ok());

        const core::ErasureReport report = erase();
        for (RowId id : {dupId, olderId}) {
            QCOMPARE(text(db(),
                          QStringLiteral("SELECT name || '|' || email || phone || address || "
                                         "notes FROM customers WHERE id = ?"),
                          id),
                     core::CustomerErasure::placeholderName(id) + QLatin1Char('|'));
            QCOMPARE(text(db(),
                          QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                         "'customers' AND entity_id = ? AND action = 'erase'"),
                          id),
                     QStringLiteral("1"));
        }
        QVERIFY(report.count(QStringLiteral("customers")) >= 3);
        QCOMPARE(text(db(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE (old_value LIKE "
                                     "'%prefers green%' OR new_value LIKE '%prefers green%' "
                                     "OR old_value LIKE '%8888 0000%' OR new_value LIKE "
                                     "'%8888 0000%') AND ? > 0"),
                      m_customer),
                 QStringLiteral("0"));
        // The neighbour's own history is untouched.
        QCOMPARE(text(db(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customers' "
                                     "AND entity_id = ? AND new_value IS NOT NULL"),
                      neighbourId),
                 QStringLiteral("1"));
    }

    void suppressionStillBlocksTheAddress()
    {
        erase();
        core::ConsentRepository consent(db());
        QVERIFY(must(consent.isSuppressed(kEmail)));
        QVERIFY(must(consent.isSuppressed(kEmail.toUpper())));
        // A new customer with the old address (say from an old list) is not mailed.
        core::Customer again;
        again.name = QStringLiteral("Z. Wei");
        again.email = kEmail;
        const RowId id = must(core::CustomerRepository(db()).create(again));
        core::mail::ConsentEvent optIn{0,
                                       id,
                                       core::mail::ConsentEvent::Kind::OptIn,
                                       QDate(2026, 5, 1),
                                       QStringLiteral("web"),
                                       kWording};
        QVERIFY(!consent.recordOptIn(optIn).ok());
    }

    void fileBytesHoldNoneOfIt()
    {
        // A customer who never opted out: their address is not on the
        // suppression list (which keeps addresses on purpose), so it must leave
        // the files entirely.
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY(m_temp->isValid());
        populate(false);
        const core::ErasureReport report = erase();
        QVERIFY(report.walTruncated);
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_temp->path() + suffix);
            QVERIFY(file.exists() || !suffix.isEmpty());
            if (!file.exists())
                continue;
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString& personal :
                 {kEmail, kOldEmail, kJournalEmail, kPhone, kName, QStringLiteral("张伟"),
                  QStringLiteral("zhang"), // the search index's token of the name kAddress,
                  kActivityBody, kMailBody, kWording, kNotes, kGiftNote})
                QVERIFY2(!bytes.contains(personal.toUtf8()),
                         qPrintable(file.fileName() + QStringLiteral(": ") + personal));
        }
    }

    void failedEraseChangesNothing()
    {
        const QString before = text(db(), QStringLiteral("SELECT total_changes() + ? * 0"), 0);
        const auto result = core::CustomerErasure::eraseCustomer(db(), 4711, *m_clock);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, core::Error::Code::NotFound);
        QVERIFY(result.error().message.contains(QStringLiteral("4711")));
        QCOMPARE(text(db(), QStringLiteral("SELECT total_changes() + ? * 0"), 0), before);
        QCOMPARE(text(db(), QStringLiteral("SELECT email FROM customers WHERE id = ?"), m_customer),
                 kEmail);
    }

    void eraseFailingHalfwayRollsBack()
    {
        // A step late in the erasure fails (after the customer row, tags and
        // activities were handled): everything before it is rolled back.
        execOrDie(db(), QStringLiteral("CREATE TEMP TRIGGER outbox_fails BEFORE UPDATE ON outbox "
                                       "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END"));
        const auto secureDelete = [this] {
            QSqlQuery q(db());
            return q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next() ? q.value(0).toInt()
                                                                              : -1;
        };
        const int secureBefore = secureDelete();
        const QJsonObject before = exported();
        const auto result = core::CustomerErasure::eraseCustomer(db(), m_customer, *m_clock);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("outbox refused")),
                 qPrintable(result.error().message));
        QCOMPARE(exported(), before);
        QCOMPARE(secureDelete(), secureBefore); // the connection's setting is put back
    }

    void exportAfterEraseHoldsNothingPersonal()
    {
        erase();
        const QByteArray json = QJsonDocument(exported()).toJson();
        for (const QString& personal : {kEmail, kPhone, kName, kNotes, kActivityBody, kWording})
            QVERIFY2(!json.contains(personal.toUtf8()), qPrintable(personal));
        QCOMPARE(at(exported(), QStringLiteral("orders/0/total")).toString(),
                 QStringLiteral("275.50"));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "test_privacy.moc"
