#pragma once

#include "commands/EntityCommand.h"
#include "domain/Deal.h"

#include <functional>
#include <memory>

namespace rapport::core {
class PipelineRepository;
}

namespace rapport::ui {

// An undoable change to pipelines or stages: a pair of repository steps (do,
// undo). The factory functions below build the concrete ones; a step that
// creates a row stores its id in createdId(), so redo after undo restores the
// same row instead of creating a twin, and later commands (a reorder after an
// added stage) can name it.
class PipelineCommand : public EntityCommand
{
public:
    using Step =
        std::function<core::Status(core::PipelineRepository& repository, core::RowId& createdId)>;

    PipelineCommand(Session* session, const QString& text, Step doStep, Step undoStep,
                    ErrorHandler onError = {});

    core::RowId createdId() const { return m_createdId; }

    void redo() override;
    void undo() override;

    // A new pipeline with its stages (undo: soft delete; redo: restore).
    static PipelineCommand* create(Session* s, const QString& name,
                                   const QList<core::PipelineStage>& stages, int staleAfterDays,
                                   ErrorHandler h = {});
    static PipelineCommand* createDefault(Session* s, ErrorHandler h = {});
    // Name and stale days, from `before` to `after`.
    static PipelineCommand* edit(Session* s, const core::Pipeline& before,
                                 const core::Pipeline& after, ErrorHandler h = {});
    static PipelineCommand* remove(Session* s, const core::Pipeline& pipeline, ErrorHandler h = {});
    static PipelineCommand* addStage(Session* s, core::RowId pipelineId,
                                     const core::PipelineStage& stage, ErrorHandler h = {});
    static PipelineCommand* editStage(Session* s, const core::PipelineStage& before,
                                      const core::PipelineStage& after, ErrorHandler h = {});
    static PipelineCommand* removeStage(Session* s, const core::PipelineStage& stage,
                                        ErrorHandler h = {});
    static PipelineCommand* reorderStages(Session* s, core::RowId pipelineId,
                                          const QList<core::RowId>& before,
                                          const QList<core::RowId>& after, ErrorHandler h = {});

private:
    Step m_do;
    Step m_undo;
    core::RowId m_createdId = 0;
};

} // namespace rapport::ui
