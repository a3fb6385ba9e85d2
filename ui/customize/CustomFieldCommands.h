#pragma once

#include "commands/EntityCommand.h"
#include "domain/CustomField.h"

#include <QList>
#include <QPair>

namespace rapport::ui {

// The undo commands of the custom-field manager (house style H9): every change
// to a definition is a step on the window's undo stack. Purging a deleted
// field is the one change that cannot be undone, and is not a command.

// Adds a field. Undo soft-deletes it (values kept); redo restores the same
// field, same id, instead of defining a twin.
class CreateFieldCommand : public EntityCommand
{
public:
    CreateFieldCommand(Session* session, core::CustomFieldDef def, ErrorHandler onError = {});
    core::RowId fieldId() const { return m_id; }
    void redo() override;
    void undo() override;

private:
    core::CustomFieldDef m_def;
    core::RowId m_id = 0;
};

// Changes a field's definition; `renames` (old choice -> new choice) also
// rename the values stored in rows (CustomFieldRepository::renameChoice).
class EditFieldCommand : public EntityCommand
{
public:
    using Renames = QList<QPair<QString, QString>>;
    EditFieldCommand(Session* session, core::CustomFieldDef before, core::CustomFieldDef after,
                     Renames renames = {}, ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    core::CustomFieldDef m_before;
    core::CustomFieldDef m_after;
    Renames m_renames;
};

// Soft-deletes a field (hidden everywhere, values kept); undo restores it.
// With `restore` true it is the other way round ("Restore" of a deleted field).
class DeleteFieldCommand : public EntityCommand
{
public:
    DeleteFieldCommand(Session* session, const core::CustomFieldDef& def, bool restore = false,
                       ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    void apply(bool remove);
    core::RowId m_id;
    bool m_restore;
};

// Puts the fields of one entity in a new order (their positions 1..n).
class ReorderFieldsCommand : public EntityCommand
{
public:
    // `before` as listed now; `after` the same fields in the new order.
    ReorderFieldsCommand(Session* session, QList<core::CustomFieldDef> before,
                         QList<core::CustomFieldDef> after, ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    void apply(const QList<core::CustomFieldDef>& order);
    QList<core::CustomFieldDef> m_before;
    QList<core::CustomFieldDef> m_after;
};

} // namespace rapport::ui
