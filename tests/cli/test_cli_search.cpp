// `rapport-cli search`: Chinese name parts, e-mail on either side of the @,
// phone digits typed any way, hostile input, JSON nulls and --limit.

#include "CliRunner.h"

#include "TempDatabase.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using rapport::testing::runCli;

class TestCliSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finds_data();
    void finds();
    void hostileInputIsPlainText_data();
    void hostileInputIsPlainText();
    void missingValuesAreJsonNull();
    void respectsLimit_data();
    void respectsLimit();
    void textOutput();

private:
    rapport::testing::CliRun search(const QStringList& extra);
    QStringList names(const QJsonArray& results) const;

    std::unique_ptr<rapport::testing::TempDatabase> m_db;
    QString m_path;
};

void TestCliSearch::initTestCase()
{
    using namespace rapport::core;
    m_db = std::make_unique<rapport::testing::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorMessage()));
    m_path = m_db->path();

    CompanyRepository companies(m_db->connection());
    Company acme;
    acme.name = QStringLiteral("上海明华贸易有限公司");
    auto acmeId = companies.create(acme);
    QVERIFY2(acmeId.ok(), qPrintable(acmeId.error().message));

    CustomerRepository customers(m_db->connection());
    auto add = [&](const QString& name, const QString& email, const QString& phone,
                   std::optional<RowId> company = std::nullopt) {
        Customer c;
        c.name = name;
        c.email = email;
        c.phone = phone;
        c.companyId = company;
        auto id = customers.create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
    };
    add(QStringLiteral("张伟明"), QStringLiteral("w.m.zhang@foodmail.example"),
        QStringLiteral("138 0013 8000"), *acmeId);
    add(QStringLiteral("李娜"), QString(), QString());
    add(QStringLiteral("Emily Carter"), QStringLiteral("emily.carter@example.com"),
        QStringLiteral("+1 415-555-0134"));
    add(QStringLiteral("Sean O'Brien"), QStringLiteral("sean@obrien.example"),
        QStringLiteral("+44 20 7946 0321"));
    add(QStringLiteral("王芳"), QStringLiteral("fang_wang@100percent.example"),
        QStringLiteral("139-1234-5678"));
    for (int i = 1; i <= 60; ++i)
        add(QStringLiteral("Test Person %1").arg(i), QStringLiteral("person%1@bulk.example").arg(i),
            QString());
}

rapport::testing::CliRun TestCliSearch::search(const QStringList& extra)
{
    return runCli(QStringList{QStringLiteral("--db"), m_path, QStringLiteral("search")} + extra);
}

QStringList TestCliSearch::names(const QJsonArray& results) const
{
    QStringList list;
    for (const QJsonValue& value : results)
        list << value.toObject().value(QStringLiteral("name")).toString();
    return list;
}

void TestCliSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("Chinese given name") << QStringLiteral("伟明") << QStringLiteral("张伟明");
    QTest::addRow("one Chinese character") << QStringLiteral("伟") << QStringLiteral("张伟明");
    QTest::addRow("Chinese full name") << QStringLiteral("张伟明") << QStringLiteral("张伟明");
    QTest::addRow("pinyin") << QStringLiteral("zhang") << QStringLiteral("张伟明");
    QTest::addRow("company part") << QStringLiteral("明华") << QStringLiteral("张伟明");
    QTest::addRow("Latin prefix") << QStringLiteral("emi") << QStringLiteral("Emily Carter");
    QTest::addRow("Latin, any case") << QStringLiteral("CARTER") << QStringLiteral("Emily Carter");
    QTest::addRow("e-mail, local part")
        << QStringLiteral("emily.carter") << QStringLiteral("Emily Carter");
    QTest::addRow("e-mail, domain")
        << QStringLiteral("foodmail.example") << QStringLiteral("张伟明");
    QTest::addRow("e-mail, whole")
        << QStringLiteral("w.m.zhang@foodmail.example") << QStringLiteral("张伟明");
    QTest::addRow("phone, digits with dashes")
        << QStringLiteral("138-0013") << QStringLiteral("张伟明");
    QTest::addRow("phone, inner run with dashes")
        << QStringLiteral("0013-8000") << QStringLiteral("张伟明");
    QTest::addRow("phone, plain digits") << QStringLiteral("12345678") << QStringLiteral("王芳");
    QTest::addRow("phone, US style")
        << QStringLiteral("555-0134") << QStringLiteral("Emily Carter");
    QTest::addRow("apostrophe") << QStringLiteral("O'Brien") << QStringLiteral("Sean O'Brien");
    QTest::addRow("two words") << QStringLiteral("sean brien") << QStringLiteral("Sean O'Brien");
}

void TestCliSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    auto run = search({text, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.json().isArray(), run.out.constData());
    const QStringList found = names(run.json().array());
    QVERIFY2(found.contains(expected), qPrintable(found.join(QStringLiteral(", "))));
}

void TestCliSearch::hostileInputIsPlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("double quote") << QStringLiteral("say \"hi");
    QTest::addRow("single quote") << QStringLiteral("'; DROP TABLE customers; --");
    QTest::addRow("percent") << QStringLiteral("100%");
    QTest::addRow("percent alone") << QStringLiteral("%");
    QTest::addRow("underscore") << QStringLiteral("fang_wang");
    QTest::addRow("underscore alone") << QStringLiteral("_");
    QTest::addRow("FTS operators") << QStringLiteral("NOT wang OR AND NEAR(");
    QTest::addRow("star and caret") << QStringLiteral("*^-+:");
    QTest::addRow("column filter") << QStringLiteral("search_text:wang");
    QTest::addRow("backslash") << QStringLiteral("\\x");
}

void TestCliSearch::hostileInputIsPlainText()
{
    QFETCH(QString, text);
    auto run = search({text, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(run.json().isArray(), run.out.constData());
    // The table is still there afterwards.
    auto again = search({QStringLiteral("伟明"), QStringLiteral("--json")});
    QCOMPARE(again.json().array().size(), 1);
}

void TestCliSearch::missingValuesAreJsonNull()
{
    auto run = search({QStringLiteral("李娜"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray results = run.json().array();
    QCOMPARE(results.size(), 1);
    const QJsonObject li = results.first().toObject();
    QCOMPARE(li.keys(),
             (QStringList{QStringLiteral("company"), QStringLiteral("email"), QStringLiteral("id"),
                          QStringLiteral("name"), QStringLiteral("phone")}));
    QVERIFY(li.value(QStringLiteral("id")).isDouble());
    QVERIFY(li.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(li.value(QStringLiteral("name")).toString(), QStringLiteral("李娜"));
    QVERIFY(li.value(QStringLiteral("email")).isNull());
    QVERIFY(li.value(QStringLiteral("phone")).isNull());
    QVERIFY(li.value(QStringLiteral("company")).isNull());

    run = search({QStringLiteral("伟明"), QStringLiteral("--json")});
    const QJsonObject zhang = run.json().array().first().toObject();
    QCOMPARE(zhang.value(QStringLiteral("company")).toString(),
             QStringLiteral("上海明华贸易有限公司"));
    QCOMPARE(zhang.value(QStringLiteral("phone")).toString(), QStringLiteral("138 0013 8000"));
    QCOMPARE(zhang.value(QStringLiteral("email")).toString(),
             QStringLiteral("w.m.zhang@foodmail.example"));
}

void TestCliSearch::respectsLimit_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("expected");
    QTest::addRow("default is 50") << QStringList{} << 50;
    QTest::addRow("--limit 5") << QStringList{QStringLiteral("--limit"), QStringLiteral("5")} << 5;
    QTest::addRow("--limit=1") << QStringList{QStringLiteral("--limit=1")} << 1;
    QTest::addRow("more than there are")
        << QStringList{QStringLiteral("--limit"), QStringLiteral("500")} << 60;
}

void TestCliSearch::respectsLimit()
{
    QFETCH(QStringList, options);
    QFETCH(int, expected);
    auto run = search(QStringList{QStringLiteral("person"), QStringLiteral("--json")} + options);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), expected);
}

void TestCliSearch::textOutput()
{
    auto run = search({QStringLiteral("伟明")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(QStringLiteral("张伟明")));
    QVERIFY(run.outText().contains(QStringLiteral("1 customer")));
    run = search({QStringLiteral("nobody-by-this-name")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(QStringLiteral("0 customers")));
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "test_cli_search.moc"
