#include "dedupe/MergeDialog.h"

#include "MainActions.h"
#include "MainWindow.h"
#include "Session.h"
#include "common/Settings.h"
#include "dedupe/DuplicateGroupModel.h"
#include "dedupe/DuplicatesDialog.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;

namespace {
// Clicks a radio button or check box on its indicator, as a user does (a wide
// grid cell makes the widget's centre empty space, which clicks miss).
void click(QAbstractButton* button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}
} // namespace

// The merge dialog and the duplicate list on a temporary database: choosing a
// field from another record, the kept record, leaving a record out, the list
// of groups, and Edit › Undo through the window's undo stack.
class TestMergeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergesWithAFieldFromTheSecondRecord();
    void keeperCanBeChanged();
    void recordsCanBeLeftOut();
    void failedMergeStaysOpen();
    void duplicateListFindsAndMerges();
    void windowHasTheToolsAction();

private:
    core::RowId addCustomer(const core::Customer& customer);
    core::RowId addOrder(core::RowId customerId);
    core::CustomerRepository customers() const
    {
        return core::CustomerRepository(m_session->connection(), m_session->hub());
    }
    std::unique_ptr<ui::MergeDialog> openDialog(const QList<core::RowId>& ids);
    template<typename T>
    T* child(QWidget* parent, const QString& name) const
    {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    core::RowId m_product = 0;
};

void TestMergeDialog::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = ui::Session::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    m_stack = std::make_unique<QUndoStack>();
    core::Product product;
    product.sku = QStringLiteral("ESP-1");
    product.name = QStringLiteral("Espresso beans");
    product.price.minor = 1250;
    m_product = core::ProductRepository(m_session->connection()).create(product).value();
}

void TestMergeDialog::cleanup()
{
    m_stack.reset();
    m_session.reset();
}

core::RowId TestMergeDialog::addCustomer(const core::Customer& customer)
{
    auto id = customers().create(customer);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

core::RowId TestMergeDialog::addOrder(core::RowId customerId)
{
    core::Order order;
    order.customerId = customerId;
    order.orderedOn = QDate(2025, 5, 1);
    core::OrderLine line;
    line.productId = m_product;
    line.unitPriceMinor = 1250;
    order.lines = {line};
    auto id = core::OrderRepository(m_session->connection()).create(order);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

std::unique_ptr<ui::MergeDialog> TestMergeDialog::openDialog(const QList<core::RowId>& ids)
{
    auto candidates = core::CustomerMerge(m_session->connection()).candidates(ids);
    if (!candidates)
        qFatal("%s", qPrintable(candidates.error().message));
    auto dialog = std::make_unique<ui::MergeDialog>(m_session.get(), m_stack.get(), *candidates);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("merge dialog not exposed");
    return dialog;
}

void TestMergeDialog::mergesWithAFieldFromTheSecondRecord()
{
    core::Customer first;
    first.name = QStringLiteral("王芳");
    first.email = QStringLiteral("fang.wang@example.com");
    first.phone = QStringLiteral("138 0013 8000");
    first.city = QStringLiteral("北京");
    core::Customer second;
    second.name = QStringLiteral("Wang Fang");
    second.email = QStringLiteral("fang.wang@example.com");
    second.city = QStringLiteral("上海");
    second.address = QStringLiteral("南京路 88 号");
    second.optedOut = true;
    const core::RowId keeper = addCustomer(first);
    const core::RowId other = addCustomer(second);
    const core::RowId order1 = addOrder(other);
    const core::RowId order2 = addOrder(other);
    const core::Customer keeperBefore = *customers().get(keeper);
    const core::Customer otherBefore = *customers().get(other);

    auto dialog = openDialog({keeper, other});
    // Defaults: the kept record's values, gaps filled from the other record.
    QVERIFY(child<QRadioButton>(dialog.get(), QStringLiteral("cityRadio0"))->isChecked());
    QVERIFY(child<QRadioButton>(dialog.get(), QStringLiteral("addressRadio1"))->isChecked());
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("optOutPreview"))->text(),
             QStringLiteral("Opted out (locked)"));
    QVERIFY(child<QLabel>(dialog.get(), QStringLiteral("mergeSummaryLabel"))
                ->text()
                .startsWith(QStringLiteral("Merging moves 2 order")));

    click(child<QRadioButton>(dialog.get(), QStringLiteral("cityRadio1")));
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("cityPreview"))->text(),
             QStringLiteral("上海"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("mergeButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const core::Customer merged = *customers().get(keeper);
    QCOMPARE(merged.name, QStringLiteral("王芳"));
    QCOMPARE(merged.city, QStringLiteral("上海"));
    QCOMPARE(merged.address, QStringLiteral("南京路 88 号"));
    QCOMPARE(merged.phone, QStringLiteral("138 0013 8000"));
    QVERIFY(merged.optedOut);
    QCOMPARE(customers().get(other).error().code, core::Error::Code::NotFound);
    core::OrderRepository orders(m_session->connection());
    QCOMPARE(orders.get(order1)->customerId, keeper);
    QCOMPARE(orders.get(order2)->customerId, keeper);
    QCOMPARE(m_stack->count(), 1);
    // (Plural forms come from the English translation, which tests do not load.)
    QVERIFY(m_stack->undoText().startsWith(QStringLiteral("Merge 1 customer")));
    QVERIFY(m_stack->undoText().endsWith(QStringLiteral(" into 王芳")));

    m_stack->undo();
    const core::Customer keeperAfter = *customers().get(keeper);
    const core::Customer otherAfter = *customers().get(other);
    for (core::CustomerField f : core::FieldChoices::allFields()) {
        QCOMPARE(core::FieldChoices::text(keeperAfter, f),
                 core::FieldChoices::text(keeperBefore, f));
        QCOMPARE(core::FieldChoices::text(otherAfter, f), core::FieldChoices::text(otherBefore, f));
    }
    QVERIFY(!keeperAfter.optedOut);
    QVERIFY(otherAfter.optedOut);
    QCOMPARE(orders.get(order1)->customerId, other);
    QCOMPARE(orders.forCustomer(keeper)->size(), 0);

    m_stack->redo();
    QCOMPARE(customers().get(keeper)->city, QStringLiteral("上海"));
    QCOMPARE(orders.forCustomer(keeper)->size(), 2);
}

void TestMergeDialog::keeperCanBeChanged()
{
    core::Customer first;
    first.name = QStringLiteral("Ann Lee");
    first.email = QStringLiteral("ann@example.com");
    core::Customer second;
    second.name = QStringLiteral("Ann Lee-Smith");
    second.email = QStringLiteral("ann@example.com");
    second.city = QStringLiteral("Leeds");
    const core::RowId a = addCustomer(first);
    const core::RowId b = addCustomer(second);
    auto dialog = openDialog({a, b});
    QCOMPARE(dialog->keeperId(), a);
    QVERIFY(!child<QCheckBox>(dialog.get(), QStringLiteral("includeCheck0"))->isEnabled());

    click(child<QRadioButton>(dialog.get(), QStringLiteral("keepRadio1")));
    QCOMPARE(dialog->keeperId(), b);
    QCOMPARE(dialog->mergedIds(), QList<core::RowId>{a});
    QVERIFY(child<QRadioButton>(dialog.get(), QStringLiteral("nameRadio1"))->isChecked());
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("namePreview"))->text(),
             QStringLiteral("Ann Lee-Smith"));
    QVERIFY(child<QCheckBox>(dialog.get(), QStringLiteral("includeCheck0"))->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog.get(), QStringLiteral("includeCheck1"))->isEnabled());

    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("mergeButton")),
                      Qt::LeftButton);
    QVERIFY(customers().get(b));
    QCOMPARE(customers().get(a).error().code, core::Error::Code::NotFound);
}

void TestMergeDialog::recordsCanBeLeftOut()
{
    QList<core::RowId> ids;
    for (const QString& name :
         {QStringLiteral("Bo"), QStringLiteral("Bo"), QStringLiteral("Bob")}) {
        core::Customer c;
        c.name = name;
        c.phone = QStringLiteral("139 1111 2222");
        ids << addCustomer(c);
    }
    auto dialog = openDialog(ids);
    click(child<QCheckBox>(dialog.get(), QStringLiteral("includeCheck2")));
    QCOMPARE(dialog->mergedIds(), QList<core::RowId>{ids.at(1)});
    QVERIFY(!child<QRadioButton>(dialog.get(), QStringLiteral("nameRadio2"))->isEnabled());
    click(child<QCheckBox>(dialog.get(), QStringLiteral("includeCheck1")));
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("mergeButton"))->isEnabled());
    click(child<QCheckBox>(dialog.get(), QStringLiteral("includeCheck1")));
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("mergeButton")),
                      Qt::LeftButton);
    QVERIFY(customers().get(ids.at(0)));
    QVERIFY(!customers().get(ids.at(1)));
    QVERIFY(customers().get(ids.at(2))); // left out: untouched
}

void TestMergeDialog::failedMergeStaysOpen()
{
    core::Customer c;
    c.name = QStringLiteral("Cai");
    const core::RowId a = addCustomer(c);
    const core::RowId b = addCustomer(c);
    auto dialog = openDialog({a, b});
    QVERIFY(customers().remove(b)); // deleted elsewhere while the dialog is open
    const int shown = ui::MessageBox::count();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("mergeButton")),
                      Qt::LeftButton);
    QCOMPARE(ui::MessageBox::count(), shown + 1);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(customers().get(a));
}

void TestMergeDialog::duplicateListFindsAndMerges()
{
    core::Customer a;
    a.name = QStringLiteral("张伟");
    a.email = QStringLiteral("wei.zhang@example.com");
    core::Customer b = a;
    b.name = QStringLiteral("Zhang Wei");
    b.phone = QStringLiteral("138 0013 8000");
    core::Customer c;
    c.name = QStringLiteral("Wei Z.");
    c.phone = QStringLiteral("138-0013-8000");
    core::Customer loner;
    loner.name = QStringLiteral("Li Na");
    loner.email = QStringLiteral("na.li@example.com");
    const QList<core::RowId> ids = {addCustomer(a), addCustomer(b), addCustomer(c)};
    addCustomer(loner);
    addOrder(ids.at(2));

    ui::DuplicatesDialog dialog(m_session.get(), m_stack.get());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.search());
    ui::DuplicateGroupModel* model = dialog.model();
    QCOMPARE(model->groupCount(), 1);
    const QModelIndex group = model->index(0, 0);
    QCOMPARE(model->rowCount(group), 3);
    QVERIFY(group.data().toString().startsWith(
        QStringLiteral("Same e-mail: wei.zhang@example.com · Same phone: 13800138000 — 3 ")));
    QCOMPARE(model->index(0, ui::DuplicateGroupModel::NameColumn, group).data().toString(),
             QStringLiteral("张伟"));
    QCOMPARE(model->index(2, ui::DuplicateGroupModel::OrdersColumn, group).data().toString(),
             QStringLiteral("1"));
    QVERIFY(dialog.view()->isFirstColumnSpanned(0, QModelIndex()));
    QVERIFY(dialog.summaryText().startsWith(QStringLiteral("1 group")));

    // The merge dialog is modal: drive it from a queued call, as a user would.
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&sawDialog] {
        auto* merge = qobject_cast<ui::MergeDialog*>(QApplication::activeModalWidget());
        if (!merge)
            return;
        sawDialog = true;
        QTest::mouseClick(merge->findChild<QPushButton*>(QStringLiteral("mergeButton")),
                          Qt::LeftButton);
    });
    QVERIFY(dialog.mergeGroup(0));
    QVERIFY(sawDialog);
    QCOMPARE(model->groupCount(), 0);
    QVERIFY(dialog.summaryText().contains(QStringLiteral("No likely duplicates")));
    QVERIFY(customers().get(ids.at(0)));
    QVERIFY(!customers().get(ids.at(1)));
    QVERIFY(!customers().get(ids.at(2)));
    QCOMPARE(customers().get(ids.at(0))->phone, QStringLiteral("138 0013 8000"));
    QCOMPARE(core::OrderRepository(m_session->connection()).forCustomer(ids.at(0))->size(), 1);

    m_stack->undo();
    for (core::RowId id : ids)
        QVERIFY(customers().get(id));
    QVERIFY(dialog.search());
    QCOMPARE(model->groupCount(), 1);
}

void TestMergeDialog::windowHasTheToolsAction()
{
    core::Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings);
    QAction* action = window.actions()->findDuplicates;
    QVERIFY(!action->isEnabled()); // no database yet
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("window.db"))));
    QVERIFY(action->isEnabled());
    QStringList menus;
    for (QObject* object : action->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(object))
            menus << menu->title();
    }
    QCOMPARE(menus, QStringList{QStringLiteral("&Tools")});
}

QTEST_MAIN(TestMergeDialog)
#include "test_mergedialog.moc"
