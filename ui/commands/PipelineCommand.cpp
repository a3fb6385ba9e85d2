#include "commands/PipelineCommand.h"

#include "Session.h"
#include "storage/PipelineRepository.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
QString label(const char* text, const QString& name)
{
    return QCoreApplication::translate("PipelineCommand", text).arg(name);
}
} // namespace

PipelineCommand::PipelineCommand(Session* session, const QString& text, Step doStep, Step undoStep,
                                 ErrorHandler onError)
    : EntityCommand(session, text, std::move(onError))
    , m_do(std::move(doStep))
    , m_undo(std::move(undoStep))
{}

void PipelineCommand::redo()
{
    core::PipelineRepository repository(session()->connection(), session()->hub());
    check(m_do(repository, m_createdId));
}

void PipelineCommand::undo()
{
    core::PipelineRepository repository(session()->connection(), session()->hub());
    check(m_undo(repository, m_createdId));
}

PipelineCommand* PipelineCommand::create(Session* s, const QString& name,
                                         const QList<core::PipelineStage>& stages,
                                         int staleAfterDays, ErrorHandler h)
{
    return new PipelineCommand(
        s, label(QT_TRANSLATE_NOOP("PipelineCommand", "New pipeline %1"), name),
        [name, stages, staleAfterDays](core::PipelineRepository& r,
                                       core::RowId& id) -> core::Status {
            if (id != 0)
                return r.restore(id);
            auto created = r.createPipeline(name, stages, staleAfterDays);
            if (!created)
                return created.error();
            id = *created;
            return {};
        },
        [](core::PipelineRepository& r, core::RowId& id) { return r.remove(id); }, std::move(h));
}

PipelineCommand* PipelineCommand::createDefault(Session* s, ErrorHandler h)
{
    const auto stages = core::PipelineRepository::defaultStages();
    return create(s, QCoreApplication::translate("rapport::core::PipelineRepository", "Sales"),
                  stages, core::PipelineRepository::kDefaultStaleAfterDays, std::move(h));
}

PipelineCommand* PipelineCommand::edit(Session* s, const core::Pipeline& before,
                                       const core::Pipeline& after, ErrorHandler h)
{
    const auto write = [](const core::Pipeline& p) {
        return [p](core::PipelineRepository& r, core::RowId&) -> core::Status {
            if (core::Status st = r.rename(p.id, p.name); !st)
                return st;
            return r.setStaleAfterDays(p.id, p.staleAfterDays);
        };
    };
    return new PipelineCommand(
        s, label(QT_TRANSLATE_NOOP("PipelineCommand", "Edit pipeline %1"), after.name),
        write(after), write(before), std::move(h));
}

PipelineCommand* PipelineCommand::remove(Session* s, const core::Pipeline& pipeline, ErrorHandler h)
{
    const core::RowId id = pipeline.id;
    return new PipelineCommand(
        s, label(QT_TRANSLATE_NOOP("PipelineCommand", "Delete pipeline %1"), pipeline.name),
        [id](core::PipelineRepository& r, core::RowId&) { return r.remove(id); },
        [id](core::PipelineRepository& r, core::RowId&) { return r.restore(id); }, std::move(h));
}

PipelineCommand* PipelineCommand::addStage(Session* s, core::RowId pipelineId,
                                           const core::PipelineStage& stage, ErrorHandler h)
{
    return new PipelineCommand(
        s, label(QT_TRANSLATE_NOOP("PipelineCommand", "New stage %1"), stage.name),
        [pipelineId, stage](core::PipelineRepository& r, core::RowId& id) -> core::Status {
            if (id != 0)
                return r.restoreStage(id);
            auto created = r.addStage(pipelineId, stage);
            if (!created)
                return created.error();
            id = *created;
            return {};
        },
        [](core::PipelineRepository& r, core::RowId& id) { return r.removeStage(id); },
        std::move(h));
}

PipelineCommand* PipelineCommand::editStage(Session* s, const core::PipelineStage& before,
                                            const core::PipelineStage& after, ErrorHandler h)
{
    return new PipelineCommand(
        s, label(QT_TRANSLATE_NOOP("PipelineCommand", "Edit stage %1"), after.name),
        [after](core::PipelineRepository& r, core::RowId&) { return r.updateStage(after); },
        [before](core::PipelineRepository& r, core::RowId&) { return r.updateStage(before); },
        std::move(h));
}

PipelineCommand* PipelineCommand::removeStage(Session* s, const core::PipelineStage& stage,
                                              ErrorHandler h)
{
    const core::RowId id = stage.id;
    return new PipelineCommand(
        s, label(QT_TRANSLATE_NOOP("PipelineCommand", "Delete stage %1"), stage.name),
        [id](core::PipelineRepository& r, core::RowId&) { return r.removeStage(id); },
        [id](core::PipelineRepository& r, core::RowId&) { return r.restoreStage(id); },
        std::move(h));
}

PipelineCommand* PipelineCommand::reorderStages(Session* s, core::RowId pipelineId,
                                                const QList<core::RowId>& before,
                                                const QList<core::RowId>& after, ErrorHandler h)
{
    return new PipelineCommand(
        s, QCoreApplication::translate("PipelineCommand", "Reorder stages"),
        [pipelineId, after](core::PipelineRepository& r, core::RowId&) {
            return r.reorderStages(pipelineId, after);
        },
        [pipelineId, before](core::PipelineRepository& r, core::RowId&) {
            return r.reorderStages(pipelineId, before);
        },
        std::move(h));
}

} // namespace rapport::ui
