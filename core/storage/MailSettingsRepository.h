#pragma once

#include "mail/MailTypes.h"
#include "mail/SmtpTransport.h"
#include "storage/Repository.h"

namespace rapport::core {

// The business's mail settings, kept in the database (mail_settings) because
// they belong to the business's data, not to one user account: the sender
// identity, the SMTP server (host, port, security, user — never the password)
// and the sending pace.
class MailSettingsRepository : public Repository
{
public:
    using Repository::Repository;

    Result<mail::MailIdentity> identity() const;
    // The from address must be valid (Error field "from_address").
    Status setIdentity(const mail::MailIdentity& identity);

    // Host empty when none is set yet; the password is always empty.
    Result<mail::SmtpSettings> smtp() const;
    Status setSmtp(const mail::SmtpSettings& settings); // the password is not stored

    Result<mail::SendPace> pace() const;
    Status setPace(const mail::SendPace& pace);

    // All three at once, in one transaction: all saved or none.
    Status save(const mail::MailIdentity& identity, const mail::SmtpSettings& smtp,
                const mail::SendPace& pace);
};

} // namespace rapport::core
