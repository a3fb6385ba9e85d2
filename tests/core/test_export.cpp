// CSV export: columns and headers per kind, the formula guard, encodings and
// delimiters, the current view's selection, soft deletes, the row count, and
// the round trips export -> import that the keys and the guard exist for.

#include "CsvRows.h"
#include "FixedClock.h"
#include "TempDatabase.h"
#include "export/Exporter.h"
#include "import/Importer.h"
#include "io/CsvReader.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"
#include "storage/Sql.h"
#include "storage/TableQuery.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace rapport;
using namespace Qt::StringLiterals;
using core::Customer;
using core::ExportKind;
using core::Order;
using core::OrderStatus;
using core::QuerySpec;
using core::exporting::Exporter;
using core::exporting::ExportOptions;
using core::exporting::ExportReport;
using core::exporting::HeaderStyle;

Q_DECLARE_METATYPE(rapport::core::ExportKind)
Q_DECLARE_METATYPE(rapport::core::csv::OutputEncoding)
Q_DECLARE_METATYPE(rapport::core::QuerySpec)

using rapport::testing::parseCsv;

namespace {

// Remembers what it was told, and cancels once `cancelAt` rows are done.
class RecordingProgress final : public core::Progress
{
public:
    void report(std::int64_t done, std::int64_t total, const QString&) override
    {
        reports << std::pair{done, total};
        if (cancelAt >= 0 && done >= cancelAt)
            cancel();
    }
    QList<std::pair<std::int64_t, std::int64_t>> reports;
    std::int64_t cancelAt = -1;
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QDateTime kNow(QDate(2024, 5, 1), QTime(8, 0), QTimeZone::utc());
const QString kCreated = QStringLiteral("2024-05-01T08:00:00.000Z");

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;

    QSqlDatabase db() const { return m_temp->connection(); }

    core::RowId company(const QString& name, const QString& phone = {})
    {
        core::Company c;
        c.name = name;
        c.phone = phone;
        auto id = core::CompanyRepository(db(), nullptr, *m_clock).create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    core::RowId customer(Customer c)
    {
        auto id = core::CustomerRepository(db(), nullptr, *m_clock).create(std::move(c));
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    core::RowId customer(const QString& name, const QString& email = {})
    {
        Customer c;
        c.name = name;
        c.email = email;
        return customer(c);
    }
    core::RowId product(const QString& sku, const QString& name, std::int64_t priceMinor,
                        const QString& currency = QStringLiteral("CNY"))
    {
        core::Product p;
        p.sku = sku;
        p.name = name;
        p.category = QStringLiteral("Tea");
        p.price = core::Money{priceMinor, currency};
        auto id = core::ProductRepository(db(), nullptr, *m_clock).create(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    core::RowId order(const QString& number, core::RowId customerId, QDate date, OrderStatus status,
                      const QList<core::OrderLine>& lines,
                      const QString& currency = QStringLiteral("CNY"), const QString& notes = {})
    {
        Order o;
        o.number = number;
        o.customerId = customerId;
        o.orderedOn = date;
        o.status = status;
        o.currency = currency;
        o.lines = lines;
        o.notes = notes;
        auto id = core::OrderRepository(db(), nullptr, *m_clock).create(o);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    static core::OrderLine line(core::RowId productId, std::int64_t quantity,
                                std::int64_t unitPriceMinor)
    {
        core::OrderLine l;
        l.productId = productId;
        l.quantity = quantity;
        l.unitPriceMinor = unitPriceMinor;
        return l;
    }

    // One of everything, with values whose cells are known.
    void seed()
    {
        const core::RowId acme =
            company(QStringLiteral("Acme, Inc."), QStringLiteral("+86 10 8888 6666"));
        Customer c;
        c.name = QStringLiteral("Li Lei");
        c.code = QStringLiteral("C-001");
        c.email = QStringLiteral("li@example.com");
        c.phone = QStringLiteral("+86 138 0013 8000");
        c.companyId = acme;
        c.city = QStringLiteral("Beijing");
        c.address = QStringLiteral("1 Main St");
        c.owner = QStringLiteral("Wang");
        c.optedOut = true;
        c.notes = QStringLiteral("likes tea");
        c.custom = QStringLiteral("{\"vip\":\"gold\"}");
        // Exports write defined custom fields (the importer reads those back).
        core::CustomFieldDef vip;
        vip.key = QStringLiteral("vip");
        vip.label = QStringLiteral("VIP");
        if (!core::CustomFieldRepository(db()).create(vip))
            qFatal("cannot define the custom field");
        const core::RowId li = customer(c);
        const core::RowId tea = product(QStringLiteral("TEA-1"), QStringLiteral("Green tea"), 1250);
        order(QStringLiteral("SO-1"), li, QDate(2024, 3, 5), OrderStatus::Paid,
              {line(tea, 2, 1250)}, QStringLiteral("CNY"), QStringLiteral("gift"));
    }

    core::Result<ExportReport> exportTo(QByteArray& bytes, ExportKind kind,
                                        const ExportOptions& options = {})
    {
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        core::SilentProgress progress;
        return Exporter(db()).exportTable(kind, &buffer, options, progress);
    }
    QList<QStringList> exported(ExportKind kind, const ExportOptions& options = {})
    {
        QByteArray bytes;
        auto report = exportTo(bytes, kind, options);
        if (!report) {
            qWarning("%s", qPrintable(report.error().message));
            return {};
        }
        const QList<QStringList> rows = parseCsv(bytes);
        if (rows.size() != report->rows + 1)
            qWarning("report says %lld rows, the file has %lld", qlonglong(report->rows),
                     qlonglong(rows.size() - 1));
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<testing::FixedClock>(kNow);
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    }
    void cleanup() { m_temp.reset(); }

    void headerAndRow_data();
    void headerAndRow();
    void keysAreTheImportersKeys_data();
    void keysAreTheImportersKeys();
    void formulaGuard();
    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void labels();
    void softDeletedLeftOut();
    void currentView_data();
    void currentView();
    void orderLinesOfTheOrdersView();
    void columnSubset();
    void badSelectionIsAnError();
    void countAndProgress();
    void cancelLeavesNoFile();
    void unwritablePath();
    void roundTripCustomers_data();
    void roundTripCustomers();
    void roundTripOrderLines();
};

void TestExport::headerAndRow_data()
{
    QTest::addColumn<ExportKind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("row");
    QTest::addRow("customers")
        << ExportKind::Customers
        << "name,code,email,phone,company,city,address,owner,opted_out,notes,custom.vip,uuid,"
           "created_at"
        << QStringList{
               u"Li Lei"_s,     u"C-001"_s,     u"li@example.com"_s, u"'+86 138 0013 8000"_s,
               u"Acme, Inc."_s, u"Beijing"_s,   u"1 Main St"_s,      u"Wang"_s,
               u"yes"_s,        u"likes tea"_s, u"gold"_s,           u"{uuid}"_s,
               kCreated};
    QTest::addRow("companies") << ExportKind::Companies << "name,phone,website,address,notes"
                               << QStringList{u"Acme, Inc."_s, u"'+86 10 8888 6666"_s, u""_s, u""_s,
                                              u""_s};
    QTest::addRow("products") << ExportKind::Products << "sku,name,category,price,currency"
                              << QStringList{u"TEA-1"_s, u"Green tea"_s, u"Tea"_s, u"12.50"_s,
                                             u"CNY"_s};
    QTest::addRow("orders")
        << ExportKind::Orders
        << "number,date,customer,customer_code,customer_email,status,total,currency,lines,notes"
        << QStringList{u"SO-1"_s, u"2024-03-05"_s, u"Li Lei"_s, u"C-001"_s, u"li@example.com"_s,
                       u"paid"_s, u"25.00"_s,      u"CNY"_s,    u"1"_s,     u"gift"_s};
    QTest::addRow("order-lines") << ExportKind::OrderLines
                                 << "number,date,customer,customer_code,customer_email,status,"
                                    "currency,sku,product,quantity,unit_price,notes"
                                 << QStringList{u"SO-1"_s,  u"2024-03-05"_s,     u"Li Lei"_s,
                                                u"C-001"_s, u"li@example.com"_s, u"paid"_s,
                                                u"CNY"_s,   u"TEA-1"_s,          u"Green tea"_s,
                                                u"2"_s,     u"12.50"_s,          u"gift"_s};
}

void TestExport::headerAndRow()
{
    QFETCH(ExportKind, kind);
    QFETCH(QString, header);
    QFETCH(QStringList, row);
    seed();
    QByteArray bytes;
    auto report = exportTo(bytes, kind);
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(report->rows, 1);
    QCOMPARE(report->expected, 1);
    QVERIFY2(bytes.startsWith(header.toUtf8() + "\r\n"), bytes.constData());
    const QList<QStringList> rows = parseCsv(bytes);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(report->columns, rows[0]);
    if (kind == ExportKind::Customers) {
        auto li = core::CustomerRepository(db()).get(1);
        QVERIFY(li);
        row.replace(row.indexOf(QStringLiteral("{uuid}")), li->uuid);
    }
    QCOMPARE(rows[1], row);
}

// Every column the importer can map is written under its key, so a file
// exported here imports back without a mapping.
void TestExport::keysAreTheImportersKeys_data()
{
    QTest::addColumn<ExportKind>("kind");
    QTest::addColumn<int>("entity");
    QTest::addRow("customers") << ExportKind::Customers << int(core::import::Entity::Customers);
    QTest::addRow("companies") << ExportKind::Companies << int(core::import::Entity::Companies);
    QTest::addRow("products") << ExportKind::Products << int(core::import::Entity::Products);
    QTest::addRow("order-lines") << ExportKind::OrderLines << int(core::import::Entity::Orders);
}

void TestExport::keysAreTheImportersKeys()
{
    QFETCH(ExportKind, kind);
    QFETCH(int, entity);
    QStringList exportKeys;
    for (const core::ExportColumn& c : core::ExportQueries::columns(kind))
        exportKeys << c.key;
    for (const core::import::FieldSpec& f : core::import::fieldsOf(core::import::Entity(entity)))
        QVERIFY2(exportKeys.contains(f.key), qPrintable(f.key));
}

void TestExport::formulaGuard()
{
    const core::RowId tea = product(QStringLiteral("+PLUS"), QStringLiteral("-minus tea"), 300);
    Customer c;
    c.name = QStringLiteral("=SUM(A1)");
    c.phone = QStringLiteral("+86 138 0013 8000");
    c.code = QStringLiteral("'=x"); // an apostrophe of its own: kept by the round trip
    c.city = QStringLiteral("@home");
    c.owner = QStringLiteral("'quoted'");
    c.notes = QStringLiteral("-5");
    c.custom = QStringLiteral("{\"a_text\":\"-5\",\"b_number\":-2,\"c_plain\":\"gold\"}");
    for (const auto& [key, type] : {std::pair{"a_text", core::CustomFieldType::Text},
                                    std::pair{"b_number", core::CustomFieldType::Number},
                                    std::pair{"c_plain", core::CustomFieldType::Text}}) {
        core::CustomFieldDef def;
        def.key = QLatin1String(key);
        def.label = def.key;
        def.type = type;
        QVERIFY(core::CustomFieldRepository(db()).create(def));
    }
    const core::RowId id = customer(c);
    order(QStringLiteral("-17"), id, QDate(2024, 1, 2), OrderStatus::Cancelled,
          {line(tea, 3, 100)});
    // A credit note's negative total (the schema allows it; the UI cannot make one).
    QVERIFY(core::sql::execOnce(db(), QStringLiteral("UPDATE orders SET total_minor = -300")));

    const QList<QStringList> customers = exported(ExportKind::Customers);
    QCOMPARE(customers.size(), 2);
    const QStringList& h = customers[0];
    const QStringList& r = customers[1];
    QCOMPARE(r[h.indexOf(QStringLiteral("name"))], QStringLiteral("'=SUM(A1)"));
    QCOMPARE(r[h.indexOf(QStringLiteral("phone"))], QStringLiteral("'+86 138 0013 8000"));
    QCOMPARE(r[h.indexOf(QStringLiteral("code"))], QStringLiteral("''=x"));
    QCOMPARE(r[h.indexOf(QStringLiteral("city"))], QStringLiteral("'@home"));
    QCOMPARE(r[h.indexOf(QStringLiteral("owner"))], QStringLiteral("'quoted'"));
    QCOMPARE(r[h.indexOf(QStringLiteral("notes"))], QStringLiteral("'-5"));
    QCOMPARE(r[h.indexOf(QStringLiteral("custom.a_text"))], QStringLiteral("'-5"));
    QCOMPARE(r[h.indexOf(QStringLiteral("custom.b_number"))], QStringLiteral("-2"));
    QCOMPARE(r[h.indexOf(QStringLiteral("custom.c_plain"))], QStringLiteral("gold"));

    const QList<QStringList> orders = exported(ExportKind::Orders);
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders[1][0], QStringLiteral("'-17"));                 // text: guarded
    QCOMPARE(orders[1][orders[0].indexOf(QStringLiteral("total"))], // a number: not
             QStringLiteral("-3.00"));
    const QList<QStringList> lines = exported(ExportKind::OrderLines);
    QCOMPARE(lines[1][lines[0].indexOf(QStringLiteral("sku"))], QStringLiteral("'+PLUS"));
    QCOMPARE(lines[1][lines[0].indexOf(QStringLiteral("product"))], QStringLiteral("'-minus tea"));
    QCOMPARE(lines[1][lines[0].indexOf(QStringLiteral("quantity"))], QStringLiteral("3"));
    QCOMPARE(lines[1][lines[0].indexOf(QStringLiteral("unit_price"))], QStringLiteral("1.00"));
}

void TestExport::encodings_data()
{
    QTest::addColumn<core::csv::OutputEncoding>("encoding");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addRow("utf-8") << core::csv::OutputEncoding::Utf8 << QByteArray("name,");
    QTest::addRow("utf-8 with BOM")
        << core::csv::OutputEncoding::Utf8Bom << QByteArray("\xEF\xBB\xBFname,");
    QTest::addRow("gb18030") << core::csv::OutputEncoding::Gb18030 << QByteArray("name,");
}

void TestExport::encodings()
{
    QFETCH(core::csv::OutputEncoding, encoding);
    QFETCH(QByteArray, prefix);
    const QString name = QStringLiteral("王芳");
    customer(name, QStringLiteral("fang@example.cn"));
    ExportOptions options;
    options.encoding = encoding;
    QByteArray bytes;
    auto report = exportTo(bytes, ExportKind::Customers, options);
    QVERIFY2(report, qPrintable(report.error().message));
    QVERIFY2(bytes.startsWith(prefix), bytes.left(16).toHex().constData());
    QByteArray encoded = name.toUtf8();
    if (encoding == core::csv::OutputEncoding::Gb18030) {
        QStringEncoder gb("GB18030");
        encoded = gb.encode(name);
        QCOMPARE(encoded, QByteArray("\xCD\xF5\xB7\xBC")); // 王芳 in GB18030
        QVERIFY(!bytes.contains(name.toUtf8()));
    }
    QVERIFY(bytes.contains("\r\n" + encoded + ","));
    const QList<QStringList> rows = parseCsv(bytes); // the reader sniffs the encoding
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][0], name);
}

void TestExport::delimiters_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addRow("semicolon") << QChar(u';');
    QTest::addRow("tab") << QChar(u'\t');
    QTest::addRow("bar") << QChar(u'|');
}

void TestExport::delimiters()
{
    QFETCH(QChar, delimiter);
    const QString name = QStringLiteral("Acme, Inc.; Ltd | Co");
    const QString notes = QStringLiteral("one\ttwo");
    core::Company c;
    c.name = name;
    c.notes = notes;
    QVERIFY(core::CompanyRepository(db()).create(c));
    ExportOptions options;
    options.delimiter = delimiter;
    QByteArray bytes;
    auto report = exportTo(bytes, ExportKind::Companies, options);
    QVERIFY2(report, qPrintable(report.error().message));
    const QString text = QString::fromUtf8(bytes);
    const QStringList header = {QStringLiteral("name"), QStringLiteral("phone"),
                                QStringLiteral("website"), QStringLiteral("address"),
                                QStringLiteral("notes")};
    QVERIFY2(text.startsWith(header.join(delimiter) + QStringLiteral("\r\n")), qPrintable(text));
    // A field is quoted when it holds the delimiter, and only then.
    for (const QString& field : {name, notes}) {
        const bool quoted = text.contains(u'"' + field + u'"');
        QVERIFY2(quoted == field.contains(delimiter), qPrintable(text));
    }
    const QList<QStringList> rows = parseCsv(bytes);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1], QStringList({name, QString(), QString(), QString(), notes}));
}

void TestExport::labels()
{
    seed();
    ExportOptions options;
    options.headers = HeaderStyle::Labels;
    QCOMPARE(exported(ExportKind::Customers, options).value(0).join(u','),
             QStringLiteral("Name,Customer number,E-mail,Phone,Company,City,Address,Owner,"
                            "Opted out of e-mail,Notes,VIP,UUID,Created")); // a field's label
    QCOMPARE(exported(ExportKind::Orders, options).value(0).join(u','),
             QStringLiteral("Order number,Date,Customer,Customer number,Customer e-mail,Status,"
                            "Total,Currency,Lines,Notes"));
    QCOMPARE(exported(ExportKind::OrderLines, options).value(0).join(u','),
             QStringLiteral("Order number,Date,Customer,Customer number,Customer e-mail,Status,"
                            "Currency,SKU,Product,Quantity,Unit price,Notes"));
    QCOMPARE(exported(ExportKind::Products, options).value(0).join(u','),
             QStringLiteral("SKU,Name,Category,Price,Currency"));
}

void TestExport::softDeletedLeftOut()
{
    core::CustomerRepository customers(db());
    core::CompanyRepository companies(db());
    core::ProductRepository products(db());
    core::OrderRepository orders(db());
    const core::RowId gone = company(QStringLiteral("Gone Ltd"));
    company(QStringLiteral("Here Ltd"));
    Customer worker;
    worker.name = QStringLiteral("Worker");
    worker.companyId = gone;
    customer(worker);
    const core::RowId kept = customer(QStringLiteral("Kept"));
    Customer secret;
    secret.name = QStringLiteral("Deleted");
    secret.custom = QStringLiteral("{\"secret\":\"x\"}");
    const core::RowId deleted = customer(secret);
    const core::RowId tea = product(QStringLiteral("TEA-1"), QStringLiteral("Tea"), 100);
    const core::RowId old = product(QStringLiteral("OLD-1"), QStringLiteral("Old"), 100);
    order(QStringLiteral("SO-1"), kept, QDate(2024, 1, 1), OrderStatus::Paid,
          {line(tea, 1, 100), line(tea, 2, 100)});
    const core::RowId dropped = order(QStringLiteral("SO-2"), kept, QDate(2024, 1, 2),
                                      OrderStatus::Paid, {line(tea, 5, 100)});
    QVERIFY(customers.remove(deleted));
    QVERIFY(companies.remove(gone));
    QVERIFY(products.remove(old));
    QVERIFY(orders.remove(dropped));

    const QList<QStringList> c = exported(ExportKind::Customers);
    QCOMPARE(c.size(), 3);
    QVERIFY(!c[0].contains(QStringLiteral("custom.secret"))); // only live rows' fields
    QCOMPARE(c[1][0], QStringLiteral("Worker"));
    QCOMPARE(c[1][c[0].indexOf(QStringLiteral("company"))], QString()); // its company is gone
    QCOMPARE(c[2][0], QStringLiteral("Kept"));
    const QList<QStringList> co = exported(ExportKind::Companies);
    QCOMPARE(co.size(), 2);
    QCOMPARE(co[1][0], QStringLiteral("Here Ltd"));
    const QList<QStringList> p = exported(ExportKind::Products);
    QCOMPARE(p.size(), 2);
    QCOMPARE(p[1][0], QStringLiteral("TEA-1"));
    const QList<QStringList> o = exported(ExportKind::Orders);
    QCOMPARE(o.size(), 2);
    QCOMPARE(o[1][0], QStringLiteral("SO-1"));
    QCOMPARE(o[1][o[0].indexOf(QStringLiteral("lines"))], QStringLiteral("2"));
    const QList<QStringList> l = exported(ExportKind::OrderLines);
    QCOMPARE(l.size(), 3);
    QCOMPARE(l[1][0], QStringLiteral("SO-1"));
    QCOMPARE(l[1][l[0].indexOf(QStringLiteral("quantity"))], QStringLiteral("1"));
    QCOMPARE(l[2][l[0].indexOf(QStringLiteral("quantity"))], QStringLiteral("2"));
}

void TestExport::currentView_data()
{
    QTest::addColumn<QuerySpec>("spec");
    QuerySpec spec;
    QTest::addRow("default order") << spec;
    spec.sortKey = QStringLiteral("email");
    spec.descending = true;
    QTest::addRow("by e-mail, descending") << spec;
    spec = QuerySpec();
    spec.filters = {{QStringLiteral("company"), QVariant::fromValue<qlonglong>(1)}};
    QTest::addRow("company filter") << spec;
    spec.search = QStringLiteral("zhang");
    QTest::addRow("company filter + search") << spec;
    spec = QuerySpec();
    spec.search = QStringLiteral("zhang");
    QTest::addRow("search, ranked") << spec;
    spec.sortKey = QStringLiteral("city");
    QTest::addRow("search, by city") << spec;
    spec = QuerySpec();
    spec.search = QStringLiteral("!!!");
    QTest::addRow("unsearchable text") << spec;
}

// The rows of the view, in the view's order: what TableQuery pages through.
void TestExport::currentView()
{
    QFETCH(QuerySpec, spec);
    const core::RowId acme = company(QStringLiteral("Acme"));
    QCOMPARE(acme, 1);
    company(QStringLiteral("Other"));
    const QStringList surnames = {QStringLiteral("Zhang"), QStringLiteral("Wang"),
                                  QStringLiteral("Li")};
    const QStringList cities = {QStringLiteral("Beijing"), QStringLiteral("Shanghai"),
                                QStringLiteral("Chengdu"), QStringLiteral("Xi'an")};
    for (int i = 0; i < 40; ++i) {
        Customer c;
        c.name = surnames[i % 3] + QStringLiteral(" No%1").arg(i);
        c.email = QStringLiteral("p%1@example.com").arg((i * 7) % 40, 2, 10, QLatin1Char('0'));
        c.city = cities[i % 4];
        c.companyId = 1 + i % 2;
        customer(c);
    }
    ExportOptions options;
    options.view = spec;
    const QList<QStringList> rows = exported(ExportKind::Customers, options);
    QVERIFY(!rows.isEmpty());

    const core::TableQuery view(db(), core::CustomerRepository::tableDef());
    auto count = view.count(spec);
    QVERIFY(count);
    auto page = view.page(spec, 0, 1000, *count);
    QVERIFY(page);
    QStringList expected;
    for (const core::PageRow& row : *page)
        expected << row.cells[view.columnIndex(QStringLiteral("name"))].toString();
    QStringList names;
    for (qsizetype i = 1; i < rows.size(); ++i)
        names << rows[i][0];
    QCOMPARE(names, expected);
    QCOMPARE(qsizetype(*count), names.size());
}

void TestExport::orderLinesOfTheOrdersView()
{
    const core::RowId a = customer(QStringLiteral("A"));
    const core::RowId b = customer(QStringLiteral("B"));
    const core::RowId tea = product(QStringLiteral("TEA-1"), QStringLiteral("Tea"), 100);
    order(QStringLiteral("SO-1"), a, QDate(2024, 1, 3), OrderStatus::Paid,
          {line(tea, 1, 100), line(tea, 2, 100)});
    order(QStringLiteral("SO-2"), b, QDate(2024, 1, 2), OrderStatus::Paid, {line(tea, 3, 100)});
    order(QStringLiteral("SO-3"), a, QDate(2024, 1, 1), OrderStatus::Open, {line(tea, 4, 100)});
    ExportOptions options;
    QuerySpec spec;
    spec.filters = {{QStringLiteral("customer"), QVariant::fromValue<qlonglong>(a)}};
    spec.sortKey = QStringLiteral("total");
    spec.descending = true;
    options.view = spec;
    QList<QStringList> rows = exported(ExportKind::Orders, options);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][0], QStringLiteral("SO-3")); // 4.00
    QCOMPARE(rows[2][0], QStringLiteral("SO-1")); // 3.00
    rows = exported(ExportKind::OrderLines, options);
    QCOMPARE(rows.size(), 4);
    const int quantity = static_cast<int>(rows[0].indexOf(QStringLiteral("quantity")));
    QCOMPARE(rows[1][0] + rows[1][quantity], QStringLiteral("SO-34"));
    QCOMPARE(rows[2][0] + rows[2][quantity], QStringLiteral("SO-11"));
    QCOMPARE(rows[3][0] + rows[3][quantity], QStringLiteral("SO-12"));
}

void TestExport::columnSubset()
{
    seed();
    ExportOptions options;
    options.columns = {QStringLiteral("email"),       QStringLiteral("name"),
                       QStringLiteral("created"),     QStringLiteral("custom.vip"),
                       QStringLiteral("custom.none"), QStringLiteral("email")};
    QByteArray bytes;
    auto report = exportTo(bytes, ExportKind::Customers, options);
    QVERIFY2(report, qPrintable(report.error().message));
    const QList<QStringList> rows = parseCsv(bytes);
    QCOMPARE(rows.value(0), QStringList({u"email"_s, u"name"_s, u"created_at"_s, u"custom.vip"_s,
                                         u"custom.none"_s}));
    QCOMPARE(rows.value(1),
             QStringList({u"li@example.com"_s, u"Li Lei"_s, kCreated, u"gold"_s, u""_s}));
}

void TestExport::badSelectionIsAnError()
{
    seed();
    QByteArray bytes;
    ExportOptions options;
    options.columns = {QStringLiteral("name"), QStringLiteral("customers")};
    auto report = exportTo(bytes, ExportKind::Companies, options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, core::Error::Code::InvalidArgument);
    QVERIFY2(report.error().message.contains(QStringLiteral("customers")),
             qPrintable(report.error().message));

    options = ExportOptions();
    QuerySpec spec;
    spec.filters = {{QStringLiteral("tag; DROP TABLE customers"), 1}};
    options.view = spec;
    report = exportTo(bytes, ExportKind::Customers, options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, core::Error::Code::InvalidArgument);

    spec = QuerySpec();
    spec.sortKey = QStringLiteral("notes");
    options.view = spec;
    report = exportTo(bytes, ExportKind::Customers, options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, core::Error::Code::InvalidArgument);

    // The failed exports left no read transaction behind: a write works.
    customer(QStringLiteral("After"));
}

void TestExport::countAndProgress()
{
    constexpr int kCustomers = 10000; // past one progress step and one writer chunk
    {
        core::Transaction tx(db());
        QVERIFY(tx.begun());
        for (int i = 0; i < kCustomers; ++i) {
            Customer c;
            c.name = QStringLiteral("Customer %1").arg(i);
            c.notes = QStringLiteral("Some notes, long enough to fill the buffer: %1").arg(i);
            customer(c);
        }
        QVERIFY(tx.commit());
    }
    const QString path = m_temp->dir() + QStringLiteral("/customers.csv");
    RecordingProgress progress;
    auto report = Exporter(db()).exportTable(ExportKind::Customers, path, {}, progress);
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(report->rows, kCustomers);
    QCOMPARE(report->expected, kCustomers);
    QCOMPARE(report->path, path);
    QVERIFY(progress.reports.contains(std::pair<std::int64_t, std::int64_t>(8192, kCustomers)));
    QCOMPARE(progress.reports.last(),
             (std::pair<std::int64_t, std::int64_t>(kCustomers, kCustomers)));
    const QList<QStringList> rows = parseCsv(readFile(path));
    QCOMPARE(rows.size(), kCustomers + 1);
    QCOMPARE(rows.last().value(0), QStringLiteral("Customer %1").arg(kCustomers - 1));
}

void TestExport::cancelLeavesNoFile()
{
    {
        core::Transaction tx(db());
        QVERIFY(tx.begun());
        for (int i = 0; i < 9000; ++i)
            customer(QStringLiteral("Customer %1").arg(i));
        QVERIFY(tx.commit());
    }
    const QString path = m_temp->dir() + QStringLiteral("/customers.csv");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("what was there before\n");
    }
    RecordingProgress progress;
    progress.cancelAt = 8192; // mid-way
    auto report = Exporter(db()).exportTable(ExportKind::Customers, path, {}, progress);
    QVERIFY(!report);
    QCOMPARE(report.error().code, core::Error::Code::Cancelled);
    QCOMPARE(readFile(path), QByteArray("what was there before\n"));
    QCOMPARE(QDir(m_temp->dir()).entryList(QDir::Files).filter(QStringLiteral("csv")),
             QStringList{u"customers.csv"_s}); // no temporary file left either

    // Cancelled before the first row: no file at all where there was none.
    const QString fresh = m_temp->dir() + QStringLiteral("/fresh.csv");
    RecordingProgress early;
    early.cancel();
    report = Exporter(db()).exportTable(ExportKind::Customers, fresh, {}, early);
    QVERIFY(!report);
    QCOMPARE(report.error().code, core::Error::Code::Cancelled);
    QVERIFY(!QFile::exists(fresh));
}

void TestExport::unwritablePath()
{
    seed();
    core::SilentProgress progress;
    const QString path = m_temp->dir() + QStringLiteral("/no-such-folder/x.csv");
    auto report = Exporter(db()).exportTable(ExportKind::Customers, path, {}, progress);
    QVERIFY(!report);
    QCOMPARE(report.error().code, core::Error::Code::Io);
    QVERIFY2(report.error().message.contains(QStringLiteral("no-such-folder")),
             qPrintable(report.error().message));
}

void TestExport::roundTripCustomers_data()
{
    QTest::addColumn<core::csv::OutputEncoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addRow("utf-8, comma") << core::csv::OutputEncoding::Utf8 << QChar(u',');
    QTest::addRow("utf-8 with BOM, semicolon") << core::csv::OutputEncoding::Utf8Bom << QChar(u';');
    QTest::addRow("gb18030, tab") << core::csv::OutputEncoding::Gb18030 << QChar(u'\t');
}

// Awkward values survive export -> import into a fresh database, field for field.
void TestExport::roundTripCustomers()
{
    QFETCH(core::csv::OutputEncoding, encoding);
    QFETCH(QChar, delimiter);
    QList<Customer> originals;
    Customer a;
    a.name = QStringLiteral("Li \"Leo\" Lei");
    a.code = QStringLiteral("C-001");
    a.email = QStringLiteral("leo@example.com");
    a.phone = QStringLiteral("+86 138 0013 8000");
    a.companyId = company(QStringLiteral("Acme, Inc."));
    a.city = QStringLiteral("Beijing");
    a.address = QStringLiteral("1 Main St, Apt 2; rear");
    a.owner = QStringLiteral("王经理");
    a.optedOut = true;
    a.notes = QStringLiteral("first line\nsecond, with \"quotes\"\n=SUM(A1) on a later line");
    a.custom = QStringLiteral("{\"vip_level\":\"gold\",\"wechat\":\"=cmd|' /C calc'!A0\"}");
    originals << a;
    Customer b;
    b.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
    b.code = QStringLiteral("-7");
    b.phone = QStringLiteral("+44 20 7946 0958");
    b.companyId = company(QStringLiteral("华东贸易有限公司"));
    b.city = QStringLiteral("@home");
    b.notes = QStringLiteral("-5");
    b.custom = QStringLiteral("{\"source\":\"+86 referral\"}");
    originals << b;
    Customer c;
    c.name = QStringLiteral("王芳");
    c.email = QStringLiteral("fang@example.cn");
    c.city = QStringLiteral("上海");
    c.owner = QStringLiteral("'=x");
    c.notes = QStringLiteral("'quoted' text\n\tindented + tab");
    originals << c;
    Customer d;
    d.name = QStringLiteral("Zoë Ünal 🎉");
    d.code = QStringLiteral("+1");
    d.address = QStringLiteral("\"Quoted\" House");
    d.notes = QStringLiteral("Ünïcödé 🎉 notes\r\nwith a Windows line break");
    originals << d;
    // The custom fields exist on both sides (the importer fills defined fields only).
    auto defineFields = [](const QSqlDatabase& target) {
        for (const char* key : {"vip_level", "wechat", "source"}) {
            core::CustomFieldDef def;
            def.key = QLatin1String(key);
            def.label = def.key;
            if (!core::CustomFieldRepository(target).create(def))
                return false;
        }
        return true;
    };
    QVERIFY(defineFields(db()));
    for (Customer& customerValues : originals)
        customerValues.id = customer(customerValues);

    const QString path = m_temp->dir() + QStringLiteral("/customers.csv");
    ExportOptions options;
    options.encoding = encoding;
    options.delimiter = delimiter;
    core::SilentProgress progress;
    auto exported = Exporter(db()).exportTable(ExportKind::Customers, path, options, progress);
    QVERIFY2(exported, qPrintable(exported.error().message));
    QCOMPARE(exported->rows, originals.size());

    testing::TempDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.errorMessage()));
    QVERIFY(defineFields(fresh.connection()));
    auto imported = core::import::Importer(fresh.connection())
                        .run(path, core::import::Entity::Customers, {}, progress);
    QVERIFY2(imported, qPrintable(imported.error().message));
    QCOMPARE(imported->rejected, 0);
    QCOMPARE(imported->inserted, originals.size());
    QVERIFY2(imported->layout.unmappedColumns == QStringList({u"uuid"_s, u"created_at"_s}),
             qPrintable(imported->layout.unmappedColumns.join(u',')));

    core::CustomerRepository before(db());
    core::CustomerRepository after(fresh.connection());
    for (int i = 0; i < originals.size(); ++i) {
        auto was = before.get(originals[i].id);
        auto now = after.get(i + 1); // inserted in file order
        QVERIFY(was);
        QVERIFY(now);
        QCOMPARE(now->name, was->name);
        QCOMPARE(now->code, was->code);
        QCOMPARE(now->email, was->email);
        QCOMPARE(now->phone, was->phone);
        QCOMPARE(now->companyName, was->companyName);
        QCOMPARE(now->city, was->city);
        QCOMPARE(now->address, was->address);
        QCOMPARE(now->owner, was->owner);
        QCOMPARE(now->optedOut, was->optedOut);
        // The importer writes line breaks as LF, whatever the file had.
        QCOMPARE(now->notes,
                 QString(was->notes).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        QCOMPARE(QJsonDocument::fromJson(now->custom.toUtf8()).object(),
                 QJsonDocument::fromJson(was->custom.toUtf8()).object());
    }
}

// Order lines -> `import orders` -> the same orders: numbers, dates, customers,
// statuses (a cancelled order too), currencies, quantities, prices and notes.
void TestExport::roundTripOrderLines()
{
    Customer zhang;
    zhang.name = QStringLiteral("张伟");
    zhang.code = QStringLiteral("C-100");
    zhang.email = QStringLiteral("zw@example.cn");
    const core::RowId z = customer(zhang);
    const core::RowId bob = customer(QStringLiteral("=Bob"), QStringLiteral("bob@example.com"));
    const core::RowId tea =
        product(QStringLiteral("TEA-1"), QStringLiteral("Green tea 绿茶"), 1250);
    const core::RowId odd =
        product(QStringLiteral("=SKU"), QStringLiteral("Widget, \"large\""), 99);
    const core::RowId matcha =
        product(QStringLiteral("JP-1"), QStringLiteral("Matcha"), 1200, QStringLiteral("JPY"));
    order(QStringLiteral("SO-1"), z, QDate(2024, 2, 29), OrderStatus::Paid,
          {line(tea, 2, 1250), line(odd, 1, 99)}, QStringLiteral("CNY"),
          QStringLiteral("gift\nwrap it, please"));
    order(QStringLiteral("-17"), bob, QDate(2023, 12, 31), OrderStatus::Cancelled,
          {line(tea, 3, 1000)});
    order(QStringLiteral("SO-3"), z, QDate(2024, 1, 1), OrderStatus::Shipped,
          {line(matcha, 5, 1200)}, QStringLiteral("JPY"));
    order(QStringLiteral("SO-4"), bob, QDate(2024, 6, 1), OrderStatus::Open,
          {line(tea, 1, 0), line(tea, 7, 1250)}, QStringLiteral("CNY"), QStringLiteral("+sample"));

    const QString path = m_temp->dir() + QStringLiteral("/lines.csv");
    core::SilentProgress progress;
    auto exported = Exporter(db()).exportTable(ExportKind::OrderLines, path, {}, progress);
    QVERIFY2(exported, qPrintable(exported.error().message));
    QCOMPARE(exported->rows, 6);

    testing::TempDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.errorMessage()));
    auto imported = core::import::Importer(fresh.connection())
                        .run(path, core::import::Entity::Orders, {}, progress);
    QVERIFY2(imported, qPrintable(imported.error().message));
    QCOMPARE(imported->rejected, 0);
    QCOMPARE(imported->ordersCreated, 4);
    QCOMPARE(imported->orderLines, 6);

    core::OrderRepository beforeOrders(db());
    core::OrderRepository afterOrders(fresh.connection());
    core::CustomerRepository beforeCustomers(db());
    core::CustomerRepository afterCustomers(fresh.connection());
    core::ProductRepository beforeProducts(db());
    core::ProductRepository afterProducts(fresh.connection());
    for (const QString& number : {QStringLiteral("SO-1"), QStringLiteral("-17"),
                                  QStringLiteral("SO-3"), QStringLiteral("SO-4")}) {
        auto idIn = [&](const QSqlDatabase& database) {
            return core::sql::scalar(
                       database, QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number})
                .value()
                .toLongLong();
        };
        auto was = beforeOrders.get(idIn(db()));
        auto now = afterOrders.get(idIn(fresh.connection()));
        QVERIFY2(was && now, qPrintable(number));
        QCOMPARE(now->orderedOn, was->orderedOn);
        QCOMPARE(now->status, was->status);
        QCOMPARE(now->currency, was->currency);
        QCOMPARE(now->notes, was->notes);
        QCOMPARE(now->totalMinor, was->totalMinor);
        auto wasCustomer = beforeCustomers.get(was->customerId);
        auto nowCustomer = afterCustomers.get(now->customerId);
        QVERIFY(wasCustomer && nowCustomer);
        QCOMPARE(nowCustomer->name, wasCustomer->name);
        QCOMPARE(nowCustomer->code, wasCustomer->code);
        QCOMPARE(nowCustomer->email, wasCustomer->email);
        QCOMPARE(now->lines.size(), was->lines.size());
        for (int i = 0; i < was->lines.size(); ++i) {
            QCOMPARE(now->lines[i].quantity, was->lines[i].quantity);
            QCOMPARE(now->lines[i].unitPriceMinor, was->lines[i].unitPriceMinor);
            auto wasProduct = beforeProducts.get(was->lines[i].productId);
            auto nowProduct = afterProducts.get(now->lines[i].productId);
            QVERIFY(wasProduct && nowProduct);
            QCOMPARE(nowProduct->sku, wasProduct->sku);
            QCOMPARE(nowProduct->name, wasProduct->name);
            QCOMPARE(nowProduct->price.currency, wasProduct->price.currency);
        }
    }
}

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
