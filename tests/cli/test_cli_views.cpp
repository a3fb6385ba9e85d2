// `rapport-cli views list` and `export --view NAME`: saved views as scripts use
// them, on a database written through core as the GUI writes it.

#include "CliRunner.h"

#include "io/CsvReader.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/SavedViewRepository.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using rapport::testing::runCli;
using Op = rapport::core::FilterCondition::Op;

namespace {

QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    rapport::core::csv::CsvReader reader(&buffer);
    QList<QStringList> rows;
    rapport::core::csv::Record record;
    while (true) {
        auto got = reader.next(record);
        if (!got || !*got)
            break;
        rows << record.fields;
    }
    return rows;
}

} // namespace

class TestCliViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("views.rapport"));
        auto db = rapport::core::Database::open(m_db);
        QVERIFY2(db, qPrintable(db.error().message));
        rapport::core::CustomFieldDef level;
        level.key = QStringLiteral("level");
        level.label = QStringLiteral("Level");
        level.type = rapport::core::CustomFieldType::Number;
        auto levelId = rapport::core::CustomFieldRepository(db->connection()).create(level);
        QVERIFY2(levelId, qPrintable(levelId.error().message));
        const QHash<QString, int> levels{{QStringLiteral("Wang Fang"), 5},
                                         {QStringLiteral("Zhang Wei"), 2},
                                         {QStringLiteral("Ann Lee"), 9}};
        rapport::core::CustomerRepository customers(db->connection());
        const QList<std::pair<const char*, const char*>> people = {
            {"Wang Fang", "上海"}, {"Ann Lee", "Berlin"}, {"Zhang Wei", "上海"},
            {"Bo Chen", "上海"},   {"Li Na", "北京"},     {"Carl 100%", "上海"}};
        for (const auto& [name, city] : people) {
            rapport::core::Customer c;
            c.name = QString::fromUtf8(name);
            c.city = QString::fromUtf8(city);
            if (levels.contains(c.name))
                c.custom = QStringLiteral("{\"level\": %1}").arg(levels.value(c.name));
            auto created = customers.create(c);
            QVERIFY2(created, qPrintable(created.error().message));
        }
        rapport::core::SavedViewRepository views(db->connection());
        rapport::core::SavedView shanghai;
        shanghai.name = QStringLiteral("上海 customers");
        // "customers" is not a customer column; "created" is the view's name for created_at.
        shanghai.columns = {QStringLiteral("city"), QStringLiteral("name"),
                            QStringLiteral("nonsense"), QStringLiteral("created")};
        shanghai.sortKey = QStringLiteral("name");
        shanghai.descending = true;
        shanghai.filter.conditions = {
            {QStringLiteral("city"), Op::Equals, QStringLiteral("上海")},
            {QStringLiteral("name"), Op::NotEquals, QStringLiteral("bo chen")}};
        QVERIFY(views.create(shanghai));
        rapport::core::SavedView percent;
        percent.name = QStringLiteral("Percent");
        percent.filter.conditions = {{QStringLiteral("name"), Op::Contains, QStringLiteral("%")}};
        QVERIFY(views.create(percent));
        rapport::core::SavedView broken;
        broken.name = QStringLiteral("Broken");
        broken.filter.conditions = {{QStringLiteral("custom.gone"), Op::IsEmpty, {}}};
        QVERIFY(views.create(broken));
        rapport::core::SavedView high;
        high.name = QStringLiteral("High level");
        high.columns = {QStringLiteral("name"), QStringLiteral("custom.level")};
        high.sortKey = QStringLiteral("custom.level");
        high.descending = true;
        high.filter.conditions = {{QStringLiteral("custom.level"), Op::GreaterOrEqual, 3.0}};
        QVERIFY(views.create(high));
        rapport::core::SavedView products;
        products.entity = rapport::core::FieldEntity::Products;
        products.name = QStringLiteral("Cheap");
        products.filter.conditions = {{QStringLiteral("price"), Op::Less, 10.0}};
        QVERIFY(views.create(products));
    }

    void listsViewsAsJson()
    {
        auto run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("views"),
                           QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray all = run.json().array();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("上海 customers"));
        QCOMPARE(all[4].toObject().value(QStringLiteral("entity")).toString(),
                 QStringLiteral("products"));
        const QJsonObject first = all[0].toObject();
        QCOMPARE(first.value(QStringLiteral("sort")).toString(), QStringLiteral("name"));
        QCOMPARE(first.value(QStringLiteral("descending")).toBool(), true);
        const QJsonObject condition = first.value(QStringLiteral("filter"))
                                          .toObject()
                                          .value(QStringLiteral("conditions"))
                                          .toArray()[0]
                                          .toObject();
        QCOMPARE(condition.value(QStringLiteral("op")).toString(), QStringLiteral("equals"));
        QCOMPARE(condition.value(QStringLiteral("value")).toString(), QStringLiteral("上海"));

        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("views"), QStringLiteral("list"),
                      QStringLiteral("--entity"), QStringLiteral("products"),
                      QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), 1);
        run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("views"), QStringLiteral("list"),
                    QStringLiteral("--entity"), QStringLiteral("deals"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), 0);
    }

    void listsViewsAsText()
    {
        auto run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("views"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(QStringLiteral("上海 customers")));
        QVERIFY(run.outText().contains(QStringLiteral("Cheap")));
    }

    void refusesBadArguments()
    {
        auto run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("views"), QStringLiteral("list"),
                    QStringLiteral("--entity"), QStringLiteral("people")});
        QCOMPARE(run.exitCode, 2);
        run = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("views"), QStringLiteral("delete")});
        QCOMPARE(run.exitCode, 2);
    }

    void exportsWhatAViewShows()
    {
        const QString out = path(QStringLiteral("shanghai.csv"));
        auto run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                           QStringLiteral("customers"), QStringLiteral("--view"),
                           QStringLiteral("上海 CUSTOMERS"), QStringLiteral("--out"), out,
                           QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(QStringLiteral("rows")).toInt(), 3);
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 4);
        // The view's columns in its order (what an export cannot write left out),
        // its filter, and its sort (name, descending).
        QCOMPARE(rows[0], (QStringList{QStringLiteral("city"), QStringLiteral("name"),
                                       QStringLiteral("created_at")}));
        QCOMPARE(rows[1].mid(0, 2),
                 (QStringList{QStringLiteral("上海"), QStringLiteral("Zhang Wei")}));
        QCOMPARE(rows[2][1], QStringLiteral("Wang Fang"));
        QCOMPARE(rows[3][1], QStringLiteral("Carl 100%"));
    }

    void exportsAViewWithPlainTextWildcards()
    {
        const QString out = path(QStringLiteral("percent.csv"));
        auto run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                           QStringLiteral("customers"), QStringLiteral("--view"),
                           QStringLiteral("Percent"), QStringLiteral("--out"), out,
                           QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(QStringLiteral("rows")).toInt(), 1);
    }

    void exportsAViewOfCustomFields()
    {
        const QString out = path(QStringLiteral("high.csv"));
        auto run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                           QStringLiteral("customers"), QStringLiteral("--view"),
                           QStringLiteral("High level"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("name"), QStringLiteral("custom.level")}));
        QCOMPARE(rows[1][0], QStringLiteral("Ann Lee"));
        QCOMPARE(rows[2][0], QStringLiteral("Wang Fang"));
    }

    void failsOnAMissingOrBrokenView()
    {
        const QString out = path(QStringLiteral("none.csv"));
        auto run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                           QStringLiteral("customers"), QStringLiteral("--view"),
                           QStringLiteral("No such view"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.errText().contains(QStringLiteral("No such view")));
        // A view of another table is not found under this one.
        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                      QStringLiteral("customers"), QStringLiteral("--view"),
                      QStringLiteral("Cheap"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        // A filter on a field that no longer exists is an error, not every row.
        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"),
                      QStringLiteral("customers"), QStringLiteral("--view"),
                      QStringLiteral("Broken"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("custom.gone")), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliViews)
#include "test_cli_views.moc"
