#pragma once

#include "domain/Entities.h"
#include "storage/Repository.h"

namespace rapport::core {

class TagRepository : public Repository
{
public:
    using Repository::Repository;

    Result<RowId> create(Tag tag); // names are unique, case-insensitively
    Result<QList<Tag>> all() const;
    Status remove(RowId id);
};

} // namespace rapport::core
