#include "commands/DealCommands.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
QString label(const char* text, const QString& title)
{
    return QCoreApplication::translate("DealCommandFactory", text).arg(title);
}
} // namespace

CreateDealCommand* DealCommandFactory::create(Session* s, const core::Deal& d, ErrorHandler h)
{
    return new CreateDealCommand(
        s, d, label(QT_TRANSLATE_NOOP("DealCommandFactory", "New deal %1"), d.title), std::move(h));
}

EditDealCommand* DealCommandFactory::edit(Session* s, const core::Deal& before,
                                          const core::Deal& after, ErrorHandler h)
{
    return new EditDealCommand(
        s, before, after,
        label(QT_TRANSLATE_NOOP("DealCommandFactory", "Edit deal %1"), after.title), std::move(h));
}

DeleteDealCommand* DealCommandFactory::remove(Session* s, const core::Deal& d, ErrorHandler h)
{
    return new DeleteDealCommand(
        s, d.id, label(QT_TRANSLATE_NOOP("DealCommandFactory", "Delete deal %1"), d.title),
        std::move(h));
}

MoveDealCommand* DealCommandFactory::move(Session* s, const core::Deal& d, core::RowId stageId,
                                          int position, ErrorHandler h)
{
    return new MoveDealCommand(
        s, d.id, stageId, position,
        label(QT_TRANSLATE_NOOP("DealCommandFactory", "Move deal %1"), d.title), std::move(h));
}

} // namespace rapport::ui
