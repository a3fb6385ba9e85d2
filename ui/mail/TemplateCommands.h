#pragma once

#include "commands/EntityCommand.h"
#include "mail/MailTypes.h"

namespace rapport::ui {

// Saves a new e-mail template. Undo deletes it; redo after an undo restores the
// same row (same id) rather than inserting a twin.
class CreateTemplateCommand : public EntityCommand
{
public:
    CreateTemplateCommand(Session* session, core::mail::EmailTemplate emailTemplate,
                          ErrorHandler onError = {});
    core::RowId templateId() const { return m_id; }
    void redo() override;
    void undo() override;

private:
    core::mail::EmailTemplate m_template;
    core::RowId m_id = 0;
};

// Stores an edited template (name, subject, bodies): the template before and
// after, swapped by undo and redo.
class EditTemplateCommand : public EntityCommand
{
public:
    EditTemplateCommand(Session* session, core::mail::EmailTemplate before,
                        core::mail::EmailTemplate after, ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    core::mail::EmailTemplate m_before;
    core::mail::EmailTemplate m_after;
};

// Deletes a template (soft delete); undo restores it.
class DeleteTemplateCommand : public EntityCommand
{
public:
    DeleteTemplateCommand(Session* session, const core::mail::EmailTemplate& emailTemplate,
                          ErrorHandler onError = {});
    void redo() override;
    void undo() override;

private:
    core::RowId m_id;
};

} // namespace rapport::ui
