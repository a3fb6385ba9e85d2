#include "dialogs/OrderEditorDialog.h"

#include "TempDatabase.h"
#include "widgets/OrderLinesEditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace rapport;

// The order editor: unit prices default from the product, and the line and
// order totals follow every change.
class TestOrderDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void totalsFollowLines();
    void refusesWithoutCustomer();

private:
    std::unique_ptr<testing::TempDatabase> m_db;
    std::unique_ptr<ui::OrderEditorDialog> m_dialog;
};

void TestOrderDialog::init()
{
    m_db = std::make_unique<testing::TempDatabase>();
    QVERIFY(m_db->isValid());
    core::Product beans;
    beans.id = 1;
    beans.name = QStringLiteral("Espresso beans");
    beans.price.minor = 1250;
    core::Product tea;
    tea.id = 2;
    tea.name = QStringLiteral("龙井茶");
    tea.price.minor = 8800;
    m_dialog = std::make_unique<ui::OrderEditorDialog>(m_db->connection(),
                                                       QList<core::Product>{beans, tea});
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestOrderDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
}

void TestOrderDialog::totalsFollowLines()
{
    ui::OrderLinesEditor* lines = m_dialog->linesEditor();
    QTableWidget* table = lines->table();
    lines->addLine();
    QCOMPARE(lines->totalMinor(), std::int64_t(1250));
    auto* quantity =
        qobject_cast<QSpinBox*>(table->cellWidget(0, ui::OrderLinesEditor::QuantityColumn));
    quantity->setValue(3);
    QCOMPARE(lines->totalMinor(), std::int64_t(3750));

    lines->addLine();
    auto* product =
        qobject_cast<QComboBox*>(table->cellWidget(1, ui::OrderLinesEditor::ProductColumn));
    product->setCurrentIndex(1); // the tea: its price becomes the line's
    auto* price =
        qobject_cast<QLineEdit*>(table->cellWidget(1, ui::OrderLinesEditor::UnitPriceColumn));
    QCOMPARE(price->text(), QStringLiteral("88.00"));
    QCOMPARE(lines->totalMinor(), std::int64_t(3750 + 8800));

    price->clear();
    QTest::keyClicks(price, QStringLiteral("80.5"));
    QCOMPARE(lines->totalMinor(), std::int64_t(3750 + 8050));
    QVERIFY(m_dialog->totalText().contains(QStringLiteral("118.00")));

    table->setCurrentCell(0, ui::OrderLinesEditor::TotalColumn);
    lines->removeCurrentLine();
    QCOMPARE(lines->lineCount(), 1);
    QCOMPARE(lines->totalMinor(), std::int64_t(8050));
    const core::Order order = m_dialog->order();
    QCOMPARE(order.lines.size(), 1);
    QCOMPARE(order.lines[0].productId, core::RowId(2));
    QCOMPARE(order.totalMinor, std::int64_t(8050));
}

void TestOrderDialog::refusesWithoutCustomer()
{
    m_dialog->linesEditor()->addLine();
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
    auto* error = m_dialog->findChild<QLabel*>(QStringLiteral("customerErrorLabel"));
    QVERIFY(error && error->isVisible());
}

QTEST_MAIN(TestOrderDialog)
#include "test_orderdialog.moc"
