#include "storage/ActivityRepository.h"

#include "storage/AuditLog.h"
#include "storage/AuditSnapshots.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {

namespace {

const QString kActivities = QStringLiteral("activities");

// The 'update' audit rows of an activity, from the row read before the write
// and the row as stored now (inside the write's transaction).
Status auditUpdate(const ActivityRepository& repo, const QSqlDatabase& db,
                   const Result<Activity>& before, RowId id, const QString& at)
{
    if (!before)
        return {}; // the write itself reports the missing row
    auto after = repo.get(id);
    if (!after)
        return after.error();
    return AuditLog::recordUpdate(db, kActivities, id, audit::snapshot(*before),
                                  audit::snapshot(*after), at);
}

// User-visible messages, translated in the "rapport::core::ActivityRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::ActivityRepository)
};

QVariant idOrNull(std::optional<RowId> id)
{
    return id ? QVariant::fromValue<qlonglong>(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant stampOrNull(const QDateTime& at)
{
    // An invalid QVariant binds as NULL (a null QString would bind as '').
    return at.isValid() ? QVariant(toTimestamp(at)) : QVariant();
}

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

// Activities joined with their (live) customer; rows of a deleted customer or
// deal are left out by the callers' WHERE clauses where that matters.
const QString kSelect = QStringLiteral(
    "SELECT a.id, a.uuid, a.customer_id, a.deal_id, a.kind, a.subject, a.body, a.due_at, "
    "a.remind_at, a.reminded_at, a.done_at, a.created_at, a.updated_at, coalesce(c.name, '') "
    "FROM activities a LEFT JOIN customers c ON c.id = a.customer_id "
    "LEFT JOIN deals d ON d.id = a.deal_id ");

// Open: not done, not deleted, and its customer and deal (if any) not deleted.
const QString kOpen = QStringLiteral("a.deleted_at IS NULL AND a.done_at IS NULL "
                                     "AND c.deleted_at IS NULL AND d.deleted_at IS NULL ");

Activity activityFrom(const QSqlQuery& q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    if (!q.value(2).isNull())
        a.customerId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        a.dealId = q.value(3).toLongLong();
    a.kind = activityKindFromKey(q.value(4).toString()).value_or(ActivityKind::Note);
    a.subject = q.value(5).toString();
    a.body = q.value(6).toString();
    a.dueAt = fromTimestamp(q.value(7).toString());
    a.remindAt = fromTimestamp(q.value(8).toString());
    a.remindedAt = fromTimestamp(q.value(9).toString());
    a.doneAt = fromTimestamp(q.value(10).toString());
    a.createdAt = q.value(11).toString();
    a.updatedAt = q.value(12).toString();
    a.customerName = q.value(13).toString();
    return a;
}

Activity cleaned(Activity a)
{
    a.subject = a.subject.simplified();
    a.body = a.body.trimmed();
    return a;
}

Result<QList<Activity>> listOf(const QSqlDatabase& db, const QString& statement,
                               std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement, values); !s)
        return s.error();
    QList<Activity> result;
    while (q.next())
        result << activityFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

} // namespace

Status ActivityRepository::validate(const Activity& activity)
{
    const Activity a = cleaned(activity);
    if (a.subject.isEmpty() && a.body.isEmpty())
        return Error::validation(QStringLiteral("subject"),
                                 Text::tr("An activity needs a subject or a text."));
    if (!a.customerId && !a.dealId)
        return Error::validation(QStringLiteral("customer"),
                                 Text::tr("An activity belongs to a customer or a deal."));
    if (a.remindAt.isValid() && a.dueAt.isValid() && a.remindAt > a.dueAt)
        return Error::validation(QStringLiteral("remind_at"),
                                 Text::tr("The reminder must not be after the due time."));
    return {};
}

Result<RowId> ActivityRepository::create(Activity activity)
{
    Activity a = cleaned(std::move(activity));
    if (Status s = validate(a); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (a.uuid.isEmpty())
        a.uuid = newUuid();
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("INSERT INTO activities (uuid, customer_id, deal_id, kind, subject, "
                           "body, due_at, remind_at, reminded_at, done_at, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.uuid, idOrNull(a.customerId), idOrNull(a.dealId), activityKindKey(a.kind), a.subject,
             a.body, stampOrNull(a.dueAt), stampOrNull(a.remindAt), stampOrNull(a.remindedAt),
             stampOrNull(a.doneAt), stamp, stamp});
        !s)
        return s.error();
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s =
            AuditLog::record(m_db, kActivities, id, AuditLog::Action::Create, {}, {}, {}, stamp);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Activity, id);
    return id;
}

Status ActivityRepository::update(Activity activity)
{
    Activity a = cleaned(std::move(activity));
    if (Status s = validate(a); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QVariant remindAt = stampOrNull(a.remindAt);
    // The stored row before and after, for the audit log's diff.
    const auto before = get(a.id);
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("UPDATE activities SET customer_id = ?, deal_id = ?, kind = ?, "
                           "subject = ?, body = ?, due_at = ?, "
                           "reminded_at = CASE WHEN remind_at IS ? THEN reminded_at END, "
                           "remind_at = ?, done_at = ?, updated_at = ? "
                           "WHERE id = ? AND deleted_at IS NULL"),
            {idOrNull(a.customerId), idOrNull(a.dealId), activityKindKey(a.kind), a.subject, a.body,
             stampOrNull(a.dueAt), remindAt, remindAt, stampOrNull(a.doneAt), now(),
             idValue(a.id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("This activity was deleted meanwhile."));
    if (Status s = auditUpdate(*this, m_db, before, a.id, now()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Activity, a.id);
    return {};
}

Status ActivityRepository::remove(RowId id)
{
    return softDelete(QStringLiteral("activities"), Entity::Activity, id,
                      Text::tr("This activity does not exist."));
}

Status ActivityRepository::restore(RowId id)
{
    return restoreDeleted(QStringLiteral("activities"), Entity::Activity, id,
                          Text::tr("There is no deleted activity to restore."));
}

Result<Activity> ActivityRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, kSelect + QStringLiteral("WHERE a.id = ? AND a.deleted_at IS NULL"),
                             {idValue(id)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("This activity does not exist."));
    return activityFrom(q);
}

Status ActivityRepository::markDone(RowId id, bool done)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto before = get(id);
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE activities SET done_at = ?, updated_at = ? "
                                            "WHERE id = ? AND deleted_at IS NULL"),
                             {done ? QVariant(stamp) : QVariant(), stamp, idValue(id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("This activity does not exist."));
    if (Status s = auditUpdate(*this, m_db, before, id, stamp); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Activity, id);
    return {};
}

Result<QList<Activity>> ActivityRepository::forCustomer(RowId customerId) const
{
    return listOf(m_db,
                  kSelect
                      + QStringLiteral("WHERE a.customer_id = ? AND a.deleted_at IS NULL "
                                       "ORDER BY a.created_at DESC, a.id DESC"),
                  {idValue(customerId)});
}

Result<QList<Activity>> ActivityRepository::forDeal(RowId dealId) const
{
    return listOf(m_db,
                  kSelect
                      + QStringLiteral("WHERE a.deal_id = ? AND a.deleted_at IS NULL "
                                       "ORDER BY a.created_at DESC, a.id DESC"),
                  {idValue(dealId)});
}

Result<QList<Activity>> ActivityRepository::overdue(const QDateTime& now) const
{
    return listOf(m_db,
                  kSelect + QStringLiteral("WHERE ") + kOpen
                      + QStringLiteral("AND a.due_at IS NOT NULL AND a.due_at < ? "
                                       "ORDER BY a.due_at, a.id"),
                  {toTimestamp(now)});
}

Result<QList<Activity>> ActivityRepository::dueReminders(const QDateTime& now) const
{
    return listOf(m_db,
                  kSelect + QStringLiteral("WHERE ") + kOpen
                      + QStringLiteral("AND a.remind_at IS NOT NULL AND a.reminded_at IS NULL "
                                       "AND a.remind_at <= ? ORDER BY a.remind_at, a.id"),
                  {toTimestamp(now)});
}

Result<QDateTime> ActivityRepository::nextReminderAt() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT min(a.remind_at) FROM activities a "
                                               "LEFT JOIN customers c ON c.id = a.customer_id "
                                               "LEFT JOIN deals d ON d.id = a.deal_id WHERE ")
                                    + kOpen
                                    + QStringLiteral("AND a.remind_at IS NOT NULL "
                                                     "AND a.reminded_at IS NULL"));
        !s)
        return s.error();
    if (!q.next())
        return QDateTime();
    return fromTimestamp(q.value(0).toString());
}

Status ActivityRepository::markReminded(RowId id, const QDateTime& at)
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE activities SET reminded_at = ? "
                                            "WHERE id = ? AND reminded_at IS NULL"),
                             {toTimestamp(at), idValue(id)});
        !s)
        return s;
    if (q.numRowsAffected() > 0)
        notify(Entity::Activity, id);
    return {};
}

} // namespace rapport::core
