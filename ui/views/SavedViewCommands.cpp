#include "views/SavedViewCommands.h"

#include "Session.h"
#include "storage/SavedViewRepository.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::SavedViewCommands)
};

core::SavedViewRepository views(Session* session)
{
    return core::SavedViewRepository(session->connection(), session->hub());
}
} // namespace

CreateViewCommand::CreateViewCommand(Session* session, core::SavedView view, ErrorHandler onError)
    : EntityCommand(session, Text::tr("Save View “%1”").arg(view.name), std::move(onError))
    , m_view(std::move(view))
{}

void CreateViewCommand::redo()
{
    if (m_id != 0) {
        check(views(session()).restore(m_id));
        return;
    }
    auto created = views(session()).create(m_view);
    if (created)
        m_id = *created;
    else
        fail(created.error());
}

void CreateViewCommand::undo()
{
    check(views(session()).remove(m_id));
}

EditViewCommand::EditViewCommand(Session* session, core::SavedView before, core::SavedView after,
                                 const QString& text, ErrorHandler onError)
    : EntityCommand(session, text, std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditViewCommand::redo()
{
    check(views(session()).update(m_after));
}

void EditViewCommand::undo()
{
    check(views(session()).update(m_before));
}

DeleteViewCommand::DeleteViewCommand(Session* session, const core::SavedView& view,
                                     ErrorHandler onError)
    : EntityCommand(session, Text::tr("Delete View “%1”").arg(view.name), std::move(onError))
    , m_id(view.id)
{}

void DeleteViewCommand::redo()
{
    check(views(session()).remove(m_id));
}

void DeleteViewCommand::undo()
{
    check(views(session()).restore(m_id));
}

} // namespace rapport::ui
