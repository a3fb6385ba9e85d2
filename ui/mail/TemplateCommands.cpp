#include "mail/TemplateCommands.h"

#include "Session.h"
#include "storage/EmailTemplateRepository.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::TemplateCommands)
};

core::EmailTemplateRepository templates(Session* session)
{
    return core::EmailTemplateRepository(session->connection(), session->hub());
}
} // namespace

CreateTemplateCommand::CreateTemplateCommand(Session* session,
                                             core::mail::EmailTemplate emailTemplate,
                                             ErrorHandler onError)
    : EntityCommand(session, Text::tr("New Template “%1”").arg(emailTemplate.name),
                    std::move(onError))
    , m_template(std::move(emailTemplate))
{}

void CreateTemplateCommand::redo()
{
    if (m_id != 0) {
        check(templates(session()).restore(m_id));
        return;
    }
    auto created = templates(session()).create(m_template);
    if (created)
        m_id = *created;
    else
        fail(created.error());
}

void CreateTemplateCommand::undo()
{
    check(templates(session()).remove(m_id));
}

EditTemplateCommand::EditTemplateCommand(Session* session, core::mail::EmailTemplate before,
                                         core::mail::EmailTemplate after, ErrorHandler onError)
    : EntityCommand(session, Text::tr("Edit Template “%1”").arg(after.name), std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditTemplateCommand::redo()
{
    check(templates(session()).update(m_after));
}

void EditTemplateCommand::undo()
{
    check(templates(session()).update(m_before));
}

DeleteTemplateCommand::DeleteTemplateCommand(Session* session,
                                             const core::mail::EmailTemplate& emailTemplate,
                                             ErrorHandler onError)
    : EntityCommand(session, Text::tr("Delete Template “%1”").arg(emailTemplate.name),
                    std::move(onError))
    , m_id(emailTemplate.id)
{}

void DeleteTemplateCommand::redo()
{
    check(templates(session()).remove(m_id));
}

void DeleteTemplateCommand::undo()
{
    check(templates(session()).restore(m_id));
}

} // namespace rapport::ui
