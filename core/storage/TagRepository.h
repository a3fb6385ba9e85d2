#pragma once

#include "domain/Entities.h"
#include "storage/Repository.h"

#include <QHash>
#include <QList>

namespace rapport::core {

// A tag as it was when it was removed, with the customers that had it, so an
// undo brings back the same row (same id and uuid) and every assignment.
struct RemovedTag
{
    Tag tag;
    QString uuid;
    QString createdAt;
    QList<RowId> customerIds;
};

// Customer tags: the tags themselves (name unique case-insensitively, a
// #rrggbb colour) and their assignments. Writes announce Entity::Tag, and
// Entity::Customer when assignments change (tables and panes show tags).
class TagRepository : public Repository
{
public:
    using Repository::Repository;

    Result<RowId> create(Tag tag);  // names are unique, case-insensitively
    Result<QList<Tag>> all() const; // by name
    Result<Tag> get(RowId id) const;
    Result<Tag> byName(const QString& name) const; // case-insensitive
    // Live customers per tag id (tags no live customer has are absent).
    Result<QHash<RowId, std::int64_t>> usageCounts() const;

    Status rename(RowId id, const QString& name);
    Status setColor(RowId id, const QString& color); // "#rrggbb"
    // Deletes the tag and its assignments; what it returns undoes it (restore).
    Result<RemovedTag> remove(RowId id);
    Status restore(const RemovedTag& removed);

    // Tags every customer of `customerIds` (one transaction). Returns the ids
    // that did not have the tag before: what an undo removes it from again.
    Result<QList<RowId>> addToCustomers(RowId tagId, const QList<RowId>& customerIds);
    // Untags them; returns the ids that had the tag (what an undo gives back).
    Result<QList<RowId>> removeFromCustomers(RowId tagId, const QList<RowId>& customerIds);
    // Customers (live or not) holding the tag, by id.
    Result<QList<RowId>> customersWith(RowId tagId) const;

    // "#rrggbb" (case-insensitive), the form the colour column holds.
    static bool isColor(const QString& color);
};

} // namespace rapport::core
