#include "FixedClock.h"
#include "TempDatabase.h"
#include "dedupe/CustomerMerge.h"
#include "dedupe/DuplicateFinder.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using namespace rapport;
using core::Customer;
using core::CustomerField;
using core::DuplicateReason;
using core::Error;
using core::RowId;

namespace {

QStringList utf8(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

// Cancels the work the first time it reports.
class CancellingProgress final : public core::Progress
{
public:
    void report(std::int64_t, std::int64_t, const QString&) override { cancel(); }
};

} // namespace

// The duplicate finder's three rules and how their groups join, and the merge
// of customers with its undo, on real SQLite files.
class TestDuplicates : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;
    core::ChangeHub m_hub;
    QList<RowId> m_companies;

    QSqlDatabase db() const { return m_temp->connection(); }
    core::CustomerRepository customers() const
    {
        return core::CustomerRepository(db(), nullptr, *m_clock);
    }
    core::CustomerMerge merger() { return core::CustomerMerge(db(), &m_hub, *m_clock); }

    // A customer from "name;email;phone;company index" (empty parts: none).
    // Each is created a minute after the one before unless `minutes` says otherwise.
    RowId customer(const QString& spec, int minutes = 1)
    {
        const QStringList parts = spec.split(QLatin1Char(';'));
        Customer c;
        c.name = parts.value(0);
        c.email = parts.value(1);
        c.phone = parts.value(2);
        if (!parts.value(3).isEmpty())
            c.companyId = m_companies.at(parts.value(3).toInt());
        m_clock->advanceSecs(minutes * 60);
        auto id = customers().create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    RowId product(const QString& sku)
    {
        core::Product p;
        p.sku = sku;
        p.name = sku;
        p.price.minor = 500;
        auto id = core::ProductRepository(db()).create(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    RowId order(RowId customerId, RowId productId)
    {
        core::Order o;
        o.customerId = customerId;
        o.orderedOn = QDate(2025, 4, 1);
        core::OrderLine line;
        line.productId = productId;
        line.unitPriceMinor = 500;
        o.lines = {line};
        auto id = core::OrderRepository(db()).create(o);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    // There is no activity repository yet: the test writes the row itself.
    void activity(RowId customerId, const QString& subject, bool deleted = false)
    {
        static int n = 0;
        const QString stamp = QStringLiteral("2025-04-01T10:00:00.000Z");
        QVERIFY(core::sql::execOnce(
            db(),
            QStringLiteral("INSERT INTO activities (uuid, customer_id, kind, subject, created_at, "
                           "updated_at, deleted_at) VALUES (?, ?, 'call', ?, ?, ?, ?)"),
            {QStringLiteral("activity-%1").arg(++n), QVariant::fromValue<qlonglong>(customerId),
             subject, stamp, stamp, deleted ? QVariant(stamp) : QVariant()}));
    }

    RowId tag(const QString& name)
    {
        auto id = core::TagRepository(db()).create({0, name, {}});
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    core::DuplicateScan scan(const core::DuplicateOptions& options = {})
    {
        core::SilentProgress progress;
        auto found = core::DuplicateFinder(db()).find(progress, options);
        if (!found)
            qFatal("%s", qPrintable(found.error().message));
        return *found;
    }

    // Every row of `table` as text, without updated_at (every write stamps it,
    // undo too). Compared before and after to prove nothing else differs.
    QStringList dump(const QString& table) const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            qFatal("dump failed");
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) == QLatin1String("updated_at"))
                    continue;
                cells << record.fieldName(i) + QLatin1Char('=')
                             + (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            }
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }

    QStringList dumpAll() const
    {
        QStringList all;
        for (const char* table : {"customers", "orders", "order_lines", "activities",
                                  "customer_tags", "tags", "companies"})
            all << dump(QLatin1String(table));
        return all;
    }

    // What the full-text index finds: ids for each query, so undo can be shown
    // to leave the index as it was.
    QStringList searches(const QStringList& texts) const
    {
        QStringList found;
        for (const QString& text : texts) {
            QStringList ids;
            // Keep the result: a range-for over *temporary would read a destroyed list.
            const auto hits = customers().search(text, 50);
            for (const Customer& c : *hits)
                ids << QString::number(c.id);
            ids.sort();
            found << text + QLatin1Char(':') + ids.join(QLatin1Char(','));
        }
        return found;
    }

    int count(const QString& statement, RowId id) const
    {
        return core::sql::scalar(db(), statement, {QVariant::fromValue<qlonglong>(id)})->toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<testing::FixedClock>(
            QDateTime(QDate(2025, 1, 1), QTime(9, 0), QTimeZone::utc()));
        m_companies.clear();
        core::CompanyRepository companies(db());
        for (const QString& name :
             {QStringLiteral("Acme Ltd"), QStringLiteral("华信贸易有限公司")}) {
            core::Company c;
            c.name = name;
            auto id = companies.create(c);
            QVERIFY(id);
            m_companies << *id;
        }
    }

    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void findsEachRule_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QList<int>>("members"); // indexes into specs, oldest first
        QTest::addColumn<QString>("key");

        const int email = int(DuplicateReason::Email);
        const int phone = int(DuplicateReason::Phone);
        const int name = int(DuplicateReason::NameCompany);
        QTest::addRow("e-mail, typed differently")
            << utf8({"Ann Lee;ann@x.example;;", "Annie L.; ANN@X.example ;;",
                     "Ann Lee;ann2@x.example;;", "Carl;;;"})
            << email << QList<int>{0, 1} << QStringLiteral("ann@x.example");
        QTest::addRow("phone, formatted differently")
            << utf8({"Ann;;138 0013 8000;", "Bob;;138-0013-8000;", "Cid;;+86 138 0013 8000;",
                     "Dan;;138 0013 8001;"})
            << phone << QList<int>{0, 1} << QStringLiteral("13800138000");
        QTest::addRow("name and company, spacing and case")
            << utf8(
                   {"Ada  Lovelace;;;0", "ada lovelace;;;0", "Ada Lovelace;;;1", "Ada Lovelace;;;"})
            << name << QList<int>{0, 1} << QStringLiteral("Ada Lovelace");
        QTest::addRow("name and company, accented capitals")
            << utf8({"ÉMILE ZOLA;;;1", "Émile Zola;;;0", "émile zola;;;1"}) << name
            << QList<int>{0, 2} << QStringLiteral("ÉMILE ZOLA");
        QTest::addRow("chinese name, same pinyin is not the same name")
            << utf8({"张伟;;;1", "章伟;;;1", "张伟;;;1", "张伟;;;0"}) << name << QList<int>{0, 2}
            << QStringLiteral("张伟");
    }

    void findsEachRule()
    {
        QFETCH(QStringList, specs);
        QFETCH(int, reason);
        QFETCH(QList<int>, members);
        QFETCH(QString, key);
        QList<RowId> ids;
        for (const QString& spec : specs)
            ids << customer(spec);

        const core::DuplicateScan found = scan();
        QCOMPARE(found.groups.size(), 1);
        QCOMPARE(found.totalGroups, 1);
        const core::DuplicateGroup& group = found.groups.first();
        QCOMPARE(group.reasons(), QList<DuplicateReason>{DuplicateReason(reason)});
        QList<RowId> expected;
        for (int index : members)
            expected << ids.at(index);
        QCOMPARE(group.memberIds(), expected);
        QCOMPARE(group.matches.size(), 1);
        QCOMPARE(group.matches.first().key, key);
        QCOMPARE(group.matches.first().memberIds, expected);
        if (reason == int(DuplicateReason::NameCompany))
            QVERIFY(!group.matches.first().companyName.isEmpty());
    }

    void ignoresDeletedCustomers()
    {
        const RowId a = customer(QStringLiteral("Ann;ann@x.example;;"));
        const RowId b = customer(QStringLiteral("Ann B;ann@x.example;555 0100 200;"));
        const RowId c = customer(QStringLiteral("Cid;;555 0100 200;"));
        QCOMPARE(scan().groups.size(), 1);
        QVERIFY(customers().remove(b));
        QVERIFY(scan().groups.isEmpty()); // b linked a and c; deleted, it links nothing
        QVERIFY(customers().remove(a));
        QVERIFY(customers().restore(b));
        const core::DuplicateScan found = scan();
        QCOMPARE(found.groups.size(), 1);
        QCOMPARE(found.groups.first().memberIds(), (QList<RowId>{b, c}));
        QCOMPARE(found.groups.first().reasons(), QList<DuplicateReason>{DuplicateReason::Phone});
    }

    void ignoresShortPhoneNumbers_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("grouped");
        QTest::addRow("five digits") << "12345"
                                     << "1-2345" << false;
        QTest::addRow("six digits and a plus") << "+123456"
                                               << "+12 3456" << false;
        QTest::addRow("seven digits") << "123 4567"
                                      << "123-4567" << true;
        QTest::addRow("seven digits and a plus") << "+1234567"
                                                 << "+123 4567" << true;
    }

    void ignoresShortPhoneNumbers()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, grouped);
        customer(QStringLiteral("Ann;;%1;").arg(first));
        customer(QStringLiteral("Bob;;%1;").arg(second));
        QCOMPARE(scan().groups.size(), grouped ? 1 : 0);
    }

    void joinsGroupsAcrossRules()
    {
        // Created newest first: ids ascend, creation times descend.
        m_clock->advanceSecs(3600);
        const RowId a = customer(QStringLiteral("Ann Lee;ann@x.example;;"), -1);
        const RowId b = customer(QStringLiteral("A. Lee;ann@x.example;139 1111 2222;"), -1);
        const RowId c = customer(QStringLiteral("Lee Ann;;139-1111-2222;"), -1);
        const RowId d = customer(QStringLiteral("Bob Stone;;;0"), -1);
        const RowId e = customer(QStringLiteral("bob stone;bob@y.example;;0"), -1);
        customer(QStringLiteral("Bob Stone;bob@z.example;;1"), -1);

        const core::DuplicateScan found = scan();
        QCOMPARE(found.groups.size(), 2);
        // The group with two reasons comes first; members oldest first.
        const core::DuplicateGroup& joined = found.groups.at(0);
        QCOMPARE(joined.reasons(),
                 (QList<DuplicateReason>{DuplicateReason::Email, DuplicateReason::Phone}));
        QCOMPARE(joined.memberIds(), (QList<RowId>{c, b, a}));
        QCOMPARE(joined.matches.size(), 2);
        const core::DuplicateGroup& named = found.groups.at(1);
        QCOMPARE(named.reasons(), QList<DuplicateReason>{DuplicateReason::NameCompany});
        QCOMPARE(named.memberIds(), (QList<RowId>{e, d}));
        QCOMPARE(named.matches.first().companyName, QStringLiteral("Acme Ltd"));
        QCOMPARE(named.members.first().email, QStringLiteral("bob@y.example"));
        QCOMPARE(named.members.first().companyName, QStringLiteral("Acme Ltd"));
    }

    void capsSharedKeys()
    {
        for (int i = 0; i < 12; ++i)
            customer(QStringLiteral("Person %1;info@shop.example;;").arg(i));
        customer(QStringLiteral("Ann;ann@x.example;;"));
        customer(QStringLiteral("Ann;ann@x.example;;"));
        core::DuplicateScan found = scan();
        QCOMPARE(found.groups.size(), 1);
        QCOMPARE(found.sharedKeysSkipped, 1);
        QCOMPARE(found.groups.first().matches.first().key, QStringLiteral("ann@x.example"));

        core::DuplicateOptions uncapped;
        uncapped.maxShare = 0;
        found = scan(uncapped);
        QCOMPARE(found.groups.size(), 2);
        QCOMPARE(found.sharedKeysSkipped, 0);
    }

    void limitsGroupsAndReadsDetails()
    {
        const RowId product1 = product(QStringLiteral("P-1"));
        for (int i = 0; i < 3; ++i) {
            const QString email = QStringLiteral("p%1@x.example").arg(i);
            const RowId first = customer(QStringLiteral("P%1;%2;;").arg(i).arg(email));
            customer(QStringLiteral("Q%1;%2;;").arg(i).arg(email));
            for (int n = 0; n <= i; ++n)
                order(first, product1);
        }
        core::DuplicateOptions options;
        options.limit = 2;
        const core::DuplicateScan found = scan(options);
        QCOMPARE(found.totalGroups, 3);
        QCOMPARE(found.groups.size(), 2);
        QCOMPARE(found.groups.at(0).members.at(0).name, QStringLiteral("P0"));
        QCOMPARE(found.groups.at(0).members.at(0).orderCount, 1);
        QCOMPARE(found.groups.at(1).members.at(0).orderCount, 2);
        QCOMPARE(found.groups.at(1).members.at(1).orderCount, 0);
    }

    void cancels()
    {
        customer(QStringLiteral("Ann;ann@x.example;;"));
        customer(QStringLiteral("Ann;ann@x.example;;"));
        CancellingProgress progress;
        auto found = core::DuplicateFinder(db()).find(progress);
        QVERIFY(!found);
        QCOMPARE(found.error().code, Error::Code::Cancelled);
    }

    void mergeMovesOrdersActivitiesAndTags()
    {
        const RowId vip = tag(QStringLiteral("VIP"));
        const RowId lead = tag(QStringLiteral("Lead"));
        const RowId p = product(QStringLiteral("P-1"));
        const RowId keeper = customer(QStringLiteral("Ann Lee;ann@x.example;;"));
        const RowId other1 = customer(QStringLiteral("Ann Lee;ann@x.example;;"));
        const RowId other2 = customer(QStringLiteral("A. Lee;ann@x.example;;"));
        const RowId bystander = customer(QStringLiteral("Bob;;;"));
        QVERIFY(customers().setTags(keeper, {vip}));
        QVERIFY(customers().setTags(other1, {vip, lead}));
        QVERIFY(customers().setTags(other2, {lead}));
        QVERIFY(customers().setTags(bystander, {vip}));
        order(other1, p);
        order(other1, p);
        order(other2, p);
        order(bystander, p);
        activity(other1, QStringLiteral("Call back"));
        activity(other2, QStringLiteral("Old call"), true);

        auto record = merger().merge(keeper, {other1, other2}, {});
        QVERIFY2(record, qPrintable(record.error().message));
        QCOMPARE(record->orders.size(), 3);
        QCOMPARE(record->activities.size(), 2);
        QCOMPARE(record->movedTags.size(), 1);
        QCOMPARE(record->droppedTags.size(), 2);

        QCOMPARE(core::OrderRepository(db()).forCustomer(keeper)->size(), 3);
        QCOMPARE(core::OrderRepository(db()).forCustomer(bystander)->size(), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM activities WHERE customer_id = ?"), keeper),
            2);
        const auto tags = customers().tags(keeper);
        QCOMPARE(tags->size(), 2);
        QCOMPARE(customers().tags(bystander)->size(), 1);
        for (RowId id : {other1, other2}) {
            QCOMPARE(customers().get(id).error().code, Error::Code::NotFound);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = ?"),
                      id),
                0);
        }
        QVERIFY(scan().groups.isEmpty());
        QCOMPARE(searches({QStringLiteral("Lee")}),
                 QStringList{QStringLiteral("Lee:%1").arg(keeper)});
    }

    void appliesFieldChoices_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("expected");
        QTest::addRow("name") << int(CustomerField::Name) << "Ann Lee-Smith";
        QTest::addRow("code") << int(CustomerField::Code) << "C-2";
        QTest::addRow("e-mail") << int(CustomerField::Email) << "ann.smith@y.example";
        QTest::addRow("phone") << int(CustomerField::Phone) << "139 2222 3333";
        QTest::addRow("city") << int(CustomerField::City) << "上海";
        QTest::addRow("address") << int(CustomerField::Address) << "88 Nanjing Rd";
        QTest::addRow("company") << int(CustomerField::Company) << "华信贸易有限公司";
        QTest::addRow("owner") << int(CustomerField::Owner) << "Li Na";
        QTest::addRow("notes") << int(CustomerField::Notes) << "Prefers calls";
    }

    void appliesFieldChoices()
    {
        QFETCH(int, field);
        QFETCH(QString, expected);
        Customer first;
        first.name = QStringLiteral("Ann Lee");
        first.code = QStringLiteral("C-1");
        first.email = QStringLiteral("ann@x.example");
        first.phone = QStringLiteral("138 0000 1111");
        first.city = QStringLiteral("Beijing");
        first.address = QStringLiteral("1 Main St");
        first.companyId = m_companies.at(0);
        first.owner = QStringLiteral("David Chen");
        first.notes = QStringLiteral("Met at the fair");
        Customer second;
        second.name = QStringLiteral("Ann Lee-Smith");
        second.code = QStringLiteral("C-2");
        second.email = QStringLiteral("ann.smith@y.example");
        second.phone = QStringLiteral("139 2222 3333");
        second.city = QStringLiteral("上海");
        second.address = QStringLiteral("88 Nanjing Rd");
        second.companyId = m_companies.at(1);
        second.owner = QStringLiteral("Li Na");
        second.notes = QStringLiteral("Prefers calls");
        const RowId keeper = *customers().create(first);
        const RowId other = *customers().create(second);
        const Customer kept = *customers().get(keeper);

        core::FieldChoices choices;
        choices.fields.insert(CustomerField(field), other);
        QVERIFY(merger().merge(keeper, {other}, choices));
        const Customer merged = *customers().get(keeper);
        for (CustomerField f : core::FieldChoices::allFields()) {
            const QString value = core::FieldChoices::text(merged, f);
            if (f == CustomerField(field))
                QCOMPARE(value, expected);
            else
                QCOMPARE(value, core::FieldChoices::text(kept, f));
        }
        // The derived columns follow the chosen values.
        const QString digits =
            core::sql::scalar(db(),
                              QStringLiteral("SELECT phone_digits FROM customers WHERE id = ?"),
                              {QVariant::fromValue<qlonglong>(keeper)})
                ->toString();
        QCOMPARE(digits, field == int(CustomerField::Phone) ? QStringLiteral("13922223333")
                                                            : QStringLiteral("13800001111"));
        const QString searched = field == int(CustomerField::Email) ? QStringLiteral("ann.smith")
                                                                    : QStringLiteral("Ann");
        QCOMPARE(searches({searched}),
                 QStringList{searched + QLatin1Char(':') + QString::number(keeper)});
    }

    void defaultsFillEmptyFieldsAndMergeCustomKeys()
    {
        Customer keeper;
        keeper.name = QStringLiteral("Ann");
        keeper.custom = QStringLiteral(R"({"size": "M", "vip": null})");
        Customer other;
        other.name = QStringLiteral("Ann Lee");
        other.email = QStringLiteral("ann@x.example");
        other.notes = QStringLiteral("Second notes");
        other.custom = QStringLiteral(R"({"size": "L", "vip": true, "birthday": "03-05"})");
        Customer third;
        third.name = QStringLiteral("A.");
        third.notes = QStringLiteral("Third notes");
        const RowId k = *customers().create(keeper);
        const RowId o = *customers().create(other);
        const RowId t = *customers().create(third);

        core::FieldChoices choices;
        choices.concatenateNotes = true;
        choices.custom.insert(QStringLiteral("birthday"), t); // third has none: dropped
        QVERIFY(merger().merge(k, {o, t}, choices));
        const Customer merged = *customers().get(k);
        QCOMPARE(merged.name, QStringLiteral("Ann"));
        QCOMPARE(merged.email, QStringLiteral("ann@x.example"));
        QCOMPARE(merged.notes, QStringLiteral("Second notes\n\nThird notes"));
        QCOMPARE(merged.custom, QStringLiteral(R"({"size":"M","vip":true})"));
    }

    void optOutSticks_data()
    {
        QTest::addColumn<QList<bool>>("optedOut"); // keeper, other, other
        QTest::addColumn<bool>("expected");
        QTest::addRow("nobody") << QList<bool>{false, false, false} << false;
        QTest::addRow("keeper") << QList<bool>{true, false, false} << true;
        QTest::addRow("an other") << QList<bool>{false, false, true} << true;
        QTest::addRow("all") << QList<bool>{true, true, true} << true;
    }

    void optOutSticks()
    {
        QFETCH(QList<bool>, optedOut);
        QFETCH(bool, expected);
        QList<RowId> ids;
        for (bool out : optedOut) {
            Customer c;
            c.name = QStringLiteral("Ann");
            c.optedOut = out;
            ids << *customers().create(c);
        }
        // Whatever record the choices favour, a refusal is never lost.
        core::FieldChoices choices;
        for (CustomerField f : core::FieldChoices::allFields())
            choices.fields.insert(f, ids.at(1));
        auto record = merger().merge(ids.at(0), ids.mid(1), choices);
        QVERIFY(record);
        QCOMPARE(customers().get(ids.at(0))->optedOut, expected);
        QVERIFY(merger().undo(*record));
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(customers().get(ids.at(i))->optedOut, optedOut.at(i));
    }

    void undoRestoresExactly()
    {
        const RowId vip = tag(QStringLiteral("VIP"));
        const RowId lead = tag(QStringLiteral("Lead"));
        const RowId p = product(QStringLiteral("P-1"));
        Customer keeper;
        keeper.name = QStringLiteral("张伟");
        keeper.code = QStringLiteral("K-1");
        keeper.phone = QStringLiteral("138 0013 8000");
        keeper.companyId = m_companies.at(1);
        keeper.custom = QStringLiteral(R"({"size":"M"})");
        Customer other;
        other.name = QStringLiteral("Zhang Wei");
        other.email = QStringLiteral("wei.zhang@x.example");
        other.phone = QStringLiteral("138-0013-8000");
        other.city = QStringLiteral("上海");
        other.companyId = m_companies.at(0);
        other.optedOut = true;
        other.notes = QStringLiteral("VIP since 2019");
        other.custom = QStringLiteral(R"({"size":"L","vip":true})");
        const RowId k = *customers().create(keeper);
        const RowId o = *customers().create(other);
        const RowId bystander = customer(QStringLiteral("Bob;bob@x.example;;0"));
        QVERIFY(customers().setTags(k, {vip}));
        QVERIFY(customers().setTags(o, {vip, lead}));
        order(k, p);
        order(o, p);
        order(o, p);
        order(bystander, p);
        activity(o, QStringLiteral("Call"));
        activity(o, QStringLiteral("Deleted call"), true);
        // The keeper's company goes away: the merge must still undo.
        QVERIFY(core::CompanyRepository(db()).remove(m_companies.at(1)));

        const QStringList texts = {QStringLiteral("张伟"), QStringLiteral("zhang"),
                                   QStringLiteral("wei.zhang"), QStringLiteral("13800138000"),
                                   QStringLiteral("Acme")};
        const QStringList before = dumpAll();
        const QStringList foundBefore = searches(texts);

        core::FieldChoices choices;
        choices.fields.insert(CustomerField::Name, o);
        choices.concatenateNotes = true;
        m_clock->advanceSecs(3600);
        auto record = merger().merge(k, {o}, choices);
        QVERIFY2(record, qPrintable(record.error().message));
        QVERIFY(dumpAll() != before);
        const Customer merged = *customers().get(k);
        QCOMPARE(merged.name, QStringLiteral("Zhang Wei"));
        QCOMPARE(merged.companyId, std::optional<RowId>(m_companies.at(0)));
        QVERIFY(merged.optedOut);

        QSignalSpy changed(&m_hub, &core::ChangeHub::changed);
        m_clock->advanceSecs(3600);
        const core::Status undone = merger().undo(*record);
        QVERIFY2(undone, qPrintable(undone.error().message));
        QCOMPARE(dumpAll(), before);
        QCOMPARE(searches(texts), foundBefore);
        QVERIFY(changed.size() >= 2);
        // Undo is a write of its own: the kept record's updated_at moves on.
        QCOMPARE(customers().get(k)->updatedAt, QStringLiteral("2025-01-01T11:01:00.000Z"));

        // The merge again, from the restored state, gives the same result.
        auto again = merger().merge(k, {o}, choices);
        QVERIFY(again);
        QCOMPARE(customers().get(k)->name, QStringLiteral("Zhang Wei"));
        QCOMPARE(again->orders.size(), record->orders.size());
    }

    void refusesDeletedOrMissingRecords_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addRow("deleted other") << "deleted other";
        QTest::addRow("missing other") << "missing other";
        QTest::addRow("deleted keeper") << "deleted keeper";
        QTest::addRow("missing keeper") << "missing keeper";
    }

    void refusesDeletedOrMissingRecords()
    {
        QFETCH(QString, which);
        const RowId p = product(QStringLiteral("P-1"));
        RowId keeper = customer(QStringLiteral("Ann;ann@x.example;;"));
        RowId other = customer(QStringLiteral("Ann L;ann@x.example;;"));
        RowId third = customer(QStringLiteral("Ann Lee;ann@x.example;;"));
        order(other, p);
        QVERIFY(customers().setTags(other, {tag(QStringLiteral("VIP"))}));
        if (which == QLatin1String("deleted other"))
            QVERIFY(customers().remove(third));
        if (which == QLatin1String("missing other"))
            third = 4242;
        if (which == QLatin1String("deleted keeper"))
            QVERIFY(customers().remove(keeper));
        if (which == QLatin1String("missing keeper"))
            keeper = 4242;
        const QStringList before = dumpAll();
        QSignalSpy changed(&m_hub, &core::ChangeHub::changed);
        auto record = merger().merge(keeper, {other, third}, {});
        QVERIFY(!record);
        QCOMPARE(record.error().code, Error::Code::NotFound);
        QCOMPARE(dumpAll(), before);
        QCOMPARE(changed.size(), 0);
    }

    void refusesMeaninglessMerges()
    {
        const RowId a = customer(QStringLiteral("Ann;;;"));
        const RowId b = customer(QStringLiteral("Ann;;;"));
        QCOMPARE(merger().merge(a, {}, {}).error().code, Error::Code::InvalidArgument);
        QCOMPARE(merger().merge(a, {a}, {}).error().code, Error::Code::InvalidArgument);
        QCOMPARE(merger().merge(a, {b, b}, {}).error().code, Error::Code::InvalidArgument);
        QVERIFY(customers().get(b));
    }

    void announcesOnceCommitted()
    {
        const RowId p = product(QStringLiteral("P-1"));
        const RowId a = customer(QStringLiteral("Ann;;;"));
        const RowId b = customer(QStringLiteral("Ann;;;"));
        for (int i = 0; i < 5; ++i)
            order(b, p);
        QSignalSpy changed(&m_hub, &core::ChangeHub::changed);
        auto record = merger().merge(a, {b}, {});
        QVERIFY(record);
        QCOMPARE(changed.size(), 3); // the two customers, and one for all moved orders
        QCOMPARE(changed.at(0).at(0).value<core::Entity>(), core::Entity::Customer);
        QCOMPARE(RowId(changed.at(0).at(1).toLongLong()), a);
        QCOMPARE(changed.at(2).at(0).value<core::Entity>(), core::Entity::Order);
    }

    void undoRefusesWhenMovedRowsChanged()
    {
        const RowId p = product(QStringLiteral("P-1"));
        const RowId a = customer(QStringLiteral("Ann;;;"));
        const RowId b = customer(QStringLiteral("Ann;;;"));
        const RowId c = customer(QStringLiteral("Cid;;;"));
        const RowId moved = order(b, p);
        auto record = merger().merge(a, {b}, {});
        QVERIFY(record);
        // Someone gives the moved order to another customer outside the undo history.
        core::OrderRepository orders(db());
        core::Order o = *orders.get(moved);
        o.customerId = c;
        QVERIFY(orders.update(o));
        const QStringList before = dumpAll();
        const core::Status undone = merger().undo(*record);
        QVERIFY(!undone);
        QCOMPARE(undone.error().code, Error::Code::Conflict);
        QCOMPARE(dumpAll(), before);
    }

    void candidatesCountWhatWouldMove()
    {
        const RowId p = product(QStringLiteral("P-1"));
        const RowId a = customer(QStringLiteral("Ann;;;"));
        const RowId b = customer(QStringLiteral("Ann;;;"));
        order(b, p);
        const RowId deletedOrder = order(b, p);
        QVERIFY(core::OrderRepository(db()).remove(deletedOrder));
        activity(b, QStringLiteral("Call"));
        QVERIFY(customers().setTags(b, {tag(QStringLiteral("VIP"))}));
        auto candidates = merger().candidates({b, a});
        QVERIFY(candidates);
        QCOMPARE(candidates->size(), 2);
        QCOMPARE(candidates->at(0).customer.id, b);
        QCOMPARE(candidates->at(0).orderCount, 1);
        QCOMPARE(candidates->at(0).activityCount, 1);
        QCOMPARE(candidates->at(0).tagCount, 1);
        QCOMPARE(candidates->at(1).orderCount, 0);
        QVERIFY(customers().remove(a));
        QCOMPARE(merger().candidates({b, a}).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "test_duplicates.moc"
