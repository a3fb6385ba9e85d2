#pragma once

#include "commands/EntityCommand.h"
#include "storage/TagRepository.h"

namespace rapport::ui {

// Creates a tag. Undo removes it; redo after an undo brings back the same row.
class CreateTagCommand : public EntityCommand
{
public:
    CreateTagCommand(Session* session, core::Tag tag, ErrorHandler onError = {});
    core::RowId tagId() const { return m_removed.tag.id; }
    void redo() override;
    void undo() override;

private:
    core::RemovedTag m_removed; // the tag (id 0 until created) and, after undo, its row
    bool m_created = false;
};

// Renames and/or recolours a tag.
class EditTagCommand : public EntityCommand
{
public:
    EditTagCommand(Session* session, core::Tag before, core::Tag after, ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    bool apply(const core::Tag& from, const core::Tag& to);
    core::Tag m_before;
    core::Tag m_after;
};

// Deletes a tag; undo restores the tag and every customer's assignment of it.
class DeleteTagCommand : public EntityCommand
{
public:
    DeleteTagCommand(Session* session, const core::Tag& tag, ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    core::RowId m_id;
    core::RemovedTag m_removed;
};

// Adds a tag to (or removes it from) many customers in one step. Undo touches
// only the customers the step changed: one that already had the tag keeps it.
class TagCustomersCommand : public EntityCommand
{
public:
    TagCustomersCommand(Session* session, const core::Tag& tag, QList<core::RowId> customerIds,
                        bool add, ErrorHandler onError = {});
    const QList<core::RowId>& changed() const { return m_changed; }
    void redo() override;
    void undo() override;

private:
    core::RowId m_tagId;
    QList<core::RowId> m_customerIds;
    bool m_add;
    QList<core::RowId> m_changed;
};

} // namespace rapport::ui
