#pragma once

#include "domain/SavedView.h"
#include "storage/Repository.h"

namespace rapport::core {

// Saved table views (saved_views). Names are unique per table among live views.
// Writes announce Entity::SavedView.
class SavedViewRepository : public Repository
{
public:
    using Repository::Repository;

    Result<QList<SavedView>> views(FieldEntity entity) const; // by position, then name
    Result<QList<SavedView>> all() const;                     // every table's, same order
    Result<SavedView> get(RowId id) const;
    Result<SavedView> byName(FieldEntity entity, const QString& name) const;
    Result<RowId> create(SavedView view);
    Status update(const SavedView& view);
    Status remove(RowId id); // soft delete (undo: restore)
    Status restore(RowId id);
};

} // namespace rapport::core
