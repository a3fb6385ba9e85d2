#include "commands/EntityCommand.h"

namespace rapport::ui {

EntityCommand::EntityCommand(Session* session, const QString& text, ErrorHandler onError)
    : m_session(session)
    , m_onError(std::move(onError))
{
    setText(text);
}

bool EntityCommand::check(const core::Status& status)
{
    if (status)
        return true;
    fail(status.error());
    return false;
}

void EntityCommand::fail(const core::Error& error)
{
    m_error = error;
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}

} // namespace rapport::ui
