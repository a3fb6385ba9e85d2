#include "storage/TagRepository.h"

#include "domain/ContactRules.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::TagRepository)
};

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

Error nameError(const QString& name)
{
    if (name.isEmpty())
        return Error::validation(QStringLiteral("name"), Text::tr("A tag needs a name."));
    return Error::validation(QStringLiteral("name"),
                             Text::tr("The tag “%1” already exists.").arg(name));
}

Error notFound()
{
    return Error::make(Error::Code::NotFound, Text::tr("The tag no longer exists."));
}

// Tags one customer (skipped when the customer or the tag is gone).
const QString kTagCustomer =
    QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                   "SELECT c.id, t.id FROM customers c, tags t WHERE c.id = ? AND t.id = ?");

// Audit rows: the tag itself, and "tag" on each customer it is given or taken from.
const QString kTags = QStringLiteral("tags");
const QString kCustomers = QStringLiteral("customers");
const QString kTagField = QStringLiteral("tag");

// Runs `statement` (two `?`: customer id, tag id) once per customer and
// returns the customers a row changed for.
Result<QList<RowId>> perCustomer(const QSqlDatabase& db, const QString& statement, RowId tagId,
                                 const QList<RowId>& customerIds)
{
    QSqlQuery q(db);
    if (!q.prepare(statement))
        return sql::errorFrom(q);
    QList<RowId> changed;
    for (RowId customerId : customerIds) {
        sql::bind(q, 0, idValue(customerId));
        sql::bind(q, 1, idValue(tagId));
        if (Status s = sql::exec(q); !s)
            return s.error();
        if (q.numRowsAffected() > 0)
            changed << customerId;
    }
    return changed;
}

} // namespace

bool TagRepository::isColor(const QString& color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(color).hasMatch();
}

Result<RowId> TagRepository::create(Tag tag)
{
    tag.name = contact::simplified(tag.name);
    if (tag.name.isEmpty())
        return nameError(tag.name);
    if (tag.color.isEmpty())
        tag.color = QStringLiteral("#888888");
    if (!isColor(tag.color))
        return Error::validation(QStringLiteral("color"), Text::tr("A colour looks like #33aa66."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO tags (uuid, name, color, created_at) "
                                            "VALUES (?, ?, ?, ?)"),
                             {newUuid(), tag.name, tag.color.toLower(), now()});
        !s) {
        if (s.error().code == Error::Code::Conflict)
            return nameError(tag.name);
        return s.error();
    }
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog::record(m_db, kTags, id, AuditLog::Action::Create, {}, {},
                                    AuditLog::json(tag.name), now());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Tag, id);
    return id;
}

Result<QList<Tag>> TagRepository::all() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, name, color FROM tags ORDER BY name"));
        !s)
        return s.error();
    QList<Tag> result;
    while (q.next())
        result << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

Result<Tag> TagRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, name, color FROM tags WHERE id = ?"),
                             {idValue(id)});
        !s)
        return s.error();
    if (!q.next()) {
        if (Status s = sql::finished(q); !s)
            return s.error();
        return notFound();
    }
    return Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Result<Tag> TagRepository::byName(const QString& name) const
{
    // The column collates NOCASE, so `=` ignores ASCII case like the UNIQUE index.
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM tags WHERE name = ?"),
                          {contact::simplified(name)});
    if (!id)
        return id.error().code == Error::Code::NotFound ? notFound() : id.error();
    return get(id->toLongLong());
}

Result<QHash<RowId, std::int64_t>> TagRepository::usageCounts() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT ct.tag_id, count(*) FROM customer_tags ct "
                                               "JOIN customers c ON c.id = ct.customer_id "
                                               "WHERE c.deleted_at IS NULL GROUP BY ct.tag_id"));
        !s)
        return s.error();
    QHash<RowId, std::int64_t> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    if (Status s = sql::finished(q); !s)
        return s.error();
    return counts;
}

Status TagRepository::rename(RowId id, const QString& name)
{
    const QString simplified = contact::simplified(name);
    if (simplified.isEmpty())
        return nameError(simplified);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto before = get(id);
    if (!before)
        return before.error();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"),
                             {simplified, idValue(id)});
        !s) {
        if (s.error().code == Error::Code::Conflict)
            return nameError(simplified);
        return s;
    }
    if (q.numRowsAffected() == 0)
        return notFound();
    if (before->name != simplified) {
        if (Status s =
                AuditLog::record(m_db, kTags, id, AuditLog::Action::Update, QStringLiteral("name"),
                                 AuditLog::json(before->name), AuditLog::json(simplified), now());
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Tag, id);
    notify(Entity::Customer, 0); // tables and panes show tag names
    return {};
}

Status TagRepository::setColor(RowId id, const QString& color)
{
    if (!isColor(color))
        return Error::validation(QStringLiteral("color"), Text::tr("A colour looks like #33aa66."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto before = get(id);
    if (!before)
        return before.error();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"),
                             {color.toLower(), idValue(id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return notFound();
    if (before->color != color.toLower()) {
        if (Status s = AuditLog::record(m_db, kTags, id, AuditLog::Action::Update,
                                        QStringLiteral("color"), AuditLog::json(before->color),
                                        AuditLog::json(color.toLower()), now());
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Tag, id);
    return {};
}

Result<QList<RowId>> TagRepository::customersWith(RowId tagId) const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("SELECT customer_id FROM customer_tags WHERE tag_id = ? "
                                     "ORDER BY customer_id"),
                      {idValue(tagId)});
        !s)
        return s.error();
    QList<RowId> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (Status s = sql::finished(q); !s)
        return s.error();
    return ids;
}

Result<RemovedTag> TagRepository::remove(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    RemovedTag removed;
    {
        QSqlQuery q(m_db);
        if (Status s = sql::exec(
                q,
                QStringLiteral("SELECT id, name, color, uuid, created_at FROM tags WHERE id = ?"),
                {idValue(id)});
            !s)
            return s.error();
        if (!q.next())
            return notFound();
        removed.tag = Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        removed.uuid = q.value(3).toString();
        removed.createdAt = q.value(4).toString();
    }
    auto customers = customersWith(id);
    if (!customers)
        return customers.error();
    removed.customerIds = *customers;
    // customer_tags rows go with the tag (ON DELETE CASCADE).
    if (Status s =
            sql::execOnce(m_db, QStringLiteral("DELETE FROM tags WHERE id = ?"), {idValue(id)});
        !s)
        return s.error();
    const QString stamp = now();
    const QString name = AuditLog::json(removed.tag.name);
    if (Status s = AuditLog::record(m_db, kTags, id, AuditLog::Action::Delete, {}, name, {}, stamp);
        !s)
        return s.error();
    if (Status s = AuditLog::recordMany(m_db, kCustomers, removed.customerIds,
                                        AuditLog::Action::Update, kTagField, name, {}, stamp);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Tag, id);
    if (!removed.customerIds.isEmpty())
        notify(Entity::Customer, 0);
    return removed;
}

Status TagRepository::restore(const RemovedTag& removed)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = sql::execOnce(m_db,
                                 QStringLiteral("INSERT INTO tags (id, uuid, name, color, "
                                                "created_at) VALUES (?, ?, ?, ?, ?)"),
                                 {idValue(removed.tag.id), removed.uuid, removed.tag.name,
                                  removed.tag.color, removed.createdAt});
        !s) {
        if (s.error().code == Error::Code::Conflict)
            return nameError(removed.tag.name);
        return s;
    }
    auto restored = perCustomer(m_db, kTagCustomer, removed.tag.id, removed.customerIds);
    // A customer purged meanwhile is skipped rather than failing the undo.
    if (!restored)
        return restored.error();
    const QString stamp = now();
    const QString name = AuditLog::json(removed.tag.name);
    if (Status s = AuditLog::record(m_db, kTags, removed.tag.id, AuditLog::Action::Restore, {}, {},
                                    name, stamp);
        !s)
        return s;
    if (Status s = AuditLog::recordMany(m_db, kCustomers, *restored, AuditLog::Action::Update,
                                        kTagField, {}, name, stamp);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Tag, removed.tag.id);
    if (!removed.customerIds.isEmpty())
        notify(Entity::Customer, 0);
    return {};
}

Result<QList<RowId>> TagRepository::addToCustomers(RowId tagId, const QList<RowId>& customerIds)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto tag = get(tagId);
    if (!tag)
        return tag.error();
    auto added = perCustomer(m_db, kTagCustomer, tagId, customerIds);
    if (!added)
        return added.error();
    if (Status s = AuditLog::recordMany(m_db, kCustomers, *added, AuditLog::Action::Update,
                                        kTagField, {}, AuditLog::json(tag->name), now());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Tag, tagId);
    if (!added->isEmpty())
        notify(Entity::Customer, added->size() == 1 ? added->first() : 0);
    return added;
}

Result<QList<RowId>> TagRepository::removeFromCustomers(RowId tagId,
                                                        const QList<RowId>& customerIds)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // A tag deleted meanwhile has no links left to remove (they cascade).
    auto tag = get(tagId);
    if (!tag && tag.error().code != Error::Code::NotFound)
        return tag.error();
    auto removed = perCustomer(
        m_db, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?"),
        tagId, customerIds);
    if (!removed)
        return removed.error();
    if (Status s =
            AuditLog::recordMany(m_db, kCustomers, *removed, AuditLog::Action::Update, kTagField,
                                 AuditLog::json(tag ? tag->name : QString()), {}, now());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Tag, tagId);
    if (!removed->isEmpty())
        notify(Entity::Customer, removed->size() == 1 ? removed->first() : 0);
    return removed;
}

} // namespace rapport::core
