#include "storage/EmailTemplateRepository.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::EmailTemplateRepository)
};

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

const QString kSelect =
    QStringLiteral("SELECT id, name, subject, html, body_text, updated_at FROM email_templates ");

mail::EmailTemplate templateFrom(const QSqlQuery& q)
{
    mail::EmailTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.body.subject = q.value(2).toString();
    t.body.html = q.value(3).toString();
    t.body.text = q.value(4).toString();
    t.updatedAt = q.value(5).toString();
    return t;
}

Error notFound()
{
    return Error::make(Error::Code::NotFound, Text::tr("The e-mail template no longer exists."));
}

// Name required and free, template compiling: what create and update share.
Status validate(const QSqlDatabase& db, const mail::EmailTemplate& t)
{
    if (t.name.trimmed().isEmpty())
        return Error::validation(QStringLiteral("name"), Text::tr("A template needs a name."));
    auto taken = sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM email_templates WHERE "
                                            "lower(name) = lower(?) AND id <> ? "
                                            "AND deleted_at IS NULL"),
                             {t.name.trimmed(), idValue(t.id)});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return Error::validation(
            QStringLiteral("name"),
            Text::tr("A template named “%1” already exists.").arg(t.name.trimmed()));
    if (auto compiled = mail::CompiledTemplate::compile(t.body); !compiled)
        return compiled.error();
    return {};
}

} // namespace

Result<QList<mail::EmailTemplate>> EmailTemplateRepository::all() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, kSelect
                                    + QStringLiteral("WHERE deleted_at IS NULL "
                                                     "ORDER BY lower(name), id"));
        !s)
        return s.error();
    QList<mail::EmailTemplate> list;
    while (q.next())
        list << templateFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return list;
}

Result<mail::EmailTemplate> EmailTemplateRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, kSelect + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"),
                             {idValue(id)});
        !s)
        return s.error();
    if (!q.next())
        return notFound();
    return templateFrom(q);
}

Result<mail::EmailTemplate> EmailTemplateRepository::byName(const QString& name) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             kSelect
                                 + QStringLiteral("WHERE lower(name) = lower(?) "
                                                  "AND deleted_at IS NULL"),
                             {name.trimmed()});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           Text::tr("There is no e-mail template named “%1”.").arg(name));
    return templateFrom(q);
}

Result<RowId> EmailTemplateRepository::create(const mail::EmailTemplate& emailTemplate)
{
    if (Status s = validate(m_db, emailTemplate); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(m_db);
    const QString stamp = now();
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO email_templates (uuid, name, subject, "
                                            "html, body_text, created_at, updated_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {newUuid(), emailTemplate.name.trimmed(), emailTemplate.body.subject,
                              emailTemplate.body.html, emailTemplate.body.text, stamp, stamp});
        !s)
        return s.error();
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::EmailTemplate, id);
    return id;
}

Status EmailTemplateRepository::update(const mail::EmailTemplate& emailTemplate)
{
    if (Status s = validate(m_db, emailTemplate); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE email_templates SET name = ?, subject = ?, "
                                            "html = ?, body_text = ?, updated_at = ? "
                                            "WHERE id = ? AND deleted_at IS NULL"),
                             {emailTemplate.name.trimmed(), emailTemplate.body.subject,
                              emailTemplate.body.html, emailTemplate.body.text, now(),
                              idValue(emailTemplate.id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return notFound();
    notify(Entity::EmailTemplate, emailTemplate.id);
    return {};
}

Status EmailTemplateRepository::remove(RowId id)
{
    return softDelete(QStringLiteral("email_templates"), Entity::EmailTemplate, id,
                      Text::tr("The e-mail template no longer exists."));
}

Status EmailTemplateRepository::restore(RowId id)
{
    return restoreDeleted(QStringLiteral("email_templates"), Entity::EmailTemplate, id,
                          Text::tr("The e-mail template no longer exists."));
}

} // namespace rapport::core
