#pragma once

#include "commands/CreateCommand.h"
#include "commands/DeleteCommand.h"
#include "commands/EditCommand.h"
#include "domain/Activity.h"
#include "storage/ActivityRepository.h"

namespace rapport::ui {

using CreateActivityCommand = CreateCommand<core::ActivityRepository, core::Activity>;
using EditActivityCommand = EditCommand<core::ActivityRepository, core::Activity>;
using DeleteActivityCommand = DeleteCommand<core::ActivityRepository>;

// Ticks an activity done (or open again); undo restores the previous state.
class MarkActivityDoneCommand : public EntityCommand
{
public:
    MarkActivityDoneCommand(Session* session, core::RowId id, bool done, const QString& text,
                            ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    core::RowId m_id;
    bool m_done;
};

// The activity commands with their translated Edit-menu texts ("Undo New note
// Call back"). The caller pushes them on the panel's QUndoStack.
class ActivityCommands
{
public:
    using ErrorHandler = EntityCommand::ErrorHandler;

    static CreateActivityCommand* create(Session* s, const core::Activity& a, ErrorHandler h = {});
    static EditActivityCommand* edit(Session* s, const core::Activity& before,
                                     const core::Activity& after, ErrorHandler h = {});
    static DeleteActivityCommand* remove(Session* s, const core::Activity& a, ErrorHandler h = {});
    static MarkActivityDoneCommand* markDone(Session* s, const core::Activity& a, bool done,
                                             ErrorHandler h = {});
    // Moves the due time (and the reminder with it, keeping its lead) one day
    // past now, so an overdue task comes back tomorrow.
    static EditActivityCommand* snooze(Session* s, const core::Activity& a, const QDateTime& now,
                                       ErrorHandler h = {});
};

} // namespace rapport::ui
