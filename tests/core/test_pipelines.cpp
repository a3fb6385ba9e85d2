#include "TempDatabase.h"
#include "storage/DealRepository.h"
#include "storage/PipelineRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using core::Error;
using core::PipelineStage;
using core::StageOutcome;

class TestPipelines : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;

    core::PipelineRepository pipelines() { return core::PipelineRepository(m_temp->connection()); }

    static PipelineStage stage(const QString& name, int probability,
                               StageOutcome outcome = StageOutcome::Open)
    {
        PipelineStage s;
        s.name = name;
        s.probability = probability;
        s.outcome = outcome;
        return s;
    }

    QStringList stageNames(core::RowId pipelineId)
    {
        QStringList names;
        const auto p = pipelines().get(pipelineId);
        if (p) {
            for (const PipelineStage& s : p->stages)
                names << s.name;
        }
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    }

    void cleanup() { m_temp.reset(); }

    void createsTheDefaultPipeline()
    {
        core::ChangeHub hub;
        QSignalSpy spy(&hub, &core::ChangeHub::changed);
        core::PipelineRepository repo(m_temp->connection(), &hub);
        auto id = repo.createDefault();
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).value<core::Entity>(), core::Entity::Pipeline);

        auto all = repo.pipelines();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        const core::Pipeline& p = all->first();
        QCOMPARE(p.name, QStringLiteral("Sales"));
        QCOMPARE(p.staleAfterDays, 30);
        QCOMPARE(stageNames(p.id),
                 (QStringList{QStringLiteral("Lead"), QStringLiteral("Qualified"),
                              QStringLiteral("Proposal"), QStringLiteral("Negotiation"),
                              QStringLiteral("Won"), QStringLiteral("Lost")}));
        QList<int> probabilities;
        for (const PipelineStage& s : p.stages)
            probabilities << s.probability;
        QCOMPARE(probabilities, (QList<int>{10, 25, 50, 75, 100, 0}));
        QCOMPARE(p.stages[4].outcome, StageOutcome::Won);
        QCOMPARE(p.stages[5].outcome, StageOutcome::Lost);
        QCOMPARE(p.stages[0].outcome, StageOutcome::Open);
        for (int i = 0; i < p.stages.size(); ++i)
            QCOMPARE(p.stages[i].position, i);
    }

    void refusesInvalidPipelines_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("stages");
        QTest::addColumn<int>("probability");
        QTest::addColumn<int>("staleDays");
        QTest::addColumn<QString>("field");
        QTest::addRow("no name") << "  " << 1 << 10 << 30 << "name";
        QTest::addRow("no stage") << "Sales" << 0 << 10 << 30 << "stage";
        QTest::addRow("probability over 100") << "Sales" << 1 << 101 << 30 << "probability";
        QTest::addRow("negative probability") << "Sales" << 1 << -1 << 30 << "probability";
        QTest::addRow("zero stale days") << "Sales" << 1 << 10 << 0 << "stale_after_days";
    }

    void refusesInvalidPipelines()
    {
        QFETCH(QString, name);
        QFETCH(int, stages);
        QFETCH(int, probability);
        QFETCH(int, staleDays);
        QFETCH(QString, field);
        QList<PipelineStage> list;
        for (int i = 0; i < stages; ++i)
            list << stage(QStringLiteral("S%1").arg(i), probability);
        auto id = pipelines().createPipeline(name, list, staleDays);
        QVERIFY(!id);
        QCOMPARE(id.error().code, Error::Code::Validation);
        QCOMPARE(id.error().field, field);
        auto all = pipelines().pipelines();
        QVERIFY(all);
        QVERIFY(all->isEmpty());
    }

    void renamesSetsStaleDaysAndSoftDeletes()
    {
        auto id = pipelines().createDefault();
        QVERIFY(id);
        QVERIFY(pipelines().rename(*id, QStringLiteral("  大客户  销售 ")));
        QVERIFY(pipelines().setStaleAfterDays(*id, 14));
        auto p = pipelines().get(*id);
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("大客户 销售"));
        QCOMPARE(p->staleAfterDays, 14);
        QCOMPARE(pipelines().setStaleAfterDays(*id, 0).error().field,
                 QStringLiteral("stale_after_days"));

        QVERIFY(pipelines().remove(*id));
        QVERIFY(pipelines().pipelines()->isEmpty());
        QCOMPARE(pipelines().get(*id).error().code, Error::Code::NotFound);
        QCOMPARE(pipelines().remove(*id).error().code, Error::Code::NotFound);
        QVERIFY(pipelines().restore(*id));
        QCOMPARE(pipelines().pipelines()->size(), 1);
    }

    void addsUpdatesAndReordersStages()
    {
        auto id = pipelines().createPipeline(
            QStringLiteral("P"), {stage(QStringLiteral("A"), 10), stage(QStringLiteral("B"), 20)});
        QVERIFY(id);
        auto c = pipelines().addStage(*id, stage(QStringLiteral("C"), 30, StageOutcome::Won));
        QVERIFY2(c, qPrintable(c.error().message));
        QCOMPARE(stageNames(*id),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(pipelines().stage(*c)->position, 2);

        PipelineStage changed = *pipelines().stage(*c);
        changed.name = QStringLiteral("成交");
        changed.probability = 90;
        changed.outcome = StageOutcome::Lost;
        QVERIFY(pipelines().updateStage(changed));
        QCOMPARE(*pipelines().stage(*c), changed);

        auto p = pipelines().get(*id);
        const core::RowId a = p->stages[0].id;
        const core::RowId b = p->stages[1].id;
        QVERIFY(pipelines().reorderStages(*id, {*c, a, b}));
        QCOMPARE(stageNames(*id),
                 (QStringList{QStringLiteral("成交"), QStringLiteral("A"), QStringLiteral("B")}));
        p = pipelines().get(*id);
        for (int i = 0; i < p->stages.size(); ++i)
            QCOMPARE(p->stages[i].position, i);
        // An order that leaves a stage out, or names one twice, is refused.
        QCOMPARE(pipelines().reorderStages(*id, {a, b}).error().code, Error::Code::InvalidArgument);
        QCOMPARE(pipelines().reorderStages(*id, {a, a, b}).error().code,
                 Error::Code::InvalidArgument);
    }

    void refusesToRemoveAStageWithDeals()
    {
        auto id = pipelines().createPipeline(
            QStringLiteral("P"), {stage(QStringLiteral("A"), 10), stage(QStringLiteral("B"), 20)});
        QVERIFY(id);
        const auto p = *pipelines().get(*id);
        core::DealRepository deals(m_temp->connection());
        for (const QString& title : {QStringLiteral("One"), QStringLiteral("Two")}) {
            core::Deal d;
            d.title = title;
            d.pipelineId = *id;
            d.stageId = p.stages[0].id;
            QVERIFY(deals.create(d));
        }
        const auto refused = pipelines().removeStage(p.stages[0].id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Validation);
        QVERIFY2(refused.error().message.contains(QStringLiteral("2 deal")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("Move them")));
        QCOMPARE(*pipelines().liveDealCount(p.stages[0].id), 2);

        // The empty stage goes; the last one left must stay.
        QVERIFY(pipelines().removeStage(p.stages[1].id));
        QCOMPARE(stageNames(*id), QStringList{QStringLiteral("A")});
        const auto last = pipelines().removeStage(p.stages[0].id);
        QVERIFY(!last);
        QCOMPARE(last.error().code, Error::Code::Validation);
        QVERIFY(pipelines().restoreStage(p.stages[1].id));
        QCOMPARE(stageNames(*id), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    }
};

QTEST_GUILESS_MAIN(TestPipelines)
#include "test_pipelines.moc"
