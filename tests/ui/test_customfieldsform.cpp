#include "customize/CustomFieldEditor.h"
#include "customize/CustomFieldsForm.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace rapport;

Q_DECLARE_METATYPE(core::CustomFieldType)

// The editors of CustomFieldsForm: each type's editor gives back the value it
// was given, keys it has no editor for pass through, and a required field
// left empty is refused with the error under its editor.
class TestCustomFieldsForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void unknownKeysAreKept();
    void requiredEmptyShowsInlineError();
    void badNumberShowsInlineError();
    void typedTextIsParsed();
};

namespace {
core::CustomFieldDef field(core::CustomFieldType type, bool required = false)
{
    core::CustomFieldDef def;
    def.id = 1;
    def.key = QStringLiteral("f");
    def.label = QStringLiteral("Field");
    def.type = type;
    def.required = required;
    if (type == core::CustomFieldType::Choice || type == core::CustomFieldType::MultiChoice)
        def.choices = {QStringLiteral("Gold"), QStringLiteral("银卡"), QStringLiteral("Bronze")};
    return def;
}
} // namespace

void TestCustomFieldsForm::roundTrip_data()
{
    using T = core::CustomFieldType;
    QTest::addColumn<core::CustomFieldType>("type");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QJsonValue>("value");

    QTest::addRow("text") << T::Text << false << QJsonValue(QStringLiteral("会员 Gold"));
    QTest::addRow("long text") << T::LongText << false
                               << QJsonValue(QStringLiteral("line one\nline two"));
    QTest::addRow("number") << T::Number << false << QJsonValue(1234.5);
    QTest::addRow("whole number") << T::Number << false << QJsonValue(42);
    QTest::addRow("money") << T::Money << false << QJsonValue(123456);
    QTest::addRow("date") << T::Date << false << QJsonValue(QStringLiteral("2024-02-29"));
    QTest::addRow("yes") << T::Bool << false << QJsonValue(true);
    QTest::addRow("no") << T::Bool << false << QJsonValue(false);
    QTest::addRow("required no") << T::Bool << true << QJsonValue(false);
    QTest::addRow("choice") << T::Choice << false << QJsonValue(QStringLiteral("银卡"));
    QTest::addRow("required choice") << T::Choice << true << QJsonValue(QStringLiteral("Gold"));
    QTest::addRow("multi choice") << T::MultiChoice << false
                                  << QJsonValue(QJsonArray{QStringLiteral("Gold"),
                                                           QStringLiteral("Bronze")});
    QTest::addRow("url") << T::Url << false << QJsonValue(QStringLiteral("https://example.com/a"));
    QTest::addRow("email") << T::Email << false << QJsonValue(QStringLiteral("li@example.cn"));
    QTest::addRow("phone") << T::Phone << false << QJsonValue(QStringLiteral("+86 138 0013 8000"));
    QTest::addRow("empty text") << T::Text << false << QJsonValue();
    QTest::addRow("empty date") << T::Date << false << QJsonValue();
    QTest::addRow("empty bool") << T::Bool << false << QJsonValue();
    QTest::addRow("empty multi") << T::MultiChoice << false << QJsonValue();
}

void TestCustomFieldsForm::roundTrip()
{
    QFETCH(core::CustomFieldType, type);
    QFETCH(bool, required);
    QFETCH(QJsonValue, value);

    ui::CustomFieldsForm form;
    form.setFields({field(type, required)});
    QJsonObject in;
    if (!value.isNull())
        in.insert(QStringLiteral("f"), value);
    form.setValues(in);
    QVERIFY2(form.validate().isEmpty() || (required && value.isNull()), "valid value refused");
    const QJsonObject out = form.values();
    QCOMPARE(out.value(QStringLiteral("f")).isUndefined(), value.isNull());
    if (!value.isNull()) {
        if (value.isDouble())
            QCOMPARE(out.value(QStringLiteral("f")).toDouble(), value.toDouble());
        else
            QCOMPARE(out.value(QStringLiteral("f")), value);
    }
}

void TestCustomFieldsForm::unknownKeysAreKept()
{
    ui::CustomFieldsForm form;
    form.setFields({field(core::CustomFieldType::Text)});
    form.setValues(QJsonObject{{QStringLiteral("f"), QStringLiteral("a")},
                               {QStringLiteral("deleted_field"), QStringLiteral("kept")}});
    auto* edit = form.findChild<QLineEdit*>(QStringLiteral("custom_fEditor"));
    QVERIFY(edit);
    edit->clear();
    const QJsonObject out = form.values();
    QVERIFY(!out.contains(QStringLiteral("f"))); // emptied: absent, as stored values are
    QCOMPARE(out.value(QStringLiteral("deleted_field")).toString(), QStringLiteral("kept"));
}

void TestCustomFieldsForm::requiredEmptyShowsInlineError()
{
    ui::CustomFieldsForm form;
    core::CustomFieldDef vip = field(core::CustomFieldType::Choice, true);
    vip.key = QStringLiteral("vip_level");
    vip.label = QStringLiteral("VIP level");
    form.setFields({field(core::CustomFieldType::Text), vip});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QList<core::Error> errors = form.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("vip_level"));
    auto* label = form.findChild<QLabel*>(QStringLiteral("custom_vip_levelErrorLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QVERIFY(!form.findChild<QLabel*>(QStringLiteral("custom_fErrorLabel"))->isVisible());
    // The label marks the field as required.
    bool starred = false;
    for (QLabel* l : form.findChildren<QLabel*>())
        starred |= l->text().startsWith(QStringLiteral("VIP level *"));
    QVERIFY(starred);
    // Choosing a value clears the error.
    form.setValues(QJsonObject{{QStringLiteral("vip_level"), QStringLiteral("Gold")}});
    QVERIFY(form.validate().isEmpty());
    QVERIFY(!label->isVisible());
}

void TestCustomFieldsForm::badNumberShowsInlineError()
{
    ui::CustomFieldsForm form;
    form.setFields({field(core::CustomFieldType::Number)});
    form.show();
    auto* edit = form.findChild<QLineEdit*>(QStringLiteral("custom_fEditor"));
    QTest::keyClicks(edit, QStringLiteral("twelve"));
    const QList<core::Error> errors = form.validate();
    QCOMPARE(errors.size(), 1);
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("custom_fErrorLabel"))->isVisible());
}

void TestCustomFieldsForm::typedTextIsParsed()
{
    ui::CustomFieldsForm form;
    core::CustomFieldDef money = field(core::CustomFieldType::Money);
    money.key = QStringLiteral("budget");
    form.setFields({money});
    auto* edit = form.findChild<QLineEdit*>(QStringLiteral("custom_budgetEditor"));
    QTest::keyClicks(edit, QStringLiteral("1234.50"));
    QVERIFY(form.validate().isEmpty());
    QCOMPARE(form.values().value(QStringLiteral("budget")).toInteger(), 123450);
}

QTEST_MAIN(TestCustomFieldsForm)
#include "test_customfieldsform.moc"
