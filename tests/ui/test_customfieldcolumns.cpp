#include "MainWindowTest.h"

#include "Session.h"
#include "customize/CustomFieldCommands.h"
#include "models/PagedTableModel.h"
#include "panels/CustomersPanel.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;

// Custom fields as table columns, in the real main window: a field added
// through the undo stack appears as a column titled with its label, sorts,
// shows formatted values, and the header layout survives a changed column set.
class TestCustomFieldColumns : public testing::MainWindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void addedFieldBecomesAColumn();
    void onlyTheFirstThreeShow();
    void headerStateSurvivesNewColumns();

private:
    ui::CustomersPanel* panel() const { return m_window->findChild<ui::CustomersPanel*>(); }
    void addField(const QString& key, const QString& label, core::CustomFieldType type)
    {
        core::CustomFieldDef def;
        def.entity = core::FieldEntity::Customers;
        def.key = key;
        def.label = label;
        def.type = type;
        m_window->undoStack()->push(new ui::CreateFieldCommand(m_window->session(), def));
    }
    void addCustomer(const QString& name, const QJsonObject& custom)
    {
        core::Customer c;
        c.name = name;
        c.custom = QString::fromUtf8(QJsonDocument(custom).toJson(QJsonDocument::Compact));
        QVERIFY(
            core::CustomerRepository(m_window->session()->connection(), m_window->session()->hub())
                .create(c)
                .ok());
    }
};

void TestCustomFieldColumns::addedFieldBecomesAColumn()
{
    ui::PagedTableModel* model = panel()->model();
    const int before = model->columnCount();
    addField(QStringLiteral("budget"), QStringLiteral("Budget"), core::CustomFieldType::Money);
    addField(QStringLiteral("vip"), QStringLiteral("VIP"), core::CustomFieldType::Bool);
    QCOMPARE(model->columnCount(), before + 2);
    const int budget = model->columnIndex(QStringLiteral("custom.budget"));
    QVERIFY(budget >= 0);
    QCOMPARE(model->headerData(budget, Qt::Horizontal).toString(), QStringLiteral("Budget"));

    addCustomer(QStringLiteral("Ann"),
                {{QStringLiteral("budget"), 250000}, {QStringLiteral("vip"), true}});
    addCustomer(QStringLiteral("Bob"), {{QStringLiteral("budget"), 1050}});
    addCustomer(QStringLiteral("Cyd"), {{QStringLiteral("budget"), 99900}});
    QCOMPARE(model->rowCount(), 3);

    model->sort(budget, Qt::AscendingOrder);
    const int name = model->columnIndex(QStringLiteral("name"));
    QCOMPARE(model->index(0, name).data().toString(), QStringLiteral("Bob"));
    QCOMPARE(model->index(2, name).data().toString(), QStringLiteral("Ann"));
    model->sort(budget, Qt::DescendingOrder);
    QCOMPARE(model->index(0, name).data().toString(), QStringLiteral("Ann"));
    // Money with two decimals, right-aligned; yes/no as words.
    const QString shown = model->index(0, budget).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("2,500.00"))
                 || shown.contains(QStringLiteral("2500.00")),
             qPrintable(shown));
    QVERIFY(model->index(0, budget).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    const int vip = model->columnIndex(QStringLiteral("custom.vip"));
    QCOMPARE(model->index(0, vip).data().toString(), QStringLiteral("Yes"));

    // Undo removes the column again, keeping the sort of a column still there.
    m_window->undoStack()->undo();
    QCOMPARE(model->columnIndex(QStringLiteral("custom.vip")), -1);
    QCOMPARE(model->querySpec().sortKey, QStringLiteral("custom.budget"));
}

void TestCustomFieldColumns::onlyTheFirstThreeShow()
{
    for (int i = 1; i <= 5; ++i)
        addField(QStringLiteral("f%1").arg(i), QStringLiteral("F%1").arg(i),
                 core::CustomFieldType::Text);
    QHeaderView* header = panel()->view()->horizontalHeader();
    ui::PagedTableModel* model = panel()->model();
    for (int i = 1; i <= 5; ++i) {
        const int column = model->columnIndex(QStringLiteral("custom.f%1").arg(i));
        QVERIFY(column >= 0);
        QCOMPARE(header->isSectionHidden(column), i > 3);
    }
}

void TestCustomFieldColumns::headerStateSurvivesNewColumns()
{
    addField(QStringLiteral("a"), QStringLiteral("A"), core::CustomFieldType::Text);
    QHeaderView* header = panel()->view()->horizontalHeader();
    ui::PagedTableModel* model = panel()->model();
    const int email = model->columnIndex(QStringLiteral("email"));
    header->setSectionHidden(email, true);
    header->resizeSection(model->columnIndex(QStringLiteral("custom.a")), 77);
    addField(QStringLiteral("b"), QStringLiteral("B"), core::CustomFieldType::Text);
    QVERIFY(header->isSectionHidden(model->columnIndex(QStringLiteral("email"))));
    QCOMPARE(header->sectionSize(model->columnIndex(QStringLiteral("custom.a"))), 77);
    QVERIFY(!header->isSectionHidden(model->columnIndex(QStringLiteral("custom.b"))));
    // Columns removed from the middle keep every other column's state on its
    // own column (QHeaderView's saveState() would shift it).
    header->resizeSection(model->columnIndex(QStringLiteral("custom.b")), 55);
    const auto a = core::CustomFieldRepository(m_window->session()->connection())
                       .byKey(core::FieldEntity::Customers, QStringLiteral("a"));
    QVERIFY(a.ok());
    m_window->undoStack()->push(new ui::DeleteFieldCommand(m_window->session(), *a));
    QCOMPARE(model->columnIndex(QStringLiteral("custom.a")), -1);
    QCOMPARE(header->sectionSize(model->columnIndex(QStringLiteral("custom.b"))), 55);
    QVERIFY(header->isSectionHidden(model->columnIndex(QStringLiteral("email"))));
    QVERIFY(!header->isSectionHidden(model->columnIndex(QStringLiteral("name"))));
}

QTEST_MAIN(TestCustomFieldColumns)
#include "test_customfieldcolumns.moc"
