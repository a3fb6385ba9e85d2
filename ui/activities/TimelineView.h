#pragma once

#include "common/Clock.h"
#include "domain/Activity.h"
#include "storage/ChangeHub.h"

#include <QWidget>

class QListView;
class QTimer;
class QUndoStack;

namespace rapport::ui {

class ActivityDialog;
class EntityCommand;
class Session;
class TimelineModel;

// A customer's timeline with buttons to add a note, call, meeting or task.
// Double-click edits an activity; the context menu marks a task done, edits or
// deletes. Every write is an undo command on the given stack. Refreshes when the
// ChangeHub reports activities, customers, orders or deals.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(Session* session, const core::Clock& clock = core::Clock::system(),
                          QWidget* parent = nullptr);

    // The stack commands go on (the window's); without one the view keeps its own.
    void setUndoStack(QUndoStack* stack);
    QUndoStack* undoStack() const { return m_undoStack; }
    void setCustomer(core::RowId customerId);
    TimelineModel* model() const { return m_model; }
    QListView* listView() const { return m_list; }

    // Opens the dialog for a new activity of `kind` (window-modal; accepting it
    // pushes the create command). Returns the dialog, which deletes itself.
    ActivityDialog* addActivity(core::ActivityKind kind);
    // The same for editing the activity at `row` (nothing for other entries).
    ActivityDialog* editActivity(int row);
    void setDone(int row, bool done);
    void deleteActivity(int row);

private:
    void onChanged(core::Entity entity);
    void showContextMenu(const QPoint& pos);
    void push(EntityCommand* command);
    core::RowId activityIdAt(int row) const;

    Session* m_session;
    const core::Clock* m_clock;
    QUndoStack* m_undoStack;
    TimelineModel* m_model;
    QListView* m_list;
    QTimer* m_reloadTimer;
};

} // namespace rapport::ui
