#pragma once

#include "domain/Entities.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport::core {

// What happened or is planned with a customer or a deal. E-mails sent from
// Rapport are stored as activities of kind Email, so they appear on the
// customer's timeline with everything else.
enum class ActivityKind { Note, Call, Meeting, Task, Email };
QString activityKindKey(ActivityKind kind); // "note", "call"... (the stored value)
std::optional<ActivityKind> activityKindFromKey(const QString& key);

// Timestamps are UTC QDateTimes; an invalid QDateTime means "not set" (NULL in
// the table). Reminders fire once: reminded_at records that one did.
struct Activity
{
    RowId id = 0;
    QString uuid;
    std::optional<RowId> customerId;
    std::optional<RowId> dealId;
    ActivityKind kind = ActivityKind::Note;
    QString subject;
    QString body;
    QDateTime dueAt;
    QDateTime remindAt;
    QDateTime remindedAt;
    QDateTime doneAt;
    QString createdAt;
    QString updatedAt;
    QString customerName; // read side only (overdue list, reminders)

    bool isDone() const { return doneAt.isValid(); }
    // Open with a due time already past (tasks and meetings alike).
    bool isOverdue(const QDateTime& now) const
    {
        return !isDone() && dueAt.isValid() && dueAt < now;
    }
    // The subject, or the body's first line when there is no subject.
    QString headline() const;
};

// Parses a timestamp column ("2026-11-24T23:50:00.000Z") into a UTC QDateTime;
// an empty or NULL value gives an invalid one.
QDateTime fromTimestamp(const QString& text);

} // namespace rapport::core
