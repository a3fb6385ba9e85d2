#include "TempDatabase.h"
#include "storage/CustomerRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QTest>

#include <random>

using namespace rapport;
using core::QuerySpec;

namespace {

QList<std::int64_t> idsOf(const std::vector<core::PageRow>& rows)
{
    QList<std::int64_t> ids;
    for (const auto& row : rows)
        ids << row.id;
    return ids;
}

} // namespace

// Paging must give the same rows whichever way a page is reached.
class TestTableQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    // More than TableQuery::kSortedMatchLimit, so every search plan is exercised.
    static constexpr int kCustomers = 20100;

private Q_SLOTS:
    void initTestCase()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        core::CustomerRepository customers(m_temp->connection());
        core::Transaction tx(m_temp->connection());
        std::mt19937 random(7);
        const QStringList given{QStringLiteral("伟"), QStringLiteral("Ann"), QStringLiteral("芳"),
                                QStringLiteral("Bo"), QStringLiteral("静")};
        for (int i = 0; i < kCustomers; ++i) {
            core::Customer c;
            // Repeated names and cities, so ties are broken by id.
            c.name = given[random() % given.size()] + QString::number(random() % 50);
            c.city = (i % 3 == 0) ? QStringLiteral("上海") : QStringLiteral("Berlin");
            c.email = QStringLiteral("c%1@example.com").arg(random() % 300);
            QVERIFY(customers.create(c));
        }
        QVERIFY(tx.commit());
    }

    void cleanupTestCase() { m_temp.reset(); }

    void pagesAgreeWithOneBigQuery_data()
    {
        QTest::addColumn<QString>("sortKey");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("expectedRows");
        QTest::addRow("name") << "name" << false << "" << kCustomers;
        QTest::addRow("name desc") << "name" << true << "" << kCustomers;
        QTest::addRow("city") << "city" << false << "" << kCustomers;
        QTest::addRow("email desc") << "email" << true << "" << kCustomers;
        QTest::addRow("company") << "company" << false << "" << kCustomers;
        // Every customer matches: too many to rank or sort, so the name index is walked.
        QTest::addRow("search, many matches") << "" << false << "example" << kCustomers;
        // E-mails c1…, c10…, c100… (about 7,000 customers): looked up and sorted.
        QTest::addRow("search, some matches") << "" << false << "c1" << -1;
        QTest::addRow("search, sorted by city") << "city" << true << "example" << kCustomers;
    }

    void pagesAgreeWithOneBigQuery()
    {
        QFETCH(QString, sortKey);
        QFETCH(bool, descending);
        QFETCH(QString, search);
        QFETCH(int, expectedRows);
        if (expectedRows < 0) // counted the slow way: e-mails starting with the search
            expectedRows = core::sql::scalar(m_temp->connection(),
                                             QStringLiteral("SELECT count(*) FROM customers "
                                                            "WHERE email LIKE ? || '%'"),
                                             {search})
                               ->toInt();
        QVERIFY(expectedRows > core::TableQuery::kRankedMatchLimit);
        core::TableQuery table(m_temp->connection(), core::CustomerRepository::tableDef());
        QuerySpec spec;
        spec.sortKey = sortKey;
        spec.descending = descending;
        spec.search = search;
        auto total = table.count(spec);
        QVERIFY2(total, qPrintable(total.error().message));
        QCOMPARE(*total, expectedRows);
        auto all = table.page(spec, 0, kCustomers);
        QVERIFY2(all, qPrintable(all.error().message));
        const QList<std::int64_t> expected = idsOf(*all);
        QCOMPARE(expected.size(), expectedRows);
        for (std::size_t i = 1; i < all->size(); ++i) {
            const QString a = (*all)[i - 1].key.sortValue.toString();
            const QString b = (*all)[i].key.sortValue.toString();
            QVERIFY2(descending ? a >= b : a <= b, qPrintable(a + QStringLiteral(" / ") + b));
        }

        // Forward with OFFSET, backward from the end, and by keyset.
        const int pageSize = 997; // odd, so pages do not line up with anything
        QList<std::int64_t> byOffset, fromEnd, byKeyset;
        for (int offset = 0; offset < kCustomers; offset += pageSize) {
            byOffset << idsOf(*table.page(spec, offset, pageSize));
            fromEnd << idsOf(*table.page(spec, offset, pageSize, *total));
        }
        auto page = table.page(spec, 0, pageSize);
        while (!page->empty()) {
            byKeyset << idsOf(*page);
            page = table.pageAfter(spec, page->back().key, pageSize);
            QVERIFY2(page, qPrintable(page.error().message));
        }
        QCOMPARE(byOffset, expected);
        QCOMPARE(fromEnd, expected);
        QCOMPARE(byKeyset, expected);
    }

    void sortsByPinyin()
    {
        core::TableQuery table(m_temp->connection(), core::CustomerRepository::tableDef());
        QuerySpec spec; // the default sort is the name
        auto rows = table.page(spec, 0, kCustomers);
        const int name = table.columnIndex(QStringLiteral("name"));
        QString previous;
        for (const auto& row : *rows) {
            const QString key = row.key.sortValue.toString();
            QVERIFY2(previous <= key, qPrintable(previous + QStringLiteral(" > ") + key));
            previous = key;
        }
        // "Ann…" (a) < "Bo…" (b) < 芳 (fang) < 静 (jing) < 伟 (wei).
        QVERIFY(rows->front().cells[name].toString().startsWith(QStringLiteral("Ann")));
        QVERIFY(rows->back().cells[name].toString().startsWith(QStringLiteral("伟")));
    }

    void ranksAFewMatchesByRelevance()
    {
        core::TableQuery table(m_temp->connection(), core::CustomerRepository::tableDef());
        QuerySpec spec;
        spec.search = QStringLiteral("c7@example"); // one e-mail address, a few customers
        const std::int64_t total = *table.count(spec);
        QVERIFY(total > 0 && total <= core::TableQuery::kRankedMatchLimit);
        auto rows = table.page(spec, 0, 100, total);
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(std::int64_t(rows->size()), total);
        const int email = table.columnIndex(QStringLiteral("email"));
        for (const auto& row : *rows)
            QVERIFY(row.cells[email].toString().startsWith(QStringLiteral("c7")));
        // Relevance order has no keyset; asking for one is an error, not wrong rows.
        QVERIFY(!table.pageAfter(spec, rows->front().key, 10));
    }

    void searchesAndFilters()
    {
        core::TableQuery table(m_temp->connection(), core::CustomerRepository::tableDef());
        QuerySpec spec;
        spec.search = QStringLiteral("上海");
        auto count = table.count(spec);
        QVERIFY2(count, qPrintable(count.error().message));
        QCOMPARE(*count, 0); // the city is not in the search index
        spec.search = QStringLiteral("芳");
        const std::int64_t fang = *table.count(spec);
        QVERIFY(fang > 0 && fang < kCustomers);
        auto rows = table.page(spec, 0, kCustomers);
        QCOMPARE(std::int64_t(rows->size()), fang);
        const int name = table.columnIndex(QStringLiteral("name"));
        for (const auto& row : *rows)
            QVERIFY(row.cells[name].toString().contains(QStringLiteral("芳")));

        spec = {};
        spec.filters = {{QStringLiteral("company"), 1}};
        QCOMPARE(*table.count(spec), 0);
        spec.filters = {{QStringLiteral("nonsense"), 1}};
        QCOMPARE(table.count(spec).error().code, core::Error::Code::InvalidArgument);
        spec = {};
        spec.sortKey = QStringLiteral("notes; DROP TABLE customers");
        QCOMPARE(table.count(spec).error().code, core::Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestTableQuery)
#include "test_tablequery.moc"
