#include "FixedClock.h"
#include "TempDatabase.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/DealRepository.h"
#include "storage/PipelineRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace rapport;
using core::Deal;
using core::Error;
using core::RowId;

class TestDeals : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::FixedClock> m_clock;
    core::Pipeline m_pipeline; // Lead, Qualified, Proposal, Negotiation, Won, Lost

    core::DealRepository deals()
    {
        return core::DealRepository(m_temp->connection(), nullptr, *m_clock);
    }
    RowId stageId(int index) const { return m_pipeline.stages.at(index).id; }

    RowId deal(const QString& title, int stage, std::int64_t amountMinor = 0,
               const QString& currency = QStringLiteral("CNY"))
    {
        Deal d;
        d.title = title;
        d.pipelineId = m_pipeline.id;
        d.stageId = stageId(stage);
        d.amountMinor = amountMinor;
        d.currency = currency;
        auto id = deals().create(d);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    QStringList titlesIn(int stage)
    {
        QStringList titles;
        const auto list = deals().dealsInStage(stageId(stage));
        if (list) {
            for (int i = 0; i < list->size(); ++i) {
                titles << list->at(i).title;
                // Positions stay dense and in board order.
                if (list->at(i).position != i)
                    titles
                        << QStringLiteral("<position %1 at %2>").arg(list->at(i).position).arg(i);
            }
        }
        return titles;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
        m_clock = std::make_unique<testing::FixedClock>(
            QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()));
        core::PipelineRepository pipelines(m_temp->connection(), nullptr, *m_clock);
        auto id = pipelines.createDefault();
        QVERIFY(id);
        m_pipeline = *pipelines.get(*id);
    }

    void cleanup() { m_temp.reset(); }

    void validates_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("withStage");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("probability"); // -2: the stage's
        QTest::addColumn<QString>("field");   // empty: valid
        QTest::addRow("valid") << "Tea for 2027" << true << qint64(100) << "CNY" << -2 << "";
        QTest::addRow("probability 0") << "T" << true << qint64(0) << "USD" << 0 << "";
        QTest::addRow("probability 100") << "T" << true << qint64(0) << "cny" << 100 << "";
        QTest::addRow("no title") << "   " << true << qint64(0) << "CNY" << -2 << "title";
        QTest::addRow("no stage") << "T" << false << qint64(0) << "CNY" << -2 << "stage";
        QTest::addRow("negative amount") << "T" << true << qint64(-1) << "CNY" << -2 << "amount";
        QTest::addRow("bad currency") << "T" << true << qint64(0) << "RMB1" << -2 << "currency";
        QTest::addRow("probability 101")
            << "T" << true << qint64(0) << "CNY" << 101 << "probability";
        QTest::addRow("probability -1") << "T" << true << qint64(0) << "CNY" << -1 << "probability";
    }

    void validates()
    {
        QFETCH(QString, title);
        QFETCH(bool, withStage);
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QFETCH(int, probability);
        QFETCH(QString, field);
        Deal d;
        d.title = title;
        if (withStage) {
            d.pipelineId = m_pipeline.id;
            d.stageId = stageId(0);
        }
        d.amountMinor = amount;
        d.currency = currency;
        if (probability != -2)
            d.probability = probability;
        const auto status = core::DealRepository::validate(d);
        auto created = deals().create(d);
        if (field.isEmpty()) {
            QVERIFY2(status, qPrintable(status.error().message));
            QVERIFY2(created, qPrintable(created.error().message));
            QCOMPARE(deals().get(*created)->currency, currency.toUpper());
        } else {
            QVERIFY(!status);
            QCOMPARE(status.error().code, Error::Code::Validation);
            QCOMPARE(status.error().field, field);
            QVERIFY(!created);
            QCOMPARE(created.error().field, field);
        }
    }

    void refusesAStageOfAnotherPipeline()
    {
        core::PipelineRepository pipelines(m_temp->connection());
        core::PipelineStage s;
        s.name = QStringLiteral("Only");
        auto other = pipelines.createPipeline(QStringLiteral("Other"), {s});
        QVERIFY(other);
        Deal d;
        d.title = QStringLiteral("Mixed up");
        d.pipelineId = m_pipeline.id;
        d.stageId = pipelines.get(*other)->stages.first().id;
        auto created = deals().create(d);
        QVERIFY(!created);
        QCOMPARE(created.error().field, QStringLiteral("stage"));
    }

    void storesAndReadsEveryField()
    {
        core::CustomerRepository customers(m_temp->connection());
        core::Customer c;
        c.name = QStringLiteral("张伟");
        auto customerId = customers.create(c);
        QVERIFY(customerId);

        Deal d;
        d.title = QStringLiteral("  Green tea  contract ");
        d.pipelineId = m_pipeline.id;
        d.stageId = stageId(2);
        d.customerId = *customerId;
        d.amountMinor = 1234550;
        d.currency = QStringLiteral("CNY");
        d.expectedCloseOn = QDate(2026, 6, 30);
        d.owner = QStringLiteral("李娜");
        d.probability = 60;
        d.notes = QStringLiteral("Call back in May");
        auto id = deals().create(d);
        QVERIFY2(id, qPrintable(id.error().message));
        auto read = deals().get(*id);
        QVERIFY(read);
        QCOMPARE(read->title, QStringLiteral("Green tea contract"));
        QCOMPARE(read->customerName, QStringLiteral("张伟"));
        QCOMPARE(read->stageName, QStringLiteral("Proposal"));
        QCOMPARE(read->amountMinor, 1234550);
        QCOMPARE(read->expectedCloseOn, QDate(2026, 6, 30));
        QCOMPARE(read->probability, std::optional<int>(60));
        QCOMPARE(read->stageProbability, 50);
        QCOMPARE(read->effectiveProbability(), 60);
        QCOMPARE(read->stageChangedAt, QStringLiteral("2026-03-01T09:00:00.000Z"));

        read->probability.reset();
        read->expectedCloseOn = QDate();
        QVERIFY(deals().update(*read));
        read = deals().get(*id);
        QCOMPARE(read->probability, std::nullopt);
        QCOMPARE(read->effectiveProbability(), 50);
        QVERIFY(!read->expectedCloseOn.isValid());

        auto forCustomer = deals().dealsForCustomer(*customerId);
        QVERIFY(forCustomer);
        QCOMPARE(forCustomer->size(), 1);
        QCOMPARE(forCustomer->first().id, *id);
    }

    void movesWithinAStage()
    {
        const RowId a = deal(QStringLiteral("A"), 0);
        deal(QStringLiteral("B"), 0);
        deal(QStringLiteral("C"), 0);
        QCOMPARE(titlesIn(0),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        m_clock->advanceSecs(3600);
        QVERIFY(deals().move(a, stageId(0), 2));
        QCOMPARE(titlesIn(0),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
        // The stage did not change, so neither did its change time.
        QCOMPARE(deals().get(a)->stageChangedAt, QStringLiteral("2026-03-01T09:00:00.000Z"));
        QVERIFY(deals().move(a, stageId(0), -5)); // clamped to the top
        QCOMPARE(titlesIn(0),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    }

    void movingToTheSamePlaceIsANoOp()
    {
        core::ChangeHub hub;
        const RowId a = deal(QStringLiteral("A"), 0);
        deal(QStringLiteral("B"), 0);
        const QString updated = deals().get(a)->updatedAt;
        m_clock->advanceSecs(60);
        QSignalSpy spy(&hub, &core::ChangeHub::changed);
        core::DealRepository repo(m_temp->connection(), &hub, *m_clock);
        QVERIFY(repo.move(a, stageId(0), 0));
        QCOMPARE(spy.size(), 0);
        QCOMPARE(deals().get(a)->updatedAt, updated);
        QVERIFY(repo.move(a, stageId(0), 1));
        QCOMPARE(spy.size(), 1);
    }

    void movesAcrossStages()
    {
        const RowId a = deal(QStringLiteral("A"), 0);
        const RowId b = deal(QStringLiteral("B"), 0);
        deal(QStringLiteral("C"), 0);
        deal(QStringLiteral("X"), 1);
        deal(QStringLiteral("Y"), 1);
        m_clock->advanceSecs(86400);
        QVERIFY(deals().move(b, stageId(1), 1));
        QCOMPARE(titlesIn(0), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(titlesIn(1),
                 (QStringList{QStringLiteral("X"), QStringLiteral("B"), QStringLiteral("Y")}));
        QCOMPARE(deals().get(b)->stageChangedAt, QStringLiteral("2026-03-02T09:00:00.000Z"));
        QCOMPARE(deals().get(a)->stageChangedAt, QStringLiteral("2026-03-01T09:00:00.000Z"));
        // Past the end appends; an undo passes the old change time back.
        QVERIFY(deals().move(b, stageId(0), 99, QStringLiteral("2026-03-01T09:00:00.000Z")));
        QCOMPARE(titlesIn(0),
                 (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
        QCOMPARE(titlesIn(1), (QStringList{QStringLiteral("X"), QStringLiteral("Y")}));
        QCOMPARE(deals().get(b)->stageChangedAt, QStringLiteral("2026-03-01T09:00:00.000Z"));
        // Into an empty stage.
        QVERIFY(deals().move(a, stageId(3), 0));
        QCOMPARE(titlesIn(3), QStringList{QStringLiteral("A")});
        QCOMPARE(titlesIn(0), (QStringList{QStringLiteral("C"), QStringLiteral("B")}));
    }

    void updateMovesToTheNewStage()
    {
        deal(QStringLiteral("X"), 1);
        const RowId a = deal(QStringLiteral("A"), 0);
        m_clock->advanceSecs(60);
        Deal d = *deals().get(a);
        d.stageId = stageId(1);
        d.position = INT_MAX;
        QVERIFY(deals().update(d));
        QCOMPARE(titlesIn(1), (QStringList{QStringLiteral("X"), QStringLiteral("A")}));
        QVERIFY(titlesIn(0).isEmpty());
        QCOMPARE(deals().get(a)->stageChangedAt, QStringLiteral("2026-03-01T09:01:00.000Z"));
    }

    void totalsAndWeightedTotals()
    {
        deal(QStringLiteral("A"), 0, 100000);                 // Lead 10%
        deal(QStringLiteral("B"), 0, 50000);                  // Lead 10%
        const RowId c = deal(QStringLiteral("C"), 2, 200000); // Proposal 50%, overridden below
        deal(QStringLiteral("D"), 2, 99900, QStringLiteral("USD"));
        Deal withOwn = *deals().get(c);
        withOwn.probability = 80;
        QVERIFY(deals().update(withOwn));

        auto totals = deals().stageTotals(m_pipeline.id);
        QVERIFY2(totals, qPrintable(totals.error().message));
        QCOMPARE(totals->currency, QStringLiteral("CNY"));
        QVERIFY(totals->mixedCurrencies);
        QCOMPARE(totals->stages.size(), 6);
        const core::StageTotal lead = totals->stage(stageId(0));
        QCOMPARE(lead.count, 2);
        QCOMPARE(lead.amountMinor, 150000);
        QCOMPARE(lead.weightedMinor, 15000);
        QCOMPARE(lead.otherCurrencyCount, 0);
        const core::StageTotal proposal = totals->stage(stageId(2));
        QCOMPARE(proposal.count, 2);
        QCOMPARE(proposal.amountMinor, 200000);
        QCOMPARE(proposal.weightedMinor, 160000);
        QCOMPARE(proposal.otherCurrencyCount, 1);
        QCOMPARE(totals->stage(stageId(5)).count, 0);

        // A deleted deal no longer counts.
        QVERIFY(deals().remove(c));
        totals = deals().stageTotals(m_pipeline.id);
        QCOMPARE(totals->stage(stageId(2)).count, 1);
        QCOMPARE(totals->stage(stageId(2)).amountMinor, 0);
    }

    void detectsStaleDealsAtTheBoundary_data()
    {
        QTest::addColumn<qint64>("ageSecs");
        QTest::addColumn<int>("stage");
        QTest::addColumn<bool>("stale");
        const qint64 days30 = 30LL * 86400;
        QTest::addRow("29 days") << days30 - 86400 << 0 << false;
        QTest::addRow("exactly 30 days") << days30 << 0 << false;
        QTest::addRow("30 days and a second") << days30 + 1 << 0 << true;
        QTest::addRow("31 days") << days30 + 86400 << 3 << true;
        QTest::addRow("won, 90 days") << 3 * days30 << 4 << false;
        QTest::addRow("lost, 90 days") << 3 * days30 << 5 << false;
    }

    void detectsStaleDealsAtTheBoundary()
    {
        QFETCH(qint64, ageSecs);
        QFETCH(int, stage);
        QFETCH(bool, stale);
        const RowId id = deal(QStringLiteral("Quiet"), stage);
        m_clock->advanceSecs(ageSecs);
        const Deal d = *deals().get(id);
        QCOMPARE(deals().isStale(d, m_pipeline), stale);
        QCOMPARE(deals().staleDeals(m_pipeline)->size(), stale ? 1 : 0);
        QCOMPARE(core::DealRepository::daysWithoutChange(d, m_clock->nowUtc()),
                 int(ageSecs / 86400));
    }

    void anEditMakesADealFreshAgain()
    {
        const RowId id = deal(QStringLiteral("Quiet"), 0);
        m_clock->advanceSecs(40LL * 86400);
        QVERIFY(deals().isStale(*deals().get(id), m_pipeline));
        Deal d = *deals().get(id);
        d.notes = QStringLiteral("Called, still interested");
        QVERIFY(deals().update(d));
        QVERIFY(!deals().isStale(*deals().get(id), m_pipeline));
    }

    void softDeletesAndRestores()
    {
        const RowId a = deal(QStringLiteral("A"), 0);
        deal(QStringLiteral("B"), 0);
        QVERIFY(deals().remove(a));
        QCOMPARE(deals().get(a).error().code, Error::Code::NotFound);
        QCOMPARE(titlesIn(0).first(), QStringLiteral("B"));
        QCOMPARE(deals().remove(a).error().code, Error::Code::NotFound);
        QVERIFY(deals().restore(a));
        QVERIFY(deals().get(a));
        QCOMPARE(deals().restore(a).error().code, Error::Code::NotFound);
        QCOMPARE(titlesIn(0).size(), 2);
    }

    void validatesCustomFields()
    {
        core::CustomFieldRepository fields(m_temp->connection());
        core::CustomFieldDef def;
        def.entity = core::FieldEntity::Deals;
        def.key = QStringLiteral("source");
        def.label = QStringLiteral("Source");
        def.type = core::CustomFieldType::Choice;
        def.choices = {QStringLiteral("Web"), QStringLiteral("Fair")};
        def.required = true;
        auto defId = fields.create(def);
        QVERIFY2(defId, qPrintable(defId.error().message));

        Deal d;
        d.title = QStringLiteral("Fair lead");
        d.pipelineId = m_pipeline.id;
        d.stageId = stageId(0);
        auto missing = deals().create(d);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::Validation);

        d.custom = QStringLiteral(R"({"source":"Radio"})");
        auto wrong = deals().create(d);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::Validation);

        d.custom = QStringLiteral("not json");
        QCOMPARE(deals().create(d).error().field, QStringLiteral("custom"));

        d.custom = QStringLiteral(R"({"source":"Fair"})");
        auto id = deals().create(d);
        QVERIFY2(id, qPrintable(id.error().message));
        Deal stored = *deals().get(*id);
        stored.custom = QStringLiteral(R"({"source":"TV"})");
        QVERIFY(!deals().update(stored));
        QCOMPARE(deals().get(*id)->custom, QStringLiteral(R"({"source":"Fair"})"));
    }

    void pagesTheDealsList()
    {
        deal(QStringLiteral("Beta"), 1, 500);
        deal(QStringLiteral("Alpha"), 0, 100);
        core::TableQuery query(m_temp->connection(), core::DealRepository::tableDef());
        core::QuerySpec spec;
        spec.sortKey = QStringLiteral("title");
        spec.filters = {
            {QStringLiteral("pipeline"), QVariant::fromValue<qlonglong>(m_pipeline.id)}};
        auto rows = query.page(spec, 0, 10);
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE(rows->at(0).cells.at(query.columnIndex(QStringLiteral("title"))).toString(),
                 QStringLiteral("Alpha"));
        QCOMPARE(rows->at(0).cells.at(query.columnIndex(QStringLiteral("stage"))).toString(),
                 QStringLiteral("Lead"));
        for (const core::ColumnDef& column : query.definition().columns) {
            spec.sortKey = column.key;
            QVERIFY2(query.page(spec, 0, 10), qPrintable(column.key));
        }
    }
};

QTEST_GUILESS_MAIN(TestDeals)
#include "test_deals.moc"
