#pragma once

#include "Session.h"
#include "commands/EntityCommand.h"
#include "domain/Entities.h"

namespace rapport::ui {

// Soft-deletes a row; undo restores it.
template<typename Repository>
class DeleteCommand : public EntityCommand
{
public:
    DeleteCommand(Session* session, core::RowId id, const QString& text, ErrorHandler onError = {})
        : EntityCommand(session, text, std::move(onError))
        , m_id(id)
    {}

    core::RowId rowId() const { return m_id; }

    void redo() override
    {
        Repository repository(session()->connection(), session()->hub());
        check(repository.remove(m_id));
    }

    void undo() override
    {
        Repository repository(session()->connection(), session()->hub());
        check(repository.restore(m_id));
    }

private:
    core::RowId m_id;
};

} // namespace rapport::ui
