#include "TempDatabase.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QTest>

using namespace rapport;

class TestTransaction : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;

    int tagCount()
    {
        return core::sql::scalar(m_temp->connection(), QStringLiteral("SELECT count(*) FROM tags"))
            ->toInt();
    }

    bool addTag(const QString& name)
    {
        return bool(core::sql::execOnce(m_temp->connection(),
                                        QStringLiteral("INSERT INTO tags (uuid, name, created_at) "
                                                       "VALUES (?, ?, 'now')"),
                                        {name, name}));
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    }

    void cleanup() { m_temp.reset(); }

    void rollsBackWhenNotCommitted()
    {
        {
            core::Transaction tx(m_temp->connection());
            QVERIFY(tx.begun());
            QVERIFY(addTag(QStringLiteral("a")));
        }
        QCOMPARE(tagCount(), 0);
    }

    void commits()
    {
        core::Transaction tx(m_temp->connection());
        QVERIFY(addTag(QStringLiteral("a")));
        QVERIFY(tx.commit());
        QCOMPARE(tagCount(), 1);
        QVERIFY(!tx.commit()); // a second commit is an error, not a crash
    }

    void nestedGuardsAreSavepoints()
    {
        core::Transaction outer(m_temp->connection());
        QVERIFY(addTag(QStringLiteral("kept")));
        {
            core::Transaction inner(m_temp->connection());
            QVERIFY(inner.begun());
            QVERIFY(addTag(QStringLiteral("dropped")));
        } // inner rolled back, outer still open
        {
            core::Transaction inner(m_temp->connection());
            QVERIFY(addTag(QStringLiteral("also kept")));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
        QCOMPARE(tagCount(), 2);
    }

    void aFailedStatementLeavesNothingBehind()
    {
        {
            core::Transaction tx(m_temp->connection());
            QVERIFY(addTag(QStringLiteral("a")));
            QVERIFY(!addTag(QStringLiteral("a"))); // unique name
        }
        QCOMPARE(tagCount(), 0);
        // The connection is usable afterwards.
        core::Transaction tx(m_temp->connection());
        QVERIFY(tx.begun());
        QVERIFY(addTag(QStringLiteral("b")));
        QVERIFY(tx.commit());
        QCOMPARE(tagCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "test_transaction.moc"
