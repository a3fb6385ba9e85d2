#include "activities/ActivityCommands.h"

#include "activities/ActivityFormat.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ActivityCommands)
};

QString named(const core::Activity& a)
{
    const QString headline = a.headline();
    return headline.size() > 40 ? headline.left(39) + QChar(0x2026) : headline;
}
} // namespace

MarkActivityDoneCommand::MarkActivityDoneCommand(Session* session, core::RowId id, bool done,
                                                 const QString& text, ErrorHandler onError)
    : EntityCommand(session, text, std::move(onError))
    , m_id(id)
    , m_done(done)
{}

void MarkActivityDoneCommand::redo()
{
    core::ActivityRepository repository(session()->connection(), session()->hub());
    check(repository.markDone(m_id, m_done));
}

void MarkActivityDoneCommand::undo()
{
    core::ActivityRepository repository(session()->connection(), session()->hub());
    check(repository.markDone(m_id, !m_done));
}

CreateActivityCommand* ActivityCommands::create(Session* s, const core::Activity& a, ErrorHandler h)
{
    return new CreateActivityCommand(
        s, a, Text::tr("New %1 %2").arg(ActivityFormat::kindName(a.kind).toLower(), named(a)),
        std::move(h));
}

EditActivityCommand* ActivityCommands::edit(Session* s, const core::Activity& before,
                                            const core::Activity& after, ErrorHandler h)
{
    return new EditActivityCommand(s, before, after, Text::tr("Edit %1").arg(named(after)),
                                   std::move(h));
}

DeleteActivityCommand* ActivityCommands::remove(Session* s, const core::Activity& a, ErrorHandler h)
{
    return new DeleteActivityCommand(s, a.id, Text::tr("Delete %1").arg(named(a)), std::move(h));
}

MarkActivityDoneCommand* ActivityCommands::markDone(Session* s, const core::Activity& a, bool done,
                                                    ErrorHandler h)
{
    return new MarkActivityDoneCommand(s, a.id, done,
                                       done ? Text::tr("Mark %1 done").arg(named(a))
                                            : Text::tr("Reopen %1").arg(named(a)),
                                       std::move(h));
}

EditActivityCommand* ActivityCommands::snooze(Session* s, const core::Activity& a,
                                              const QDateTime& now, ErrorHandler h)
{
    core::Activity after = a;
    const QDateTime from = a.dueAt.isValid() && a.dueAt > now ? a.dueAt : now;
    after.dueAt = from.addDays(1);
    if (a.remindAt.isValid()) {
        const qint64 lead = a.dueAt.isValid() ? a.remindAt.secsTo(a.dueAt) : 0;
        after.remindAt = after.dueAt.addSecs(-lead);
    }
    return new EditActivityCommand(s, a, after, Text::tr("Snooze %1").arg(named(a)), std::move(h));
}

} // namespace rapport::ui
