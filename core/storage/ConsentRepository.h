#pragma once

#include "mail/MailTypes.h"
#include "storage/Repository.h"

namespace rapport::core {

// An address on the suppression list.
struct Suppression
{
    QString address;
    QString reason; // opt_out, bounce, complaint, manual
    QString note;
    QString createdAt;
};

// Consent and the suppression list. An opt-out sets the customer's opted_out
// flag and puts the address on the suppression list (a trigger does that for
// every other path too); nothing in Rapport removes a suppressed address, and
// an opt-in for a suppressed address is refused. Writes announce
// Entity::Customer (the card shows consent) and Entity::Outbox.
class ConsentRepository : public Repository
{
public:
    using Repository::Repository;

    // Records an opt-in (date, source and wording required). Refused when the
    // customer's address is suppressed or the customer opted out.
    Result<RowId> recordOptIn(const mail::ConsentEvent& event);
    // Opts the customer out: the flag, the suppression list (reason "opt_out"
    // or "bounce"/"complaint"), and an opt_out event with `source`, in one
    // transaction. Opting out twice is not an error.
    Status optOut(RowId customerId, const QString& reason, const QString& source);
    // The customer whose outbox row carries this unsubscribe token opts out
    // (what a reply "unsubscribe TOKEN" or a bounce resolves to). NotFound when
    // no row has the token.
    Result<RowId> optOutByToken(const QString& token, const QString& reason);
    // Adds an address by hand (validated); adding one twice is not an error.
    Status suppress(const QString& address, const QString& reason, const QString& note);

    Result<QList<mail::ConsentEvent>> events(RowId customerId) const; // oldest first
    // The latest opt-in after the latest opt-out, if any.
    Result<std::optional<mail::ConsentEvent>> currentOptIn(RowId customerId) const;
    Result<bool> isSuppressed(const QString& address) const;
    Result<QList<Suppression>> suppressions() const; // newest first
};

} // namespace rapport::core
