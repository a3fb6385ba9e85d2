#pragma once

#include "domain/Entities.h"
#include "storage/Repository.h"
#include "storage/TableQuery.h"

namespace rapport::core {

class ProductRepository : public Repository
{
public:
    using Repository::Repository;

    static Status validate(const Product& product);

    Result<RowId> create(Product product);
    Status update(Product product);
    Status remove(RowId id);
    Status restore(RowId id);
    Result<Product> get(RowId id) const;
    Result<QList<Product>> all() const; // live products by name, for order lines
    Result<QStringList> categories() const;

    static TableDef tableDef();
};

} // namespace rapport::core
