// The import pipeline end to end on real files and a real SQLite database:
// detection, cleaning, duplicates, rejected rows, orders, atomicity and undo.
#include "FixedClock.h"
#include "TempDatabase.h"

#include "common/Progress.h"
#include "import/Importer.h"
#include "io/CsvReader.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportStore.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTest>

using namespace rapport;
using namespace rapport::core::import;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

// Every row of the user's tables, as text: two equal dumps mean equal data.
QString dump(const QSqlDatabase& db)
{
    QString out;
    for (const char* table : {"companies", "customers", "products", "orders", "order_lines"}) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c)
                cells << q.value(c).toString();
            out += QLatin1String(table) + QLatin1Char(':') + cells.join(u'|') + u'\n';
        }
    }
    return out;
}

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    return core::sql::scalar(db, sql)->toLongLong();
}

QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    core::csv::CsvReader reader(&f);
    QList<QStringList> rows;
    core::csv::Record record;
    while (*reader.next(record))
        rows << record.fields;
    return rows;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TempDatabase> m_db;
    core::SilentProgress m_progress;

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_db->dir() + QLatin1Char('/') + name;
        writeFile(path, bytes);
        return path;
    }
    Report import(const QString& path, Entity entity, const Options& options = {})
    {
        auto report = Importer(m_db->connection()).run(path, entity, options, m_progress);
        if (!report)
            qWarning() << report.error().message;
        return report ? *report : Report();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<testing::TempDatabase>();
        QVERIFY(m_db->isValid());
    }
    void cleanup() { m_db.reset(); }

    // A GB18030 file with Chinese headers and semicolons, as WPS writes them.
    void readsAChineseSpreadsheetExport()
    {
        const QString path = file(
            QStringLiteral("客户.csv"),
            gb18030(QStringLiteral("客户名称;邮箱;电话;公司;备注\r\n"
                                   "  张伟明 ;ZHANG@Example.COM ;138-0013-8000;华为技术;"
                                   "\"第一行\r\n第二行\"\r\n"
                                   "李  娜;li.na@example.cn;+86 139 1234 5678;华为技术;\r\n")));
        const Report r = import(path, Entity::Customers);
        QVERIFY(r.applied);
        QCOMPARE(r.layout.encoding, core::csv::Encoding::Gb18030);
        QCOMPARE(r.layout.delimiter, QChar(u';'));
        QCOMPARE(r.layout.mapping.fieldAt(0), QStringLiteral("name"));
        QCOMPARE(r.layout.mapping.fieldAt(1), QStringLiteral("email"));
        QCOMPARE(r.layout.mapping.fieldAt(2), QStringLiteral("phone"));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.companiesCreated, 1);

        core::CustomerRepository customers(m_db->connection());
        auto found = customers.search(QStringLiteral("伟明"), 5);
        QCOMPARE(found->size(), 1);
        const core::Customer c = found->first();
        QCOMPARE(c.name, QStringLiteral("张伟明"));
        QCOMPARE(c.email, QStringLiteral("zhang@example.com"));
        QCOMPARE(c.phone, QStringLiteral("+86 138 0013 8000"));
        QCOMPARE(c.companyName, QStringLiteral("华为技术"));
        QCOMPARE(c.notes, QStringLiteral("第一行\n第二行"));
        QCOMPARE(customers.search(QStringLiteral("li"), 5)->first().name, QStringLiteral("李 娜"));
    }

    void duplicates_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("aliceCity"); // the existing Alice, afterwards
        QTest::addColumn<QString>("aliceOwner");
        // The file: Alice again by e-mail (new city, owner), Bob by phone in another
        // format, Carol new, Carol again in the same file by name + company.
        QTest::addRow("skip") << "skip"
                              << "fill" << 1 << 0 << 3 << "Paris"
                              << "";
        // Carol's second row updates the Carol the first row created.
        QTest::addRow("update, fill") << "update"
                                      << "fill" << 1 << 3 << 0 << "Paris"
                                      << "Ann";
        QTest::addRow("update, overwrite") << "update"
                                           << "overwrite" << 1 << 3 << 0 << "Lyon"
                                           << "Ann";
        QTest::addRow("create") << "create"
                                << "fill" << 4 << 0 << 0 << "Paris"
                                << "";
    }
    void duplicates()
    {
        QFETCH(QString, policy);
        QFETCH(QString, mode);
        core::CustomerRepository customers(m_db->connection());
        core::Customer alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.email = QStringLiteral("alice@example.com");
        alice.city = QStringLiteral("Paris");
        const auto aliceId = customers.create(alice);
        QVERIFY(aliceId);
        core::Customer bob;
        bob.name = QStringLiteral("Bob Stone");
        bob.phone = QStringLiteral("13800138000");
        QVERIFY(customers.create(bob));

        const QString path =
            file(QStringLiteral("dupes.csv"), "Name,E-mail,Phone,City,Owner,Company\n"
                                              "Alice M.,ALICE@example.com,,Lyon,Ann,\n"
                                              "Robert Stone,,+86 138 0013 8000,Berlin,,\n"
                                              "Carol King,carol@example.com,,Rome,,Acme\n"
                                              "carol  king,,,Milan,Zed,ACME\n");
        Options options;
        options.onDuplicate = *parseOnDuplicateKey(policy);
        options.updateMode = *parseUpdateModeKey(mode);
        const Report r = import(path, Entity::Customers, options);
        QVERIFY(r.applied);
        QTEST(r.inserted, "inserted");
        QTEST(r.updated, "updated");
        QTEST(r.skipped, "skipped");
        QCOMPARE(r.duplicatesByRule.value(QStringLiteral("email")), 1);
        QCOMPARE(r.duplicatesByRule.value(QStringLiteral("phone")), 1);
        QCOMPARE(r.duplicatesByRule.value(QStringLiteral("name_company")), 1);
        QCOMPARE(r.rejected, 0);
        auto after = customers.get(*aliceId);
        QTEST(after->city, "aliceCity");
        QTEST(after->owner, "aliceOwner");
    }

    void rejectedRowsAreListedWithRowColumnAndReason()
    {
        const QString path = file(QStringLiteral("bad.csv"), "name,email,phone\n"
                                                             "Good One,good@example.com,\n"
                                                             ",nobody@example.com,\n"
                                                             "Bad Mail,not-an-address,\n"
                                                             "Bad Phone,,12\n");
        const Report r = import(path, Entity::Customers);
        QVERIFY(r.applied);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.rejected, 3);
        QVERIFY(QFile::exists(r.errorsFile));
        const QList<QStringList> rows = readCsv(r.errorsFile);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].mid(3), (QStringList{QStringLiteral("name"), QStringLiteral("email"),
                                              QStringLiteral("phone")}));
        QCOMPARE(rows[1][0], QStringLiteral("3")); // the line in the file
        QCOMPARE(rows[1][1], QStringLiteral("name"));
        QCOMPARE(rows[2][0], QStringLiteral("4"));
        QCOMPARE(rows[2][1], QStringLiteral("email"));
        QVERIFY2(rows[2][2].contains(QStringLiteral("not-an-address")), qPrintable(rows[2][2]));
        QCOMPARE(rows[3][1], QStringLiteral("phone"));
        QCOMPARE(rows[3].mid(3),
                 (QStringList{QStringLiteral("Bad Phone"), QString(), QStringLiteral("12")}));
        // The rejected file re-imports once fixed: its extra columns are left out.
        auto layout = ColumnMapping::autoMatch(Entity::Customers, rows[0]);
        QCOMPARE(layout.fieldAt(3), QStringLiteral("name"));
    }

    void aFailedImportChangesNothing()
    {
        const QString before = dump(m_db->connection());
        // Valid rows first, then an unterminated quote at the end of the file.
        QByteArray bytes = "name,email\n";
        for (int i = 0; i < 3000; ++i)
            bytes +=
                "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com\n";
        bytes += "\"Broken,x@example.com\n";
        const QString path = file(QStringLiteral("broken.csv"), bytes);
        auto report = Importer(m_db->connection()).run(path, Entity::Customers, {}, m_progress);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QStringLiteral("broken.csv")),
                 qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(QStringLiteral("3002")),
                 qPrintable(report.error().message));
        QCOMPARE(dump(m_db->connection()), before);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT count(*) FROM import_runs")), 0);
    }

    void cancelledImportChangesNothing()
    {
        QByteArray bytes = "name\n";
        for (int i = 0; i < 20000; ++i)
            bytes += "Person " + QByteArray::number(i) + "\n";
        const QString path = file(QStringLiteral("many.csv"), bytes);
        core::SilentProgress progress;
        progress.cancel();
        auto report = Importer(m_db->connection()).run(path, Entity::Customers, {}, progress);
        QVERIFY(!report);
        QCOMPARE(report.error().code, core::Error::Code::Cancelled);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT count(*) FROM customers")), 0);
    }

    void dryRunWritesNothing()
    {
        const QString path = file(QStringLiteral("dry.csv"), "name\nAnn\nBen\n");
        Options options;
        options.dryRun = true;
        const Report r = import(path, Entity::Customers, options);
        QCOMPARE(r.inserted, 2);
        QVERIFY(!r.applied);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT count(*) FROM customers")), 0);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT count(*) FROM import_runs")), 0);
    }

    void dayMonthOrderIsDecidedByTheWholeColumn_data()
    {
        QTest::addColumn<QByteArray>("dates");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("first");
        QTest::addRow("day first") << QByteArray("05/03/2024\n13/03/2024\n") << "dmy"
                                   << "2024-03-05";
        QTest::addRow("month first") << QByteArray("05/03/2024\n03/13/2024\n") << "mdy"
                                     << "2024-05-03";
        QTest::addRow("iso") << QByteArray("2024-03-05\n2024-03-13\n") << "ymd"
                             << "2024-03-05";
        QTest::addRow("chinese") << QByteArray("2024年3月5日\n2024年3月13日\n") << "ymd"
                                 << "2024-03-05";
    }
    void dayMonthOrderIsDecidedByTheWholeColumn()
    {
        QFETCH(QByteArray, dates);
        QByteArray bytes = "number,date,customer,sku,quantity,unit_price\n";
        int n = 0;
        for (const QByteArray& d : dates.split('\n')) {
            if (!d.isEmpty())
                bytes += "SO-" + QByteArray::number(++n) + "," + d + ",Ann,P1,1,2.50\n";
        }
        const QString path = file(QStringLiteral("dates.csv"), bytes);
        const Report r = import(path, Entity::Orders);
        QVERIFY(r.applied);
        QTEST(core::parse::dateOrderKey(r.layout.dateOrders.value(QStringLiteral("date")).order),
              "order");
        QFETCH(QString, first);
        QCOMPARE(core::sql::scalar(m_db->connection(),
                                   QStringLiteral("SELECT ordered_on FROM orders WHERE number = "
                                                  "'SO-1'"))
                     ->toString(),
                 first);
    }

    // One row per line, like the UCI Online Retail file: a sale, a cancellation
    // (all lines negative), a negative line inside a sale, a row with no customer.
    void ordersFromALineLevelFile()
    {
        const QByteArray bytes =
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
            "536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n"
            "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850,United Kingdom\n"
            "C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,14527,United Kingdom\n"
            "536380,22961,JAM JAR,12,2010-12-01 09:41:00,1.45,14527,United Kingdom\n"
            "536380,22962,JAM JAR LID,-2,2010-12-01 09:41:00,1.45,14527,United Kingdom\n"
            "536414,22139,,56,2010-12-01 11:52:00,0,,United Kingdom\n";
        const QString path = file(QStringLiteral("retail.csv"), bytes);
        Options options;
        options.defaultCurrency = QStringLiteral("GBP");
        const Report r = import(path, Entity::Orders, options);
        QVERIFY(r.applied);
        QCOMPARE(r.layout.mapping.fieldAt(6), QStringLiteral("customer_code"));
        QCOMPARE(r.inserted, 4);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.ordersCreated, 3);
        QCOMPARE(r.cancellations, 1);
        QCOMPARE(r.customersCreated, 2);
        QCOMPARE(r.productsCreated, 4);
        const QSqlDatabase db = m_db->connection();
        QCOMPARE(count(db, QStringLiteral("SELECT total_minor FROM orders WHERE number='536365'")),
                 6 * 255 + 6 * 339);
        QCOMPARE(core::sql::scalar(db, QStringLiteral("SELECT status || currency FROM orders "
                                                      "WHERE number='C536379'"))
                     ->toString(),
                 QStringLiteral("cancelledGBP"));
        QCOMPARE(count(db, QStringLiteral("SELECT quantity FROM order_lines l JOIN orders o ON "
                                          "o.id = l.order_id WHERE o.number='C536379'")),
                 1);
        QCOMPARE(core::sql::scalar(db, QStringLiteral("SELECT name || '/' || code FROM customers "
                                                      "WHERE code = '17850'"))
                     ->toString(),
                 QStringLiteral("Customer 17850/17850"));
        const QList<QStringList> rejected = readCsv(r.errorsFile);
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(rejected[1][1], QStringLiteral("Quantity"));
        QCOMPARE(rejected[2][1], QStringLiteral("CustomerID"));

        // The same file again changes nothing.
        const QString before = dump(db);
        const Report again = import(path, Entity::Orders, options);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.skipped, 5);  // every row of the three stored orders
        QCOMPARE(again.rejected, 1); // the row without a customer, again
        QCOMPARE(dump(db), before);

        // With a walk-in customer, the anonymous sale is kept.
        Options walkIn = options;
        walkIn.walkInCustomer = QStringLiteral("Walk-in customers");
        const Report third = import(path, Entity::Orders, walkIn);
        QCOMPARE(third.inserted, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM orders o JOIN customers c ON "
                                          "c.id = o.customer_id WHERE c.name = 'Walk-in "
                                          "customers'")),
                 1);
    }

    void undoTakesTheLastImportBack()
    {
        core::CustomerRepository customers(m_db->connection());
        core::Customer alice;
        alice.name = QStringLiteral("Alice");
        alice.email = QStringLiteral("alice@example.com");
        QVERIFY(customers.create(alice));
        const QString before = dump(m_db->connection());

        const QString path = file(QStringLiteral("u.csv"), "name,email,city,company\n"
                                                           "Alice,alice@example.com,Oslo,\n"
                                                           "Ben,ben@example.com,Rome,Acme\n");
        Options options;
        options.onDuplicate = OnDuplicate::Update;
        const Report r = import(path, Entity::Customers, options);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 1);

        core::ImportStore store(m_db->connection());
        auto last = store.lastRun();
        QVERIFY(last && *last);
        QCOMPARE((*last)->id, r.runId);
        QVERIFY(store.undoRun(r.runId, QStringLiteral("2099-01-01T00:00:00.000Z")));
        // updated_at of Alice moves on; everything a user sees is back.
        QCOMPARE(dump(m_db->connection()).section(u'|', 0, 3), before.section(u'|', 0, 3));
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT count(*) FROM customers")), 1);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT count(*) FROM companies")), 0);
        QCOMPARE(customers.search(QStringLiteral("alice"), 5)->first().city, QString());
        auto again = store.undoRun(r.runId, QStringLiteral("2099-01-01T00:00:00.000Z"));
        QVERIFY(!again);
    }

    void undoIsRefusedWhenLaterWorkDependsOnTheImport()
    {
        const QString path = file(QStringLiteral("v.csv"), "name\nBen\n");
        const Report r = import(path, Entity::Customers);
        QCOMPARE(r.inserted, 1);
        core::CustomerRepository customers(m_db->connection());
        core::Customer ben = customers.search(QStringLiteral("ben"), 1)->first();
        ben.city = QStringLiteral("Rome");
        QTest::qWait(5); // a later timestamp than the import's
        QVERIFY(customers.update(ben));
        auto undone = core::ImportStore(m_db->connection())
                          .undoRun(r.runId, QStringLiteral("2099-01-01T00:00:00.000Z"));
        QVERIFY(!undone);
        QCOMPARE(undone.error().code, core::Error::Code::Conflict);
        QVERIFY2(undone.error().message.contains(QStringLiteral("edited")),
                 qPrintable(undone.error().message));
        QCOMPARE(customers.get(ben.id)->city, QStringLiteral("Rome"));
    }

    void mappingFileErrorsNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown column") << QByteArray(R"({"Mail": "email"})") << "Mail";
        QTest::addRow("unknown field") << QByteArray(R"({"E": "fax"})") << "fax";
        QTest::addRow("twice") << QByteArray(R"({"N": "name", "E": "name"})") << "two columns";
    }
    void mappingFileErrorsNameTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString path = file(QStringLiteral("m.csv"), "N,E\nAnn,ann@example.com\n");
        Options options;
        options.mappingJson = QJsonDocument::fromJson(json).object();
        auto report =
            Importer(m_db->connection()).run(path, Entity::Customers, options, m_progress);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(expected), qPrintable(report.error().message));
    }

    // A file large next to the table takes the bulk path (indexes and full-text
    // triggers dropped and rebuilt inside the transaction): search, updates of
    // customers that existed before and of rows of the same file must all come
    // out as on the row-by-row path.
    void bulkLoadKeepsSearchAndSchemaRight()
    {
        const QSqlDatabase db = m_db->connection();
        core::CustomerRepository customers(db);
        core::Customer old;
        old.name = QStringLiteral("Oldname Person");
        old.email = QStringLiteral("old@example.com");
        QVERIFY(customers.create(old));
        auto schema = [&] {
            QStringList objects;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT type || name || sql FROM sqlite_schema ORDER BY name"));
            while (q.next())
                objects << q.value(0).toString();
            return objects;
        };
        const QStringList schemaBefore = schema();

        QByteArray bytes = "name,email,phone,notes\n";
        bytes += "Newname Person,old@example.com,,\n"; // updates the existing customer
        for (int i = 0; i < 30000; ++i)
            bytes += "Bulk " + QByteArray::number(i) + ",b" + QByteArray::number(i)
                     + "@example.com,+86 139 " + QByteArray::number(10000000 + i)
                     + ",some notes to make the file as large as real ones are\n";
        bytes += "Renamed Bulk,b7@example.com,,\n"; // updates a row of this file
        const QString path = file(QStringLiteral("bulk.csv"), bytes);
        Options options;
        options.onDuplicate = OnDuplicate::Update;
        options.updateMode = UpdateMode::Overwrite;
        const Report r = import(path, Entity::Customers, options);
        QVERIFY(r.applied);
        QCOMPARE(r.inserted, 30000);
        QCOMPARE(r.updated, 2);

        QCOMPARE(schema(), schemaBefore);
        QCOMPARE(core::sql::scalar(db, QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
        QVERIFY(core::sql::execOnce(db, QStringLiteral("INSERT INTO customers_fts (customers_fts, "
                                                       "rank) VALUES ('integrity-check', 0)")));
        QCOMPARE(customers.search(QStringLiteral("newname"), 5)->size(), 1);
        QCOMPARE(customers.search(QStringLiteral("oldname"), 5)->size(), 0);
        QCOMPARE(customers.search(QStringLiteral("renamed"), 5)->size(), 1);
        QCOMPARE(customers.search(QStringLiteral("bulk 29999"), 5)->size(), 1);
        QCOMPARE(customers.search(QStringLiteral("13910029999"), 5)->size(), 1);
        QCOMPARE(customers.search(QStringLiteral("bulk"), 50000)->size(),
                 30000); // "Renamed Bulk" too

        // And undo takes it all back through the rebuilt triggers.
        QVERIFY(core::ImportStore(db).undoRun(r.runId, QStringLiteral("2099-01-01T00:00:00.000Z")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM customers")), 1);
        QCOMPARE(customers.search(QStringLiteral("oldname"), 5)->size(), 1);
        QCOMPARE(customers.search(QStringLiteral("bulk"), 5)->size(), 0);
    }

    void customFieldsAndFormulaGuardedCells()
    {
        // A custom column fills a defined field (an undefined key is a mapping error).
        core::CustomFieldDef vip;
        vip.key = QStringLiteral("vip_level");
        vip.label = QStringLiteral("VIP level");
        QVERIFY(core::CustomFieldRepository(m_db->connection()).create(vip));
        const QString path = file(QStringLiteral("c.csv"), "name,phone,custom.vip_level,notes\n"
                                                           "Ann,'+86 138 0013 8000,Gold,'=1+1\n"
                                                           "Ben,,,'quoted'\n");
        const Report r = import(path, Entity::Customers);
        QCOMPARE(r.inserted, 2);
        core::CustomerRepository customers(m_db->connection());
        const core::Customer ann = customers.search(QStringLiteral("ann"), 1)->first();
        QCOMPARE(ann.phone, QStringLiteral("+86 138 0013 8000"));
        QCOMPARE(ann.notes, QStringLiteral("=1+1"));
        QCOMPARE(QJsonDocument::fromJson(ann.custom.toUtf8())
                     .object()
                     .value(QStringLiteral("vip_level")),
                 QJsonValue(QStringLiteral("Gold")));
        QCOMPARE(customers.search(QStringLiteral("ben"), 1)->first().notes,
                 QStringLiteral("'quoted'"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
