// Custom fields end to end on a real SQLite file: definitions, typed values,
// validation through the repositories, the table columns and their index,
// search, and import/export.
#include "TempDatabase.h"
#include "common/Progress.h"
#include "domain/CustomField.h"
#include "export/Exporter.h"
#include "import/Importer.h"
#include "io/CsvReader.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/ProductRepository.h"
#include "storage/Sql.h"
#include "storage/TableQuery.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rapport;
using core::CustomFieldDef;
using core::CustomFieldType;
using core::Error;
using core::FieldEntity;

Q_DECLARE_METATYPE(core::CustomFieldType)
Q_DECLARE_METATYPE(core::FieldEntity)

namespace {

CustomFieldDef field(const QString& key, CustomFieldType type, const QStringList& choices = {})
{
    CustomFieldDef def;
    def.entity = FieldEntity::Customers;
    def.key = key;
    def.label = key.toUpper();
    def.type = type;
    def.choices = choices;
    return def;
}

const QStringList kTiers = {QStringLiteral("bronze"), QStringLiteral("silver"),
                            QStringLiteral("gold"), QStringLiteral("platinum")};

QString compact(const QJsonValue& value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonObject object(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

class TestCustomFields : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    core::ChangeHub m_hub;
    core::SilentProgress m_progress;

    QSqlDatabase db() const { return m_temp->connection(); }

    core::RowId define(CustomFieldDef def)
    {
        auto id = core::CustomFieldRepository(db(), &m_hub).create(std::move(def));
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    core::RowId customer(const QString& name, const QString& custom = QStringLiteral("{}"))
    {
        core::Customer c;
        c.name = name;
        c.custom = custom;
        auto id = core::CustomerRepository(db()).create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    QString customOf(core::RowId id)
    {
        return core::sql::scalar(db(), QStringLiteral("SELECT custom FROM customers WHERE id = ?"),
                                 {QVariant::fromValue<qlonglong>(id)})
            ->toString();
    }

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_temp->dir() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    }
    void cleanup() { m_temp.reset(); }

    void validatesDefinitions_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::addColumn<CustomFieldType>("type");
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<QString>("defaultJson");
        QTest::addColumn<QString>("badField"); // "" = valid

        const QStringList none;
        QTest::addRow("fine") << "vip_level"
                              << "VIP" << CustomFieldType::Text << none << "null"
                              << "";
        QTest::addRow("key empty") << ""
                                   << "VIP" << CustomFieldType::Text << none << "null"
                                   << "key";
        QTest::addRow("key starts with digit") << "1vip"
                                               << "VIP" << CustomFieldType::Text << none << "null"
                                               << "key";
        QTest::addRow("key upper case") << "Vip"
                                        << "VIP" << CustomFieldType::Text << none << "null"
                                        << "key";
        QTest::addRow("key with dash") << "vip-level"
                                       << "VIP" << CustomFieldType::Text << none << "null"
                                       << "key";
        QTest::addRow("key 41 chars")
            << QString(41, u'a') << "VIP" << CustomFieldType::Text << none << "null"
            << "key";
        QTest::addRow("key 40 chars")
            << QString(40, u'a') << "VIP" << CustomFieldType::Text << none << "null"
            << "";
        QTest::addRow("label blank") << "vip"
                                     << "  " << CustomFieldType::Text << none << "null"
                                     << "label";
        QTest::addRow("choice without choices")
            << "tier"
            << "Tier" << CustomFieldType::Choice << none << "null"
            << "choices";
        QTest::addRow("empty choice")
            << "tier"
            << "Tier" << CustomFieldType::MultiChoice
            << QStringList{QStringLiteral("a"), QStringLiteral(" ")} << "null"
            << "choices";
        QTest::addRow("duplicate choice")
            << "tier"
            << "Tier" << CustomFieldType::Choice
            << QStringList{QStringLiteral("Gold"), QStringLiteral("gold")} << "null"
            << "choices";
        QTest::addRow("default among choices")
            << "tier"
            << "Tier" << CustomFieldType::Choice << kTiers << "\"gold\""
            << "";
        QTest::addRow("default not a choice")
            << "tier"
            << "Tier" << CustomFieldType::Choice << kTiers << "\"iron\""
            << "default";
        QTest::addRow("default of wrong type")
            << "score"
            << "Score" << CustomFieldType::Number << none << "\"high\""
            << "default";
        QTest::addRow("number default") << "score"
                                        << "Score" << CustomFieldType::Number << none << "5"
                                        << "";
        QTest::addRow("bad date default")
            << "since"
            << "Since" << CustomFieldType::Date << none << "\"2024-13-01\""
            << "default";
    }

    void validatesDefinitions()
    {
        QFETCH(QString, key);
        QFETCH(QString, label);
        QFETCH(CustomFieldType, type);
        QFETCH(QStringList, choices);
        QFETCH(QString, defaultJson);
        QFETCH(QString, badField);
        CustomFieldDef def = field(key, type, choices);
        def.label = label;
        def.defaultValue =
            QJsonDocument::fromJson((QLatin1Char('[') + defaultJson + QLatin1Char(']')).toUtf8())
                .array()
                .first();
        const core::Status s = core::customfields::validateDefinition(def);
        QCOMPARE(s.ok(), badField.isEmpty());
        if (!badField.isEmpty()) {
            QCOMPARE(s.error().field, badField);
            QVERIFY(!s.error().message.isEmpty());
        }
        // The repository refuses the same definitions, before the database does.
        auto id = core::CustomFieldRepository(db()).create(def);
        QCOMPARE(id.ok(), badField.isEmpty());
        if (!id)
            QCOMPARE(id.error().code, Error::Code::Validation);
    }

    void parsesAndDisplays_data()
    {
        QTest::addColumn<CustomFieldType>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored"); // compact JSON; "" = an error
        QTest::addColumn<QString>("display");

        using T = CustomFieldType;
        QTest::addRow("text") << T::Text << "  Big   client "
                              << "\"Big client\""
                              << "Big client";
        QTest::addRow("empty is null") << T::Text << "   "
                                       << "null"
                                       << "";
        QTest::addRow("long text keeps lines") << T::LongText << "line 1\nline 2"
                                               << "\"line 1\\nline 2\""
                                               << "line 1\nline 2";
        QTest::addRow("whole number") << T::Number << "1,200"
                                      << "1200"
                                      << "1200";
        QTest::addRow("decimal") << T::Number << "3.25"
                                 << "3.25"
                                 << "3.25";
        QTest::addRow("comma decimal") << T::Number << "3,5"
                                       << "3.5"
                                       << "3.5";
        QTest::addRow("negative") << T::Number << "-7"
                                  << "-7"
                                  << "-7";
        QTest::addRow("not a number") << T::Number << "lots"
                                      << ""
                                      << "";
        QTest::addRow("money") << T::Money << "¥1,234.5"
                               << "123450"
                               << "1234.50";
        QTest::addRow("money negative") << T::Money << "-0.05"
                                        << "-5"
                                        << "-0.05";
        QTest::addRow("money bad") << T::Money << "1.234.5x"
                                   << ""
                                   << "";
        QTest::addRow("iso date") << T::Date << "2024-03-05"
                                  << "\"2024-03-05\""
                                  << "2024-03-05";
        QTest::addRow("slash date") << T::Date << "2024/3/5"
                                    << "\"2024-03-05\""
                                    << "2024-03-05";
        QTest::addRow("chinese date") << T::Date << "2024年3月5日"
                                      << "\"2024-03-05\""
                                      << "2024-03-05";
        QTest::addRow("bad date") << T::Date << "2024-02-30"
                                  << ""
                                  << "";
        QTest::addRow("yes") << T::Bool << "Yes"
                             << "true"
                             << "yes";
        QTest::addRow("no") << T::Bool << "false"
                            << "false"
                            << "no";
        QTest::addRow("chinese yes") << T::Bool << "是"
                                     << "true"
                                     << "yes";
        QTest::addRow("chinese no") << T::Bool << "否"
                                    << "false"
                                    << "no";
        QTest::addRow("bool bad") << T::Bool << "maybe"
                                  << ""
                                  << "";
        QTest::addRow("choice case-insensitive") << T::Choice << "GOLD"
                                                 << "\"gold\""
                                                 << "gold";
        QTest::addRow("choice unknown") << T::Choice << "iron"
                                        << ""
                                        << "";
        QTest::addRow("multi choice") << T::MultiChoice << "gold; bronze, GOLD"
                                      << "[\"gold\",\"bronze\"]"
                                      << "gold; bronze";
        QTest::addRow("multi choice full-width") << T::MultiChoice << "silver；platinum"
                                                 << "[\"silver\",\"platinum\"]"
                                                 << "silver; platinum";
        QTest::addRow("multi choice unknown") << T::MultiChoice << "gold; iron"
                                              << ""
                                              << "";
        QTest::addRow("email") << T::Email << "Li <LI@Example.cn>"
                               << "\"li@example.cn\""
                               << "li@example.cn";
        QTest::addRow("email bad") << T::Email << "li at example"
                                   << ""
                                   << "";
        QTest::addRow("phone") << T::Phone << "+86 138-0013-8000"
                               << "\"+86 138-0013-8000\""
                               << "+86 138-0013-8000";
        QTest::addRow("phone bad") << T::Phone << "12"
                                   << ""
                                   << "";
        QTest::addRow("url") << T::Url << "example.com/a"
                             << "\"example.com/a\""
                             << "example.com/a";
    }

    void parsesAndDisplays()
    {
        QFETCH(CustomFieldType, type);
        QFETCH(QString, text);
        QFETCH(QString, stored);
        QFETCH(QString, display);
        CustomFieldDef def = field(QStringLiteral("f"), type, kTiers);
        def.label = QStringLiteral("My field");
        auto value = core::customfields::parseText(def, text);
        if (stored.isEmpty()) {
            QVERIFY(!value);
            QVERIFY2(value.error().message.contains(def.label), qPrintable(value.error().message));
            QCOMPARE(value.error().field, QStringLiteral("custom.f"));
            return;
        }
        QVERIFY2(value, qPrintable(value.error().message));
        QCOMPARE(compact(*value), stored);
        QVERIFY(core::customfields::checkValue(def, *value));
        QCOMPARE(core::customfields::displayText(def, *value), display);
        // displayText is what parseText reads back.
        auto again = core::customfields::parseText(def, display);
        QVERIFY(again);
        QCOMPARE(compact(*again), stored);
    }

    void suggestsKeys()
    {
        using core::customfields::suggestKey;
        QCOMPARE(suggestKey(QStringLiteral("VIP level"), {}), QStringLiteral("vip_level"));
        QCOMPARE(suggestKey(QStringLiteral("VIP level"), {QStringLiteral("vip_level")}),
                 QStringLiteral("vip_level_2"));
        QCOMPARE(suggestKey(QStringLiteral("2nd phone"), {}), QStringLiteral("f_2nd_phone"));
        // Chinese labels are spelled in pinyin; a label of symbols alone gets a hash.
        QCOMPARE(suggestKey(QStringLiteral("会员等级"), {}), QStringLiteral("hui_yuan_deng_ji"));
        QCOMPARE(suggestKey(QStringLiteral("Größe (cm)"), {}), QStringLiteral("grosse_cm"));
        const QString symbols = suggestKey(QStringLiteral("★★"), {});
        QVERIFY2(symbols.startsWith(QStringLiteral("f_")), qPrintable(symbols));
        QCOMPARE(suggestKey(QStringLiteral("★★"), {}), symbols); // stable
        QVERIFY(suggestKey(QStringLiteral("☆"), {}) != symbols);
        CustomFieldDef def =
            field(suggestKey(QStringLiteral("会员等级"), {}), CustomFieldType::Text);
        QVERIFY(core::customfields::validateDefinition(def));
    }

    void definitionsAreStoredAndAnnounced()
    {
        QSignalSpy spy(&m_hub, &core::ChangeHub::changed);
        CustomFieldDef def = field(QStringLiteral("tier"), CustomFieldType::Choice, kTiers);
        def.required = true;
        def.help = QStringLiteral("Loyalty tier");
        def.defaultValue = QStringLiteral("bronze");
        const core::RowId id = define(def);
        QCOMPARE(spy.count(), 1);
        core::CustomFieldRepository repo(db(), &m_hub);
        auto stored = repo.get(id);
        QVERIFY(stored);
        def.id = id;
        def.uuid = stored->uuid;
        def.position = stored->position;
        QCOMPARE(*stored, def);
        QCOMPARE(stored->position, 1);
        QCOMPARE(define(field(QStringLiteral("score"), CustomFieldType::Number)), id + 1);
        QCOMPARE(repo.fields(FieldEntity::Customers)->size(), 2);
        QCOMPARE(repo.fields(FieldEntity::Customers)->at(1).position, 2);
        QCOMPARE(repo.fields(FieldEntity::Companies)->size(), 0);

        // Key, table and type never change; the rest may.
        CustomFieldDef changed = *stored;
        changed.label = QStringLiteral("Level");
        changed.choices << QStringLiteral("diamond");
        QVERIFY(repo.update(changed));
        QCOMPARE(repo.get(id)->label, QStringLiteral("Level"));
        changed.type = CustomFieldType::Text;
        QCOMPARE(repo.update(changed).error().code, Error::Code::InvalidArgument);

        // The key stays taken, even by a deleted field.
        QCOMPARE(repo.create(field(QStringLiteral("tier"), CustomFieldType::Text)).error().code,
                 Error::Code::Conflict);
        QVERIFY(repo.remove(id));
        QCOMPARE(repo.fields(FieldEntity::Customers)->size(), 1);
        QCOMPARE(repo.fields(FieldEntity::Customers, true)->size(), 2);
        QCOMPARE(repo.create(field(QStringLiteral("tier"), CustomFieldType::Text)).error().code,
                 Error::Code::Conflict);
        // The same key on another table is fine.
        CustomFieldDef onProducts = field(QStringLiteral("tier"), CustomFieldType::Text);
        onProducts.entity = FieldEntity::Products;
        QVERIFY(repo.create(onProducts));
    }

    void repositoriesValidateValues_data()
    {
        QTest::addColumn<QString>("custom");
        QTest::addColumn<QString>("badField"); // "" = stored
        QTest::addRow("fine") << R"({"tier":"gold","score":3})"
                              << "";
        QTest::addRow("required missing") << R"({"score":3})"
                                          << "custom.tier";
        QTest::addRow("required empty") << R"({"tier":""})"
                                        << "custom.tier";
        QTest::addRow("not a choice") << R"({"tier":"iron"})"
                                      << "custom.tier";
        QTest::addRow("wrong type") << R"({"tier":"gold","score":"high"})"
                                    << "custom.score";
        QTest::addRow("not json") << "{tier"
                                  << "custom";
        QTest::addRow("unknown key kept") << R"({"tier":"gold","legacy":[1,2]})"
                                          << "";
    }

    void repositoriesValidateValues()
    {
        QFETCH(QString, custom);
        QFETCH(QString, badField);
        CustomFieldDef tier = field(QStringLiteral("tier"), CustomFieldType::Choice, kTiers);
        tier.required = true;
        define(tier);
        define(field(QStringLiteral("score"), CustomFieldType::Number));
        core::CustomerRepository customers(db());
        core::Customer c;
        c.name = QStringLiteral("Alice");
        c.custom = custom;
        auto id = customers.create(c);
        QCOMPARE(id.ok(), badField.isEmpty());
        if (!id) {
            QCOMPARE(id.error().code, Error::Code::Validation);
            QCOMPARE(id.error().field, badField);
            // The same rules hold for an update.
            c.custom = QStringLiteral(R"({"tier":"gold"})");
            auto good = customers.create(c);
            QVERIFY(good);
            c.id = *good;
            c.custom = custom;
            const core::Status s = customers.update(c);
            QVERIFY(!s);
            QCOMPARE(s.error().field, badField);
            return;
        }
        QCOMPARE(object(customers.get(*id)->custom), object(custom));
    }

    void otherEntitiesValidateAndKeepValues()
    {
        CustomFieldDef origin = field(QStringLiteral("origin"), CustomFieldType::Text);
        origin.entity = FieldEntity::Products;
        origin.required = true;
        define(origin);
        core::ProductRepository products(db());
        core::Product p;
        p.sku = QStringLiteral("T-1");
        p.name = QStringLiteral("Tea");
        QCOMPARE(products.create(p).error().field, QStringLiteral("custom.origin"));
        p.custom = QStringLiteral(R"({"origin":"Yunnan"})");
        auto id = products.create(p);
        QVERIFY(id);
        QCOMPARE(object(products.get(*id)->custom).value(QStringLiteral("origin")).toString(),
                 QStringLiteral("Yunnan"));
    }

    void createFillsDefaultsAndKeepsUnknownKeys()
    {
        CustomFieldDef tier = field(QStringLiteral("tier"), CustomFieldType::Choice, kTiers);
        tier.defaultValue = QStringLiteral("bronze");
        define(tier);
        CustomFieldDef vip = field(QStringLiteral("vip"), CustomFieldType::Bool);
        vip.defaultValue = false;
        define(vip);
        const core::RowId plain = customer(QStringLiteral("Plain"));
        QCOMPARE(object(customOf(plain)),
                 object(QStringLiteral(R"({"tier":"bronze","vip":false})")));
        const core::RowId chosen =
            customer(QStringLiteral("Chosen"), QStringLiteral(R"({"tier":"gold","old":"x"})"));
        QCOMPARE(object(customOf(chosen)),
                 object(QStringLiteral(R"({"tier":"gold","vip":false,"old":"x"})")));
        // An update fills no defaults and keeps keys it does not know.
        core::CustomerRepository customers(db());
        core::Customer c = *customers.get(chosen);
        QJsonObject o = object(c.custom);
        o.remove(QStringLiteral("vip"));
        c.custom = QString::fromUtf8(QJsonDocument(o).toJson());
        QVERIFY(customers.update(c));
        QCOMPARE(object(customOf(chosen)), object(QStringLiteral(R"({"tier":"gold","old":"x"})")));
    }

    void removeRestorePurge()
    {
        core::CustomFieldRepository repo(db(), &m_hub);
        const core::RowId id = define(field(QStringLiteral("nick"), CustomFieldType::Text));
        const core::RowId a = customer(QStringLiteral("A"), QStringLiteral(R"({"nick":"Ace"})"));
        customer(QStringLiteral("B"), QStringLiteral(R"({"nick":"Bee"})"));
        customer(QStringLiteral("C"));
        QCOMPARE(*repo.countValues(id), 2);
        QVERIFY(repo.remove(id));
        QCOMPARE(repo.purge(id + 100).error().code, Error::Code::NotFound);
        QCOMPARE(*repo.countValues(id), 2); // kept while deleted
        QVERIFY(repo.get(id)->deleted);
        QVERIFY(repo.restore(id));
        QVERIFY(!repo.get(id)->deleted);
        QCOMPARE(repo.purge(id).error().code, Error::Code::InvalidArgument); // live
        QVERIFY(repo.setIndexed(id, true));
        QVERIFY(repo.remove(id));
        QVERIFY(repo.purge(id));
        QCOMPARE(repo.get(id).error().code, Error::Code::NotFound);
        QCOMPARE(object(customOf(a)), QJsonObject());
        QCOMPARE(core::sql::scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                        "name = 'cf_customers_nick'"))
                     ->toInt(),
                 0);
        // The key is free again.
        QVERIFY(repo.create(field(QStringLiteral("nick"), CustomFieldType::Number)));
    }

    void renamesChoices()
    {
        core::CustomFieldRepository repo(db(), &m_hub);
        CustomFieldDef tierDef = field(QStringLiteral("tier"), CustomFieldType::Choice, kTiers);
        tierDef.defaultValue = QStringLiteral("gold");
        const core::RowId tier = define(tierDef);
        const core::RowId tags =
            define(field(QStringLiteral("tags"), CustomFieldType::MultiChoice, kTiers));
        const core::RowId a = customer(
            QStringLiteral("A"), QStringLiteral(R"({"tier":"gold","tags":["silver","gold"]})"));
        const core::RowId b =
            customer(QStringLiteral("B"), QStringLiteral(R"({"tier":"silver","tags":["bronze"]})"));
        QVERIFY(repo.renameChoice(tier, QStringLiteral("gold"), QStringLiteral("Gold+")));
        QVERIFY(repo.renameChoice(tags, QStringLiteral("gold"), QStringLiteral("Gold+")));
        QCOMPARE(repo.renameChoice(tier, QStringLiteral("iron"), QStringLiteral("x")).error().code,
                 Error::Code::InvalidArgument);
        // Renaming onto another choice would list it twice.
        QVERIFY(!repo.renameChoice(tier, QStringLiteral("silver"), QStringLiteral("bronze")));
        QCOMPARE(object(customOf(a)),
                 object(QStringLiteral(R"({"tier":"Gold+","tags":["silver","Gold+"]})")));
        QCOMPARE(object(customOf(b)),
                 object(QStringLiteral(R"({"tier":"silver","tags":["bronze"]})")));
        QCOMPARE(repo.get(tier)->choices.at(2), QStringLiteral("Gold+"));
        QCOMPARE(repo.get(tier)->defaultValue.toString(), QStringLiteral("Gold+"));
        // The renamed value is what search finds.
        auto found = core::CustomerRepository(db()).search(QStringLiteral("gold"), 5);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, a);
    }

    void searchFindsCustomValues()
    {
        define(field(QStringLiteral("nick"), CustomFieldType::Text));
        define(field(QStringLiteral("score"), CustomFieldType::Number));
        const core::RowId a = customer(QStringLiteral("Alice"),
                                       QStringLiteral(R"({"nick":"熊猫 Panda","score":777})"));
        customer(QStringLiteral("Bob"));
        core::CustomerRepository customers(db());
        for (const QString& term : {QStringLiteral("panda"), QStringLiteral("熊猫")}) {
            auto found = customers.search(term, 5);
            QVERIFY(found);
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().id, a);
        }
        QCOMPARE(customers.search(QStringLiteral("777"), 5)->size(), 0); // numbers are not words
        // A rebuild (what a migration or an import's update runs) keeps them.
        QVERIFY(core::CustomerRepository::rebuildDerivedColumns(db()));
        QCOMPARE(customers.search(QStringLiteral("panda"), 5)->size(), 1);
    }

    void sortsLikeMemory_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("indexed");
        QTest::addRow("ascending") << false << false;
        QTest::addRow("descending") << true << false;
        QTest::addRow("ascending indexed") << false << true;
        QTest::addRow("descending indexed") << true << true;
    }

    void sortsLikeMemory()
    {
        QFETCH(bool, descending);
        QFETCH(bool, indexed);
        CustomFieldDef score = field(QStringLiteral("score"), CustomFieldType::Number);
        score.indexed = indexed;
        define(score);
        struct Row
        {
            core::RowId id;
            std::optional<double> score;
        };
        QList<Row> rows;
        for (int i = 0; i < 60; ++i) {
            std::optional<double> value;
            if (i % 5 != 0)
                value = (i * 37) % 23 - 7 + (i % 3 == 0 ? 0.5 : 0.0);
            const QString custom =
                value ? QStringLiteral(R"({"score":%1})").arg(*value) : QStringLiteral("{}");
            rows << Row{customer(QStringLiteral("C%1").arg(i), custom), value};
        }
        // Empties last in ascending order (first in descending), ties by id.
        std::sort(rows.begin(), rows.end(), [descending](const Row& a, const Row& b) {
            auto rank = [](const Row& r) {
                return std::make_pair(r.score ? 0 : 1, r.score.value_or(0));
            };
            if (rank(a) != rank(b))
                return descending ? rank(b) < rank(a) : rank(a) < rank(b);
            return descending ? b.id < a.id : a.id < b.id;
        });
        auto def = core::tableDefWithCustomFields(db(), FieldEntity::Customers);
        QVERIFY(def);
        core::TableQuery query(db(), *def);
        const int column = query.columnIndex(QStringLiteral("custom.score"));
        QVERIFY(column >= 0);
        core::QuerySpec spec;
        spec.sortKey = QStringLiteral("custom.score");
        spec.descending = descending;
        QList<core::RowId> got;
        auto first = query.page(spec, 0, 25);
        QVERIFY(first);
        for (const core::PageRow& row : *first)
            got << row.id;
        // The rest by keyset, as the table view scrolls.
        core::Keyset after = first->back().key;
        while (true) {
            auto next = query.pageAfter(spec, after, 25);
            QVERIFY(next);
            if (next->empty())
                break;
            for (const core::PageRow& row : *next)
                got << row.id;
            after = next->back().key;
        }
        QList<core::RowId> expected;
        for (const Row& r : rows)
            expected << r.id;
        QCOMPARE(got, expected);
        QCOMPARE(first->front().cells.at(column).isNull(), !rows.front().score.has_value());
    }

    void indexServesTheSortedFirstPage()
    {
        CustomFieldDef score = field(QStringLiteral("score"), CustomFieldType::Number);
        const core::RowId id = define(score);
        for (int i = 0; i < 50; ++i)
            customer(QStringLiteral("C%1").arg(i), QStringLiteral(R"({"score":%1})").arg(i % 7));
        QVERIFY(core::sql::execOnce(db(), QStringLiteral("ANALYZE")));
        auto plan = [this] {
            const QString sortExpr = core::CustomFieldRepository::sortExpr(
                field(QStringLiteral("score"), CustomFieldType::Number), QStringLiteral("c"));
            QSqlQuery q(db());
            const bool ran =
                q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM customers c "
                                      "WHERE c.deleted_at IS NULL ORDER BY %1, c.id "
                                      "LIMIT 256")
                           .arg(sortExpr));
            QStringList lines;
            while (ran && q.next())
                lines << q.value(3).toString();
            return lines.join(u'\n');
        };
        QVERIFY2(!plan().contains(QStringLiteral("cf_customers_score")), qPrintable(plan()));
        core::CustomFieldRepository repo(db());
        QVERIFY(repo.setIndexed(id, true));
        QVERIFY(repo.get(id)->indexed);
        const QString indexed = plan();
        QVERIFY2(indexed.contains(QStringLiteral("USING INDEX cf_customers_score")),
                 qPrintable(indexed));
        QVERIFY2(!indexed.contains(QStringLiteral("TEMP B-TREE")), qPrintable(indexed));
        // Kept while the field is deleted (a cheap undo), dropped when unindexed.
        QVERIFY(repo.remove(id));
        QVERIFY(plan().contains(QStringLiteral("cf_customers_score")));
        QVERIFY(repo.restore(id));
        QVERIFY(repo.setIndexed(id, false));
        QVERIFY(!plan().contains(QStringLiteral("cf_customers_score")));
    }

    void addsColumnsAndFilterFields()
    {
        define(field(QStringLiteral("tier"), CustomFieldType::Choice, kTiers));
        define(field(QStringLiteral("amount"), CustomFieldType::Money));
        const core::RowId gone = define(field(QStringLiteral("gone"), CustomFieldType::Date));
        QVERIFY(core::CustomFieldRepository(db()).remove(gone));
        auto def = core::tableDefWithCustomFields(db(), FieldEntity::Customers);
        QVERIFY(def);
        const auto& columns = def->columns;
        QCOMPARE(columns.at(columns.size() - 2).key, QStringLiteral("custom.tier"));
        QCOMPARE(columns.last().key, QStringLiteral("custom.amount"));
        QCOMPARE(columns.last().sortExpr,
                 QStringLiteral("coalesce(json_extract(c.custom, '$.amount'), '')"));
        QCOMPARE(def->filterFields.at(def->filterFields.size() - 2).kind,
                 core::FilterField::Kind::Choice);
        QCOMPARE(def->filterFields.last().kind, core::FilterField::Kind::Number);
        QCOMPARE(def->filterFields.last().expr,
                 QStringLiteral("json_extract(c.custom, '$.amount')"));
    }

    void everyEntityHasCustomColumns_data()
    {
        QTest::addColumn<FieldEntity>("entity");
        QTest::addColumn<QString>("alias");
        QTest::addRow("customers") << FieldEntity::Customers << "c";
        QTest::addRow("companies") << FieldEntity::Companies << "co";
        QTest::addRow("products") << FieldEntity::Products << "p";
        QTest::addRow("orders") << FieldEntity::Orders << "o";
        QTest::addRow("deals") << FieldEntity::Deals << "d";
    }

    void everyEntityHasCustomColumns()
    {
        QFETCH(FieldEntity, entity);
        QFETCH(QString, alias);
        CustomFieldDef def = field(QStringLiteral("rank"), CustomFieldType::Number);
        def.entity = entity;
        def.indexed = true; // the index is created on the entity's table
        define(def);
        auto table = core::tableDefWithCustomFields(db(), entity);
        QVERIFY2(table, qPrintable(table.error().message));
        QCOMPARE(table->columns.last().key, QStringLiteral("custom.rank"));
        QCOMPARE(table->columns.last().expr,
                 QStringLiteral("json_extract(%1.custom, '$.rank')").arg(alias));
        // The table pages sorted on it (an empty table, but the SQL must run).
        core::QuerySpec spec;
        spec.sortKey = QStringLiteral("custom.rank");
        auto page = core::TableQuery(db(), *table).page(spec, 0, 10);
        QVERIFY2(page, qPrintable(page.error().message));
    }

    void importsTypedColumns()
    {
        define(field(QStringLiteral("score"), CustomFieldType::Number));
        CustomFieldDef since = field(QStringLiteral("since"), CustomFieldType::Date);
        since.label = QStringLiteral("客户since");
        define(since);
        const QString path = file(QStringLiteral("typed.csv"), "name,custom.score,客户since\n"
                                                               "Alice,12.5,2024/3/5\n"
                                                               "Bob,lots,2024-01-02\n"
                                                               "Carl,,\n");
        core::import::Options options;
        options.errorsPath = m_temp->dir() + QStringLiteral("/rejected.csv");
        auto report = core::import::Importer(db()).run(path, core::import::Entity::Customers,
                                                       options, m_progress);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->layout.mapping.fieldAt(2), QStringLiteral("custom.since")); // by label
        QCOMPARE(report->inserted, 2);
        QCOMPARE(report->rejected, 1);
        QCOMPARE(core::sql::scalar(db(), QStringLiteral("SELECT custom FROM customers WHERE "
                                                        "name = 'Alice'"))
                     ->toString(),
                 QStringLiteral(R"({"score":12.5,"since":"2024-03-05"})"));
        QFile rejected(options.errorsPath);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        core::csv::CsvReader reader(&rejected);
        core::csv::Record record;
        QVERIFY(*reader.next(record)); // header
        QVERIFY(*reader.next(record));
        QCOMPARE(record.fields.at(0), QStringLiteral("3"));
        QCOMPARE(record.fields.at(1), QStringLiteral("custom.score"));
        QVERIFY2(record.fields.at(2).contains(QStringLiteral("lots")),
                 qPrintable(record.fields[2]));
        QVERIFY(record.fields.at(2).contains(QStringLiteral("SCORE")));
    }

    void importRefusesUndefinedKeys()
    {
        define(field(QStringLiteral("score"), CustomFieldType::Number));
        const QString path = file(QStringLiteral("undefined.csv"), "name,custom.vip\nAlice,yes\n");
        auto report =
            core::import::Importer(db()).run(path, core::import::Entity::Customers, {}, m_progress);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Validation);
        QVERIFY2(report.error().message.contains(QStringLiteral("custom.vip")),
                 qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(QStringLiteral("custom.score")));
        // The wizard's preview leaves such a column unmapped for the user to map.
        auto preview = core::import::Importer(db()).preview(path, core::import::Entity::Customers,
                                                            {}, 5, m_progress);
        QVERIFY2(preview, qPrintable(preview.error().message));
        QCOMPARE(preview->layout.mapping.fieldAt(1), QString());
        QVERIFY(preview->layout.unmappedColumns.contains(QStringLiteral("custom.vip")));
        // What the wizard offers: the kind's fields, then the custom fields by label.
        const auto targets = core::import::importTargets(core::import::Entity::Customers,
                                                         preview->layout.customFields);
        QCOMPARE(targets.last().key, QStringLiteral("custom.score"));
        QCOMPARE(targets.last().label, QStringLiteral("SCORE"));
        QCOMPARE(targets.first().key, QStringLiteral("name"));
        QVERIFY(targets.first().required);
    }

    void exportImportsBack_data()
    {
        QTest::addColumn<bool>("labels");
        QTest::addRow("keys") << false;
        QTest::addRow("labels") << true;
    }

    void exportImportsBack()
    {
        QFETCH(bool, labels);
        define(field(QStringLiteral("tier"), CustomFieldType::Choice, kTiers));
        define(field(QStringLiteral("tags"), CustomFieldType::MultiChoice, kTiers));
        define(field(QStringLiteral("score"), CustomFieldType::Number));
        define(field(QStringLiteral("spent"), CustomFieldType::Money));
        define(field(QStringLiteral("since"), CustomFieldType::Date));
        define(field(QStringLiteral("vip"), CustomFieldType::Bool));
        define(field(QStringLiteral("motto"), CustomFieldType::Text));
        const QString full = QStringLiteral(
            R"({"tier":"gold","tags":["silver","bronze"],"score":-2.5,"spent":123456,)"
            R"("since":"2023-12-31","vip":true,"motto":"=1+1 熊猫"})");
        customer(QStringLiteral("Alice"), full);
        customer(QStringLiteral("Bob"), QStringLiteral(R"({"vip":false})"));
        customer(QStringLiteral("Carl"));

        core::exporting::ExportOptions options;
        options.headers =
            labels ? core::exporting::HeaderStyle::Labels : core::exporting::HeaderStyle::Keys;
        QTemporaryDir out; // outlives the database it was exported from
        QVERIFY(out.isValid());
        const QString path = out.filePath(QStringLiteral("out.csv"));
        core::SilentProgress progress;
        auto exported = core::exporting::Exporter(db()).exportTable(
            core::exporting::ExportKind::Customers, path, options, progress);
        QVERIFY2(exported, qPrintable(exported.error().message));
        QVERIFY(exported->columns.contains(QStringLiteral("custom.tier")));

        // Into a fresh database with the same fields.
        QMap<QString, QString> before;
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT name, custom FROM customers")));
        while (q.next())
            before.insert(q.value(0).toString(), q.value(1).toString());
        const QList<CustomFieldDef> defs =
            *core::CustomFieldRepository(db()).fields(FieldEntity::Customers);
        m_temp = std::make_unique<testing::TempDatabase>();
        for (CustomFieldDef def : defs) {
            def.id = 0;
            def.uuid.clear();
            define(def);
        }
        auto imported =
            core::import::Importer(db()).run(path, core::import::Entity::Customers, {}, m_progress);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->rejected, 0);
        QCOMPARE(imported->inserted, 3);
        QSqlQuery after(db());
        QVERIFY(after.exec(QStringLiteral("SELECT name, custom FROM customers")));
        int rows = 0;
        while (after.next()) {
            ++rows;
            QCOMPARE(object(after.value(1).toString()),
                     object(before.value(after.value(0).toString())));
        }
        QCOMPARE(rows, 3);
    }
};

QTEST_GUILESS_MAIN(TestCustomFields)
#include "test_customfields.moc"
