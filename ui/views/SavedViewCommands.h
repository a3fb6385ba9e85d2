#pragma once

#include "commands/EntityCommand.h"
#include "domain/SavedView.h"

namespace rapport::ui {

// Saves a new view. Undo deletes it; redo after an undo restores the same row.
class CreateViewCommand : public EntityCommand
{
public:
    CreateViewCommand(Session* session, core::SavedView view, ErrorHandler onError = {});
    core::RowId viewId() const { return m_id; }
    void redo() override;
    void undo() override;

private:
    core::SavedView m_view;
    core::RowId m_id = 0;
};

// Renames a view or stores the panel's current state in it ("Update with
// current"): the view before and after, swapped by undo and redo.
class EditViewCommand : public EntityCommand
{
public:
    EditViewCommand(Session* session, core::SavedView before, core::SavedView after,
                    const QString& text, ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    core::SavedView m_before;
    core::SavedView m_after;
};

// Deletes a view (soft delete); undo restores it.
class DeleteViewCommand : public EntityCommand
{
public:
    DeleteViewCommand(Session* session, const core::SavedView& view, ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    core::RowId m_id;
};

} // namespace rapport::ui
