#include "FixedClock.h"
#include "TempDatabase.h"
#include "common/Progress.h"
#include "contacts/VCardTransfer.h"
#include "dedupe/CustomerMerge.h"
#include "export/Exporter.h"
#include "import/Importer.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/DealRepository.h"
#include "storage/ImportStore.h"
#include "storage/OrderRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/ProductRepository.h"
#include "storage/TagRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rapport;
using core::AuditLog;
using core::Customer;

// The audit log as the repositories write it: one row on create, one per
// changed field on update (custom keys included), one on delete and restore,
// for customers and every other kind of record; merges, tags, exports and
// import runs (one summary row each) too.
class TestAuditLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;

    core::CustomerRepository customers()
    {
        return core::CustomerRepository(m_temp->connection(), nullptr, *m_clock);
    }
    QList<AuditLog::Change> changes(core::RowId id)
    {
        auto list = AuditLog::changes(m_temp->connection(), QStringLiteral("customers"), id);
        if (!list)
            qFatal("%s", qPrintable(list.error().message));
        return *list;
    }
    // The newest row of (entity, action, field), as stored.
    std::optional<AuditLog::Change> newest(const QString& entity, const QString& action,
                                           const QString& field)
    {
        QSqlQuery q(m_temp->connection());
        q.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, field, "
                                 "coalesce(old_value, ''), coalesce(new_value, '') FROM audit_log "
                                 "WHERE entity = ? AND action = ? AND field = coalesce(?, '') "
                                 "ORDER BY id DESC LIMIT 1"));
        q.addBindValue(entity);
        q.addBindValue(action);
        q.addBindValue(field);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        if (!q.next())
            return std::nullopt;
        return AuditLog::Change{
            q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString()};
    }
    qint64 rowCount()
    {
        QSqlQuery q(m_temp->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    core::RowId productId()
    {
        core::Product p;
        p.sku = QStringLiteral("TEA-1");
        p.name = QStringLiteral("龙井 Longjing");
        p.price.minor = 1250;
        auto id = core::ProductRepository(m_temp->connection(), nullptr, *m_clock).create(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    core::Order order(core::RowId customerId, core::RowId product, std::int64_t quantity)
    {
        core::Order o;
        o.customerId = customerId;
        o.orderedOn = QDate(2026, 4, 30);
        o.lines = {core::OrderLine{0, product, {}, quantity, 1250}};
        return o;
    }
    // Runs one kind of change; the expected audit row is given by the data row.
    void change(const QString& what);

    Customer stored()
    {
        Customer c;
        c.name = QStringLiteral("张伟");
        c.email = QStringLiteral("zhang@example.com");
        c.city = QStringLiteral("上海");
        c.custom = QStringLiteral(R"({"level":"gold","visits":3})");
        auto id = customers().create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *customers().get(*id);
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<testing::FixedClock>(
            QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
        AuditLog::setActor(QStringLiteral("tester"));
        // The custom fields the rows below use (written directly: the field
        // editor is not under test here).
        QSqlQuery q(m_temp->connection());
        for (const char* def : {"level|text", "visits|number", "region|text"}) {
            const QStringList parts = QString::fromLatin1(def).split(QLatin1Char('|'));
            q.prepare(QStringLiteral("INSERT INTO custom_field_defs (uuid, entity, key, label, "
                                     "type, created_at, updated_at) VALUES (?, 'customers', ?, "
                                     "?, ?, '2026-01-01', '2026-01-01')"));
            q.addBindValue(parts[0] + QStringLiteral("-uuid"));
            q.addBindValue(parts[0]);
            q.addBindValue(parts[0].toUpper());
            q.addBindValue(parts[1]);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    void cleanup()
    {
        AuditLog::setActor({});
        m_temp.reset();
    }

    void createWritesOneRow()
    {
        const Customer c = stored();
        const auto rows = changes(c.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].action, QStringLiteral("create"));
        QCOMPARE(rows[0].actor, QStringLiteral("tester"));
        QCOMPARE(rows[0].at, QStringLiteral("2026-05-01T08:00:00.000Z"));
        QCOMPARE(rows[0].entityId, c.id);
    }

    void updateWritesChangedFieldsOnly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("oldJson");
        QTest::addColumn<QString>("newJson");
        QTest::addRow("email") << "email"
                               << "wei@example.com"
                               << R"("zhang@example.com")"
                               << R"("wei@example.com")";
        QTest::addRow("phone set") << "phone"
                                   << "+86 21 1234 5678"
                                   << "null"
                                   << R"("+86 21 1234 5678")";
        QTest::addRow("city cleared") << "city"
                                      << ""
                                      << R"("上海")"
                                      << "null";
        QTest::addRow("opted out") << "opted_out"
                                   << "true"
                                   << "false"
                                   << "true";
        QTest::addRow("custom changed") << "custom.level"
                                        << "silver"
                                        << R"("gold")"
                                        << R"("silver")";
        QTest::addRow("custom added") << "custom.region"
                                      << "east"
                                      << "null"
                                      << R"("east")";
    }
    void updateWritesChangedFieldsOnly()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, oldJson);
        QFETCH(QString, newJson);
        const Customer before = stored();
        Customer after = before;
        if (field == QLatin1String("email"))
            after.email = value;
        else if (field == QLatin1String("phone"))
            after.phone = value;
        else if (field == QLatin1String("city"))
            after.city = value;
        else if (field == QLatin1String("opted_out"))
            after.optedOut = true;
        else if (field == QLatin1String("custom.level"))
            after.custom = QStringLiteral(R"({"visits":3,"level":"silver"})");
        else
            after.custom = QStringLiteral(R"({"level":"gold","visits":3,"region":"east"})");
        m_clock->advanceSecs(60);
        const auto updated = customers().update(after);
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        const auto rows = changes(before.id);
        QCOMPARE(rows.size(), 2);
        const AuditLog::Change& row = rows[1];
        QCOMPARE(row.action, QStringLiteral("update"));
        QCOMPARE(row.field, field);
        QCOMPARE(row.oldValue, oldJson);
        QCOMPARE(row.newValue, newJson);
        QCOMPARE(row.at, QStringLiteral("2026-05-01T08:01:00.000Z"));
    }

    void updateWithSeveralFields()
    {
        const Customer before = stored();
        core::Company co;
        co.name = QStringLiteral("华为");
        const auto companyId = core::CompanyRepository(m_temp->connection()).create(co);
        QVERIFY(companyId.ok());
        Customer after = before;
        after.name = QStringLiteral("张 伟");
        after.companyId = *companyId;
        after.custom = QStringLiteral(R"({"level":"gold"})"); // visits removed
        QVERIFY(customers().update(after).ok());
        QStringList fields;
        for (const auto& row : changes(before.id))
            fields << row.field;
        QCOMPARE(fields, (QStringList{QString(), QStringLiteral("name"), QStringLiteral("company"),
                                      QStringLiteral("custom.visits")}));
        QCOMPARE(changes(before.id)[2].newValue, QStringLiteral(R"("华为")"));
        QCOMPARE(changes(before.id)[3].oldValue, QStringLiteral("3"));

        // Saving the same values again logs nothing.
        QVERIFY(customers().update(*customers().get(before.id)).ok());
        QCOMPARE(changes(before.id).size(), 4);
    }

    void deleteAndRestore()
    {
        const Customer c = stored();
        QVERIFY(customers().remove(c.id).ok());
        QVERIFY(customers().restore(c.id).ok());
        const auto rows = changes(c.id);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].action, QStringLiteral("delete"));
        QCOMPARE(rows[2].action, QStringLiteral("restore"));
        // A failed delete (not there) writes nothing.
        QVERIFY(!customers().remove(4711).ok());
        QVERIFY(changes(4711).isEmpty());
    }

    void everyKindOfChange_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("oldJson");
        QTest::addColumn<QString>("newJson");
        // JSON is written with ' for " here: moc misreads raw strings holding "//".
        const auto json = [](const char* text) {
            return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
        };
        const auto row = [&json](const char* what, const char* entity, const char* action,
                                 const char* field, const char* oldJson, const char* newJson) {
            QTest::newRow(what) << QString::fromLatin1(what) << QString::fromLatin1(entity)
                                << QString::fromLatin1(action) << QString::fromUtf8(field)
                                << json(oldJson) << json(newJson);
        };
        row("company create", "companies", "create", "", "", "");
        row("company update", "companies", "update", "website", "null", "'https://tea.example'");
        row("company delete", "companies", "delete", "", "", "");
        row("company restore", "companies", "restore", "", "", "");
        row("product create", "products", "create", "", "", "");
        row("product update", "products", "update", "price", "'12.50'", "'13.00'");
        row("product delete", "products", "delete", "", "", "");
        row("order create", "orders", "create", "lines", "", "'2 × 龙井 Longjing @ 12.50'");
        row("order update", "orders", "update", "lines", "'2 × 龙井 Longjing @ 12.50'",
            "'3 × 龙井 Longjing @ 12.50'");
        row("order delete", "orders", "delete", "", "'2 × 龙井 Longjing @ 12.50'", "");
        row("deal create", "deals", "create", "", "", "");
        row("deal update", "deals", "update", "title", "'Spring order'", "'Big spring order'");
        row("deal stage move", "deals", "update", "stage", "'Lead'", "'Qualified'");
        row("deal delete", "deals", "delete", "", "", "");
        row("activity create", "activities", "create", "", "", "");
        row("activity update", "activities", "update", "subject", "'Call back'",
            "'Call back about tea'");
        row("activity done", "activities", "update", "done_at", "null",
            "'2026-05-01T08:00:00.000Z'");
        row("custom field create", "custom_field_defs", "create", "", "", "'budget'");
        row("custom field update", "custom_field_defs", "update", "label", "'Budget'",
            "'Yearly budget'");
        row("custom field delete", "custom_field_defs", "delete", "", "", "");
        row("tag create", "tags", "create", "", "", "'VIP'");
        row("tag rename", "tags", "update", "name", "'VIP'", "'贵宾'");
        row("tag assigned", "customers", "update", "tag", "", "'VIP'");
        row("tag removed", "customers", "update", "tag", "'VIP'", "");
        row("tags set", "customers", "update", "tag", "", "'VIP'");
        row("tag delete", "tags", "delete", "", "'VIP'", "");
        row("customer merge", "customers", "merge", "#2", "{'email':''}",
            "{'email':'wei@example.com'}");
        row("csv export", "customers", "export", "", "", "{'file':'customers.csv','rows':1}");
        row("vcard export", "customers", "export", "", "", "{'file':'contacts.vcf','rows':1}");
        row("import run", "customers", "create", "import", "",
            "{'file':'people.csv','inserted':2,'rejected':0,'run':1,'skipped':0,'updated':0}");
        row("import undone", "customers", "delete", "import", "{'file':'people.csv','run':1}", "");
    }
    void everyKindOfChange()
    {
        QFETCH(QString, what);
        QFETCH(QString, entity);
        QFETCH(QString, action);
        QFETCH(QString, field);
        QFETCH(QString, oldJson);
        QFETCH(QString, newJson);
        change(what);
        if (QTest::currentTestFailed())
            return;
        const auto row = newest(entity, action, field);
        QVERIFY2(row, "no audit row");
        QCOMPARE(row->entity, entity);
        QCOMPARE(row->action, action);
        QCOMPARE(row->field, field);
        QCOMPARE(row->oldValue, oldJson);
        QCOMPARE(row->newValue, newJson);
        QCOMPARE(row->actor, QStringLiteral("tester"));
    }

    // A change that fails writes no audit row (the row is in its transaction).
    void failedChangesLeaveNoRow()
    {
        const Customer c = stored();
        const qint64 before = rowCount();
        core::Company co;
        co.id = 4711;
        co.name = QStringLiteral("Nobody");
        QVERIFY(!core::CompanyRepository(m_temp->connection()).update(co).ok());
        QVERIFY(!core::ProductRepository(m_temp->connection()).remove(4711).ok());
        QVERIFY(!core::TagRepository(m_temp->connection()).addToCustomers(4711, {c.id}).ok());
        QCOMPARE(rowCount(), before);
    }

    // A bulk tag writes one row per customer whose tags changed, not per id given.
    void bulkTagWritesOneRowPerChangedCustomer()
    {
        core::TagRepository tags(m_temp->connection(), nullptr, *m_clock);
        core::Tag vip;
        vip.name = QStringLiteral("VIP");
        const auto tagId = tags.create(vip);
        QVERIFY(tagId.ok());
        QList<core::RowId> ids;
        for (int i = 0; i < 5; ++i)
            ids << stored().id;
        QVERIFY(tags.addToCustomers(*tagId, ids.mid(0, 2)).ok());
        const qint64 before = rowCount();
        QVERIFY(tags.addToCustomers(*tagId, ids).ok());
        QCOMPARE(rowCount() - before, 3);
    }

    void actorDefaultsToTheOsUser()
    {
        AuditLog::setActor({});
        QString expected = qEnvironmentVariable("USER").isEmpty() ? qEnvironmentVariable("USERNAME")
                                                                  : qEnvironmentVariable("USER");
        // Without $USER (services, containers, CI) the account's name is used.
        if (expected.isEmpty()) {
            QProcess id;
            id.start(QStringLiteral("id"), {QStringLiteral("-un")});
            QVERIFY(id.waitForFinished());
            expected = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(AuditLog::actor(), expected);
    }
};

void TestAuditLog::change(const QString& what)
{
    const QSqlDatabase db = m_temp->connection();
    const core::Clock& clock = *m_clock;
    const auto check = [](const core::Status& s) {
        if (!s)
            QTest::qFail(qPrintable(s.error().message), __FILE__, __LINE__);
        return bool(s);
    };
    const auto startsWith = [&what](const char* prefix) {
        return what.startsWith(QLatin1String(prefix));
    };

    if (startsWith("company")) {
        core::CompanyRepository companies(db, nullptr, clock);
        core::Company co;
        co.name = QStringLiteral("西湖茶庄");
        auto id = companies.create(co);
        QVERIFY(id.ok());
        co = *companies.get(*id);
        co.website = QStringLiteral("https://tea.example");
        if (what == QLatin1String("company update"))
            check(companies.update(co));
        if (what == QLatin1String("company delete") || what == QLatin1String("company restore"))
            check(companies.remove(*id));
        if (what == QLatin1String("company restore"))
            check(companies.restore(*id));
    } else if (startsWith("product")) {
        core::ProductRepository products(db, nullptr, clock);
        const core::RowId id = productId();
        core::Product p = *products.get(id);
        p.price.minor = 1300;
        if (what == QLatin1String("product update"))
            check(products.update(p));
        if (what == QLatin1String("product delete"))
            check(products.remove(id));
    } else if (startsWith("order")) {
        core::OrderRepository orders(db, nullptr, clock);
        const core::RowId product = productId();
        auto id = orders.create(order(stored().id, product, 2));
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        core::Order o = *orders.get(*id);
        o.lines.first().quantity = 3;
        if (what == QLatin1String("order update"))
            check(orders.update(o));
        if (what == QLatin1String("order delete"))
            check(orders.remove(*id));
    } else if (startsWith("deal")) {
        core::PipelineRepository pipelines(db, nullptr, clock);
        auto pipelineId = pipelines.createDefault();
        QVERIFY(pipelineId.ok());
        const core::Pipeline pipeline = *pipelines.get(*pipelineId);
        core::DealRepository deals(db, nullptr, clock);
        core::Deal d;
        d.title = QStringLiteral("Spring order");
        d.pipelineId = pipeline.id;
        d.stageId = pipeline.stages.first().id;
        d.customerId = stored().id;
        auto id = deals.create(d);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        d = *deals.get(*id);
        if (what == QLatin1String("deal update")) {
            d.title = QStringLiteral("Big spring order");
            check(deals.update(d));
        }
        if (what == QLatin1String("deal stage move"))
            check(deals.move(*id, pipeline.stages.at(1).id, 0));
        if (what == QLatin1String("deal delete"))
            check(deals.remove(*id));
    } else if (startsWith("activity")) {
        core::ActivityRepository activities(db, nullptr, clock);
        core::Activity a;
        a.customerId = stored().id;
        a.kind = core::ActivityKind::Task;
        a.subject = QStringLiteral("Call back");
        auto id = activities.create(a);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        a = *activities.get(*id);
        if (what == QLatin1String("activity update")) {
            a.subject = QStringLiteral("Call back about tea");
            check(activities.update(a));
        }
        if (what == QLatin1String("activity done"))
            check(activities.markDone(*id, true));
    } else if (startsWith("custom field")) {
        core::CustomFieldRepository fields(db, nullptr, clock);
        core::CustomFieldDef def;
        def.entity = core::FieldEntity::Companies;
        def.key = QStringLiteral("budget");
        def.label = QStringLiteral("Budget");
        def.type = core::CustomFieldType::Money;
        auto id = fields.create(def);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        def = *fields.get(*id);
        if (what == QLatin1String("custom field update")) {
            def.label = QStringLiteral("Yearly budget");
            check(fields.update(def));
        }
        if (what == QLatin1String("custom field delete"))
            check(fields.remove(*id));
    } else if (startsWith("tag")) {
        core::TagRepository tags(db, nullptr, clock);
        core::Tag vip;
        vip.name = QStringLiteral("VIP");
        auto id = tags.create(vip);
        QVERIFY(id.ok());
        const core::RowId customer = stored().id;
        if (what == QLatin1String("tag rename"))
            check(tags.rename(*id, QStringLiteral("贵宾")));
        if (what == QLatin1String("tag assigned") || what == QLatin1String("tag removed")
            || what == QLatin1String("tag delete"))
            QVERIFY(tags.addToCustomers(*id, {customer}).ok());
        if (what == QLatin1String("tag removed"))
            QVERIFY(tags.removeFromCustomers(*id, {customer}).ok());
        if (what == QLatin1String("tags set"))
            check(core::CustomerRepository(db, nullptr, clock).setTags(customer, {*id}));
        if (what == QLatin1String("tag delete"))
            QVERIFY(tags.remove(*id).ok());
    } else if (what == QLatin1String("customer merge")) {
        Customer keeper;
        keeper.name = QStringLiteral("张伟");
        Customer other;
        other.name = QStringLiteral("张伟");
        other.email = QStringLiteral("wei@example.com");
        core::CustomerRepository customers(db, nullptr, clock);
        const auto keeperId = customers.create(keeper);
        const auto otherId = customers.create(other);
        QVERIFY(keeperId.ok() && otherId.ok());
        QCOMPARE(*otherId, 2); // the data row's field names it
        auto merged = core::CustomerMerge(db, nullptr, clock).merge(*keeperId, {*otherId}, {});
        QVERIFY2(merged.ok(), qPrintable(merged.error().message));
    } else if (what == QLatin1String("csv export")) {
        stored();
        core::SilentProgress progress;
        const QString path = m_temp->dir() + QStringLiteral("/customers.csv");
        auto report = core::exporting::Exporter(db).exportTable(core::ExportKind::Customers, path,
                                                                {}, progress);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        // The row names the file, never what is in it.
        const auto row = newest(QStringLiteral("customers"), QStringLiteral("export"), {});
        QVERIFY(row && !row->newValue.contains(QStringLiteral("zhang")));
    } else if (what == QLatin1String("vcard export")) {
        stored();
        core::SilentProgress progress;
        auto report = core::contacts::exportVCards(
            db, m_temp->dir() + QStringLiteral("/contacts.vcf"), progress);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
    } else if (startsWith("import")) {
        const QString path = m_temp->dir() + QStringLiteral("/people.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,email\nLi Na,li@example.com\nWang Fang,wang@example.com\n");
        file.close();
        core::SilentProgress progress;
        auto report = core::import::Importer(db, clock).run(path, core::import::Entity::Customers,
                                                            {}, progress);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->runId, 1);
        if (what == QLatin1String("import undone")) {
            core::ImportStore store(db);
            check(store.undoRun(report->runId, QStringLiteral("2026-05-01T09:00:00.000Z")));
        }
    } else {
        QFAIL("unknown change");
    }
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
