#pragma once

#include "commands/EntityCommand.h"
#include "domain/Entities.h"
#include "import/ImportReport.h"
#include "import/ImportSchema.h"
#include "storage/ChangeHub.h"

#include <QList>

namespace rapport::ui {

// "Undo import of customers.csv" on the window's undo stack. The wizard runs
// the import itself (on a worker, with progress and Cancel) and pushes this
// afterwards: the first redo() only tells the models to reload.
//
// undo() asks ImportStore::undoRun to take the run back (refused, with the
// reason shown, when later work depends on it). Redo after that is not
// offered: the command makes itself obsolete, so QUndoStack drops it. Running
// the file again on redo would be the other choice, but the file may have
// changed or gone since, and an import takes a progress dialog, not an Edit
// menu click; importing again is one wizard away.
class ImportUndoCommand : public EntityCommand
{
public:
    ImportUndoCommand(Session* session, core::import::Entity entity,
                      const core::import::Report& report, ErrorHandler onError = {});

    core::RowId runId() const { return m_runId; }

    void redo() override;
    void undo() override;

private:
    void announce() const;

    core::RowId m_runId;
    QList<core::Entity> m_changed; // what the import wrote, for the ChangeHub
    bool m_done = false;
};

} // namespace rapport::ui
