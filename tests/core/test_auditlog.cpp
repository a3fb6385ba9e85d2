#include "FixedClock.h"
#include "TempDatabase.h"
#include "storage/AuditLog.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rapport;
using core::AuditLog;
using core::Customer;

// The audit log as CustomerRepository writes it: one row on create, one per
// changed field on update (custom keys included), one on delete and restore.
class TestAuditLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;

    core::CustomerRepository customers()
    {
        return core::CustomerRepository(m_temp->connection(), nullptr, *m_clock);
    }
    QList<AuditLog::Change> changes(core::RowId id)
    {
        auto list = AuditLog::changes(m_temp->connection(), QStringLiteral("customers"), id);
        if (!list)
            qFatal("%s", qPrintable(list.error().message));
        return *list;
    }
    Customer stored()
    {
        Customer c;
        c.name = QStringLiteral("张伟");
        c.email = QStringLiteral("zhang@example.com");
        c.city = QStringLiteral("上海");
        c.custom = QStringLiteral(R"({"level":"gold","visits":3})");
        auto id = customers().create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *customers().get(*id);
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<testing::FixedClock>(
            QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
        AuditLog::setActor(QStringLiteral("tester"));
        // The custom fields the rows below use (written directly: the field
        // editor is not under test here).
        QSqlQuery q(m_temp->connection());
        for (const char* def : {"level|text", "visits|number", "region|text"}) {
            const QStringList parts = QString::fromLatin1(def).split(QLatin1Char('|'));
            q.prepare(QStringLiteral("INSERT INTO custom_field_defs (uuid, entity, key, label, "
                                     "type, created_at, updated_at) VALUES (?, 'customers', ?, "
                                     "?, ?, '2026-01-01', '2026-01-01')"));
            q.addBindValue(parts[0] + QStringLiteral("-uuid"));
            q.addBindValue(parts[0]);
            q.addBindValue(parts[0].toUpper());
            q.addBindValue(parts[1]);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    void cleanup()
    {
        AuditLog::setActor({});
        m_temp.reset();
    }

    void createWritesOneRow()
    {
        const Customer c = stored();
        const auto rows = changes(c.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].action, QStringLiteral("create"));
        QCOMPARE(rows[0].actor, QStringLiteral("tester"));
        QCOMPARE(rows[0].at, QStringLiteral("2026-05-01T08:00:00.000Z"));
        QCOMPARE(rows[0].entityId, c.id);
    }

    void updateWritesChangedFieldsOnly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("oldJson");
        QTest::addColumn<QString>("newJson");
        QTest::addRow("email") << "email"
                               << "wei@example.com"
                               << R"("zhang@example.com")"
                               << R"("wei@example.com")";
        QTest::addRow("phone set") << "phone"
                                   << "+86 21 1234 5678"
                                   << "null"
                                   << R"("+86 21 1234 5678")";
        QTest::addRow("city cleared") << "city"
                                      << ""
                                      << R"("上海")"
                                      << "null";
        QTest::addRow("opted out") << "opted_out"
                                   << "true"
                                   << "false"
                                   << "true";
        QTest::addRow("custom changed") << "custom.level"
                                        << "silver"
                                        << R"("gold")"
                                        << R"("silver")";
        QTest::addRow("custom added") << "custom.region"
                                      << "east"
                                      << "null"
                                      << R"("east")";
    }
    void updateWritesChangedFieldsOnly()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, oldJson);
        QFETCH(QString, newJson);
        const Customer before = stored();
        Customer after = before;
        if (field == QLatin1String("email"))
            after.email = value;
        else if (field == QLatin1String("phone"))
            after.phone = value;
        else if (field == QLatin1String("city"))
            after.city = value;
        else if (field == QLatin1String("opted_out"))
            after.optedOut = true;
        else if (field == QLatin1String("custom.level"))
            after.custom = QStringLiteral(R"({"visits":3,"level":"silver"})");
        else
            after.custom = QStringLiteral(R"({"level":"gold","visits":3,"region":"east"})");
        m_clock->advanceSecs(60);
        const auto updated = customers().update(after);
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        const auto rows = changes(before.id);
        QCOMPARE(rows.size(), 2);
        const AuditLog::Change& row = rows[1];
        QCOMPARE(row.action, QStringLiteral("update"));
        QCOMPARE(row.field, field);
        QCOMPARE(row.oldValue, oldJson);
        QCOMPARE(row.newValue, newJson);
        QCOMPARE(row.at, QStringLiteral("2026-05-01T08:01:00.000Z"));
    }

    void updateWithSeveralFields()
    {
        const Customer before = stored();
        core::Company co;
        co.name = QStringLiteral("华为");
        const auto companyId = core::CompanyRepository(m_temp->connection()).create(co);
        QVERIFY(companyId.ok());
        Customer after = before;
        after.name = QStringLiteral("张 伟");
        after.companyId = *companyId;
        after.custom = QStringLiteral(R"({"level":"gold"})"); // visits removed
        QVERIFY(customers().update(after).ok());
        QStringList fields;
        for (const auto& row : changes(before.id))
            fields << row.field;
        QCOMPARE(fields, (QStringList{QString(), QStringLiteral("name"), QStringLiteral("company"),
                                      QStringLiteral("custom.visits")}));
        QCOMPARE(changes(before.id)[2].newValue, QStringLiteral(R"("华为")"));
        QCOMPARE(changes(before.id)[3].oldValue, QStringLiteral("3"));

        // Saving the same values again logs nothing.
        QVERIFY(customers().update(*customers().get(before.id)).ok());
        QCOMPARE(changes(before.id).size(), 4);
    }

    void deleteAndRestore()
    {
        const Customer c = stored();
        QVERIFY(customers().remove(c.id).ok());
        QVERIFY(customers().restore(c.id).ok());
        const auto rows = changes(c.id);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].action, QStringLiteral("delete"));
        QCOMPARE(rows[2].action, QStringLiteral("restore"));
        // A failed delete (not there) writes nothing.
        QVERIFY(!customers().remove(4711).ok());
        QVERIFY(changes(4711).isEmpty());
    }

    void actorDefaultsToTheOsUser()
    {
        AuditLog::setActor({});
        const QString expected = qEnvironmentVariable("USER").isEmpty()
                                     ? qEnvironmentVariable("USERNAME")
                                     : qEnvironmentVariable("USER");
        QCOMPARE(AuditLog::actor(), expected);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
