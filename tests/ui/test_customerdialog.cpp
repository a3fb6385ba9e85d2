#include "dialogs/CustomerDialog.h"

#include "customize/CustomFieldEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace rapport;

namespace {
// Types like a user: Latin keys as key clicks; Chinese as an input method
// commits it (QTest::keyClicks only knows Latin-1 keys).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(ch));
            QApplication::sendEvent(widget, &commit);
        }
    }
}
} // namespace

// The customer dialog refuses what cannot be stored, says where, and accepts
// good input, driven by typing as a user would.
class TestCustomerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validates_data();
    void validates();
    void errorClearsWhenFixed();
    void editKeepsIdAndCompany();
    void typingStartsInTheName();
    void customFieldsRoundTrip();
    void requiredCustomFieldBlocksOk();

private:
    QLineEdit* edit(const char* name) const
    {
        return m_dialog->findChild<QLineEdit*>(QLatin1String(name));
    }
    QLabel* errorLabel(const QString& field) const
    {
        return m_dialog->findChild<QLabel*>(field + QStringLiteral("ErrorLabel"));
    }
    void clickOk() const
    {
        auto* box = m_dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    std::unique_ptr<ui::CustomerDialog> m_dialog;
};

namespace {
QList<core::CustomFieldDef> customerFields()
{
    core::CustomFieldDef vip;
    vip.id = 1;
    vip.key = QStringLiteral("vip_level");
    vip.label = QStringLiteral("VIP level");
    vip.type = core::CustomFieldType::Choice;
    vip.choices = {QStringLiteral("Gold"), QStringLiteral("Silver")};
    vip.required = true;
    core::CustomFieldDef renewal;
    renewal.id = 2;
    renewal.key = QStringLiteral("renewal");
    renewal.label = QStringLiteral("Renewal");
    renewal.type = core::CustomFieldType::Date;
    return {vip, renewal};
}
} // namespace

void TestCustomerDialog::init()
{
    core::Company acme;
    acme.id = 7;
    acme.name = QStringLiteral("Acme Ltd");
    core::Company huaxin;
    huaxin.id = 9;
    huaxin.name = QStringLiteral("华信贸易有限公司");
    m_dialog = std::make_unique<ui::CustomerDialog>(QList<core::Company>{acme, huaxin});
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestCustomerDialog::cleanup()
{
    m_dialog.reset();
}

void TestCustomerDialog::validates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("badField"); // "" = accepted
    QTest::addColumn<QString>("fieldTitle");

    QTest::addRow("empty name") << QString() << QString() << QString() << QStringLiteral("name")
                                << QStringLiteral("Name");
    QTest::addRow("blank name") << QStringLiteral("   ") << QStringLiteral("a@b.example")
                                << QString() << QStringLiteral("name") << QStringLiteral("Name");
    QTest::addRow("bad e-mail") << QStringLiteral("Bob") << QStringLiteral("bob@") << QString()
                                << QStringLiteral("email") << QStringLiteral("E-mail");
    QTest::addRow("e-mail without @")
        << QStringLiteral("张伟") << QStringLiteral("zhang.example") << QString()
        << QStringLiteral("email") << QStringLiteral("E-mail");
    QTest::addRow("bad phone") << QStringLiteral("Bob") << QString() << QStringLiteral("call me")
                               << QStringLiteral("phone") << QStringLiteral("Phone");
    QTest::addRow("good latin") << QStringLiteral("Bob Smith") << QStringLiteral("bob@example.com")
                                << QStringLiteral("+44 20 7946 0958") << QString() << QString();
    QTest::addRow("good chinese") << QStringLiteral("张伟") << QStringLiteral("zhangwei@qq.com")
                                  << QStringLiteral("138-0013-8000") << QString() << QString();
    QTest::addRow("name only") << QStringLiteral("阿明") << QString() << QString() << QString()
                               << QString();
}

void TestCustomerDialog::validates()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, badField);
    QFETCH(QString, fieldTitle);

    typeText(edit("nameLineEdit"), name);
    typeText(edit("emailLineEdit"), email);
    typeText(edit("phoneLineEdit"), phone);
    clickOk();

    if (badField.isEmpty()) {
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
        const core::Customer c = m_dialog->customer();
        QCOMPARE(c.name, name);
        QCOMPARE(c.email, email);
        QCOMPARE(c.phone, phone);
        return;
    }
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QLabel* error = errorLabel(badField);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // The summary names the field to fix.
    auto* summary = m_dialog->findChild<QLabel*>(QStringLiteral("summaryErrorLabel"));
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(fieldTitle), qPrintable(summary->text()));
    for (const QString& other :
         {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")}) {
        if (other != badField)
            QVERIFY(!errorLabel(other)->isVisible());
    }
}

void TestCustomerDialog::errorClearsWhenFixed()
{
    typeText(edit("nameLineEdit"), QStringLiteral("Bob"));
    typeText(edit("emailLineEdit"), QStringLiteral("bob@"));
    clickOk();
    QVERIFY(errorLabel(QStringLiteral("email"))->isVisible());
    typeText(edit("emailLineEdit"), QStringLiteral("example.com"));
    QVERIFY(!errorLabel(QStringLiteral("email"))->isVisible());
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestCustomerDialog::editKeepsIdAndCompany()
{
    core::Customer c;
    c.id = 42;
    c.uuid = QStringLiteral("u-42");
    c.name = QStringLiteral("李娜");
    c.companyId = 9;
    m_dialog->setCustomer(c);
    auto* combo = m_dialog->findChild<QComboBox*>(QStringLiteral("companyComboBox"));
    QCOMPARE(combo->currentText(), QStringLiteral("华信贸易有限公司"));
    QCOMPARE(combo->count(), 3); // "(No company)" and the two companies
    combo->setCurrentIndex(0);
    edit("nameLineEdit")->clear();
    typeText(edit("nameLineEdit"), QStringLiteral("  李娜  "));
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const core::Customer edited = m_dialog->customer();
    QCOMPARE(edited.id, core::RowId(42));
    QCOMPARE(edited.uuid, QStringLiteral("u-42"));
    QCOMPARE(edited.name, QStringLiteral("李娜"));
    QVERIFY(!edited.companyId.has_value());
}

QTEST_MAIN(TestCustomerDialog)

void TestCustomerDialog::customFieldsRoundTrip()
{
    core::Customer c;
    c.id = 5;
    c.name = QStringLiteral("王芳");
    c.custom = QStringLiteral(R"({"vip_level":"Silver","renewal":"2025-03-01","legacy":1})");
    m_dialog->setCustomFields(customerFields());
    m_dialog->setCustomer(c);
    QVERIFY(m_dialog->findChild<QWidget*>(QStringLiteral("moreFieldsGroupBox"))->isVisible());
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const QJsonObject custom =
        QJsonDocument::fromJson(m_dialog->customer().custom.toUtf8()).object();
    QCOMPARE(custom.value(QStringLiteral("vip_level")).toString(), QStringLiteral("Silver"));
    QCOMPARE(custom.value(QStringLiteral("renewal")).toString(), QStringLiteral("2025-03-01"));
    QCOMPARE(custom.value(QStringLiteral("legacy")).toInt(), 1); // unknown keys kept
}

void TestCustomerDialog::requiredCustomFieldBlocksOk()
{
    m_dialog->setCustomFields(customerFields());
    typeText(edit("nameLineEdit"), QStringLiteral("Bob"));
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QLabel* error = m_dialog->findChild<QLabel*>(QStringLiteral("custom_vip_levelErrorLabel"));
    QVERIFY(error && error->isVisible());
    auto* summary = m_dialog->findChild<QLabel*>(QStringLiteral("summaryErrorLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("VIP level")), qPrintable(summary->text()));
    auto* combo = m_dialog->findChild<QComboBox*>(QStringLiteral("custom_vip_levelEditor"));
    QVERIFY(combo);
    QCOMPARE(QApplication::focusWidget(), combo); // the field to fix has the focus
    combo->setCurrentIndex(combo->findText(QStringLiteral("Gold")));
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const QJsonObject custom =
        QJsonDocument::fromJson(m_dialog->customer().custom.toUtf8()).object();
    QCOMPARE(custom.value(QStringLiteral("vip_level")).toString(), QStringLiteral("Gold"));
    QVERIFY(!custom.contains(QStringLiteral("renewal")));
}

void TestCustomerDialog::typingStartsInTheName()
{
    QTRY_COMPARE(QApplication::focusWidget(), edit("nameLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ada"));
    QCOMPARE(edit("nameLineEdit")->text(), QStringLiteral("Ada"));
    // Tab walks the rows in the order they are shown.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit("emailLineEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit("phoneLineEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("companyComboBox"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit("cityLineEdit"));
}

#include "test_customerdialog.moc"
