#pragma once

#include "domain/Activity.h"
#include "storage/Repository.h"

namespace rapport::core {

// Notes, calls, meetings, tasks and e-mails on a customer or a deal: validated
// writes (one transaction each), soft deletes that undo, and the reads behind
// the timeline, the overdue list and the reminder timer.
//
// A reminder after the due time is refused: "remind me" means "before it is
// due"; a reminder without a due time is fine (a call-back on a note).
class ActivityRepository : public Repository
{
public:
    using Repository::Repository;

    // Subject or body required, a customer or a deal, a reminder not after the
    // due time. The Error names the field ("subject", "customer", "remind_at").
    static Status validate(const Activity& activity);

    Result<RowId> create(Activity activity);
    // Writes every field but reminded_at, which is cleared when the reminder
    // time changes (a moved reminder fires again).
    Status update(Activity activity);
    Status remove(RowId id);  // soft delete (undo: restore)
    Status restore(RowId id); // brings a soft-deleted activity back
    Result<Activity> get(RowId id) const;
    // Sets done_at to now, or clears it.
    Status markDone(RowId id, bool done);

    // Live activities, newest first.
    Result<QList<Activity>> forCustomer(RowId customerId) const;
    Result<QList<Activity>> forDeal(RowId dealId) const;

    // Open (not done, not deleted, customer not deleted) activities whose due
    // time is before `now`, oldest first, with the customer's name.
    Result<QList<Activity>> overdue(const QDateTime& now) const;
    // Open activities whose reminder is due (remind_at <= now) and has not
    // fired yet, oldest first, with the customer's name.
    Result<QList<Activity>> dueReminders(const QDateTime& now) const;
    // The earliest reminder still to fire (invalid when there is none).
    Result<QDateTime> nextReminderAt() const;
    Status markReminded(RowId id, const QDateTime& at);
};

} // namespace rapport::core
