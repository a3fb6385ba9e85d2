#include "Session.h"
#include "panels/CustomersPanel.h"
#include "storage/CustomerRepository.h"
#include "storage/TagRepository.h"
#include "tags/TagActions.h"
#include "tags/TagChip.h"
#include "tags/TagsDialog.h"
#include "widgets/MessageBox.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;
using core::RowId;

// Tags in the GUI: the Tags dialog (add, recolour, delete with undo bringing
// back the assignments) and tagging many selected customers in one step.
class TestTagsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addRecolourDeleteUndo();
    void tagsSelectedCustomersInOneStep();
    void chipTextIsReadable_data();
    void chipTextIsReadable();

private:
    RowId customer(const QString& name);
    core::TagRepository tags() const { return core::TagRepository(m_session->connection()); }
    ui::PanelContext context() const { return {m_session.get(), m_stack.get(), nullptr}; }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestTagsDialog::init()
{
    auto opened = ui::Session::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    m_stack = std::make_unique<QUndoStack>();
}

void TestTagsDialog::cleanup()
{
    m_stack.reset();
    m_session.reset();
}

RowId TestTagsDialog::customer(const QString& name)
{
    core::Customer c;
    c.name = name;
    auto id = core::CustomerRepository(m_session->connection(), m_session->hub()).create(c);
    return id ? *id : 0;
}

void TestTagsDialog::addRecolourDeleteUndo()
{
    const RowId a = customer(QStringLiteral("张伟")), b = customer(QStringLiteral("Li Na"));
    ui::TagsDialog dialog(context());
    QVERIFY(dialog.addTag(QStringLiteral("VIP"), QStringLiteral("#d4a017")));
    QVERIFY(dialog.addTag(QStringLiteral("老客户"), ui::TagsDialog::presetColors().at(3)));
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    // A second "vip" is refused and leaves no step behind.
    const int steps = m_stack->count();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog.addTag(QStringLiteral("vip"), QStringLiteral("#000000")));
    QCOMPARE(m_stack->count(), steps);

    const RowId vip = tags().byName(QStringLiteral("VIP"))->id;
    // Written elsewhere (another window's step): the dialog follows the hub.
    QVERIFY(
        core::TagRepository(m_session->connection(), m_session->hub()).addToCustomers(vip, {a, b}));
    QCOMPARE(dialog.list()->findItems(QStringLiteral("VIP"), Qt::MatchExactly).first()->text(1),
             QStringLiteral("2"));

    QVERIFY(dialog.recolorTag(vip, QStringLiteral("#4A90D9")));
    QCOMPARE(tags().get(vip)->color, QStringLiteral("#4a90d9"));
    m_stack->undo();
    QCOMPARE(tags().get(vip)->color, QStringLiteral("#d4a017"));
    QVERIFY(dialog.renameTag(vip, QStringLiteral("Gold")));
    QCOMPARE(tags().get(vip)->name, QStringLiteral("Gold"));

    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!dialog.deleteTag(vip));
    QVERIFY(tags().get(vip));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(dialog.deleteTag(vip));
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("2 customer")));
    QVERIFY(!tags().get(vip));
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    m_stack->undo();
    QCOMPARE(tags().get(vip)->name, QStringLiteral("Gold"));
    QCOMPARE(*tags().customersWith(vip), (QList<RowId>{a, b}));
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    if (const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOTS"); !dir.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/tagsdialog.png")));
    }
}

void TestTagsDialog::tagsSelectedCustomersInOneStep()
{
    QList<RowId> ids;
    for (const QString& name :
         {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        ids << customer(name);
    const auto lead = tags().create({0, QStringLiteral("Lead"), {}});
    QVERIFY(lead);
    QVERIFY(tags().addToCustomers(*lead, {ids.at(1)})); // B has it already

    ui::CustomersPanel panel(context());
    panel.show();
    panel.view()->selectAll();
    QCOMPARE(panel.selectedIds().size(), 4);
    const int steps = m_stack->count();
    QVERIFY(
        ui::TagActions::applyTag(context(), *tags().get(*lead), panel.selectedIds(), true, &panel));
    QCOMPARE(m_stack->count(), steps + 1);
    QCOMPARE(tags().usageCounts()->value(*lead), 4);
    m_stack->undo();
    // B had the tag before: the undo leaves it.
    QCOMPARE(*tags().customersWith(*lead), (QList<RowId>{ids.at(1)}));
    m_stack->redo();
    QCOMPARE(tags().usageCounts()->value(*lead), 4);

    // A new tag on the selection: one step too.
    QVERIFY(ui::TagActions::createAndApply(context(), QStringLiteral("重点"),
                                           {ids.at(0), ids.at(2)}, &panel));
    QCOMPARE(m_stack->count(), steps + 2);
    const RowId key = tags().byName(QStringLiteral("重点"))->id;
    QCOMPARE(*tags().customersWith(key), (QList<RowId>{ids.at(0), ids.at(2)}));
    m_stack->undo();
    QVERIFY(!tags().byName(QStringLiteral("重点")));
    m_stack->redo();
    QCOMPARE(*tags().customersWith(key), (QList<RowId>{ids.at(0), ids.at(2)}));
}

void TestTagsDialog::chipTextIsReadable_data()
{
    QTest::addColumn<QString>("color");
    QTest::addColumn<QColor>("text");
    QTest::addRow("yellow") << QStringLiteral("#e8c547") << QColor(Qt::black);
    QTest::addRow("navy") << QStringLiteral("#1f2a6b") << QColor(Qt::white);
    QTest::addRow("white") << QStringLiteral("#ffffff") << QColor(Qt::black);
    QTest::addRow("red") << QStringLiteral("#c0392b") << QColor(Qt::white);
}

void TestTagsDialog::chipTextIsReadable()
{
    QFETCH(QString, color);
    QFETCH(QColor, text);
    QCOMPARE(ui::TagChip::textColorFor(QColor(color)), text);
}

QTEST_MAIN(TestTagsDialog)
#include "test_tagsdialog.moc"
