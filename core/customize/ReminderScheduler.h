#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Activity.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace rapport::core {

class ChangeHub;

// Decides which activity reminders fire now. check() marks what it returns as
// reminded in the database, in one transaction, so each reminder fires once,
// also across restarts and across two windows on the same file. The GUI arms a
// single timer to nextReminderAt() instead of polling.
class ReminderScheduler
{
public:
    explicit ReminderScheduler(QSqlDatabase db, const Clock& clock = Clock::system(),
                               ChangeHub* hub = nullptr);

    // The reminders due now (remind_at <= now, not fired yet, activity open),
    // oldest first, each marked reminded.
    Result<QList<Activity>> check();
    // The earliest reminder still to fire; invalid when there is none.
    Result<QDateTime> nextReminderAt() const;
    const Clock& clock() const { return *m_clock; }

private:
    QSqlDatabase m_db;
    const Clock* m_clock;
    ChangeHub* m_hub;
};

} // namespace rapport::core
