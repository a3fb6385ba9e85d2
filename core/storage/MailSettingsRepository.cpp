#include "storage/MailSettingsRepository.h"

#include "mail/MailMessage.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::MailSettingsRepository)
};

Result<QHash<QString, QString>> readAll(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT key, value FROM mail_settings")); !s)
        return s.error();
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    if (Status s = sql::finished(q); !s)
        return s.error();
    return values;
}

Status writeAll(const QSqlDatabase& db, const QList<QPair<QString, QString>>& values)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(db);
    for (const auto& [key, value] : values) {
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO mail_settings (key, value) "
                                                "VALUES (?, ?) ON CONFLICT (key) "
                                                "DO UPDATE SET value = excluded.value"),
                                 {key, value});
            !s)
            return s;
    }
    return tx.commit();
}

int intOr(const QHash<QString, QString>& values, const QString& key, int fallback)
{
    bool ok = false;
    const int value = values.value(key).toInt(&ok);
    return ok ? value : fallback;
}

QString securityKey(mail::SmtpSettings::Security security)
{
    switch (security) {
    case mail::SmtpSettings::Security::Tls:
        return QStringLiteral("tls");
    case mail::SmtpSettings::Security::None:
        return QStringLiteral("none");
    case mail::SmtpSettings::Security::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

} // namespace

Result<mail::MailIdentity> MailSettingsRepository::identity() const
{
    auto values = readAll(m_db);
    if (!values)
        return values.error();
    mail::MailIdentity identity;
    identity.fromName = values->value(QStringLiteral("from_name"));
    identity.fromAddress = values->value(QStringLiteral("from_address"));
    identity.postalAddress = values->value(QStringLiteral("postal_address"));
    return identity;
}

Status MailSettingsRepository::setIdentity(const mail::MailIdentity& identity)
{
    if (!mail::isValidAddress(identity.fromAddress.trimmed()))
        return Error::validation(QStringLiteral("from_address"),
                                 Text::tr("“%1” is not an e-mail address the mail can come from.")
                                     .arg(identity.fromAddress));
    // Names become header text: no line breaks (the MIME builder would turn
    // them into spaces anyway; storing them clean shows what will be sent).
    const auto oneLine = [](const QString& text) {
        return text.simplified();
    };
    Status s =
        writeAll(m_db, {{QStringLiteral("from_name"), oneLine(identity.fromName)},
                        {QStringLiteral("from_address"), identity.fromAddress.trimmed()},
                        {QStringLiteral("postal_address"), oneLine(identity.postalAddress)}});
    if (s)
        notify(Entity::Outbox, 0);
    return s;
}

Result<mail::SmtpSettings> MailSettingsRepository::smtp() const
{
    auto values = readAll(m_db);
    if (!values)
        return values.error();
    mail::SmtpSettings settings;
    settings.host = values->value(QStringLiteral("smtp_host"));
    settings.port = intOr(*values, QStringLiteral("smtp_port"), 587);
    const QString security = values->value(QStringLiteral("smtp_security"));
    if (security == QLatin1String("tls"))
        settings.security = mail::SmtpSettings::Security::Tls;
    else if (security == QLatin1String("none"))
        settings.security = mail::SmtpSettings::Security::None;
    settings.user = values->value(QStringLiteral("smtp_user"));
    settings.caFile = values->value(QStringLiteral("smtp_ca_file"));
    settings.timeoutSeconds = intOr(*values, QStringLiteral("smtp_timeout"), 30);
    return settings;
}

Status MailSettingsRepository::setSmtp(const mail::SmtpSettings& settings)
{
    if (settings.port < 1 || settings.port > 65535)
        return Error::validation(QStringLiteral("smtp_port"),
                                 Text::tr("A port is a number from 1 to 65535."));
    Status s = writeAll(
        m_db, {{QStringLiteral("smtp_host"), settings.host.trimmed()},
               {QStringLiteral("smtp_port"), QString::number(settings.port)},
               {QStringLiteral("smtp_security"), securityKey(settings.security)},
               {QStringLiteral("smtp_user"), settings.user.trimmed()},
               {QStringLiteral("smtp_ca_file"), settings.caFile},
               {QStringLiteral("smtp_timeout"), QString::number(settings.timeoutSeconds)}});
    if (s)
        notify(Entity::Outbox, 0);
    return s;
}

Status MailSettingsRepository::save(const mail::MailIdentity& identity,
                                    const mail::SmtpSettings& smtp, const mail::SendPace& pace)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = setIdentity(identity); !s)
        return s;
    if (Status s = setSmtp(smtp); !s)
        return s;
    if (Status s = setPace(pace); !s)
        return s;
    return tx.commit();
}

Result<mail::SendPace> MailSettingsRepository::pace() const
{
    auto values = readAll(m_db);
    if (!values)
        return values.error();
    mail::SendPace pace;
    pace.messagesPerMinute =
        intOr(*values, QStringLiteral("messages_per_minute"), pace.messagesPerMinute);
    pace.maxAttempts = intOr(*values, QStringLiteral("max_attempts"), pace.maxAttempts);
    pace.firstRetryMinutes =
        intOr(*values, QStringLiteral("first_retry_minutes"), pace.firstRetryMinutes);
    return pace;
}

Status MailSettingsRepository::setPace(const mail::SendPace& pace)
{
    if (pace.messagesPerMinute < 1 || pace.messagesPerMinute > 6000)
        return Error::validation(QStringLiteral("messages_per_minute"),
                                 Text::tr("Send between 1 and 6,000 messages a minute."));
    if (pace.maxAttempts < 1 || pace.maxAttempts > 20)
        return Error::validation(QStringLiteral("max_attempts"),
                                 Text::tr("Try each message between 1 and 20 times."));
    if (pace.firstRetryMinutes < 1)
        return Error::validation(QStringLiteral("first_retry_minutes"),
                                 Text::tr("Wait at least a minute before trying again."));
    return writeAll(
        m_db, {{QStringLiteral("messages_per_minute"), QString::number(pace.messagesPerMinute)},
               {QStringLiteral("max_attempts"), QString::number(pace.maxAttempts)},
               {QStringLiteral("first_retry_minutes"), QString::number(pace.firstRetryMinutes)}});
}

} // namespace rapport::core
