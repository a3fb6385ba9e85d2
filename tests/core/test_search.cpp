#include "TempDatabase.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SearchText.h"

#include <QTest>

using namespace rapport;
using core::Customer;

class TestSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<core::CustomerRepository> m_customers;

    core::RowId add(const QString& name, const QString& email, const QString& phone,
                    const QString& notes = {}, std::optional<core::RowId> company = {})
    {
        Customer c;
        c.name = name;
        c.email = email;
        c.phone = phone;
        c.notes = notes;
        c.companyId = company;
        auto id = m_customers->create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    QStringList namesFound(const QString& text, int limit = 50)
    {
        auto found = m_customers->search(text, limit);
        if (!found) {
            qWarning("%s", qPrintable(found.error().message));
            return {QStringLiteral("<error>")};
        }
        QStringList names;
        for (const Customer& c : *found)
            names << c.name;
        return names;
    }

private Q_SLOTS:
    void matchExpressions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expression");
        QTest::addRow("latin word") << QStringLiteral("Ali") << QStringLiteral("\"ali\"*");
        QTest::addRow("two words")
            << QStringLiteral("ali mar") << QStringLiteral("\"ali\"* \"mar\"*");
        QTest::addRow("chinese run") << QStringLiteral("伟明") << QStringLiteral("\"伟 明\"");
        QTest::addRow("email") << QStringLiteral("li.na@exa") << QStringLiteral("\"li na exa\"*");
        QTest::addRow("phone with dashes")
            << QStringLiteral("138-0013") << QStringLiteral("\"1380013\"*");
        QTest::addRow("phone with plus") << QStringLiteral("+86") << QStringLiteral("\"86\"*");
        QTest::addRow("quotes") << QStringLiteral("\"ali\"") << QStringLiteral("\"ali\"*");
        QTest::addRow("fts operators") << QStringLiteral("ali OR NOT bob*")
                                       << QStringLiteral("\"ali\"* \"or\"* \"not\"* \"bob\"*");
        QTest::addRow("percent and underscore") << QStringLiteral("%_") << QString();
        QTest::addRow("full-width") << QStringLiteral("ＡＬＩ") << QStringLiteral("\"ali\"*");
        QTest::addRow("empty") << QStringLiteral("   ") << QString();
    }

    void matchExpressions()
    {
        QFETCH(QString, input);
        QFETCH(QString, expression);
        QCOMPARE(core::search::matchExpression(input), expression);
    }

    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_customers = std::make_unique<core::CustomerRepository>(m_temp->connection());
        core::CompanyRepository companies(m_temp->connection());
        auto acme = companies.create({0, {}, QStringLiteral("Acme Trading 贸易"), {}, {}, {}, {}});
        QVERIFY(acme);
        add(QStringLiteral("张伟明"), QStringLiteral("weiming@example.cn"),
            QStringLiteral("138-0013-8000"), {}, *acme);
        add(QStringLiteral("李娜"), QStringLiteral("li.na@shop.example.com"),
            QStringLiteral("+86 139 1234 5678"));
        add(QStringLiteral("Alice Martin"), QStringLiteral("alice@example.com"),
            QStringLiteral("+1 415-555-0134"), QStringLiteral("Prefers tea; met Wei at the fair"));
        add(QStringLiteral("Alicia Keys"), QStringLiteral("ak@music.example"), QString());
        add(QStringLiteral("O'Hara 100%_off"), QStringLiteral("ohara@example.com"), QString());
    }

    void cleanup()
    {
        m_customers.reset();
        m_temp.reset();
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("chinese tail")
            << QStringLiteral("伟明") << QStringList{QStringLiteral("张伟明")};
        QTest::addRow("chinese middle char")
            << QStringLiteral("伟") << QStringList{QStringLiteral("张伟明")};
        QTest::addRow("chinese whole")
            << QStringLiteral("张伟明") << QStringList{QStringLiteral("张伟明")};
        QTest::addRow("not a run") << QStringLiteral("张明") << QStringList{};
        QTest::addRow("pinyin") << QStringLiteral("zhang") << QStringList{QStringLiteral("张伟明")};
        // Both match; bm25 ranks the customer with less other text first.
        QTest::addRow("latin prefix")
            << QStringLiteral("ali")
            << QStringList{QStringLiteral("Alicia Keys"), QStringLiteral("Alice Martin")};
        QTest::addRow("second word prefix")
            << QStringLiteral("mart") << QStringList{QStringLiteral("Alice Martin")};
        QTest::addRow("case") << QStringLiteral("ALICIA")
                              << QStringList{QStringLiteral("Alicia Keys")};
        QTest::addRow("email local part")
            << QStringLiteral("li.na") << QStringList{QStringLiteral("李娜")};
        QTest::addRow("email domain")
            << QStringLiteral("shop.example") << QStringList{QStringLiteral("李娜")};
        QTest::addRow("phone run with dashes")
            << QStringLiteral("0013-80") << QStringList{QStringLiteral("张伟明")};
        QTest::addRow("phone run with spaces")
            << QStringLiteral("1234 567") << QStringList{QStringLiteral("李娜")};
        QTest::addRow("phone tail")
            << QStringLiteral("0134") << QStringList{QStringLiteral("Alice Martin")};
        QTest::addRow("company") << QStringLiteral("贸易") << QStringList{QStringLiteral("张伟明")};
        QTest::addRow("notes") << QStringLiteral("tea")
                               << QStringList{QStringLiteral("Alice Martin")};
        QTest::addRow("two terms")
            << QStringLiteral("alice 415") << QStringList{QStringLiteral("Alice Martin")};
        QTest::addRow("quote") << QStringLiteral("o'hara")
                               << QStringList{QStringLiteral("O'Hara 100%_off")};
        QTest::addRow("double quotes")
            << QStringLiteral("\"hara") << QStringList{QStringLiteral("O'Hara 100%_off")};
        QTest::addRow("percent") << QStringLiteral("100%")
                                 << QStringList{QStringLiteral("O'Hara 100%_off")};
        QTest::addRow("only wildcards") << QStringLiteral("%_%") << QStringList{};
        QTest::addRow("fts syntax") << QStringLiteral("NEAR(ali") << QStringList{};
        QTest::addRow("nothing") << QStringLiteral("zzzz") << QStringList{};
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(namesFound(query), expected);
    }

    void ranksNameMatchesBeforeNoteMatches()
    {
        // "wei" is in 张伟明's pinyin and in Alice Martin's notes: the name ranks first.
        QCOMPARE(namesFound(QStringLiteral("wei")),
                 (QStringList{QStringLiteral("张伟明"), QStringLiteral("Alice Martin")}));
    }

    void ranksNameMatchesFirst()
    {
        // "Martin" is one customer's name and appears in another's short note.
        add(QStringLiteral("Bo Li"), QString(), QString(), QStringLiteral("martin"));
        QCOMPARE(namesFound(QStringLiteral("martin")),
                 (QStringList{QStringLiteral("Alice Martin"), QStringLiteral("Bo Li")}));
    }

    void findsCompaniesByTheirCharactersNotPinyin()
    {
        // 长沙 is "chang sha"; character-by-character pinyin would say "zhang".
        core::CompanyRepository companies(m_temp->connection());
        auto changsha = companies.create({0, {}, QStringLiteral("长沙茶业"), {}, {}, {}, {}});
        add(QStringLiteral("Carl Wu"), QString(), QString(), QString(), *changsha);
        QCOMPARE(namesFound(QStringLiteral("长沙")), QStringList{QStringLiteral("Carl Wu")});
        QCOMPARE(namesFound(QStringLiteral("zhang")), QStringList{QStringLiteral("张伟明")});
    }

    void findsSurnamesByTheirSurnameReading()
    {
        add(QStringLiteral("曾小红"), QString(), QString());
        QCOMPARE(namesFound(QStringLiteral("zeng")), QStringList{QStringLiteral("曾小红")});
        QCOMPARE(namesFound(QStringLiteral("ceng")), QStringList{});
    }

    void respectsTheLimit()
    {
        QCOMPARE(namesFound(QStringLiteral("ali"), 1).size(), 1);
        QCOMPARE(namesFound(QStringLiteral("ali"), 0).size(), 0);
    }

    void followsEditsAndDeletes()
    {
        auto found = m_customers->search(QStringLiteral("alicia"), 5);
        QCOMPARE(found->size(), 1);
        Customer c = found->first();
        c.name = QStringLiteral("Alicia Wong 黄");
        QVERIFY(m_customers->update(c));
        QCOMPARE(namesFound(QStringLiteral("黄")), QStringList{QStringLiteral("Alicia Wong 黄")});
        QCOMPARE(namesFound(QStringLiteral("keys")), QStringList{});
        QVERIFY(m_customers->remove(c.id));
        QCOMPARE(namesFound(QStringLiteral("wong")), QStringList{});
        QVERIFY(m_customers->restore(c.id));
        QCOMPARE(namesFound(QStringLiteral("wong")), QStringList{QStringLiteral("Alicia Wong 黄")});
    }

    void followsCompanyRenames()
    {
        core::CompanyRepository companies(m_temp->connection());
        auto all = companies.all();
        QCOMPARE(all->size(), 1);
        core::Company acme = all->first();
        acme.name = QStringLiteral("Globex 环球");
        QVERIFY(companies.update(acme));
        QCOMPARE(namesFound(QStringLiteral("环球")), QStringList{QStringLiteral("张伟明")});
        QCOMPARE(namesFound(QStringLiteral("贸易")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
