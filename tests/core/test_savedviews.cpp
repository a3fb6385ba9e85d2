#include "TempDatabase.h"
#include "domain/SavedView.h"
#include "storage/SavedViewRepository.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using core::FieldEntity;
using core::FilterCondition;
using core::FilterGroup;
using core::SavedView;
using Op = FilterCondition::Op;

namespace {

// Everything a view holds, values of every type a filter stores.
SavedView richView()
{
    SavedView view;
    view.entity = FieldEntity::Customers;
    view.name = QStringLiteral("上海的 VIP");
    view.columns = {QStringLiteral("name"), QStringLiteral("city"),
                    QStringLiteral("custom.vip_level")};
    view.sortKey = QStringLiteral("created");
    view.descending = true;
    view.search = QStringLiteral("张 \"quoted\" 100%");
    FilterGroup inner;
    inner.matchAll = false;
    inner.conditions = {{QStringLiteral("tags"), Op::HasTag, QStringLiteral("VIP")},
                        {QStringLiteral("custom.total"), Op::GreaterOrEqual, 10000.5},
                        {QStringLiteral("opted_out"), Op::Equals, false}};
    view.filter.conditions = {{QStringLiteral("city"), Op::Equals, QStringLiteral("上海")},
                              {QStringLiteral("email"), Op::IsNotEmpty, {}}};
    view.filter.groups = {inner, FilterGroup{}};
    return view;
}

} // namespace

// Saved views keep exactly what was saved, by name per table, and undo deletes.
class TestSavedViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<core::ChangeHub> m_hub;

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_hub = std::make_unique<core::ChangeHub>();
    }

    void cleanup()
    {
        m_hub.reset();
        m_temp.reset();
    }

    void opKeysRoundTrip()
    {
        QSet<QString> keys;
        for (int op = int(Op::Equals); op <= int(Op::LacksTag); ++op) {
            const QString key = core::filterOpKey(Op(op));
            QVERIFY(!key.isEmpty());
            keys << key;
            QCOMPARE(core::filterOpFromKey(key), std::optional<Op>(Op(op)));
        }
        QCOMPARE(keys.size(), int(Op::LacksTag) + 1);
        QCOMPARE(core::filterOpKey(Op::HasTag), QStringLiteral("has_tag"));
        QVERIFY(!core::filterOpFromKey(QStringLiteral("Equals")));
    }

    void filterJsonRoundTrips()
    {
        const FilterGroup filter = richView().filter;
        const QJsonObject json = core::filterToJson(filter);
        // Through text too, as it is stored.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const auto back = core::filterFromJson(reread);
        QVERIFY(back);
        QCOMPARE(*back, filter);
        QCOMPARE(back->groups[0].conditions[1].value.typeId(), QMetaType::Double);
        QCOMPARE(back->groups[0].conditions[2].value.typeId(), QMetaType::Bool);
        QVERIFY(!back->conditions[1].value.isValid());
        // Readable keys, as documented.
        const QJsonObject city = json.value(QStringLiteral("conditions")).toArray()[0].toObject();
        QCOMPARE(city.value(QStringLiteral("field")).toString(), QStringLiteral("city"));
        QCOMPARE(city.value(QStringLiteral("op")).toString(), QStringLiteral("equals"));
        QCOMPARE(city.value(QStringLiteral("value")).toString(), QStringLiteral("上海"));
        QCOMPARE(json.value(QStringLiteral("all")).toBool(), true);
    }

    void malformedFilterJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("unknown op")
            << QByteArray(R"({"conditions": [{"field": "city", "op": "sounds_like"}]})");
        QTest::addRow("no field") << QByteArray(R"({"conditions": [{"op": "equals"}]})");
        QTest::addRow("field not text")
            << QByteArray(R"({"conditions": [{"field": 3, "op": "equals"}]})");
        QTest::addRow("conditions not a list") << QByteArray(R"({"conditions": {}})");
        QTest::addRow("all not a bool") << QByteArray(R"({"all": "yes"})");
        QTest::addRow("value a list")
            << QByteArray(R"({"conditions": [{"field": "a", "op": "equals", "value": [1]}]})");
        QTest::addRow("group not an object") << QByteArray(R"({"groups": [1]})");
        QTest::addRow("bad nested group")
            << QByteArray(R"({"groups": [{"groups": [{"all": 1}]}]})");
        QByteArray deep = "{}";
        for (int i = 0; i < 40; ++i)
            deep = R"({"groups": [)" + deep + "]}";
        QTest::addRow("too deep") << deep;
    }

    void malformedFilterJsonIsRefused()
    {
        QFETCH(QByteArray, json);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(doc.isObject());
        QVERIFY(!core::filterFromJson(doc.object()));
    }

    void emptyFilterJsonIsTheEmptyFilter()
    {
        const auto empty = core::filterFromJson({});
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
        QVERIFY(empty->matchAll);
    }

    void specJsonRoundTrips()
    {
        const SavedView view = richView();
        SavedView back;
        back.name = QStringLiteral("kept"); // not part of the spec
        QVERIFY(core::savedViewSpecFromJson(core::savedViewSpecToJson(view), back));
        QCOMPARE(back.name, QStringLiteral("kept"));
        back.name = view.name;
        QCOMPARE(back, view);

        // A spec this version cannot fully read keeps what it can.
        QJsonObject newer = core::savedViewSpecToJson(view);
        newer.insert(
            QStringLiteral("filter"),
            QJsonObject{{QStringLiteral("conditions"),
                         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("city")},
                                                {QStringLiteral("op"), QStringLiteral("near")}}}}});
        SavedView partial;
        QVERIFY(!core::savedViewSpecFromJson(newer, partial));
        QCOMPARE(partial.columns, view.columns);
        QCOMPARE(partial.sortKey, view.sortKey);
        QVERIFY(partial.filter.isEmpty());
        QVERIFY(!core::savedViewSpecFromJson(
            QJsonObject{{QStringLiteral("columns"), QStringLiteral("name")}}, partial));
    }

    void storesAndReadsBack()
    {
        core::SavedViewRepository views(m_temp->connection(), m_hub.get());
        QSignalSpy changed(m_hub.get(), &core::ChangeHub::changed);
        SavedView view = richView();
        auto id = views.create(view);
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<core::Entity>(), core::Entity::SavedView);
        QCOMPARE(changed[0][1].toLongLong(), *id);

        auto stored = views.get(*id);
        QVERIFY(stored);
        QVERIFY(!stored->uuid.isEmpty());
        QCOMPARE(stored->position, 1); // appended
        view.id = *id;
        view.uuid = stored->uuid;
        view.position = 1;
        QCOMPARE(*stored, view);
        QCOMPARE(*views.byName(FieldEntity::Customers, QStringLiteral("上海的 vip")), view);

        // Update: everything but the table.
        view.name = QStringLiteral("  Renamed   view ");
        view.columns = {QStringLiteral("email")};
        view.filter = {};
        view.search.clear();
        view.position = 7;
        QVERIFY(views.update(view));
        view.name = QStringLiteral("Renamed view"); // tidied
        QCOMPARE(*views.get(*id), view);
        QCOMPARE(changed.size(), 2);
    }

    void listsByTableAndPosition()
    {
        core::SavedViewRepository views(m_temp->connection());
        const auto make = [&](FieldEntity entity, const QString& name, int position = 0) {
            SavedView v;
            v.entity = entity;
            v.name = name;
            v.position = position;
            return *views.create(v);
        };
        const auto b = make(FieldEntity::Customers, QStringLiteral("B"));
        const auto a = make(FieldEntity::Customers, QStringLiteral("A"), 5);
        const auto first = make(FieldEntity::Customers, QStringLiteral("Z"), 1);
        const auto order = make(FieldEntity::Orders, QStringLiteral("Open orders"));
        const auto company = make(FieldEntity::Companies, QStringLiteral("Big"));
        const auto ids = [](const QList<SavedView>& list) {
            QList<core::RowId> result;
            for (const SavedView& v : list)
                result << v.id;
            return result;
        };
        // B was appended at 1, Z asked for 1 too: the name decides.
        QCOMPARE(ids(*views.views(FieldEntity::Customers)), (QList<core::RowId>{b, first, a}));
        QCOMPARE(ids(*views.views(FieldEntity::Orders)), QList<core::RowId>{order});
        QVERIFY(views.views(FieldEntity::Deals)->isEmpty());
        QCOMPARE(ids(*views.all()), (QList<core::RowId>{b, first, a, company, order}));
    }

    void namesAreUniquePerTable()
    {
        core::SavedViewRepository views(m_temp->connection());
        SavedView view;
        view.name = QStringLiteral("VIP");
        const auto id = views.create(view);
        QVERIFY(id);
        view.name = QStringLiteral(" vip ");
        auto again = views.create(view);
        QVERIFY(!again);
        QCOMPARE(again.error().code, core::Error::Code::Conflict);
        QCOMPARE(again.error().field, QStringLiteral("name"));
        QVERIFY(again.error().message.contains(QStringLiteral("vip")));
        // Another table may use the name.
        view.entity = FieldEntity::Products;
        const auto product = views.create(view);
        QVERIFY(product);
        // Renaming onto a taken name is a conflict; onto itself is not.
        SavedView other;
        other.name = QStringLiteral("Other");
        auto otherId = views.create(other);
        other.id = *otherId;
        other.name = QStringLiteral("VIP");
        QCOMPARE(views.update(other).error().code, core::Error::Code::Conflict);
        auto self = *views.get(*id);
        QVERIFY(views.update(self));

        view.name = QStringLiteral("   ");
        auto blank = views.create(view);
        QCOMPARE(blank.error().code, core::Error::Code::Validation);
        QCOMPARE(blank.error().field, QStringLiteral("name"));
    }

    void softDeleteAndRestore()
    {
        core::SavedViewRepository views(m_temp->connection(), m_hub.get());
        SavedView view = richView();
        const auto id = *views.create(view);
        QSignalSpy changed(m_hub.get(), &core::ChangeHub::changed);
        QVERIFY(views.remove(id));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(views.get(id).error().code, core::Error::Code::NotFound);
        QVERIFY(views.views(FieldEntity::Customers)->isEmpty());
        QCOMPARE(views.remove(id).error().code, core::Error::Code::NotFound);
        // The row stays, so the delete can be undone with everything in it.
        QCOMPARE(core::sql::scalar(m_temp->connection(),
                                   QStringLiteral("SELECT count(*) FROM saved_views"))
                     ->toInt(),
                 1);

        // While deleted, its name is free; restoring then would clash.
        SavedView taker;
        taker.name = view.name;
        const auto takerId = views.create(taker);
        QVERIFY(takerId);
        QCOMPARE(views.restore(id).error().code, core::Error::Code::Conflict);
        QVERIFY(views.remove(*takerId));
        QVERIFY(views.restore(id));
        auto back = views.get(id);
        QVERIFY(back);
        view.id = id;
        view.uuid = back->uuid;
        view.position = back->position;
        QCOMPARE(*back, view);
        QCOMPARE(views.restore(id).error().code, core::Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "test_savedviews.moc"
