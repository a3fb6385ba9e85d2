#pragma once

#include "Session.h"
#include "commands/EntityCommand.h"
#include "domain/Entities.h"

namespace rapport::ui {

// Creates a row. Undo soft-deletes it; redo after an undo restores the same row
// (same id and uuid) rather than inserting a twin.
template<typename Repository, typename Entity>
class CreateCommand : public EntityCommand
{
public:
    CreateCommand(Session* session, Entity entity, const QString& text, ErrorHandler onError = {})
        : EntityCommand(session, text, std::move(onError))
        , m_entity(std::move(entity))
    {}

    core::RowId rowId() const { return m_id; }

    void redo() override
    {
        Repository repository(session()->connection(), session()->hub());
        if (m_id != 0) {
            check(repository.restore(m_id));
            return;
        }
        auto created = repository.create(m_entity);
        if (created)
            m_id = *created;
        else
            fail(created.error());
    }

    void undo() override
    {
        Repository repository(session()->connection(), session()->hub());
        check(repository.remove(m_id));
    }

private:
    Entity m_entity;
    core::RowId m_id = 0;
};

} // namespace rapport::ui
