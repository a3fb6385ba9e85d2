#include "storage/OutboxRepository.h"

#include "domain/Activity.h"
#include "storage/ActivityRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::OutboxRepository)
};

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

QVariant optionalId(const std::optional<RowId>& id)
{
    return id ? idValue(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kSelectRow = QStringLiteral(
    "SELECT o.id, o.uuid, o.campaign_id, k.name, o.customer_id, o.to_name, o.to_address, "
    "o.subject, o.html, o.body_text, o.message_id, o.unsubscribe_token, o.status, o.attempts, "
    "o.next_attempt_at, coalesce(o.smtp_code, 0), o.last_error, o.queued_at, "
    "coalesce(o.sent_at, ''), k.from_name, k.from_address FROM outbox o JOIN campaigns k ON k.id = "
    "o.campaign_id ");

mail::OutboxRow rowFrom(const QSqlQuery& q)
{
    mail::OutboxRow r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.campaignId = q.value(2).toLongLong();
    r.campaignName = q.value(3).toString();
    if (!q.value(4).isNull())
        r.customerId = q.value(4).toLongLong();
    r.toName = q.value(5).toString();
    r.toAddress = q.value(6).toString();
    r.subject = q.value(7).toString();
    r.html = q.value(8).toString();
    r.text = q.value(9).toString();
    r.messageId = q.value(10).toString();
    r.unsubscribeToken = q.value(11).toString();
    r.status =
        mail::outboxStatusFromKey(q.value(12).toString()).value_or(mail::OutboxStatus::Queued);
    r.attempts = q.value(13).toInt();
    r.nextAttemptAt = q.value(14).toString();
    r.smtpCode = q.value(15).toInt();
    r.lastError = q.value(16).toString();
    r.queuedAt = q.value(17).toString();
    r.sentAt = q.value(18).toString();
    r.from = mail::Mailbox{q.value(19).toString(), q.value(20).toString()};
    return r;
}

Error notFound()
{
    return Error::make(Error::Code::NotFound, Text::tr("The message is no longer in the outbox."));
}

// "?, ?, ?" for `count` values.
QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<RowId> OutboxRepository::insertCampaign(const CampaignRecord& campaign, int queued)
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("INSERT INTO campaigns (uuid, name, template_id, subject, html, "
                           "body_text, segment_kind, segment_name, from_name, from_address, "
                           "queued, excluded, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {newUuid(), campaign.name.trimmed(), optionalId(campaign.templateId),
             campaign.body.subject, campaign.body.html, campaign.body.text, campaign.segmentKind,
             campaign.segmentName, campaign.sender.fromName, campaign.sender.fromAddress, queued,
             QString::fromUtf8(QJsonDocument(campaign.excluded).toJson(QJsonDocument::Compact)),
             now()});
        !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<bool> OutboxRepository::insertMessage(RowId campaignId, const QueuedMessage& message)
{
    QSqlQuery q(m_db);
    const QString stamp = now();
    if (Status s = sql::exec(
            q,
            QStringLiteral("INSERT OR IGNORE INTO outbox (uuid, campaign_id, customer_id, "
                           "to_name, to_address, subject, html, body_text, message_id, "
                           "unsubscribe_token, status, next_attempt_at, queued_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)"),
            {newUuid(), idValue(campaignId), idValue(message.customerId), message.toName,
             message.toAddress, message.subject, message.html, message.text, message.messageId,
             message.unsubscribeToken, stamp, stamp, stamp});
        !s)
        return s.error();
    return q.numRowsAffected() > 0;
}

Result<int> OutboxRepository::recoverInterrupted()
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE outbox SET status = 'uncertain', "
                                            "last_error = ?, updated_at = ? "
                                            "WHERE status = 'sending'"),
                             {Text::tr("Rapport stopped while this message was with the mail "
                                       "server: it may have been delivered."),
                              now()});
        !s)
        return s.error();
    const int count = q.numRowsAffected();
    if (count > 0)
        notify(Entity::Outbox, 0);
    return count;
}

Result<std::optional<mail::OutboxRow>> OutboxRepository::nextDue() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             kSelectRow
                                 + QStringLiteral("WHERE o.status = 'queued' AND "
                                                  "o.next_attempt_at <= ? "
                                                  "ORDER BY o.next_attempt_at, o.id LIMIT 1"),
                             {now()});
        !s)
        return s.error();
    if (!q.next()) {
        if (Status s = sql::finished(q); !s)
            return s.error();
        return std::optional<mail::OutboxRow>();
    }
    return std::optional<mail::OutboxRow>(rowFrom(q));
}

Result<ClaimOutcome> OutboxRepository::claim(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(m_db);
    // The customer's flag and the suppression list are read again here, in
    // the same transaction that marks the row: an opt-out recorded after the
    // campaign was queued always wins.
    // The address must still be the customer's: a changed address may now
    // belong to someone who never agreed to the mail, and a deleted (or
    // erased) customer gets nothing.
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT o.status, coalesce(c.opted_out, 1), "
                                            "EXISTS (SELECT 1 FROM suppressions s "
                                            "        WHERE s.address = lower(o.to_address)), "
                                            "c.id IS NULL OR c.deleted_at IS NOT NULL, "
                                            "lower(trim(coalesce(c.email, ''))) "
                                            "    <> lower(o.to_address) "
                                            "FROM outbox o LEFT JOIN customers c "
                                            "ON c.id = o.customer_id WHERE o.id = ?"),
                             {idValue(id)});
        !s)
        return s.error();
    if (!q.next())
        return notFound();
    if (q.value(0).toString() != QLatin1String("queued"))
        return ClaimOutcome::NotDue;
    const bool gone = q.value(3).toBool();
    const bool optedOut = !gone && q.value(1).toBool();
    const bool suppressed = q.value(2).toBool();
    const bool moved = !gone && q.value(4).toBool();
    q.finish();
    if (gone || optedOut || suppressed || moved) {
        const QString why = gone       ? Text::tr("The customer was deleted.")
                            : optedOut ? Text::tr("The customer opted out.")
                            : suppressed
                                ? Text::tr("The address is on the suppression list.")
                                : Text::tr("The customer's e-mail address changed after the "
                                           "campaign was queued.");
        if (Status s = sql::exec(q,
                                 QStringLiteral("UPDATE outbox SET status = 'skipped', "
                                                "last_error = ?, updated_at = ? WHERE id = ?"),
                                 {why, now(), idValue(id)});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        notify(Entity::Outbox, id);
        return ClaimOutcome::Excluded;
    }
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE outbox SET status = 'sending', "
                                            "attempts = attempts + 1, updated_at = ? "
                                            "WHERE id = ?"),
                             {now(), idValue(id)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Outbox, id);
    return ClaimOutcome::Claimed;
}

Status OutboxRepository::markSent(RowId id, const QString& serverReply)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto row = get(id);
    if (!row)
        return row.error();
    QSqlQuery q(m_db);
    const QString stamp = now();
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = ?, "
                                            "smtp_code = 250, last_error = ?, updated_at = ? "
                                            "WHERE id = ? AND status IN ('sending', 'uncertain')"),
                             {stamp, serverReply, stamp, idValue(id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::Conflict,
                           Text::tr("The message was not being sent; nothing was recorded."));
    if (row->customerId) {
        Activity activity;
        activity.customerId = row->customerId;
        activity.kind = ActivityKind::Email;
        activity.subject = row->subject;
        activity.body = row->text;
        activity.doneAt = fromTimestamp(stamp);
        auto created = ActivityRepository(m_db, m_hub, *m_clock).create(activity);
        if (!created)
            return created.error();
    }
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Outbox, id);
    return {};
}

namespace {

// Moves a 'sending' row on; the statement's first `?`s are its own values,
// then the update time and the id.
Status moveSending(const QSqlDatabase& db, const QString& set, QVariantList values,
                   const QString& stamp, RowId id)
{
    QSqlQuery q(db);
    // sql-scan: fixed fragment: set is a literal assignment list from the callers below (values
    // bound)
    if (!q.prepare(QStringLiteral("UPDATE outbox SET %1, updated_at = ? "
                                  "WHERE id = ? AND status = 'sending'")
                       .arg(set)))
        return sql::errorFrom(q);
    values << stamp << idValue(id);
    for (int i = 0; i < values.size(); ++i)
        sql::bind(q, i, values.at(i));
    if (Status s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::Conflict,
                           Text::tr("The message was not being sent; nothing was recorded."));
    return {};
}

} // namespace

Status OutboxRepository::markRetry(RowId id, const QString& retryAt, int smtpCode,
                                   const QString& reply)
{
    Status s = moveSending(m_db,
                           QStringLiteral("status = 'queued', next_attempt_at = ?, "
                                          "smtp_code = ?, last_error = ?"),
                           {retryAt, smtpCode, reply}, now(), id);
    if (s)
        notify(Entity::Outbox, id);
    return s;
}

Status OutboxRepository::markFailed(RowId id, int smtpCode, const QString& reply)
{
    Status s = moveSending(m_db, QStringLiteral("status = 'failed', smtp_code = ?, last_error = ?"),
                           {smtpCode, reply}, now(), id);
    if (s)
        notify(Entity::Outbox, id);
    return s;
}

Status OutboxRepository::markUncertain(RowId id, const QString& detail)
{
    Status s = moveSending(m_db, QStringLiteral("status = 'uncertain', last_error = ?"), {detail},
                           now(), id);
    if (s)
        notify(Entity::Outbox, id);
    return s;
}

Status OutboxRepository::release(RowId id, const QString& detail)
{
    Status s = moveSending(m_db,
                           QStringLiteral("status = 'queued', attempts = max(attempts - 1, 0), "
                                          "last_error = ?"),
                           {detail}, now(), id);
    if (s)
        notify(Entity::Outbox, id);
    return s;
}

Status OutboxRepository::resolveUncertain(RowId id, bool delivered)
{
    auto row = get(id);
    if (!row)
        return row.error();
    if (row->status != mail::OutboxStatus::Uncertain)
        return Error::make(Error::Code::Conflict,
                           Text::tr("Only a message whose delivery is uncertain can be "
                                    "resolved."));
    if (delivered)
        return markSent(id, Text::tr("Marked as delivered by the user."));
    if (Status s = sql::execOnce(m_db,
                                 QStringLiteral("UPDATE outbox SET status = 'queued', "
                                                "next_attempt_at = ?, last_error = '', "
                                                "updated_at = ? WHERE id = ? "
                                                "AND status = 'uncertain'"),
                                 {now(), now(), idValue(id)});
        !s)
        return s;
    notify(Entity::Outbox, id);
    return {};
}

Result<int> OutboxRepository::cancel(const QList<RowId>& ids)
{
    if (ids.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    // sql-scan: fixed fragment: placeholders(n) is a "?, ?, ?" list; the ids are bound
    if (!q.prepare(QStringLiteral("UPDATE outbox SET status = 'cancelled', updated_at = ? "
                                  "WHERE status IN ('queued', 'failed') AND id IN (%1)")
                       .arg(placeholders(ids.size()))))
        return sql::errorFrom(q);
    sql::bind(q, 0, now());
    for (int i = 0; i < ids.size(); ++i)
        sql::bind(q, i + 1, idValue(ids.at(i)));
    if (Status s = sql::exec(q); !s)
        return s.error();
    const int count = q.numRowsAffected();
    notify(Entity::Outbox, 0);
    return count;
}

Result<int> OutboxRepository::retry(const QList<RowId>& ids)
{
    if (ids.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    // sql-scan: fixed fragment: placeholders(n) is a "?, ?, ?" list; the ids are bound
    if (!q.prepare(QStringLiteral("UPDATE outbox SET status = 'queued', attempts = 0, "
                                  "next_attempt_at = ?, updated_at = ? "
                                  "WHERE status = 'failed' AND id IN (%1)")
                       .arg(placeholders(ids.size()))))
        return sql::errorFrom(q);
    const QString stamp = now();
    sql::bind(q, 0, stamp);
    sql::bind(q, 1, stamp);
    for (int i = 0; i < ids.size(); ++i)
        sql::bind(q, i + 2, idValue(ids.at(i)));
    if (Status s = sql::exec(q); !s)
        return s.error();
    const int count = q.numRowsAffected();
    notify(Entity::Outbox, 0);
    return count;
}

Result<mail::OutboxRow> OutboxRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, kSelectRow + QStringLiteral("WHERE o.id = ?"), {idValue(id)}); !s)
        return s.error();
    if (!q.next())
        return notFound();
    return rowFrom(q);
}

Result<QHash<mail::OutboxStatus, int>> OutboxRepository::counts() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT status, count(*) FROM outbox "
                                               "GROUP BY status"));
        !s)
        return s.error();
    QHash<mail::OutboxStatus, int> counts;
    while (q.next()) {
        if (auto status = mail::outboxStatusFromKey(q.value(0).toString()))
            counts.insert(*status, q.value(1).toInt());
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    return counts;
}

Result<QList<mail::OutboxRow>>
OutboxRepository::rows(std::optional<mail::OutboxStatus> status) const
{
    QSqlQuery q(m_db);
    Status s = status
                   ? sql::exec(q, kSelectRow + QStringLiteral("WHERE o.status = ? ORDER BY o.id"),
                               {mail::outboxStatusKey(*status)})
                   : sql::exec(q, kSelectRow + QStringLiteral("ORDER BY o.id"));
    if (!s)
        return s.error();
    QList<mail::OutboxRow> list;
    while (q.next())
        list << rowFrom(q);
    if (Status done = sql::finished(q); !done)
        return done.error();
    return list;
}

TableDef OutboxRepository::tableDef()
{
    TableDef def;
    def.from = QStringLiteral("outbox o JOIN campaigns k ON k.id = o.campaign_id");
    def.idExpr = QStringLiteral("o.id");
    def.baseWhere = QStringLiteral("1 = 1");
    def.columns = {
        // Rows are queued in id order: sorting on the key needs no index.
        {QStringLiteral("queued"), QStringLiteral("o.queued_at"), QStringLiteral("o.id")},
        {QStringLiteral("campaign"), QStringLiteral("k.name"), QStringLiteral("k.name")},
        {QStringLiteral("to"), QStringLiteral("o.to_name"), QStringLiteral("o.to_name")},
        {QStringLiteral("address"), QStringLiteral("o.to_address"), QStringLiteral("o.to_address")},
        {QStringLiteral("subject"), QStringLiteral("o.subject"), QStringLiteral("o.subject")},
        {QStringLiteral("status"), QStringLiteral("o.status"), QStringLiteral("o.status")},
        {QStringLiteral("attempts"), QStringLiteral("o.attempts"), QStringLiteral("o.attempts")},
        {QStringLiteral("next"), QStringLiteral("o.next_attempt_at"),
         QStringLiteral("o.next_attempt_at")},
        {QStringLiteral("error"), QStringLiteral("o.last_error"), QStringLiteral("o.last_error")},
        {QStringLiteral("sent"), QStringLiteral("o.sent_at"),
         QStringLiteral("coalesce(o.sent_at, '')")},
    };
    def.filters = {
        {QStringLiteral("status"), QStringLiteral("o.status = ?")},
        {QStringLiteral("campaign"), QStringLiteral("o.campaign_id = ?")},
    };
    return def;
}

} // namespace rapport::core
