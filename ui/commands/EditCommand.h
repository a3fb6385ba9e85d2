#pragma once

#include "Session.h"
#include "commands/EntityCommand.h"

namespace rapport::ui {

// Writes an edited row; undo writes the row as it was before the edit.
template<typename Repository, typename Entity>
class EditCommand : public EntityCommand
{
public:
    EditCommand(Session* session, Entity before, Entity after, const QString& text,
                ErrorHandler onError = {})
        : EntityCommand(session, text, std::move(onError))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    void redo() override { write(m_after); }
    void undo() override { write(m_before); }

private:
    void write(const Entity& entity)
    {
        Repository repository(session()->connection(), session()->hub());
        check(repository.update(entity));
    }

    Entity m_before;
    Entity m_after;
};

} // namespace rapport::ui
