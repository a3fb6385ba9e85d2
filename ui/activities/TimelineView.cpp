#include "activities/TimelineView.h"

#include "Session.h"
#include "activities/ActivityCommands.h"
#include "activities/ActivityDialog.h"
#include "activities/ActivityFormat.h"
#include "activities/TimelineDelegate.h"
#include "activities/TimelineModel.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::ui {

TimelineView::TimelineView(Session* session, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(&clock)
    , m_undoStack(new QUndoStack(this))
    , m_model(new TimelineModel(session->connection(), clock, this))
    , m_list(new QListView(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    struct Button
    {
        core::ActivityKind kind;
        const char* name;
    };
    for (const Button& b : {Button{core::ActivityKind::Note, "addNoteButton"},
                            Button{core::ActivityKind::Call, "addCallButton"},
                            Button{core::ActivityKind::Meeting, "addMeetingButton"},
                            Button{core::ActivityKind::Task, "addTaskButton"}}) {
        auto* button = new QPushButton(ActivityFormat::glyph(b.kind) + QLatin1Char(' ')
                                           + ActivityFormat::kindName(b.kind),
                                       this);
        button->setObjectName(QLatin1String(b.name));
        button->setToolTip(tr("Add a %1").arg(ActivityFormat::kindName(b.kind).toLower()));
        connect(button, &QPushButton::clicked, this, [this, kind = b.kind] { addActivity(kind); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->setContentsMargins(4, 0, 4, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    // Bursts of writes (an import, a merge) reload the list once.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, m_model, &TimelineModel::reload);
    connect(session->hub(), &core::ChangeHub::changed, this,
            [this](core::Entity entity, qint64) { onChanged(entity); });
    connect(m_list, &QListView::doubleClicked, this,
            [this](const QModelIndex& index) { editActivity(index.row()); });
    connect(m_list, &QListView::customContextMenuRequested, this, &TimelineView::showContextMenu);
}

void TimelineView::setUndoStack(QUndoStack* stack)
{
    if (stack)
        m_undoStack = stack;
}

void TimelineView::setCustomer(core::RowId customerId)
{
    if (customerId != m_model->customerId())
        m_model->setCustomer(customerId);
}

ActivityDialog* TimelineView::addActivity(core::ActivityKind kind)
{
    if (m_model->customerId() == 0)
        return nullptr;
    core::Activity activity;
    activity.kind = kind;
    activity.customerId = m_model->customerId();
    auto* dialog = new ActivityDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setActivity(activity);
    if (kind == core::ActivityKind::Task || kind == core::ActivityKind::Meeting) {
        // Planned things usually have a time; notes and calls record the past.
        dialog->setDueChecked(true);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        push(ActivityCommands::create(m_session, dialog->activity(), [this](const core::Error& e) {
            MessageBox::critical(this, tr("Activity"), e.message);
        }));
    });
    dialog->open();
    return dialog;
}

ActivityDialog* TimelineView::editActivity(int row)
{
    const core::RowId id = activityIdAt(row);
    if (id == 0)
        return nullptr;
    const auto before = core::ActivityRepository(m_session->connection()).get(id);
    if (!before)
        return nullptr;
    auto* dialog = new ActivityDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setActivity(*before);
    connect(dialog, &QDialog::accepted, this, [this, dialog, original = *before] {
        push(ActivityCommands::edit(m_session, original, dialog->activity(),
                                    [this](const core::Error& e) {
                                        MessageBox::critical(this, tr("Activity"), e.message);
                                    }));
    });
    dialog->open();
    return dialog;
}

void TimelineView::setDone(int row, bool done)
{
    const core::RowId id = activityIdAt(row);
    if (id == 0)
        return;
    const auto activity = core::ActivityRepository(m_session->connection()).get(id);
    if (activity && activity->isDone() != done)
        push(ActivityCommands::markDone(m_session, *activity, done));
}

void TimelineView::deleteActivity(int row)
{
    const core::RowId id = activityIdAt(row);
    if (id == 0)
        return;
    if (const auto activity = core::ActivityRepository(m_session->connection()).get(id))
        push(ActivityCommands::remove(m_session, *activity));
}

void TimelineView::onChanged(core::Entity entity)
{
    switch (entity) {
    case core::Entity::Activity:
    case core::Entity::Customer:
    case core::Entity::Order:
    case core::Entity::Deal:
    case core::Entity::CustomField:
        if (m_model->customerId() != 0)
            m_reloadTimer->start();
        break;
    default:
        break;
    }
}

void TimelineView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    const int row = index.row();
    if (activityIdAt(row) == 0)
        return;
    QMenu menu(this);
    const bool done = index.data(TimelineModel::DoneRole).toBool();
    QAction* toggle = menu.addAction(done ? tr("Mark as &not done") : tr("Mark as &done"));
    QAction* edit = menu.addAction(tr("&Edit…"));
    menu.addSeparator();
    QAction* remove = menu.addAction(tr("&Delete"));
    QAction* chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    if (chosen == toggle)
        setDone(row, !done);
    else if (chosen == edit)
        editActivity(row);
    else if (chosen == remove)
        deleteActivity(row);
}

void TimelineView::push(EntityCommand* command)
{
    m_undoStack->push(command);
}

core::RowId TimelineView::activityIdAt(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return 0;
    const core::TimelineItem& item = m_model->item(row);
    return item.kind == core::TimelineItem::Kind::Activity ? item.refId : 0;
}

} // namespace rapport::ui
