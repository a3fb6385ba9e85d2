// `rapport-cli export` as scripts meet it: every row of every kind, the count in
// --json, encodings, delimiters and labels, exit statuses, and export -> import
// -> export giving the same file back.

#include "CliRunner.h"
#include "CsvRows.h"

#include "import/ValueParsers.h"
#include "io/FormulaGuard.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using rapport::testing::runCli;
using namespace Qt::StringLiterals;

using rapport::testing::parseCsv;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Leaves out the columns named `keys` (by the header row) from every row.
QList<QStringList> without(QList<QStringList> rows, const QStringList& keys)
{
    if (rows.isEmpty())
        return rows;
    QList<qsizetype> drop;
    for (const QString& key : keys)
        drop << rows.first().indexOf(key);
    std::sort(drop.begin(), drop.end(), std::greater<>());
    for (QStringList& row : rows) {
        for (qsizetype column : drop) {
            if (column >= 0 && column < row.size())
                row.removeAt(column);
        }
    }
    return rows;
}

void verifyOneLineError(const rapport::testing::CliRun& run)
{
    QVERIFY2(run.err.startsWith("rapport-cli: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyRowOfEveryKind_data();
    void everyRowOfEveryKind();
    void textOutput();
    void encodingDelimiterLabels_data();
    void encodingDelimiterLabels();
    void formulaGuardAndNumbers();
    void usageErrors_data();
    void usageErrors();
    void unwritableOutIsAFailure();
    void orderLinesRoundTrip();
    void customersRoundTrip();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_demo;      // a demo database, shared by the tests that only read it
    QJsonObject m_stats; // its row counts
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(u"demo.db"_s);
    auto run = runCli({u"--db"_s, m_demo, u"demo"_s, u"--customers"_s, u"300"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli({u"--db"_s, m_demo, u"stats"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    m_stats = run.json().object();
    QCOMPARE(m_stats.value(u"customers"_s).toInteger(), 300);
}

void TestCliExport::everyRowOfEveryKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("statsKey");
    QTest::addColumn<QString>("header");
    QTest::addRow("customers") << u"customers"_s << u"customers"_s
                               << u"name,code,email,phone,company,city,address,owner,opted_out,"
                                  "notes"_s;
    QTest::addRow("companies") << u"companies"_s << u"companies"_s
                               << u"name,phone,website,address,notes"_s;
    QTest::addRow("products") << u"products"_s << u"products"_s
                              << u"sku,name,category,price,currency"_s;
    QTest::addRow("orders") << u"orders"_s << u"orders"_s
                            << u"number,date,customer,customer_code,customer_email,status,total,"
                               "currency,lines,notes"_s;
    QTest::addRow("order-lines") << u"order-lines"_s << u"order_lines"_s
                                 << u"number,date,customer,customer_code,customer_email,status,"
                                    "currency,sku,product,quantity,unit_price,notes"_s;
}

void TestCliExport::everyRowOfEveryKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, statsKey);
    QFETCH(QString, header);
    const QString out = path(kind + u".csv"_s);
    auto run = runCli({u"--db"_s, m_demo, u"export"_s, kind, u"--out"_s, out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject object = run.json().object();
    const qint64 expected = m_stats.value(statsKey).toInteger(-1);
    QVERIFY(expected > 0);
    QCOMPARE(object.value(u"rows"_s).toInteger(-1), expected);
    QCOMPARE(QDir::fromNativeSeparators(object.value(u"file"_s).toString()),
             QFileInfo(out).absoluteFilePath());
    const QByteArray bytes = readAll(out);
    QVERIFY2(bytes.startsWith(header.toUtf8()), bytes.left(200).constData());
    QCOMPARE(parseCsv(bytes).size(), expected + 1);
}

void TestCliExport::textOutput()
{
    const QString out = path(u"text.csv"_s);
    auto run = runCli({u"export"_s, u"products"_s, u"--db"_s, m_demo, u"--out"_s, out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const qint64 products = m_stats.value(u"products"_s).toInteger();
    QVERIFY2(run.outText().startsWith(u"Exported %1 of %1 products to "_s.arg(products)),
             run.out.constData());
    QVERIFY(run.outText().contains(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
}

void TestCliExport::encodingDelimiterLabels_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addRow("utf-8 with BOM, tab")
        << QStringList{u"--encoding"_s, u"utf-8-bom"_s, u"--delimiter"_s, u"tab"_s}
        << QByteArray("\xEF\xBB\xBFname\tcode\temail\t");
    QTest::addRow("semicolon") << QStringList{u"--delimiter=;"_s} << QByteArray("name;code;");
    QTest::addRow("labels") << QStringList{u"--labels"_s}
                            << QByteArray("Name,Customer number,E-mail,Phone,Company,");
    QTest::addRow("gb18030") << QStringList{u"--encoding"_s, u"gb18030"_s} << QByteArray("name,");
}

void TestCliExport::encodingDelimiterLabels()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, prefix);
    const QString out = path(u"options.csv"_s);
    auto run = runCli(QStringList{u"--db"_s, m_demo, u"export"_s, u"customers"_s, u"--out"_s, out}
                      + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray bytes = readAll(out);
    QVERIFY2(bytes.startsWith(prefix), bytes.left(100).constData());
    // The demo's names are Chinese: GB18030 bytes are not UTF-8, and read back the same.
    const QList<QStringList> rows = parseCsv(bytes);
    QCOMPARE(rows.size(), m_stats.value(u"customers"_s).toInteger() + 1);
    if (options.contains(u"gb18030"_s)) {
        QVERIFY(QString::fromUtf8(bytes).contains(QChar(QChar::ReplacementCharacter)));
        const QList<QStringList> utf8 = parseCsv(readAll(path(u"customers.csv"_s)));
        if (!utf8.isEmpty()) // written by everyRowOfEveryKind
            QCOMPARE(rows, utf8);
    }
}

void TestCliExport::formulaGuardAndNumbers()
{
    const QString file = path(u"guard.db"_s);
    {
        auto db = rapport::core::Database::open(file);
        QVERIFY2(db, qPrintable(db.error().message));
        rapport::core::Customer c;
        c.name = u"=SUM(A1)"_s;
        c.phone = u"+86 138 0013 8000"_s;
        c.notes = u"-5"_s;
        QVERIFY(rapport::core::CustomerRepository(db->connection()).create(c));
    }
    const QString out = path(u"guard.csv"_s);
    auto run = runCli({u"--db"_s, file, u"export"_s, u"customers"_s, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QStringList> rows = parseCsv(readAll(out));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].mid(0, 4),
             QStringList({u"'=SUM(A1)"_s, u""_s, u""_s, u"'+86 138 0013 8000"_s}));
    QCOMPARE(rows[1][rows[0].indexOf(u"notes"_s)], u"'-5"_s);
}

void TestCliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no --out") << QStringList{u"export"_s, u"customers"_s};
    QTest::addRow("empty --out") << QStringList{u"export"_s, u"customers"_s, u"--out="_s};
    QTest::addRow("no kind") << QStringList{u"export"_s, u"--out"_s, u"{out}"_s};
    QTest::addRow("unknown kind") << QStringList{u"export"_s, u"contacts"_s, u"--out"_s,
                                                 u"{out}"_s};
    QTest::addRow("two kinds") << QStringList{u"export"_s, u"customers"_s, u"orders"_s, u"--out"_s,
                                              u"{out}"_s};
    QTest::addRow("bad encoding") << QStringList{u"export"_s, u"customers"_s,  u"--out"_s,
                                                 u"{out}"_s,  u"--encoding"_s, u"latin1"_s};
    QTest::addRow("bad delimiter") << QStringList{u"export"_s, u"customers"_s,   u"--out"_s,
                                                  u"{out}"_s,  u"--delimiter"_s, u"\""_s};
}

void TestCliExport::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QString out = path(u"usage.csv"_s);
    arguments.replaceInStrings(u"{out}"_s, out);
    auto run = runCli(QStringList{u"--db"_s, m_demo} + arguments);
    QCOMPARE(run.exitCode, 2);
    verifyOneLineError(run);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

void TestCliExport::unwritableOutIsAFailure()
{
    const QString out = path(u"no-such-folder/x.csv"_s);
    auto run = runCli({u"--db"_s, m_demo, u"export"_s, u"customers"_s, u"--out"_s, out});
    QCOMPARE(run.exitCode, 1);
    verifyOneLineError(run);
    QVERIFY2(run.errText().contains(u"no-such-folder"_s), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

// Order lines -> `import orders` into a new database -> order lines again: the
// same rows (statuses, dates, amounts, customers, products), in the same order.
// One exception: an order whose customer has neither a number nor an e-mail is
// matched by name, so it may land on a namesake who has an e-mail (the demo has
// several 李芳): then the second file names that e-mail.
void TestCliExport::orderLinesRoundTrip()
{
    const QString first = path(u"lines-1.csv"_s);
    auto run = runCli({u"--db"_s, m_demo, u"export"_s, u"order-lines"_s, u"--out"_s, first});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString copy = path(u"orders-copy.db"_s);
    run = runCli({u"--db"_s, copy, u"import"_s, u"orders"_s, first, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(u"rejected"_s).toInt(-1), 0);
    run = runCli({u"--db"_s, copy, u"stats"_s, u"--json"_s});
    QCOMPARE(run.json().object().value(u"orders"_s), m_stats.value(u"orders"_s));
    QCOMPARE(run.json().object().value(u"order_lines"_s), m_stats.value(u"order_lines"_s));
    const QString second = path(u"lines-2.csv"_s);
    run = runCli({u"--db"_s, copy, u"export"_s, u"order-lines"_s, u"--out"_s, second});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QList<QStringList> before = parseCsv(readAll(first));
    const QList<QStringList> after = parseCsv(readAll(second));
    QCOMPARE(after.size(), before.size());
    const qsizetype code = before.first().indexOf(u"customer_code"_s);
    const qsizetype email = before.first().indexOf(u"customer_email"_s);
    int namesakes = 0;
    for (qsizetype i = 0; i < before.size(); ++i) {
        QStringList expected = before[i];
        if (expected[code].isEmpty() && expected[email].isEmpty() && !after[i][email].isEmpty()) {
            expected[email] = after[i][email];
            ++namesakes;
        }
        QCOMPARE(after[i], expected);
    }
    QVERIFY2(namesakes < before.size() / 20, qPrintable(QString::number(namesakes)));
}

// Customers -> `import customers` -> customers: the same rows, but for the
// uuid and created_at columns, which the importer does not take, and phone
// numbers, which it writes in one international form ("132-5045-8544" comes
// back as "+86 132 5045 8544", "028-2531-6637" as "+86 28 2531 6637").
void TestCliExport::customersRoundTrip()
{
    const QString first = path(u"customers-1.csv"_s);
    auto run = runCli({u"--db"_s, m_demo, u"export"_s, u"customers"_s, u"--out"_s, first,
                       u"--encoding"_s, u"gb18030"_s, u"--delimiter"_s, u";"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString copy = path(u"customers-copy.db"_s);
    run = runCli({u"--db"_s, copy, u"import"_s, u"customers"_s, first, u"--on-duplicate"_s,
                  u"create"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(u"rejected"_s).toInt(-1), 0);
    const QString second = path(u"customers-2.csv"_s);
    run = runCli({u"--db"_s, copy, u"export"_s, u"customers"_s, u"--out"_s, second});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QStringList> firstRows = parseCsv(readAll(first));
    const QList<QStringList> secondRows = parseCsv(readAll(second));
    QCOMPARE(secondRows.size(), firstRows.size());
    const qsizetype phone = firstRows.first().indexOf(u"phone"_s);
    for (qsizetype i = 1; i < firstRows.size(); ++i) {
        const QString was = rapport::core::formula::restore(firstRows[i][phone]);
        const QString now = rapport::core::formula::restore(secondRows[i][phone]);
        QCOMPARE(now, rapport::core::parse::phone(was, u"CN"_s));
    }
    const QStringList extra = {u"uuid"_s, u"created_at"_s, u"phone"_s};
    const QList<QStringList> before = without(firstRows, extra);
    const QList<QStringList> after = without(secondRows, extra);
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(after[i], before[i]);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
