#pragma once

#include "commands/EntityCommand.h"
#include "domain/Entities.h"

namespace rapport::ui {

// A kanban drop: puts a deal at a place of a stage. Undo puts it back at its
// old stage and place, with its old stage change time (so a stale deal moved
// by mistake and moved back is still stale). A drop where the deal already is
// makes the command obsolete: nothing is written and no undo step is kept.
class MoveDealCommand : public EntityCommand
{
public:
    MoveDealCommand(Session* session, core::RowId dealId, core::RowId stageId, int position,
                    const QString& text, ErrorHandler onError = {});

    core::RowId dealId() const { return m_dealId; }

    void redo() override;
    void undo() override;

private:
    core::RowId m_dealId;
    core::RowId m_toStage;
    int m_toPosition;
    bool m_recorded = false;
    core::RowId m_fromStage = 0;
    int m_fromPosition = 0;
    QString m_fromStageChangedAt;
};

} // namespace rapport::ui
