#include "Format.h"
#include "Session.h"
#include "demo/DemoGenerator.h"
#include "insights/CustomerValueBox.h"
#include "models/PagedTableModel.h"
#include "panels/CustomerDetailPane.h"
#include "panels/CustomersPanel.h"
#include "storage/Sql.h"
#include "value/Rfm.h"
#include "value/ScoringService.h"
#include "views/FilterConditionRow.h"
#include "views/FilterEditor.h"
#include "views/FilterGroupBox.h"
#include "views/FilterText.h"
#include "views/PanelViews.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;
using Op = core::FilterCondition::Op;

// The scores where people work with customers: columns in the customers table
// (out of the way until the first run, then shown, formatted, sortable and
// filterable) and the Value box on the customer card.
class TestCustomerScores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void columnsAppearWithTheFirstRun();
    void sortsAndFiltersOnScores();
    void cardShowsTheScores();

private:
    qint64 count(const QString& sql) const
    {
        auto n = core::sql::scalar(m_session->connection(), sql);
        return n ? n->toLongLong() : -1;
    }
    void score();

    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    QUndoStack m_stack;
    bool m_scored = false;
};

void TestCustomerScores::initTestCase()
{
    auto opened = ui::Session::open(m_dir.filePath(QStringLiteral("shop.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_session = std::move(opened).value();
    core::DemoOptions options;
    options.customers = 1200;
    options.seed = 11;
    core::SilentProgress progress;
    auto demo = core::DemoGenerator::generate(m_session->connection(), options, progress);
    QVERIFY2(demo, qPrintable(demo.error().message));
}

void TestCustomerScores::score()
{
    if (m_scored)
        return;
    core::SilentProgress progress;
    auto outcome = core::value::runScoring(m_session->connection(), {}, progress, m_session->hub());
    QVERIFY2(outcome, qPrintable(outcome.error().message));
    m_scored = true;
}

void TestCustomerScores::columnsAppearWithTheFirstRun()
{
    ui::CustomersPanel panel({m_session.get(), &m_stack, nullptr});
    panel.show();
    QHeaderView* header = panel.view()->horizontalHeader();
    const QStringList keys = {QStringLiteral("segment"), QStringLiteral("clv"),
                              QStringLiteral("churn_risk"), QStringLiteral("p_alive")};
    for (const QString& key : keys)
        QVERIFY2(header->isSectionHidden(panel.model()->columnIndex(key)), qPrintable(key));
    score(); // announced on the hub
    for (const QString& key : keys)
        QVERIFY2(!header->isSectionHidden(panel.model()->columnIndex(key)), qPrintable(key));
    QCOMPARE(panel.model()->headerData(panel.model()->columnIndex(QStringLiteral("clv")),
                                       Qt::Horizontal),
             QVariant(QStringLiteral("Lifetime value")));
}

void TestCustomerScores::sortsAndFiltersOnScores()
{
    score();
    ui::CustomersPanel panel({m_session.get(), &m_stack, nullptr});
    panel.show();
    ui::PagedTableModel* model = panel.model();
    // Highest lifetime value first: the first row is the best customer, shown as money.
    const int clv = model->columnIndex(QStringLiteral("clv"));
    panel.view()->horizontalHeader()->setSortIndicator(clv, Qt::DescendingOrder);
    QTRY_COMPARE(model->querySpec().sortKey, QStringLiteral("clv"));
    const qint64 best = count(QStringLiteral("SELECT customer_id FROM customer_scores ORDER BY "
                                             "clv_minor DESC, customer_id DESC LIMIT 1"));
    QTRY_COMPARE(model->idAt(0), best);
    const qint64 bestClv = count(
        QStringLiteral("SELECT clv_minor FROM customer_scores WHERE customer_id = %1").arg(best));
    QCOMPARE(model->index(0, clv).data().toString(), ui::Format::money(bestClv));
    const int segment = model->columnIndex(QStringLiteral("segment"));
    core::value::RfmSegment parsed{};
    QVERIFY(!model->index(0, segment).data().toString().isEmpty());
    QVERIFY2(!core::value::rfmSegmentFromKey(model->index(0, segment).data().toString(), &parsed),
             "the segment shows as its name, not its key");
    QVERIFY(model->index(0, model->columnIndex(QStringLiteral("churn_risk")))
                .data()
                .toString()
                .endsWith(QLatin1Char('%')));

    // A filter built in the editor: segment is Champions, churn risk below 30 %.
    ui::FilterEditorFields fields;
    fields.fields = model->definition().filterFields;
    ui::FilterEditor editor(fields);
    ui::FilterConditionRow* row = editor.rootGroup()->addCondition();
    row->fieldCombo()->setCurrentIndex(row->fieldCombo()->findData(QStringLiteral("segment")));
    auto* choice = qobject_cast<QComboBox*>(row->valueEditor());
    QVERIFY(choice);
    QCOMPARE(choice->count(), core::value::kRfmSegmentCount);
    choice->setCurrentIndex(choice->findData(QStringLiteral("champions")));
    QCOMPARE(choice->currentText(), QStringLiteral("Champions"));
    core::FilterGroup filter = editor.filter();
    QCOMPARE(filter.conditions.first().value.toString(), QStringLiteral("champions"));
    filter.conditions << core::FilterCondition{QStringLiteral("churn_risk"), Op::Less, 30};
    QCOMPARE(ui::FilterText::describe(filter, {}),
             QStringLiteral("Segment is Champions and Churn risk < 30"));
    panel.views()->setFilter(filter);
    const qint64 expected = count(QStringLiteral(
        "SELECT count(*) FROM customer_scores s JOIN customers c ON c.id = s.customer_id "
        "WHERE c.deleted_at IS NULL AND s.segment = 'champions' AND s.churn_risk * 100 < 30"));
    QVERIFY(expected > 0);
    QTRY_COMPARE(model->totalCount(), expected);
}

void TestCustomerScores::cardShowsTheScores()
{
    score();
    const qint64 someone = count(QStringLiteral("SELECT customer_id FROM customer_scores WHERE "
                                                "churn_risk > 0.5 ORDER BY customer_id LIMIT 1"));
    QVERIFY(someone > 0);
    ui::CustomerDetailPane pane(m_session.get());
    pane.show();
    pane.showCustomer(someone);
    ui::CustomerValueBox* box = pane.valueBox();
    QVERIFY(box->isVisible());
    const QStringList lines = box->lines();
    QVERIFY(lines.size() >= 3);
    auto segmentKey = core::sql::scalar(
        m_session->connection(),
        QStringLiteral("SELECT segment FROM customer_scores WHERE customer_id = %1").arg(someone));
    core::value::RfmSegment segment{};
    QVERIFY(core::value::rfmSegmentFromKey(segmentKey->toString(), &segment));
    QVERIFY2(lines.at(0).startsWith(core::value::rfmSegmentName(segment)), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Churn risk "))
                 && lines.at(2).contains(QStringLiteral("mostly from")),
             qPrintable(lines.at(2)));

    // A customer without a purchase has no score: the box is not there.
    const qint64 nobody = count(QStringLiteral(
        "SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customer_scores s "
        "WHERE s.customer_id = c.id) ORDER BY c.id LIMIT 1"));
    if (nobody > 0) {
        pane.showCustomer(nobody);
        QVERIFY(!box->isVisible());
    }
}

QTEST_MAIN(TestCustomerScores)
#include "test_customerscores.moc"
