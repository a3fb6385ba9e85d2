#include "storage/ConsentRepository.h"

#include "mail/MailMessage.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::ConsentRepository)
};

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

const QStringList kReasons = {QStringLiteral("opt_out"), QStringLiteral("bounce"),
                              QStringLiteral("complaint"), QStringLiteral("manual")};

mail::ConsentEvent eventFrom(const QSqlQuery& q)
{
    mail::ConsentEvent e;
    e.id = q.value(0).toLongLong();
    e.customerId = q.value(1).toLongLong();
    e.kind = q.value(2).toString() == QLatin1String("opt_out") ? mail::ConsentEvent::Kind::OptOut
                                                               : mail::ConsentEvent::Kind::OptIn;
    e.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    e.source = q.value(4).toString();
    e.wording = q.value(5).toString();
    return e;
}

const QString kSelectEvents = QStringLiteral(
    "SELECT id, customer_id, kind, happened_on, source, wording FROM consent_events ");

} // namespace

Result<RowId> ConsentRepository::recordOptIn(const mail::ConsentEvent& event)
{
    if (!event.date.isValid())
        return Error::validation(QStringLiteral("date"),
                                 Text::tr("An opt-in needs the date it was given."));
    if (event.source.trimmed().isEmpty())
        return Error::validation(QStringLiteral("source"),
                                 Text::tr("Say where the opt-in came from (a form, the shop "
                                          "counter, a reply)."));
    if (event.wording.trimmed().isEmpty())
        return Error::validation(QStringLiteral("wording"),
                                 Text::tr("Keep the exact words the customer agreed to."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT c.opted_out, c.email, EXISTS (SELECT 1 FROM "
                                            "suppressions s WHERE s.address = lower(c.email)) "
                                            "FROM customers c WHERE c.id = ? "
                                            "AND c.deleted_at IS NULL"),
                             {idValue(event.customerId)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("The customer no longer exists."));
    // An opt-out is final: a later opt-in cannot switch the mail back on.
    if (q.value(0).toBool() || q.value(2).toBool())
        return Error::validation(QStringLiteral("customer"),
                                 Text::tr("This customer opted out (or their address %1 is on "
                                          "the suppression list); Rapport never mails them "
                                          "again.")
                                     .arg(q.value(1).toString()));
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO consent_events (customer_id, kind, "
                                            "happened_on, source, wording, created_at) "
                                            "VALUES (?, 'opt_in', ?, ?, ?, ?)"),
                             {idValue(event.customerId), event.date.toString(Qt::ISODate),
                              event.source.trimmed(), event.wording.trimmed(), now()});
        !s)
        return s.error();
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Customer, event.customerId);
    return id;
}

Status ConsentRepository::optOut(RowId customerId, const QString& reason, const QString& source)
{
    if (!kReasons.contains(reason))
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("“%1” is not a reason to suppress an address.").arg(reason));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q, QStringLiteral("SELECT email, opted_out FROM customers WHERE id = ?"),
                      {idValue(customerId)});
        !s)
        return s;
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("The customer no longer exists."));
    const QString address = q.value(0).toString().trimmed().toLower();
    const bool wasOptedOut = q.value(1).toBool();
    const QString stamp = now();
    // The suppression row first, so its reason is the one given (the trigger on
    // opted_out would write "opt_out").
    if (!address.isEmpty()) {
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT OR IGNORE INTO suppressions (address, "
                                                "reason, note, created_at) VALUES (?, ?, ?, ?)"),
                                 {address, reason, source, stamp});
            !s)
            return s;
    }
    if (!wasOptedOut) {
        if (Status s = sql::exec(q,
                                 QStringLiteral("UPDATE customers SET opted_out = 1, "
                                                "updated_at = ? WHERE id = ?"),
                                 {stamp, idValue(customerId)});
            !s)
            return s;
        if (Status s = AuditLog::record(m_db, QStringLiteral("customers"), customerId,
                                        AuditLog::Action::Update, QStringLiteral("opted_out"),
                                        QStringLiteral("false"), QStringLiteral("true"), stamp);
            !s)
            return s;
    }
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO consent_events (customer_id, kind, "
                                            "happened_on, source, wording, created_at) "
                                            "VALUES (?, 'opt_out', ?, ?, '', ?)"),
                             {idValue(customerId), stamp.left(10), source.trimmed(), stamp});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Customer, customerId);
    notify(Entity::Outbox, 0);
    return {};
}

Result<RowId> ConsentRepository::optOutByToken(const QString& token, const QString& reason)
{
    auto customer = sql::scalar(m_db,
                                QStringLiteral("SELECT customer_id FROM outbox "
                                               "WHERE unsubscribe_token = ?"),
                                {token.trimmed()});
    if (!customer) {
        if (customer.error().code == Error::Code::NotFound)
            return Error::make(
                Error::Code::NotFound,
                Text::tr("No message in the outbox carries the code “%1”.").arg(token));
        return customer.error();
    }
    if (customer->isNull()) {
        // The customer was erased; the address still goes on the list.
        auto address = sql::scalar(m_db,
                                   QStringLiteral("SELECT to_address FROM outbox "
                                                  "WHERE unsubscribe_token = ?"),
                                   {token.trimmed()});
        if (!address)
            return address.error();
        if (Status s = suppress(address->toString(), reason, Text::tr("reply or bounce")); !s)
            return s.error();
        return RowId(0);
    }
    const RowId customerId = customer->toLongLong();
    const QString source = reason == QLatin1String("bounce")
                               ? Text::tr("bounce of a campaign message")
                               : Text::tr("reply to a campaign message");
    // The address the message went to goes on the list as well: it may no
    // longer be the customer's current one.
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = sql::execOnce(m_db,
                                 QStringLiteral("INSERT OR IGNORE INTO suppressions (address, "
                                                "reason, note, created_at) SELECT "
                                                "lower(to_address), ?, ?, ? FROM outbox "
                                                "WHERE unsubscribe_token = ?"),
                                 {reason, source, now(), token.trimmed()});
        !s)
        return s.error();
    if (Status s = optOut(customerId, reason, source); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return customerId;
}

Status ConsentRepository::suppress(const QString& address, const QString& reason,
                                   const QString& note)
{
    const QString clean = address.trimmed().toLower();
    if (!mail::isValidAddress(clean))
        return Error::validation(QStringLiteral("address"),
                                 Text::tr("“%1” is not an e-mail address.").arg(address));
    if (!kReasons.contains(reason))
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("“%1” is not a reason to suppress an address.").arg(reason));
    if (Status s = sql::execOnce(m_db,
                                 QStringLiteral("INSERT OR IGNORE INTO suppressions (address, "
                                                "reason, note, created_at) VALUES (?, ?, ?, ?)"),
                                 {clean, reason, note.simplified(), now()});
        !s)
        return s;
    notify(Entity::Outbox, 0);
    return {};
}

Result<QList<mail::ConsentEvent>> ConsentRepository::events(RowId customerId) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, kSelectEvents + QStringLiteral("WHERE customer_id = ? ORDER BY id"),
                             {idValue(customerId)});
        !s)
        return s.error();
    QList<mail::ConsentEvent> list;
    while (q.next())
        list << eventFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return list;
}

Result<std::optional<mail::ConsentEvent>> ConsentRepository::currentOptIn(RowId customerId) const
{
    auto list = events(customerId);
    if (!list)
        return list.error();
    std::optional<mail::ConsentEvent> current;
    for (const mail::ConsentEvent& e : *list) {
        if (e.kind == mail::ConsentEvent::Kind::OptIn)
            current = e;
        else
            current.reset();
    }
    return current;
}

Result<bool> ConsentRepository::isSuppressed(const QString& address) const
{
    auto found = sql::scalar(m_db,
                             QStringLiteral("SELECT EXISTS (SELECT 1 FROM suppressions "
                                            "WHERE address = ?)"),
                             {address.trimmed().toLower()});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<QList<Suppression>> ConsentRepository::suppressions() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT address, reason, note, created_at "
                                               "FROM suppressions ORDER BY id DESC"));
        !s)
        return s.error();
    QList<Suppression> list;
    while (q.next())
        list << Suppression{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()};
    if (Status s = sql::finished(q); !s)
        return s.error();
    return list;
}

} // namespace rapport::core
