#pragma once

#include "commands/CreateCommand.h"
#include "commands/DeleteCommand.h"
#include "commands/EditCommand.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"

namespace rapport::ui {

// The concrete undo commands, one name per entity and action.
using CreateCustomerCommand = CreateCommand<core::CustomerRepository, core::Customer>;
using EditCustomerCommand = EditCommand<core::CustomerRepository, core::Customer>;
using DeleteCustomerCommand = DeleteCommand<core::CustomerRepository>;

using CreateCompanyCommand = CreateCommand<core::CompanyRepository, core::Company>;
using EditCompanyCommand = EditCommand<core::CompanyRepository, core::Company>;
using DeleteCompanyCommand = DeleteCommand<core::CompanyRepository>;

using CreateProductCommand = CreateCommand<core::ProductRepository, core::Product>;
using EditProductCommand = EditCommand<core::ProductRepository, core::Product>;
using DeleteProductCommand = DeleteCommand<core::ProductRepository>;

using CreateOrderCommand = CreateCommand<core::OrderRepository, core::Order>;
using EditOrderCommand = EditCommand<core::OrderRepository, core::Order>;
using DeleteOrderCommand = DeleteCommand<core::OrderRepository>;

// Builds the commands with their translated Edit-menu texts ("Undo New customer
// 张伟"). The caller pushes them on a QUndoStack, which takes ownership.
class CommandFactory
{
public:
    using ErrorHandler = EntityCommand::ErrorHandler;

    static CreateCustomerCommand* create(Session* s, const core::Customer& c, ErrorHandler h = {});
    static EditCustomerCommand* edit(Session* s, const core::Customer& before,
                                     const core::Customer& after, ErrorHandler h = {});
    static DeleteCustomerCommand* remove(Session* s, const core::Customer& c, ErrorHandler h = {});

    static CreateCompanyCommand* create(Session* s, const core::Company& c, ErrorHandler h = {});
    static EditCompanyCommand* edit(Session* s, const core::Company& before,
                                    const core::Company& after, ErrorHandler h = {});
    static DeleteCompanyCommand* remove(Session* s, const core::Company& c, ErrorHandler h = {});

    static CreateProductCommand* create(Session* s, const core::Product& p, ErrorHandler h = {});
    static EditProductCommand* edit(Session* s, const core::Product& before,
                                    const core::Product& after, ErrorHandler h = {});
    static DeleteProductCommand* remove(Session* s, const core::Product& p, ErrorHandler h = {});

    static CreateOrderCommand* create(Session* s, const core::Order& o, ErrorHandler h = {});
    static EditOrderCommand* edit(Session* s, const core::Order& before, const core::Order& after,
                                  ErrorHandler h = {});
    static DeleteOrderCommand* remove(Session* s, const core::Order& o, ErrorHandler h = {});
};

} // namespace rapport::ui
