#include "customize/ReminderScheduler.h"

#include "storage/ActivityRepository.h"
#include "storage/Transaction.h"

namespace rapport::core {

ReminderScheduler::ReminderScheduler(QSqlDatabase db, const Clock& clock, ChangeHub* hub)
    : m_db(std::move(db))
    , m_clock(&clock)
    , m_hub(hub)
{}

Result<QList<Activity>> ReminderScheduler::check()
{
    const QDateTime now = m_clock->nowUtc();
    ActivityRepository activities(m_db, m_hub, *m_clock);
    // Read and mark under the write lock, so a second process on the same file
    // cannot fire the same reminders between the two steps.
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto due = activities.dueReminders(now);
    if (!due)
        return due.error();
    for (Activity& a : *due) {
        if (Status s = activities.markReminded(a.id, now); !s)
            return s.error();
        a.remindedAt = now;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return due;
}

Result<QDateTime> ReminderScheduler::nextReminderAt() const
{
    return ActivityRepository(m_db, nullptr, *m_clock).nextReminderAt();
}

} // namespace rapport::core
