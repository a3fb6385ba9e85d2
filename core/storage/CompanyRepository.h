#pragma once

#include "domain/Entities.h"
#include "storage/Repository.h"
#include "storage/TableQuery.h"

namespace rapport::core {

class CompanyRepository : public Repository
{
public:
    using Repository::Repository;

    static Status validate(const Company& company);

    Result<RowId> create(Company company);
    Status update(Company company); // also refreshes its customers' search text
    Status remove(RowId id);
    Status restore(RowId id);
    Result<Company> get(RowId id) const;
    // Every live company, by name: for pickers (companies number in thousands).
    Result<QList<Company>> all() const;

    static TableDef tableDef();
};

} // namespace rapport::core
