#include "models/PagedTableModel.h"

#include "TempDatabase.h"
#include "domain/SortKey.h"
#include "storage/CustomerRepository.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace rapport;

// The paged model over the customers table: counts, reads at any row, sorts in
// SQL (pinyin order), searches, keeps its cache bounded and reloads on changes.
class TestPagedTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countsEveryRow();
    void readsRowsAnywhere_data();
    void readsRowsAnywhere();
    void sortsByName_data();
    void sortsByName();
    void walksEveryRowInOrderWithBoundedCache();
    void ignoresUnsortableColumns();
    void searchFilters_data();
    void searchFilters();
    void reloadsOnChange();
    void defersReloadsWhileNotLive();

private:
    QString nameAt(int row) const;
    int rowOfName(const QString& name) const;

    // 5,000 customers: more than the 16 cached pages of 256 rows, so walking
    // them all must evict.
    static constexpr int kGenerated = 4997;
    std::unique_ptr<testing::TempDatabase> m_db;
    std::unique_ptr<core::ChangeHub> m_hub;
    std::unique_ptr<ui::PagedTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_nameColumn = -1;
};

void TestPagedTableModel::initTestCase()
{
    m_db = std::make_unique<testing::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorMessage()));
    core::CustomerRepository repository(m_db->connection());
    core::Transaction transaction(m_db->connection());
    QVERIFY(transaction.begun().ok());
    for (int i = 0; i < kGenerated; ++i) {
        core::Customer c;
        c.name = QStringLiteral("Customer %1").arg(i, 4, 10, QLatin1Char('0'));
        c.city = (i % 2) ? QStringLiteral("Shanghai") : QStringLiteral("London");
        QVERIFY(repository.create(c).ok());
    }
    for (const QString& name :
         {QStringLiteral("张伟"), QStringLiteral("Bob"), QStringLiteral("阿明")}) {
        core::Customer c;
        c.name = name;
        QVERIFY(repository.create(c).ok());
    }
    QVERIFY(transaction.commit().ok());
}

void TestPagedTableModel::init()
{
    m_hub = std::make_unique<core::ChangeHub>();
    m_model = std::make_unique<ui::PagedTableModel>(
        m_db->connection(), core::CustomerRepository::tableDef(), m_hub.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(true);
    m_nameColumn = m_model->columnIndex(QStringLiteral("name"));
    QVERIFY(m_nameColumn >= 0);
}

void TestPagedTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_hub.reset();
}

QString TestPagedTableModel::nameAt(int row) const
{
    return m_model->data(m_model->index(row, m_nameColumn)).toString();
}

int TestPagedTableModel::rowOfName(const QString& name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (nameAt(row) == name)
            return row;
    }
    return -1;
}

void TestPagedTableModel::countsEveryRow()
{
    QCOMPARE(m_model->rowCount(), kGenerated + 3);
    QCOMPARE(m_model->totalCount(), qint64(kGenerated + 3));
    QCOMPARE(m_model->columnCount(), int(core::CustomerRepository::tableDef().columns.size()));
    QCOMPARE(m_model->headerData(m_nameColumn, Qt::Horizontal).toString(), QStringLiteral("name"));
}

void TestPagedTableModel::readsRowsAnywhere_data()
{
    QTest::addColumn<int>("row");
    QTest::addRow("first") << 0;
    QTest::addRow("end of first page") << ui::PagedTableModel::kPageSize - 1;
    QTest::addRow("start of second page") << ui::PagedTableModel::kPageSize;
    QTest::addRow("middle") << (kGenerated + 3) / 2;
    QTest::addRow("last") << kGenerated + 2;
}

void TestPagedTableModel::readsRowsAnywhere()
{
    QFETCH(int, row);
    const qint64 id =
        m_model->data(m_model->index(row, 0), ui::PagedTableModel::IdRole).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(m_model->idAt(row), id);
    const auto customer = core::CustomerRepository(m_db->connection()).get(id);
    QVERIFY(customer.ok());
    QCOMPARE(nameAt(row), customer->name);
    const int cityColumn = m_model->columnIndex(QStringLiteral("city"));
    QCOMPARE(m_model->data(m_model->index(row, cityColumn)).toString(), customer->city);
}

void TestPagedTableModel::sortsByName_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addRow("ascending") << Qt::AscendingOrder;
    QTest::addRow("descending") << Qt::DescendingOrder;
}

void TestPagedTableModel::sortsByName()
{
    QFETCH(Qt::SortOrder, order);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(m_nameColumn, order);
    QCOMPARE(m_model->querySpec().descending, order == Qt::DescendingOrder);
    QCOMPARE(m_model->querySpec().sortKey, QStringLiteral("name"));
    if (order == Qt::DescendingOrder)
        QCOMPARE(resets.count(), 1);

    // Pinyin order: 阿明 (a ming) < Bob < Customer… < 张伟 (zhang wei).
    const int ming = rowOfName(QStringLiteral("阿明"));
    const int bob = rowOfName(QStringLiteral("Bob"));
    const int wei = rowOfName(QStringLiteral("张伟"));
    QVERIFY(ming >= 0 && bob >= 0 && wei >= 0);
    if (order == Qt::AscendingOrder) {
        QCOMPARE(ming, 0);
        QCOMPARE(bob, 1);
        QCOMPARE(wei, kGenerated + 2);
    } else {
        QCOMPARE(wei, 0);
        QCOMPARE(bob, kGenerated + 1);
        QCOMPARE(ming, kGenerated + 2);
    }
}

void TestPagedTableModel::walksEveryRowInOrderWithBoundedCache()
{
    // Reading every row in turn pages by keyset across every page boundary:
    // each row once, in sort-key order, while memory holds at most 16 pages.
    QSet<qint64> seen;
    QString previousKey;
    int maxCached = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString key = core::sortKeyFor(nameAt(row));
        QVERIFY2(previousKey <= key,
                 qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(key, previousKey)));
        previousKey = key;
        seen.insert(m_model->idAt(row));
        maxCached = std::max(maxCached, m_model->cachedRowCount());
    }
    QCOMPARE(seen.size(), kGenerated + 3);
    QVERIFY(maxCached <= ui::PagedTableModel::kMaxPages * ui::PagedTableModel::kPageSize);
    QVERIFY(m_model->cachedRowCount()
            <= ui::PagedTableModel::kMaxPages * ui::PagedTableModel::kPageSize);
    // And back to the top after the cache forgot it.
    QCOMPARE(nameAt(0), QStringLiteral("阿明"));
}

void TestPagedTableModel::ignoresUnsortableColumns()
{
    const auto def = core::CustomerRepository::tableDef();
    for (int column = 0; column < def.columns.size(); ++column) {
        QCOMPARE(m_model->isSortable(column), !def.columns[column].sortExpr.isEmpty());
    }
    QCOMPARE(m_model->isSortable(-1), false);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(m_model->columnCount() + 3, Qt::DescendingOrder);
    QCOMPARE(resets.count(), 0);
}

void TestPagedTableModel::searchFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstName");
    QTest::addRow("latin name") << QStringLiteral("bob") << 1 << QStringLiteral("Bob");
    QTest::addRow("chinese") << QStringLiteral("张伟") << 1 << QStringLiteral("张伟");
    QTest::addRow("pinyin") << QStringLiteral("zhang") << 1 << QStringLiteral("张伟");
    QTest::addRow("nothing") << QStringLiteral("nobody-here") << 0 << QString();
    QTest::addRow("cleared") << QString() << kGenerated + 3 << QStringLiteral("阿明");
}

void TestPagedTableModel::searchFilters()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    QFETCH(QString, firstName);
    m_model->setSearch(QStringLiteral("something else"));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSearch(text);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), rows);
    if (rows > 0)
        QCOMPARE(nameAt(0), firstName);
}

void TestPagedTableModel::defersReloadsWhileNotLive()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    const int before = m_model->rowCount();
    m_model->setLive(false); // its panel was hidden
    core::CustomerRepository repository(m_db->connection(), m_hub.get());
    core::Customer c;
    c.name = QStringLiteral("Hidden Change");
    QVERIFY(repository.create(c).ok());
    QCOMPARE(resets.count(), 0);
    QVERIFY(m_model->isStale());
    QCOMPARE(m_model->rowCount(), before);
    m_model->setLive(true); // shown again: one reload brings it up to date
    QCOMPARE(resets.count(), 1);
    QVERIFY(!m_model->isStale());
    QCOMPARE(m_model->rowCount(), before + 1);
}

void TestPagedTableModel::reloadsOnChange()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(m_model.get(), &ui::PagedTableModel::totalCountChanged);
    const int before = m_model->rowCount();
    core::CustomerRepository repository(m_db->connection(), m_hub.get());
    core::Customer c;
    c.name = QStringLiteral("Aaron Added");
    const auto id = repository.create(c);
    QVERIFY(id.ok());
    QVERIFY(resets.count() >= 1);
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.first().first().toLongLong(), qint64(before + 1));

    resets.clear();
    QVERIFY(repository.remove(*id).ok());
    QVERIFY(resets.count() >= 1);
    QCOMPARE(m_model->rowCount(), before);

    // A bare notification (another writer) resets too.
    resets.clear();
    m_hub->notify(core::Entity::Company, 1);
    QCOMPARE(resets.count(), 1);
}

QTEST_MAIN(TestPagedTableModel)
#include "test_pagedtablemodel.moc"
