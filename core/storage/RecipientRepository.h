#pragma once

#include "mail/MailTypes.h"
#include "storage/Repository.h"

namespace rapport::core {

// A customer as a campaign sees them: where mail goes, whether it may, and the
// merge fields.
struct Recipient
{
    RowId customerId = 0;
    QString name;
    QString address; // the customer's e-mail as stored ('' when none)
    bool optedOut = false;
    bool suppressed = false; // the address is on the suppression list
    bool hasOptIn = false;   // an opt-in is recorded after the latest opt-out
    mail::MergeFields fields;
};

// Turns a segment into customers and customers into recipients.
class RecipientRepository : public Repository
{
public:
    using Repository::Repository;

    // Live customers of the segment, by id. NotFound (with a message naming
    // it) for a tag, customers view or rule that does not exist, or an RFM
    // segment no scoring run produced; an RFM name may be its key
    // ("champions") or its English or translated name.
    // With `limit` >= 0, at most that many (a preview's sample: a saved view
    // then reads only one page).
    Result<QList<RowId>> resolve(const mail::SegmentRef& segment, int limit = -1) const;
    // The recipients of `customerIds` in that order (deleted customers left out).
    Result<QList<Recipient>> load(const QList<RowId>& customerIds) const;
    // The merge fields that exist: mail::standardMergeFields() and
    // "custom.<key>" for every customer custom field.
    Result<QStringList> knownFields() const;

private:
    Result<QList<RowId>> resolveAll(const mail::SegmentRef& segment, int limit) const;
};

} // namespace rapport::core
