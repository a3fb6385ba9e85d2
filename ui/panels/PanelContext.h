#pragma once

class QUndoStack;

namespace rapport::core {
class Settings;
}

namespace rapport::ui {

class Session;

// What every panel of the main window works with: the open database, the
// window's undo stack (all writes go through it) and the user's settings.
struct PanelContext
{
    Session* session = nullptr;
    QUndoStack* undoStack = nullptr;
    core::Settings* settings = nullptr;
};

} // namespace rapport::ui
