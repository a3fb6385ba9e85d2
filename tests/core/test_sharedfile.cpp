#include "TempDatabase.h"
#include "storage/CustomerRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QTest>
#include <QThread>

using namespace rapport;
using core::Database;

// One file, two users of it: a second Rapport (another connection, as another
// process has) waits for the first one's write instead of failing; a lock held
// too long gives a clear message; a full disk refuses the write and loses
// nothing already saved.
class TestSharedFile : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;

    static core::Customer named(const QString& name)
    {
        core::Customer c;
        c.name = name;
        return c;
    }
    int count(const QSqlDatabase& db)
    {
        return core::sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers"))->toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    }

    void secondWriterWaitsForTheFirst()
    {
        // The first Rapport is in the middle of a write on its own thread.
        const QString path = m_temp->path();
        QThread* first = QThread::create([path] {
            auto db = Database::open(path);
            core::Transaction transaction(db->connection());
            (void)core::CustomerRepository(db->connection()).create(named(QStringLiteral("First")));
            QThread::msleep(700);
            (void)transaction.commit();
        });
        first->start();
        QThread::msleep(200);
        // The second one writes meanwhile: it waits (busy timeout), then succeeds.
        auto second =
            core::CustomerRepository(m_temp->connection()).create(named(QStringLiteral("Second")));
        first->wait();
        delete first;
        QVERIFY2(second, qPrintable(second.error().message));
        QCOMPARE(count(m_temp->connection()), 2);
    }

    void lockHeldTooLongIsAClearError()
    {
        core::Transaction holding(m_temp->connection());
        QVERIFY(
            core::CustomerRepository(m_temp->connection()).create(named(QStringLiteral("Held"))));
        Database::Options options;
        options.busyTimeoutMs = 150;
        auto other = Database::open(m_temp->path(), options);
        QVERIFY2(other, qPrintable(other.error().message));
        auto refused =
            core::CustomerRepository(other->connection()).create(named(QStringLiteral("Late")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, core::Error::Code::Locked);
        QVERIFY2(refused.error().message.contains(QStringLiteral("busy")),
                 qPrintable(refused.error().message));
        QVERIFY(holding.commit());
        QCOMPARE(count(other->connection()), 1);
    }

    // SQLite's max_page_count makes the file "full" at its current size: the
    // write fails as a disk-full error, the transaction rolls back whole, and
    // the rows saved before are all there.
    void fullDiskLosesNothing()
    {
        core::CustomerRepository customers(m_temp->connection());
        for (int i = 0; i < 50; ++i)
            QVERIFY(customers.create(named(QStringLiteral("Saved %1").arg(i))));
        const QSqlDatabase db = m_temp->connection();
        QVERIFY(core::sql::execOnce(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const int pages = core::sql::scalar(db, QStringLiteral("PRAGMA page_count"))->toInt();
        // A PRAGMA takes no bound value: the number is written into the statement.
        QVERIFY(core::sql::execOnce(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

        core::Status status;
        {
            core::Transaction transaction(db);
            for (int i = 0; i < 5000 && status; ++i) {
                auto id =
                    customers.create(named(QStringLiteral("Too many %1 ").arg(i).repeated(8)));
                if (!id)
                    status = id.error();
            }
            if (status)
                status = transaction.commit();
        }
        QVERIFY(!status);
        QCOMPARE(status.error().code, core::Error::Code::Io);
        QVERIFY2(status.error().message.contains(QStringLiteral("disk full")),
                 qPrintable(status.error().message));
        QCOMPARE(count(db), 50);
        QCOMPARE(core::sql::scalar(db, QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
        QVERIFY(core::sql::execOnce(db, QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(customers.create(named(QStringLiteral("Room again"))));
    }
};

QTEST_GUILESS_MAIN(TestSharedFile)
#include "test_sharedfile.moc"
