#include "templates/ApplyTemplateCommand.h"
#include "templates/StarterTemplateDialog.h"

#include "Session.h"
#include "storage/CustomFieldRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/SavedViewRepository.h"

#include <QRadioButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rapport;

// The starter template chooser and the undo step that applies a template.
class TestStarterTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto session = ui::Session::open(m_dir.filePath(QStringLiteral("t.db")));
        QVERIFY2(session, qPrintable(session.error().message));
        m_session = std::move(*session);
        m_stack = std::make_unique<QUndoStack>();
    }

    void cleanup()
    {
        m_stack.reset();
        m_session.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("t.db")));
    }

    void dialogOffersEveryTemplateAndScratch()
    {
        ui::StarterTemplateDialog dialog;
        const auto buttons = dialog.findChildren<QRadioButton*>();
        QCOMPARE(buttons.size(), core::starterTemplates().size() + 1);
        QCOMPARE(dialog.chosenKey(), core::starterTemplates().first().key);
        dialog.findChild<QRadioButton*>(QStringLiteral("template_clinic"))->click();
        QCOMPARE(dialog.chosenKey(), QStringLiteral("clinic"));
        dialog.findChild<QRadioButton*>(QStringLiteral("template_none"))->click();
        QCOMPARE(dialog.chosenKey(), QString());
        dialog.choose(QStringLiteral("b2b"));
        QCOMPARE(dialog.chosenKey(), QStringLiteral("b2b"));
    }

    // One undo step: undo hides every field, the pipeline and the views; redo
    // brings back the same rows.
    void applyIsOneUndoStep()
    {
        m_stack->push(new ui::ApplyTemplateCommand(m_session.get(), QStringLiteral("b2b")));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_stack->text(0).contains(QStringLiteral("B2B services")));
        const QSqlDatabase db = m_session->connection();
        core::CustomFieldRepository fields(db);
        const auto customerFields = *fields.fields(core::FieldEntity::Customers);
        QCOMPARE(customerFields.size(), 2);
        QCOMPARE(fields.fields(core::FieldEntity::Companies)->size(), 3);
        const auto pipelines = *core::PipelineRepository(db).pipelines();
        QCOMPARE(pipelines.size(), 1);
        QCOMPARE(pipelines.first().name, QStringLiteral("Sales"));

        m_stack->undo();
        QVERIFY(fields.fields(core::FieldEntity::Customers)->isEmpty());
        QVERIFY(core::PipelineRepository(db).pipelines()->isEmpty());
        QVERIFY(core::SavedViewRepository(db).all()->isEmpty());

        m_stack->redo();
        QCOMPARE(*fields.fields(core::FieldEntity::Customers), customerFields);
        QCOMPARE(core::PipelineRepository(db).pipelines()->first().id, pipelines.first().id);
        QCOMPARE(core::SavedViewRepository(db).all()->size(), 2);
    }

    void failureIsReportedAndNotKept()
    {
        QString reported;
        m_stack->push(new ui::ApplyTemplateCommand(
            m_session.get(), QStringLiteral("bakery"),
            [&reported](const core::Error& error) { reported = error.message; }));
        QVERIFY(reported.contains(QStringLiteral("bakery")));
        QCOMPARE(m_stack->count(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
};

QTEST_MAIN(TestStarterTemplate)
#include "test_startertemplate.moc"
