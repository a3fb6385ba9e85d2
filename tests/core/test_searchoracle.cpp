#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "storage/CustomerRepository.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <random>
#include <set>

using namespace rapport;

// The full-text index against a brute-force scan of the same rows: for a Chinese
// run and a run of phone digits, "contains" has one meaning, so both must give
// exactly the same customers. The runs are taken from the data itself.
class TestSearchOracle : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    // 4,000 in the normal suite; `make test-long` runs it on 100,000
    // (RAPPORT_ORACLE_CUSTOMERS), where the "too many to rank" path is taken.
    int m_customers = 4000;

    std::set<std::int64_t> scan(const QString& condition, const QString& needle)
    {
        QSqlQuery q(m_temp->connection());
        q.prepare(QStringLiteral("SELECT c.id FROM customers c LEFT JOIN companies co ON co.id = "
                                 "c.company_id WHERE c.deleted_at IS NULL AND (")
                  + condition + QLatin1Char(')'));
        for (int i = 0; i < condition.count(QLatin1Char('?')); ++i)
            q.bindValue(i, needle);
        if (!q.exec())
            qWarning("%s", qPrintable(q.lastError().text()));
        std::set<std::int64_t> ids;
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        return ids;
    }

    std::set<std::int64_t> indexed(const QString& text)
    {
        core::CustomerRepository customers(m_temp->connection());
        auto found = customers.search(text, m_customers);
        std::set<std::int64_t> ids;
        if (found) {
            for (const auto& c : *found)
                ids.insert(c.id);
        }
        return ids;
    }

    QStringList sample(const QString& column, int count)
    {
        QSqlQuery q(m_temp->connection());
        q.exec(QStringLiteral("SELECT %1 FROM customers WHERE %1 <> '' ORDER BY id").arg(column));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        std::mt19937 random(11);
        QStringList picked;
        for (int i = 0; i < count && !values.isEmpty(); ++i)
            picked << values[random() % values.size()];
        return picked;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        const int requested = qEnvironmentVariableIntValue("RAPPORT_ORACLE_CUSTOMERS");
        if (requested > 0)
            m_customers = requested;
        core::DemoOptions options;
        options.customers = m_customers;
        options.seed = 2;
        core::SilentProgress progress;
        auto report = core::DemoGenerator::generate(m_temp->connection(), options, progress);
        QVERIFY2(report, qPrintable(report.error().message));
    }

    void cleanupTestCase() { m_temp.reset(); }

    void chineseRunsMatchAScan()
    {
        int checked = 0;
        for (const QString& name : sample(QStringLiteral("name"), 60)) {
            const QList<uint> chars = name.toUcs4();
            if (chars.size() < 2 || chars[0] < 0x3400)
                continue; // a Latin name
            // The given name (all but the surname) and its last character.
            for (const QString& run : {name.mid(1), name.right(1)}) {
                const auto expected = scan(QStringLiteral("instr(c.name, ?) > 0 OR "
                                                          "instr(coalesce(co.name, ''), ?) > 0 OR "
                                                          "instr(c.notes, ?) > 0"),
                                           run);
                QVERIFY(!expected.empty());
                QVERIFY2(indexed(run) == expected, qPrintable(run));
                ++checked;
            }
        }
        QVERIFY2(checked >= 20, "the sample held enough Chinese names");
    }

    void phoneDigitRunsMatchAScan()
    {
        int checked = 0;
        for (const QString& phone : sample(QStringLiteral("phone_digits"), 40)) {
            QString digits = phone;
            digits.remove(QLatin1Char('+'));
            if (digits.size() < 8)
                continue;
            // A run from the middle, typed with a dash in it, as people do.
            const QString run = digits.mid(3, 5);
            const QString typed = run.left(2) + QLatin1Char('-') + run.mid(2);
            const auto expected = scan(QStringLiteral("instr(c.phone_digits, ?) > 0"), run);
            const auto found = indexed(typed);
            // Every customer whose phone holds the run is found; anything else
            // found has the digits at the start of a word (an e-mail, a note).
            QVERIFY2(std::includes(found.begin(), found.end(), expected.begin(), expected.end()),
                     qPrintable(typed));
            ++checked;
        }
        QVERIFY(checked >= 20);
    }
};

QTEST_GUILESS_MAIN(TestSearchOracle)
#include "test_searchoracle.moc"
