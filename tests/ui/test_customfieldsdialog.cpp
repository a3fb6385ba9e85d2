#include "customize/CustomFieldsDialog.h"

#include "Session.h"
#include "customize/FieldEditorDialog.h"
#include "dialogs/CustomerDialog.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace rapport;

// The custom-field manager on a real database: each action goes through the
// undo stack and the repository shows its effect, undo and redo included.
class TestCustomFieldsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addThroughEditorUndoRedo();
    void keySuggestedFromLabel();
    void deleteKeepsValuesAndUndoRestores();
    void reorderAndUndo();
    void renamingAChoiceRenamesValues();
    void purgeAsksAndDropsValues();
    void screenshots();

private:
    core::CustomFieldRepository fields() const
    {
        return core::CustomFieldRepository(m_session->connection(), m_session->hub());
    }
    core::RowId makeField(const QString& key, const QString& label,
                          core::CustomFieldType type = core::CustomFieldType::Text,
                          const QStringList& choices = {});
    core::RowId makeCustomer(const QString& name, const QJsonObject& custom);
    QJsonObject customOf(core::RowId id) const;
    QStringList liveKeys() const;
    // Runs `fill` on the field editor the next exec() opens, then presses OK.
    void answerEditor(std::function<void(ui::FieldEditorDialog*)> fill);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ui::CustomFieldsDialog> m_dialog;
};

void TestCustomFieldsDialog::init()
{
    auto opened = ui::Session::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    m_stack = std::make_unique<QUndoStack>();
    ui::PanelContext context;
    context.session = m_session.get();
    context.undoStack = m_stack.get();
    m_dialog = std::make_unique<ui::CustomFieldsDialog>(context);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestCustomFieldsDialog::cleanup()
{
    m_dialog.reset();
    m_stack.reset();
    m_session.reset();
}

core::RowId TestCustomFieldsDialog::makeField(const QString& key, const QString& label,
                                              core::CustomFieldType type,
                                              const QStringList& choices)
{
    core::CustomFieldDef def;
    def.entity = core::FieldEntity::Customers;
    def.key = key;
    def.label = label;
    def.type = type;
    def.choices = choices;
    const auto id = fields().create(def);
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

core::RowId TestCustomFieldsDialog::makeCustomer(const QString& name, const QJsonObject& custom)
{
    core::Customer c;
    c.name = name;
    c.custom = QString::fromUtf8(QJsonDocument(custom).toJson(QJsonDocument::Compact));
    const auto id = core::CustomerRepository(m_session->connection()).create(c);
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

QJsonObject TestCustomFieldsDialog::customOf(core::RowId id) const
{
    const auto c = core::CustomerRepository(m_session->connection()).get(id);
    return c ? QJsonDocument::fromJson(c->custom.toUtf8()).object() : QJsonObject();
}

QStringList TestCustomFieldsDialog::liveKeys() const
{
    // Held in a variable: a range-for over a temporary's value() would dangle.
    const auto result = fields().fields(core::FieldEntity::Customers);
    const QList<core::CustomFieldDef> live = result ? *result : QList<core::CustomFieldDef>();
    QStringList keys;
    for (const core::CustomFieldDef& def : live)
        keys << def.key;
    return keys;
}

void TestCustomFieldsDialog::answerEditor(std::function<void(ui::FieldEditorDialog*)> fill)
{
    QTimer::singleShot(0, this, [fill] {
        auto* editor = qobject_cast<ui::FieldEditorDialog*>(QApplication::activeModalWidget());
        QVERIFY(editor);
        fill(editor);
        editor->accept();
        if (editor->isVisible()) // refused: say why and get out of the loop
            editor->reject();
    });
}

void TestCustomFieldsDialog::addThroughEditorUndoRedo()
{
    answerEditor([](ui::FieldEditorDialog* editor) {
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("labelLineEdit")),
                         QStringLiteral("VIP level"));
        auto* type = editor->findChild<QComboBox*>(QStringLiteral("typeComboBox"));
        type->setCurrentIndex(type->findData(int(core::CustomFieldType::Choice)));
        auto* list = editor->findChild<QListWidget*>(QStringLiteral("choicesListWidget"));
        for (const QString& choice : {QStringLiteral("Gold"), QStringLiteral("Silver")}) {
            auto* item = new QListWidgetItem(choice, list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    });
    m_dialog->addField();
    QCOMPARE(liveKeys(), QStringList{QStringLiteral("vip_level")});
    const core::CustomFieldDef stored =
        fields().byKey(core::FieldEntity::Customers, QStringLiteral("vip_level")).value();
    QCOMPARE(stored.label, QStringLiteral("VIP level"));
    QCOMPARE(stored.type, core::CustomFieldType::Choice);
    QCOMPARE(stored.choices, (QStringList{QStringLiteral("Gold"), QStringLiteral("Silver")}));
    QCOMPARE(m_dialog->listedFields().size(), 1);
    QCOMPARE(m_dialog->selectedId(), stored.id);

    m_stack->undo();
    QVERIFY(liveKeys().isEmpty());
    QVERIFY(m_dialog->listedFields().isEmpty());
    m_stack->redo();
    QCOMPARE(liveKeys(), QStringList{QStringLiteral("vip_level")});
    QCOMPARE(fields().byKey(core::FieldEntity::Customers, QStringLiteral("vip_level"))->id,
             stored.id);
}

void TestCustomFieldsDialog::keySuggestedFromLabel()
{
    makeField(QStringLiteral("vip_level"), QStringLiteral("VIP"));
    QStringList seen;
    answerEditor([&seen](ui::FieldEditorDialog* editor) {
        auto* label = editor->findChild<QLineEdit*>(QStringLiteral("labelLineEdit"));
        auto* key = editor->findChild<QLineEdit*>(QStringLiteral("keyLineEdit"));
        QTest::keyClicks(label, QStringLiteral("VIP level"));
        seen << key->text(); // taken: another one suggested
        key->clear();
        QTest::keyClicks(key, QStringLiteral("tier"));
        QTest::keyClicks(label, QStringLiteral(" 2"));
        seen << key->text(); // the user's key stays
    });
    m_dialog->addField();
    QCOMPARE(seen.size(), 2);
    QVERIFY(seen.at(0).startsWith(QStringLiteral("vip_level")));
    QVERIFY(seen.at(0) != QStringLiteral("vip_level"));
    QCOMPARE(seen.at(1), QStringLiteral("tier"));
    QVERIFY(liveKeys().contains(QStringLiteral("tier")));
}

void TestCustomFieldsDialog::deleteKeepsValuesAndUndoRestores()
{
    const core::RowId field = makeField(QStringLiteral("vip_level"), QStringLiteral("VIP level"));
    const core::RowId customer = makeCustomer(
        QStringLiteral("李娜"), {{QStringLiteral("vip_level"), QStringLiteral("Gold")}});
    QVERIFY(field && customer);
    QTRY_COMPARE(m_dialog->listedFields().size(), 1);
    m_dialog->selectField(field);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    m_dialog->deleteField();
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("VIP level")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("1 customer")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY(liveKeys().isEmpty());
    QVERIFY(m_dialog->listedFields().isEmpty());
    QCOMPARE(customOf(customer).value(QStringLiteral("vip_level")).toString(),
             QStringLiteral("Gold"));
    // Shown again with "Show deleted fields", marked deleted.
    m_dialog->setShowDeleted(true);
    QCOMPARE(m_dialog->listedFields().size(), 1);
    QVERIFY(m_dialog->listedFields().first().deleted);

    m_stack->undo();
    QCOMPARE(liveKeys(), QStringList{QStringLiteral("vip_level")});
    QVERIFY(!m_dialog->listedFields().first().deleted);
}

void TestCustomFieldsDialog::reorderAndUndo()
{
    const core::RowId a = makeField(QStringLiteral("a"), QStringLiteral("A"));
    const core::RowId b = makeField(QStringLiteral("b"), QStringLiteral("B"));
    makeField(QStringLiteral("c"), QStringLiteral("C"));
    QTRY_COMPARE(m_dialog->listedFields().size(), 3);
    m_dialog->selectField(b);
    m_dialog->moveUp();
    QCOMPARE(liveKeys(),
             (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(m_dialog->selectedId(), b);
    m_dialog->selectField(a);
    m_dialog->moveDown();
    QCOMPARE(liveKeys(),
             (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(liveKeys(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TestCustomFieldsDialog::renamingAChoiceRenamesValues()
{
    const core::RowId field = makeField(QStringLiteral("vip_level"), QStringLiteral("VIP level"),
                                        core::CustomFieldType::Choice,
                                        {QStringLiteral("Gold"), QStringLiteral("Silver")});
    const core::RowId customer = makeCustomer(
        QStringLiteral("王芳"), {{QStringLiteral("vip_level"), QStringLiteral("Gold")}});
    QVERIFY(field && customer);
    QTRY_COMPARE(m_dialog->listedFields().size(), 1);
    m_dialog->selectField(field);
    answerEditor([](ui::FieldEditorDialog* editor) {
        // The key of an existing field is fixed.
        QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("keyLineEdit"))->isReadOnly());
        QVERIFY(!editor->findChild<QComboBox*>(QStringLiteral("typeComboBox"))->isEnabled());
        auto* list = editor->findChild<QListWidget*>(QStringLiteral("choicesListWidget"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Gold"));
        list->item(0)->setText(QStringLiteral("Platinum"));
    });
    m_dialog->editField();
    QCOMPARE(fields().get(field)->choices,
             (QStringList{QStringLiteral("Platinum"), QStringLiteral("Silver")}));
    QCOMPARE(customOf(customer).value(QStringLiteral("vip_level")).toString(),
             QStringLiteral("Platinum"));
    m_stack->undo();
    QCOMPARE(fields().get(field)->choices,
             (QStringList{QStringLiteral("Gold"), QStringLiteral("Silver")}));
    QCOMPARE(customOf(customer).value(QStringLiteral("vip_level")).toString(),
             QStringLiteral("Gold"));
}

void TestCustomFieldsDialog::purgeAsksAndDropsValues()
{
    const core::RowId field = makeField(QStringLiteral("vip_level"), QStringLiteral("VIP level"));
    const core::RowId customer =
        makeCustomer(QStringLiteral("Ada"), {{QStringLiteral("vip_level"), QStringLiteral("x")},
                                             {QStringLiteral("other"), QStringLiteral("kept")}});
    QVERIFY(fields().remove(field).ok());
    m_dialog->setShowDeleted(true);
    QTRY_COMPARE(m_dialog->listedFields().size(), 1);
    m_dialog->selectField(field);
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    m_dialog->purgeField();
    QVERIFY(fields().get(field).ok()); // said no: nothing happened
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    m_dialog->purgeField();
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("cannot be undone")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY(!fields().get(field).ok());
    QVERIFY(m_dialog->listedFields().isEmpty());
    QVERIFY(!customOf(customer).contains(QStringLiteral("vip_level")));
}

// Pictures for a person to look at (RAPPORT_SCREENSHOTS=folder); skipped otherwise.
void TestCustomFieldsDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("RAPPORT_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("RAPPORT_SCREENSHOTS not set");
    makeField(QStringLiteral("vip_level"), QStringLiteral("VIP level"),
              core::CustomFieldType::Choice, {QStringLiteral("Gold"), QStringLiteral("Silver")});
    makeField(QStringLiteral("renewal"), QStringLiteral("Contract renewal"),
              core::CustomFieldType::Date);
    makeField(QStringLiteral("interests"), QStringLiteral("兴趣爱好"),
              core::CustomFieldType::MultiChoice,
              {QStringLiteral("茶叶"), QStringLiteral("Golf"), QStringLiteral("摄影")});
    makeField(QStringLiteral("newsletter"), QStringLiteral("Newsletter"),
              core::CustomFieldType::Bool);
    makeField(QStringLiteral("source"), QStringLiteral("客户来源"), core::CustomFieldType::Text);
    QTRY_COMPARE(m_dialog->listedFields().size(), 5);
    m_dialog->selectField(m_dialog->listedFields().at(1).id);
    QVERIFY(m_dialog->grab().save(folder + QStringLiteral("/customfields.png")));

    ui::CustomerDialog customer({});
    customer.setCustomFields(fields().fields(core::FieldEntity::Customers).value());
    core::Customer c;
    c.id = 1;
    c.name = QStringLiteral("王芳");
    c.custom = QStringLiteral(
        R"({"vip_level":"Gold","renewal":"2025-06-30","interests":["茶叶","摄影"],"newsletter":true})");
    customer.setCustomer(c);
    customer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&customer));
    QVERIFY(customer.grab().save(folder + QStringLiteral("/customerdialog.png")));

    QTimer::singleShot(0, this, [folder] {
        auto* editor = qobject_cast<ui::FieldEditorDialog*>(QApplication::activeModalWidget());
        QVERIFY(editor);
        QVERIFY(editor->grab().save(folder + QStringLiteral("/fieldeditor.png")));
        editor->reject();
    });
    m_dialog->selectField(m_dialog->listedFields().at(0).id);
    m_dialog->editField();
}

QTEST_MAIN(TestCustomFieldsDialog)
#include "test_customfieldsdialog.moc"
