#include "commands/Commands.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
QString label(const char* text, const QString& name)
{
    return QCoreApplication::translate("CommandFactory", text).arg(name);
}
} // namespace

CreateCustomerCommand* CommandFactory::create(Session* s, const core::Customer& c, ErrorHandler h)
{
    return new CreateCustomerCommand(
        s, c, label(QT_TRANSLATE_NOOP("CommandFactory", "New customer %1"), c.name), std::move(h));
}

EditCustomerCommand* CommandFactory::edit(Session* s, const core::Customer& before,
                                          const core::Customer& after, ErrorHandler h)
{
    return new EditCustomerCommand(
        s, before, after,
        label(QT_TRANSLATE_NOOP("CommandFactory", "Edit customer %1"), after.name), std::move(h));
}

DeleteCustomerCommand* CommandFactory::remove(Session* s, const core::Customer& c, ErrorHandler h)
{
    return new DeleteCustomerCommand(
        s, c.id, label(QT_TRANSLATE_NOOP("CommandFactory", "Delete customer %1"), c.name),
        std::move(h));
}

CreateCompanyCommand* CommandFactory::create(Session* s, const core::Company& c, ErrorHandler h)
{
    return new CreateCompanyCommand(
        s, c, label(QT_TRANSLATE_NOOP("CommandFactory", "New company %1"), c.name), std::move(h));
}

EditCompanyCommand* CommandFactory::edit(Session* s, const core::Company& before,
                                         const core::Company& after, ErrorHandler h)
{
    return new EditCompanyCommand(
        s, before, after, label(QT_TRANSLATE_NOOP("CommandFactory", "Edit company %1"), after.name),
        std::move(h));
}

DeleteCompanyCommand* CommandFactory::remove(Session* s, const core::Company& c, ErrorHandler h)
{
    return new DeleteCompanyCommand(
        s, c.id, label(QT_TRANSLATE_NOOP("CommandFactory", "Delete company %1"), c.name),
        std::move(h));
}

CreateProductCommand* CommandFactory::create(Session* s, const core::Product& p, ErrorHandler h)
{
    return new CreateProductCommand(
        s, p, label(QT_TRANSLATE_NOOP("CommandFactory", "New product %1"), p.name), std::move(h));
}

EditProductCommand* CommandFactory::edit(Session* s, const core::Product& before,
                                         const core::Product& after, ErrorHandler h)
{
    return new EditProductCommand(
        s, before, after, label(QT_TRANSLATE_NOOP("CommandFactory", "Edit product %1"), after.name),
        std::move(h));
}

DeleteProductCommand* CommandFactory::remove(Session* s, const core::Product& p, ErrorHandler h)
{
    return new DeleteProductCommand(
        s, p.id, label(QT_TRANSLATE_NOOP("CommandFactory", "Delete product %1"), p.name),
        std::move(h));
}

CreateOrderCommand* CommandFactory::create(Session* s, const core::Order& o, ErrorHandler h)
{
    return new CreateOrderCommand(
        s, o, label(QT_TRANSLATE_NOOP("CommandFactory", "New order %1"), o.customerName),
        std::move(h));
}

EditOrderCommand* CommandFactory::edit(Session* s, const core::Order& before,
                                       const core::Order& after, ErrorHandler h)
{
    return new EditOrderCommand(
        s, before, after, label(QT_TRANSLATE_NOOP("CommandFactory", "Edit order %1"), after.number),
        std::move(h));
}

DeleteOrderCommand* CommandFactory::remove(Session* s, const core::Order& o, ErrorHandler h)
{
    return new DeleteOrderCommand(
        s, o.id, label(QT_TRANSLATE_NOOP("CommandFactory", "Delete order %1"), o.number),
        std::move(h));
}

} // namespace rapport::ui
