#include "tags/TagCommands.h"

#include "Session.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::TagCommands)
};

core::TagRepository tags(Session* session)
{
    return core::TagRepository(session->connection(), session->hub());
}
} // namespace

CreateTagCommand::CreateTagCommand(Session* session, core::Tag tag, ErrorHandler onError)
    : EntityCommand(session, Text::tr("New Tag “%1”").arg(tag.name), std::move(onError))
{
    m_removed.tag = std::move(tag);
}

void CreateTagCommand::redo()
{
    if (m_created) {
        check(tags(session()).restore(m_removed));
        return;
    }
    auto id = tags(session()).create(m_removed.tag);
    if (!id) {
        fail(id.error());
        return;
    }
    m_removed.tag.id = *id;
    m_created = true;
}

void CreateTagCommand::undo()
{
    auto removed = tags(session()).remove(m_removed.tag.id);
    if (removed)
        m_removed = *removed;
    else
        fail(removed.error());
}

EditTagCommand::EditTagCommand(Session* session, core::Tag before, core::Tag after,
                               ErrorHandler onError)
    : EntityCommand(session,
                    before.name != after.name
                        ? Text::tr("Rename Tag “%1”").arg(before.name)
                        : Text::tr("Change Colour of Tag “%1”").arg(before.name),
                    std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

bool EditTagCommand::apply(const core::Tag& from, const core::Tag& to)
{
    core::TagRepository repository = tags(session());
    if (from.name != to.name && !check(repository.rename(to.id, to.name)))
        return false;
    if (from.color.compare(to.color, Qt::CaseInsensitive) != 0)
        return check(repository.setColor(to.id, to.color));
    return true;
}

void EditTagCommand::redo()
{
    apply(m_before, m_after);
}

void EditTagCommand::undo()
{
    apply(m_after, m_before);
}

DeleteTagCommand::DeleteTagCommand(Session* session, const core::Tag& tag, ErrorHandler onError)
    : EntityCommand(session, Text::tr("Delete Tag “%1”").arg(tag.name), std::move(onError))
    , m_id(tag.id)
{}

void DeleteTagCommand::redo()
{
    auto removed = tags(session()).remove(m_id);
    if (removed)
        m_removed = *removed;
    else
        fail(removed.error());
}

void DeleteTagCommand::undo()
{
    check(tags(session()).restore(m_removed));
}

TagCustomersCommand::TagCustomersCommand(Session* session, const core::Tag& tag,
                                         QList<core::RowId> customerIds, bool add,
                                         ErrorHandler onError)
    : EntityCommand(session,
                    (add ? Text::tr("Tag %n Customer(s) “%1”", nullptr, int(customerIds.size()))
                         : Text::tr("Untag %n Customer(s) “%1”", nullptr, int(customerIds.size())))
                        .arg(tag.name),
                    std::move(onError))
    , m_tagId(tag.id)
    , m_customerIds(std::move(customerIds))
    , m_add(add)
{}

void TagCustomersCommand::redo()
{
    core::TagRepository repository = tags(session());
    auto changed = m_add ? repository.addToCustomers(m_tagId, m_customerIds)
                         : repository.removeFromCustomers(m_tagId, m_customerIds);
    if (changed)
        m_changed = *changed;
    else
        fail(changed.error());
}

void TagCustomersCommand::undo()
{
    core::TagRepository repository = tags(session());
    auto back = m_add ? repository.removeFromCustomers(m_tagId, m_changed)
                      : repository.addToCustomers(m_tagId, m_changed);
    if (!back)
        fail(back.error());
}

} // namespace rapport::ui
