#pragma once

#include "commands/CreateCommand.h"
#include "commands/DeleteCommand.h"
#include "commands/EditCommand.h"
#include "commands/MoveDealCommand.h"
#include "storage/DealRepository.h"

namespace rapport::ui {

using CreateDealCommand = CreateCommand<core::DealRepository, core::Deal>;
using EditDealCommand = EditCommand<core::DealRepository, core::Deal>;
using DeleteDealCommand = DeleteCommand<core::DealRepository>;

// The deal commands with their translated Edit-menu texts ("Undo Move deal Tea
// for 2027"). The caller pushes them on a QUndoStack, which takes ownership.
class DealCommandFactory
{
public:
    using ErrorHandler = EntityCommand::ErrorHandler;

    static CreateDealCommand* create(Session* s, const core::Deal& d, ErrorHandler h = {});
    static EditDealCommand* edit(Session* s, const core::Deal& before, const core::Deal& after,
                                 ErrorHandler h = {});
    static DeleteDealCommand* remove(Session* s, const core::Deal& d, ErrorHandler h = {});
    static MoveDealCommand* move(Session* s, const core::Deal& d, core::RowId stageId, int position,
                                 ErrorHandler h = {});
};

} // namespace rapport::ui
