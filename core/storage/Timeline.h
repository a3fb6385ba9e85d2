#pragma once

#include "common/Result.h"
#include "domain/Activity.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>

namespace rapport::core {

// Where a timeline page ends. A timestamp alone is not enough: several items
// can share one (all field changes of an edit, orders of one day), so the key
// is (moment, kind rank, id), which is unique and orders like the timeline.
struct TimelineCursor
{
    QString at; // the moment as stored text (empty: start from the newest)
    int rank = 0;
    RowId id = 0;

    bool isNull() const { return at.isEmpty(); }
};

// One entry of a customer's history. The moment is UTC; orders carry a date
// only, so they are placed at that date's start (00:00 UTC) and marked
// dateOnly, and views should show the date without a time.
struct TimelineItem
{
    enum class Kind {
        Activity,    // refId: activities.id
        Order,       // refId: orders.id
        Deal,        // the deal's creation; refId: deals.id
        DealStage,   // the deal's move to its current stage; refId: deals.id
        FieldChange, // refId: audit_log.id
    };

    Kind kind = Kind::Activity;
    QDateTime at;
    bool dateOnly = false;
    QString title;  // translated, one line
    QString detail; // translated; may be several lines or empty
    RowId refId = 0;
    TimelineCursor cursor;

    // Activities: kind, due time, done.
    ActivityKind activityKind = ActivityKind::Note;
    QDateTime dueAt;
    bool done = false;
    // Orders and deals: amount; orders: the status key ("paid"...).
    std::int64_t amountMinor = 0;
    QString currency;
    QString status;
    // Field changes: the field ("email", "custom.KEY"; '' for create/delete...)
    // and the action ("create", "update", "delete", "restore", "merge"...).
    QString field;
    QString action;
};

// A customer's history merged from activities (e-mails included), orders,
// deals and the audit log, newest first, paged by cursor.
class Timeline
{
public:
    explicit Timeline(QSqlDatabase db);

    // Up to `limit` items older than `before` (all, from the newest, when null).
    Result<QList<TimelineItem>> page(RowId customerId, int limit,
                                     const TimelineCursor& before = {}) const;

    // The label of a customer field as the timeline shows it ("E-mail"),
    // `customLabel` for "custom.KEY" fields.
    static QString fieldLabel(const QString& field, const QString& customLabel = {});

private:
    QSqlDatabase m_db;
};

} // namespace rapport::core
