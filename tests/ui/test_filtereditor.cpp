#include "Session.h"
#include "models/PagedTableModel.h"
#include "panels/CustomersPanel.h"
#include "storage/CustomerRepository.h"
#include "storage/TableQuery.h"
#include "storage/TagRepository.h"
#include "views/FilterBar.h"
#include "views/FilterConditionRow.h"
#include "views/FilterEditor.h"
#include "views/FilterGroupBox.h"
#include "views/FilterText.h"
#include "views/PanelViews.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;
using Op = core::FilterCondition::Op;
using Kind = core::FilterField::Kind;

Q_DECLARE_METATYPE(core::FilterGroup)

// The filter editor: what it offers per kind of field, that a filter shown in
// it comes back unchanged, and that a filter applied in the customers panel
// gives the rows the core query gives.
class TestFilterEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void offersOperatorsPerKind_data();
    void offersOperatorsPerKind();
    void buildsAFilterByHand();
    void filtersTheCustomersPanel();

private:
    static ui::FilterEditorFields editorFields();

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestFilterEditor::init()
{
    auto opened = ui::Session::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    m_stack = std::make_unique<QUndoStack>();
}

void TestFilterEditor::cleanup()
{
    m_stack.reset();
    m_session.reset();
}

ui::FilterEditorFields TestFilterEditor::editorFields()
{
    ui::FilterEditorFields fields;
    fields.fields = {
        {QStringLiteral("city"), QStringLiteral("c.city"), Kind::Text, {}},
        {QStringLiteral("total"), QStringLiteral("c.total"), Kind::Number, {}},
        {QStringLiteral("created"), QStringLiteral("c.created"), Kind::Date, {}},
        {QStringLiteral("opted_out"), QStringLiteral("c.opted_out"), Kind::Bool, {}},
        {QStringLiteral("custom.level"),
         QStringLiteral("json_extract(c.custom, '$.level')"),
         Kind::Choice,
         {}},
        {QStringLiteral("custom.areas"),
         QStringLiteral("json_extract(c.custom, '$.areas')"),
         Kind::MultiChoice,
         {}},
        {QStringLiteral("tags"), QStringLiteral("1"), Kind::Tags, QStringLiteral("1")},
    };
    core::CustomFieldDef level;
    level.key = QStringLiteral("level");
    level.label = QStringLiteral("会员等级");
    level.type = core::CustomFieldType::Choice;
    level.choices = {QStringLiteral("金卡"), QStringLiteral("银卡")};
    core::CustomFieldDef areas;
    areas.key = QStringLiteral("areas");
    areas.label = QStringLiteral("Areas");
    areas.type = core::CustomFieldType::MultiChoice;
    areas.choices = {QStringLiteral("North"), QStringLiteral("South")};
    fields.customFields = {level, areas};
    fields.tags = {{1, QStringLiteral("VIP"), QStringLiteral("#d4a017")},
                   {2, QStringLiteral("Lead"), QStringLiteral("#4a90d9")}};
    return fields;
}

void TestFilterEditor::roundTrip_data()
{
    QTest::addColumn<core::FilterGroup>("filter");
    auto c = [](const char* field, Op op, QVariant value = {}) {
        return core::FilterCondition{QString::fromLatin1(field), op, std::move(value)};
    };
    const QList<core::FilterCondition> singles = {
        c("city", Op::Equals, QStringLiteral("上海")),
        c("city", Op::NotEquals, QStringLiteral("Beijing")),
        c("city", Op::Contains, QStringLiteral("海")),
        c("city", Op::StartsWith, QStringLiteral("Sh")),
        c("city", Op::IsEmpty),
        c("total", Op::GreaterOrEqual, 10000.5),
        c("total", Op::Less, -3.0),
        c("total", Op::IsNotEmpty),
        c("created", Op::LessOrEqual, QStringLiteral("2026-03-01")),
        c("created", Op::Greater, QStringLiteral("2025-12-31")),
        c("opted_out", Op::Equals, true),
        c("opted_out", Op::NotEquals, false),
        c("custom.level", Op::Equals, QStringLiteral("银卡")),
        c("custom.areas", Op::Contains, QStringLiteral("South")),
        c("tags", Op::HasTag, QStringLiteral("VIP")),
        c("tags", Op::LacksTag, QStringLiteral("Lead")),
        c("tags", Op::IsEmpty),
    };
    for (const core::FilterCondition& single : singles) {
        core::FilterGroup group;
        group.conditions << single;
        QTest::addRow("%s %s", qPrintable(single.field), qPrintable(core::filterOpKey(single.op)))
            << group;
    }
    core::FilterGroup nested;
    nested.matchAll = true;
    nested.conditions << c("city", Op::Equals, QStringLiteral("上海"));
    core::FilterGroup any;
    any.matchAll = false;
    any.conditions << c("tags", Op::HasTag, QStringLiteral("VIP"))
                   << c("total", Op::Greater, 10000.0);
    core::FilterGroup all;
    all.conditions << c("created", Op::GreaterOrEqual, QStringLiteral("2026-01-01"))
                   << c("opted_out", Op::Equals, false);
    nested.groups << any << all;
    QTest::addRow("nested") << nested;
    core::FilterGroup anyTop;
    anyTop.matchAll = false;
    anyTop.groups << any;
    QTest::addRow("only a group, any") << anyTop;
    QTest::addRow("empty") << core::FilterGroup{};
}

void TestFilterEditor::roundTrip()
{
    QFETCH(core::FilterGroup, filter);
    ui::FilterEditor editor(editorFields());
    editor.setFilter(filter);
    QCOMPARE(editor.filter(), filter);
    // And through the JSON a saved view stores.
    const auto json = core::filterFromJson(core::filterToJson(editor.filter()));
    QVERIFY(json);
    ui::FilterEditor again(editorFields());
    again.setFilter(*json);
    QCOMPARE(again.filter(), filter);
}

void TestFilterEditor::offersOperatorsPerKind_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("ops");
    QTest::addColumn<QString>("editor"); // object name of the value editor
    const QString empties = QStringLiteral("is_empty,is_not_empty");
    QTest::addRow("text") << QStringLiteral("city")
                          << QStringLiteral("equals,not_equals,contains,starts_with,")
                                 .append(empties)
                                 .split(QLatin1Char(','))
                          << QStringLiteral("filterTextLineEdit");
    QTest::addRow("number") << QStringLiteral("total")
                            << QStringLiteral("equals,not_equals,less,less_or_equal,greater,"
                                              "greater_or_equal,")
                                   .append(empties)
                                   .split(QLatin1Char(','))
                            << QStringLiteral("filterNumberLineEdit");
    QTest::addRow("date") << QStringLiteral("created")
                          << QStringLiteral("equals,not_equals,less,less_or_equal,greater,"
                                            "greater_or_equal,")
                                 .append(empties)
                                 .split(QLatin1Char(','))
                          << QStringLiteral("filterDateEdit");
    QTest::addRow("bool") << QStringLiteral(
        "opted_out") << QStringLiteral("equals,not_equals,").append(empties).split(QLatin1Char(','))
                          << QStringLiteral("filterBoolComboBox");
    QTest::addRow("choice") << QStringLiteral("custom.level")
                            << QStringLiteral("equals,not_equals,contains,starts_with,")
                                   .append(empties)
                                   .split(QLatin1Char(','))
                            << QStringLiteral("filterChoiceComboBox");
    QTest::addRow("tags") << QStringLiteral(
        "tags") << QStringLiteral("has_tag,lacks_tag,").append(empties).split(QLatin1Char(','))
                          << QStringLiteral("filterTagComboBox");
}

void TestFilterEditor::offersOperatorsPerKind()
{
    QFETCH(QString, field);
    QFETCH(QStringList, ops);
    QFETCH(QString, editor);
    ui::FilterEditorFields fields = editorFields();
    ui::FilterConditionRow row(fields);
    row.fieldCombo()->setCurrentIndex(row.fieldCombo()->findData(field));
    QStringList offered;
    for (int i = 0; i < row.opCombo()->count(); ++i)
        offered << row.opCombo()->itemData(i).toString();
    QCOMPARE(offered, ops);
    QVERIFY(row.valueEditor());
    QCOMPARE(row.valueEditor()->objectName(), editor);
    // Operators without a value hide the value editor.
    row.opCombo()->setCurrentIndex(row.opCombo()->findData(QStringLiteral("is_empty")));
    QVERIFY(!row.valueEditor());
    if (field == QLatin1String("custom.level")) {
        row.opCombo()->setCurrentIndex(0);
        auto* choices = qobject_cast<QComboBox*>(row.valueEditor());
        QCOMPARE(choices->itemText(1), QStringLiteral("银卡"));
        QCOMPARE(row.fieldCombo()->currentText(), QStringLiteral("会员等级"));
    }
}

void TestFilterEditor::buildsAFilterByHand()
{
    ui::FilterEditor editor(editorFields());
    ui::FilterGroupBox* root = editor.rootGroup();
    ui::FilterConditionRow* row = root->addCondition();
    row->fieldCombo()->setCurrentIndex(row->fieldCombo()->findData(QStringLiteral("city")));
    // keyClicks types Latin-1 only; an input method would commit the text whole.
    qobject_cast<QLineEdit*>(row->valueEditor())->insert(QStringLiteral("上海"));
    ui::FilterGroupBox* group = root->addGroup();
    group->matchCombo()->setCurrentIndex(1); // any
    ui::FilterConditionRow* tagRow = group->rows().first();
    tagRow->fieldCombo()->setCurrentIndex(tagRow->fieldCombo()->findData(QStringLiteral("tags")));
    qobject_cast<QComboBox*>(tagRow->valueEditor())->setCurrentIndex(1);
    const core::FilterGroup filter = editor.filter();
    QCOMPARE(filter.conditions.size(), 1);
    QCOMPARE(filter.conditions.first(),
             (core::FilterCondition{QStringLiteral("city"), Op::Equals, QStringLiteral("上海")}));
    QCOMPARE(filter.groups.size(), 1);
    QVERIFY(!filter.groups.first().matchAll);
    QCOMPARE(filter.groups.first().conditions.first(),
             (core::FilterCondition{QStringLiteral("tags"), Op::HasTag, QStringLiteral("Lead")}));
    QCOMPARE(ui::FilterText::describe(filter, editorFields().customFields),
             QStringLiteral("City is 上海 and (has tag Lead)"));
    // RAPPORT_SCREENSHOTS=dir: a picture to look at (layouts, Chinese labels).
    if (const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOTS"); !dir.isEmpty()) {
        editor.resize(720, 320);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(dir + QStringLiteral("/filtereditor.png")));
    }
}

void TestFilterEditor::filtersTheCustomersPanel()
{
    core::CustomerRepository customers(m_session->connection(), m_session->hub());
    core::TagRepository tags(m_session->connection(), m_session->hub());
    const auto vip = tags.create({0, QStringLiteral("VIP"), QStringLiteral("#d4a017")});
    QVERIFY(vip);
    const QStringList cities = {QStringLiteral("上海"), QStringLiteral("北京"),
                                QStringLiteral("上海"), QString(), QStringLiteral("上海")};
    QList<core::RowId> ids;
    for (int i = 0; i < cities.size(); ++i) {
        core::Customer c;
        c.name = QStringLiteral("客户 %1").arg(i);
        c.city = cities.at(i);
        auto id = customers.create(c);
        QVERIFY(id);
        ids << *id;
    }
    QVERIFY(tags.addToCustomers(*vip, {ids.at(0), ids.at(1), ids.at(4)}));

    ui::CustomersPanel panel({m_session.get(), m_stack.get(), nullptr});
    panel.show();
    core::FilterGroup filter;
    filter.conditions << core::FilterCondition{QStringLiteral("city"), Op::Equals,
                                               QStringLiteral("上海")}
                      << core::FilterCondition{QStringLiteral("tags"), Op::HasTag,
                                               QStringLiteral("vip")};
    panel.views()->setFilter(filter);

    core::QuerySpec spec = panel.model()->querySpec();
    QCOMPARE(spec.where, filter);
    core::TableQuery query(m_session->connection(), panel.model()->definition());
    const auto rows = query.page(spec, 0, 100);
    QVERIFY(rows);
    QList<core::RowId> expected;
    for (const core::PageRow& row : *rows)
        expected << row.id;
    QCOMPARE(expected, (QList<core::RowId>{ids.at(0), ids.at(4)}));
    QList<core::RowId> shown;
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        shown << panel.model()->idAt(row);
    QCOMPARE(shown, expected);

    ui::FilterBar* bar = panel.views()->filterBar();
    QVERIFY(bar->isVisible());
    // (Without a translation loaded the plural reads "row(s)".)
    QVERIFY2(
        bar->text().startsWith(QStringLiteral("Filtered: City is 上海 and has tag vip — 2 row")),
        qPrintable(bar->text()));
    panel.views()->clearFilter();
    QVERIFY(!bar->isVisible());
    QCOMPARE(panel.model()->rowCount(), 5);
}

QTEST_MAIN(TestFilterEditor)
#include "test_filtereditor.moc"
