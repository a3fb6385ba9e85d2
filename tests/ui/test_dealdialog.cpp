#include "pipeline/DealDialog.h"

#include "TempDatabase.h"
#include "storage/PipelineRepository.h"
#include "widgets/FormValidation.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QtTest>

#include <climits>

using namespace rapport;

// The deal dialog: what it refuses and where it says so, and the deal it
// hands back (probability left to the stage, a changed stage sent to the end).
class TestDealDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validates_data();
    void validates();
    void returnsWhatWasTyped();
    void aChangedStageGoesToTheEnd();

private:
    std::unique_ptr<testing::TempDatabase> m_temp;
    QList<core::Pipeline> m_pipelines;
    std::unique_ptr<ui::DealDialog> m_dialog;
};

void TestDealDialog::init()
{
    m_temp = std::make_unique<testing::TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    core::PipelineRepository pipelines(m_temp->connection());
    QVERIFY(pipelines.createDefault());
    m_pipelines = *pipelines.pipelines();
    m_dialog = std::make_unique<ui::DealDialog>(m_temp->connection(), m_pipelines);
    core::Deal deal;
    deal.pipelineId = m_pipelines.first().id;
    deal.stageId = m_pipelines.first().stages.first().id;
    m_dialog->setDeal(deal);
}

void TestDealDialog::cleanup()
{
    m_dialog.reset();
    m_temp.reset();
}

void TestDealDialog::validates_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addRow("valid") << "Tea for the fair"
                           << "1200.50"
                           << "";
    QTest::addRow("empty amount is zero") << "茶叶订单"
                                          << ""
                                          << "";
    QTest::addRow("thousands separators") << "T"
                                          << "12,000"
                                          << "";
    QTest::addRow("no title") << "  "
                              << "10"
                              << "title";
    QTest::addRow("not a number") << "T"
                                  << "lots"
                                  << "amount";
    QTest::addRow("negative") << "T"
                              << "-5"
                              << "amount";
}

void TestDealDialog::validates()
{
    QFETCH(QString, title);
    QFETCH(QString, amount);
    QFETCH(QString, field);
    m_dialog->titleEdit()->setText(title);
    m_dialog->amountEdit()->setText(amount);
    QCOMPARE(m_dialog->validate(), field.isEmpty());
    if (!field.isEmpty())
        QVERIFY(!m_dialog->validation()->error(field).isEmpty());
}

void TestDealDialog::returnsWhatWasTyped()
{
    m_dialog->titleEdit()->setText(QStringLiteral("  Spring  fair "));
    m_dialog->amountEdit()->setText(QStringLiteral("1,234.5"));
    QVERIFY(m_dialog->validate());
    core::Deal d = m_dialog->deal();
    QCOMPARE(d.title, QStringLiteral("Spring fair"));
    QCOMPARE(d.amountMinor, 123450);
    QCOMPARE(d.currency, QStringLiteral("CNY"));
    QCOMPARE(d.probability, std::nullopt); // the spin box shows "Stage's (10 %)"
    QVERIFY(m_dialog->probabilitySpin()->specialValueText().contains(QStringLiteral("10")));
    m_dialog->probabilitySpin()->setValue(40);
    QCOMPARE(m_dialog->deal().probability, std::optional<int>(40));
    QVERIFY(!m_dialog->deal().expectedCloseOn.isValid());
}

void TestDealDialog::aChangedStageGoesToTheEnd()
{
    core::Deal stored;
    stored.id = 7;
    stored.title = QStringLiteral("Stored");
    stored.pipelineId = m_pipelines.first().id;
    stored.stageId = m_pipelines.first().stages.at(1).id;
    stored.position = 3;
    m_dialog->setDeal(stored);
    QCOMPARE(m_dialog->stageCombo()->currentText(), QStringLiteral("Qualified"));
    QCOMPARE(m_dialog->deal().position, 3); // unchanged stage: place kept
    m_dialog->stageCombo()->setCurrentIndex(2);
    const core::Deal moved = m_dialog->deal();
    QCOMPARE(moved.stageId, m_pipelines.first().stages.at(2).id);
    QCOMPARE(moved.position, INT_MAX);
}

QTEST_MAIN(TestDealDialog)
#include "test_dealdialog.moc"
