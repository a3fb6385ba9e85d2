#include "TempDatabase.h"

#include "customize/StarterTemplates.h"
#include "storage/CustomFieldRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/SavedViewRepository.h"
#include "storage/TableQuery.h"

#include <QTest>

using namespace rapport;
using core::FieldEntity;

namespace {

int liveFieldCount(const QSqlDatabase& db)
{
    int count = 0;
    core::CustomFieldRepository fields(db);
    for (auto entity : {FieldEntity::Customers, FieldEntity::Companies, FieldEntity::Products,
                        FieldEntity::Orders, FieldEntity::Deals})
        count += int(fields.fields(entity)->size());
    return count;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesEveryTemplate_data()
    {
        QTest::addColumn<QString>("key");
        for (const core::StarterTemplateInfo& info : core::starterTemplates()) {
            QVERIFY(!info.name.isEmpty());
            QVERIFY(!info.description.isEmpty());
            QTest::newRow(qPrintable(info.key)) << info.key;
        }
        QCOMPARE(core::starterTemplates().size(), 4); // retail, B2B, clinic, education
    }

    // Each template creates fields, one pipeline with a won and a lost stage,
    // and views whose filters and sorts the table query accepts.
    void appliesEveryTemplate()
    {
        QFETCH(QString, key);
        testing::TempDatabase temp;
        QVERIFY2(temp.isValid(), qPrintable(temp.errorMessage()));
        const QSqlDatabase db = temp.connection();

        auto report = core::applyStarterTemplate(db, key);
        QVERIFY2(report, qPrintable(report.error().message));
        QVERIFY(report->fieldIds.size() >= 4);
        QCOMPARE(liveFieldCount(db), int(report->fieldIds.size()));
        QVERIFY(report->pipelineId > 0);

        auto pipeline = core::PipelineRepository(db).get(report->pipelineId);
        QVERIFY2(pipeline, qPrintable(pipeline.error().message));
        QCOMPARE(pipeline->stages.size(), report->stages);
        QCOMPARE(pipeline->stages.last().outcome, core::StageOutcome::Lost);
        QCOMPARE(pipeline->stages[pipeline->stages.size() - 2].outcome, core::StageOutcome::Won);

        QVERIFY(report->viewIds.size() >= 2);
        core::SavedViewRepository views(db);
        for (core::RowId id : report->viewIds) {
            auto view = views.get(id);
            QVERIFY2(view, qPrintable(view.error().message));
            auto def = core::tableDefWithCustomFields(db, view->entity);
            QVERIFY2(def, qPrintable(def.error().message));
            core::QuerySpec spec;
            spec.sortKey = view->sortKey;
            spec.descending = view->descending;
            spec.where = view->filter;
            const core::TableQuery query(db, *def);
            auto counted = query.count(spec);
            QVERIFY2(counted,
                     qPrintable(view->name + QStringLiteral(": ") + counted.error().message));
            auto page = query.page(spec, 0, 10);
            QVERIFY2(page, qPrintable(view->name + QStringLiteral(": ") + page.error().message));
        }
    }

    // Applying twice adds nothing and says what it kept.
    void applyingTwiceKeepsWhatExists()
    {
        testing::TempDatabase temp;
        const QSqlDatabase db = temp.connection();
        auto first = core::applyStarterTemplate(db, QStringLiteral("retail"));
        QVERIFY(first);
        auto second = core::applyStarterTemplate(db, QStringLiteral("retail"));
        QVERIFY2(second, qPrintable(second.error().message));
        QVERIFY(second->fieldIds.isEmpty());
        QCOMPARE(second->fieldsKept.size(), first->fieldIds.size());
        QCOMPARE(second->pipelineId, 0);
        QVERIFY(second->viewIds.isEmpty());
        QCOMPARE(second->viewsKept.size(), first->viewIds.size());
        QCOMPARE(core::PipelineRepository(db).pipelines()->size(), 1);
    }

    // The undo of an apply hides all it made; the redo brings the same rows back.
    void withdrawAndReinstate()
    {
        testing::TempDatabase temp;
        const QSqlDatabase db = temp.connection();
        auto report = core::applyStarterTemplate(db, QStringLiteral("education"));
        QVERIFY(report);
        const int fields = liveFieldCount(db);

        QVERIFY(core::withdrawStarterTemplate(db, *report));
        QCOMPARE(liveFieldCount(db), 0);
        QVERIFY(core::PipelineRepository(db).pipelines()->isEmpty());
        QVERIFY(core::SavedViewRepository(db).all()->isEmpty());

        QVERIFY(core::reinstateStarterTemplate(db, *report));
        QCOMPARE(liveFieldCount(db), fields);
        QCOMPARE(core::PipelineRepository(db).pipelines()->first().id, report->pipelineId);
        QCOMPARE(core::SavedViewRepository(db).all()->size(), report->viewIds.size());
    }

    void unknownTemplateIsAClearError()
    {
        testing::TempDatabase temp;
        auto report = core::applyStarterTemplate(temp.connection(), QStringLiteral("bakery"));
        QVERIFY(!report);
        QCOMPARE(report.error().code, core::Error::Code::InvalidArgument);
        QVERIFY(report.error().message.contains(QStringLiteral("bakery")));
        QVERIFY(report.error().message.contains(QStringLiteral("retail")));
        QCOMPARE(liveFieldCount(temp.connection()), 0);
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "test_templates.moc"
