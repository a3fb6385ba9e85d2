#include "FixedClock.h"
#include "TempDatabase.h"
#include "storage/AuditLog.h"
#include "storage/AuditRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/TableQuery.h"

#include <QTest>

#include <limits>
#include <set>

Q_DECLARE_METATYPE(rapport::core::AuditFilter)

using namespace rapport;
using core::AuditFilter;
using core::AuditLog;
using core::AuditRepository;

// The audit-log viewer's table over a real file: newest first, each filter
// narrowing the rows, paging without gaps or repeats, and the record column
// naming the row as it is now ("#id" once it is gone).
class TestAuditRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    core::RowId m_customer = 0;

    core::TableQuery query() const
    {
        return core::TableQuery(m_temp->connection(), AuditRepository::tableDef());
    }
    void add(const char* at, const char* actor, const char* entity, core::RowId id,
             AuditLog::Action action, const char* field, const char* oldJson, const char* newJson)
    {
        AuditLog::setActor(QString::fromUtf8(actor));
        const auto s = AuditLog::record(
            m_temp->connection(), QString::fromLatin1(entity), id, action, QString::fromUtf8(field),
            QString::fromUtf8(oldJson), QString::fromUtf8(newJson), QString::fromLatin1(at));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
    }
    // The rows' (column) cells, in the query's order.
    QStringList column(const AuditFilter& filter, const QString& key)
    {
        const auto q = query();
        auto rows = q.page(AuditRepository::querySpec(filter), 0, 1000);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().message));
        QStringList out;
        for (const auto& row : *rows)
            out << row.cells.at(q.columnIndex(key)).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        core::Customer c;
        c.name = QStringLiteral("张伟");
        testing::FixedClock clock(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        AuditLog::setActor(QStringLiteral("setup"));
        const auto id = core::CustomerRepository(m_temp->connection(), nullptr, clock).create(c);
        QVERIFY(id.ok());
        m_customer = *id;
        QCOMPARE(m_customer, 1);
        // The customer's create row (2026-04-01T09:00) plus these.
        using A = AuditLog::Action;
        add("2026-04-02T10:00:00.000Z", "anna", "customers", m_customer, A::Update, "email",
            R"("zhang@example.com")", R"("wei@example.com")");
        add("2026-04-03T11:00:00.000Z", "ben", "orders", 7, A::Delete, "", "", "");
        add("2026-04-04T12:00:00.000Z", "anna", "customers", 0, A::Export, "", "",
            R"({"file":"all.csv","rows":1})");
        add("2026-04-05T13:00:00.000Z", "ben", "customers", m_customer, A::Update, "city", "null",
            R"("上海")");
        AuditLog::setActor({});
    }
    void cleanup()
    {
        AuditLog::setActor({});
        m_temp.reset();
    }

    void newestFirst()
    {
        QCOMPARE(column({}, QStringLiteral("at")),
                 (QStringList{QStringLiteral("2026-04-05T13:00:00.000Z"),
                              QStringLiteral("2026-04-04T12:00:00.000Z"),
                              QStringLiteral("2026-04-03T11:00:00.000Z"),
                              QStringLiteral("2026-04-02T10:00:00.000Z"),
                              QStringLiteral("2026-04-01T09:00:00.000Z")}));
    }

    void recordIsTheCurrentNameOrTheId()
    {
        QCOMPARE(column({}, QStringLiteral("record")),
                 (QStringList{QStringLiteral("张伟"), QString(), QStringLiteral("#7"),
                              QStringLiteral("张伟"), QStringLiteral("张伟")}));
        // A renamed customer shows the name it has now, in old rows too.
        core::CustomerRepository customers(m_temp->connection());
        core::Customer c = *customers.get(m_customer);
        c.name = QStringLiteral("张 伟");
        QVERIFY(customers.update(c).ok());
        QCOMPARE(column({}, QStringLiteral("record")).last(), QStringLiteral("张 伟"));
    }

    void filters_data()
    {
        QTest::addColumn<AuditFilter>("filter");
        QTest::addColumn<QStringList>("fields"); // the rows' field column, newest first
        const auto fields = [](std::initializer_list<const char*> list) {
            QStringList out;
            for (const char* f : list)
                out << QString::fromLatin1(f);
            return out;
        };
        AuditFilter f;
        QTest::newRow("none") << f << fields({"city", "", "", "email", ""});
        f = {};
        f.entity = QStringLiteral("orders");
        QTest::newRow("entity") << f << fields({""});
        f = {};
        f.entity = QStringLiteral("customers");
        f.entityId = 1; // the customer init() creates first in a new file
        QTest::newRow("one record") << f << fields({"city", "email", ""});
        f = {};
        f.action = QStringLiteral("update");
        QTest::newRow("action") << f << fields({"city", "email"});
        f = {};
        f.actor = QStringLiteral("anna");
        QTest::newRow("actor") << f << fields({"", "email"});
        f = {};
        f.field = QStringLiteral("email");
        QTest::newRow("field") << f << fields({"email"});
        f = {};
        f.from = QDateTime(QDate(2026, 4, 3), QTime(0, 0), Qt::UTC);
        f.to = QDateTime(QDate(2026, 4, 5), QTime(0, 0), Qt::UTC);
        QTest::newRow("from to") << f << fields({"", ""});
        f = {};
        f.text = QStringLiteral("WEI@");
        QTest::newRow("text in new value, any case") << f << fields({"email"});
        f = {};
        f.text = QStringLiteral("上海");
        QTest::newRow("text in Chinese") << f << fields({"city"});
        f = {};
        f.text = QStringLiteral("all.csv");
        QTest::newRow("text in an export's file") << f << fields({""});
        f = {};
        f.actor = QStringLiteral("ben");
        f.action = QStringLiteral("update");
        f.text = QStringLiteral("city");
        QTest::newRow("combined, text in field") << f << fields({"city"});
        f = {};
        f.actor = QStringLiteral("nobody");
        QTest::newRow("nothing matches") << f << QStringList();
    }
    void filters()
    {
        QFETCH(AuditFilter, filter);
        QFETCH(QStringList, fields);
        QCOMPARE(column(filter, QStringLiteral("field")), fields);
        auto count = query().count(AuditRepository::querySpec(filter));
        QVERIFY(count.ok());
        QCOMPARE(*count, fields.size());
    }

    void pagesWithoutGapsOrRepeats()
    {
        for (int i = 0; i < 600; ++i) {
            // Many rows share a time: the id breaks the tie.
            const QByteArray at = QStringLiteral("2026-05-01T08:%1:00.000Z")
                                      .arg(i / 10, 2, 10, QLatin1Char('0'))
                                      .toLatin1();
            add(at.constData(), "bulk", "customers", m_customer, AuditLog::Action::Update, "tag",
                "", R"("VIP")");
        }
        const auto q = query();
        AuditFilter filter;
        filter.actor = QStringLiteral("bulk");
        const core::QuerySpec spec = AuditRepository::querySpec(filter);
        QCOMPARE(*q.count(spec), 600);
        auto first = q.page(spec, 0, 256);
        QVERIFY(first.ok());
        std::set<std::int64_t> seen;
        QString previous = QStringLiteral("9999");
        std::int64_t previousId = std::numeric_limits<std::int64_t>::max();
        auto visit = [&](const std::vector<core::PageRow>& rows) {
            for (const auto& row : rows) {
                QVERIFY(seen.insert(row.id).second);
                const QString at = row.key.sortValue.toString();
                QVERIFY(at < previous || (at == previous && row.id < previousId));
                previous = at;
                previousId = row.id;
            }
        };
        visit(*first);
        auto rest = q.pageAfter(spec, first->back().key, 1000);
        QVERIFY(rest.ok());
        visit(*rest);
        QCOMPARE(seen.size(), std::size_t(600));
        // A jump by offset lands on the same row as walking there.
        auto jumped = q.page(spec, 300, 1);
        QVERIFY(jumped.ok());
        QCOMPARE(jumped->front().id, (*rest)[300 - 256].id);
    }

    void actorsAreDistinctAndSorted()
    {
        auto actors = AuditRepository(m_temp->connection()).actors();
        QVERIFY(actors.ok());
        QCOMPARE(*actors, (QStringList{QStringLiteral("anna"), QStringLiteral("ben"),
                                       QStringLiteral("setup")}));
    }

    void labelsAreTranslatedKeys()
    {
        QCOMPARE(AuditRepository::entityLabel(QStringLiteral("customers")),
                 QStringLiteral("Customer"));
        QCOMPARE(AuditRepository::entityLabel(QStringLiteral("unknown_table")),
                 QStringLiteral("unknown_table"));
        QCOMPARE(AuditRepository::actionLabel(QStringLiteral("update")), QStringLiteral("Changed"));
        for (AuditLog::Action action : AuditLog::allActions())
            QVERIFY(AuditRepository::actionLabel(AuditLog::actionKey(action))
                    != AuditLog::actionKey(action));
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "test_auditrepository.moc"
