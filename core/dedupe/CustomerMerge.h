#pragma once

#include "dedupe/FieldChoices.h"
#include "domain/Entities.h"
#include "storage/Repository.h"

#include <QList>
#include <QPair>
#include <QVariant>

namespace rapport::core {

// A record offered for a merge, with what would move from it.
struct MergeCandidate
{
    Customer customer;
    int orderCount = 0;    // live orders
    int activityCount = 0; // live activities
    int tagCount = 0;
};

// Everything the undo of one merge needs: the keeper's stored columns before
// the merge, and exactly which rows moved (or, for a tag the keeper already
// had, which links were dropped) from which record.
struct MergeRecord
{
    struct Moved
    {
        RowId id = 0;   // order or activity
        RowId from = 0; // the merged record it belonged to
    };
    struct TagLink
    {
        RowId customerId = 0; // the merged record that held the tag
        RowId tagId = 0;
    };

    RowId keeperId = 0;
    QList<RowId> mergedIds;                       // soft-deleted by the merge
    QList<QPair<QString, QVariant>> keeperBefore; // column -> value (not id, uuid, timestamps)
    QList<Moved> orders;
    QList<Moved> activities;
    QList<TagLink> movedTags;
    QList<TagLink> droppedTags;
};

// Merges duplicate customers into one, and undoes such a merge. A merge is one
// transaction: the keeper takes the chosen values (written through
// CustomerRepository, so sort key, phone digits and search text follow), the
// others' orders, activities (live and deleted) and tags move to the keeper,
// and the others are soft-deleted. Undo puts back the keeper's stored values
// as they were, moves exactly the moved rows back and restores the others,
// also in one transaction. Both announce their changes once committed.
class CustomerMerge : public Repository
{
public:
    using Repository::Repository;

    // The live records with these ids and their counts, in the order given;
    // NotFound if one is deleted or missing.
    Result<QList<MergeCandidate>> candidates(const QList<RowId>& ids) const;

    // NotFound (and nothing changed) if any record is deleted or missing;
    // InvalidArgument if there is nothing to merge or an id is given twice.
    Result<MergeRecord> merge(RowId keeperId, const QList<RowId>& otherIds,
                              const FieldChoices& choices) const;
    Status undo(const MergeRecord& record) const;
};

} // namespace rapport::core
