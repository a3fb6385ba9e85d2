#pragma once

#include "domain/Entities.h"
#include "storage/Repository.h"
#include "storage/TableQuery.h"

namespace rapport::core {

// Orders and their lines, always written together in one transaction; the
// order's total is stored with it so the orders table sorts by total in SQL.
class OrderRepository : public Repository
{
public:
    using Repository::Repository;

    static Status validate(const Order& order);

    // An empty number gets the next "SO-000001"-style number.
    Result<RowId> create(Order order);
    Status update(Order order); // replaces the lines
    Status remove(RowId id);
    Status restore(RowId id);
    Result<Order> get(RowId id) const; // with lines
    // A customer's orders, newest first, without lines (totals included).
    Result<QList<Order>> forCustomer(RowId customerId) const;

    static TableDef tableDef();
};

} // namespace rapport::core
