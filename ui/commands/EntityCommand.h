#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace rapport::ui {

class Session;

// The base of the undo commands that write through core repositories (house
// style H9: UI -> QUndoCommand -> repository -> ChangeHub -> models). A write
// that fails marks the command obsolete, so QUndoStack drops it instead of
// keeping a step that did nothing, and hands the Error to the error handler
// (the GUI shows it; tests read error()).
class EntityCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const core::Error&)>;

    EntityCommand(Session* session, const QString& text, ErrorHandler onError);

    const std::optional<core::Error>& error() const { return m_error; }

protected:
    Session* session() const { return m_session; }
    // True if `status` is ok; otherwise records and reports the error.
    bool check(const core::Status& status);
    void fail(const core::Error& error);

private:
    Session* m_session;
    ErrorHandler m_onError;
    std::optional<core::Error> m_error;
};

} // namespace rapport::ui
