#include "panels/OrdersPanel.h"

#include "Format.h"
#include "Session.h"
#include "commands/Commands.h"
#include "dialogs/OrderEditorDialog.h"
#include "models/PagedTableModel.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"

namespace rapport::ui {

OrdersPanel::OrdersPanel(const PanelContext& context, QWidget* parent)
    : TablePanel(
        context,
        definitionOf(context, core::FieldEntity::Orders, core::OrderRepository::tableDef()),
        QStringLiteral("orders"), parent)
{
    enableCustomFields(core::FieldEntity::Orders);
    model()->setFormatter(QStringLiteral("date"), [](const QVariant& cell) -> QVariant {
        const QDate date = QDate::fromString(cell.toString(), Qt::ISODate);
        return date.isValid() ? QVariant(Format::date(date)) : cell;
    });
    model()->setFormatter(QStringLiteral("status"), [](const QVariant& cell) -> QVariant {
        return Format::statusFromKey(cell.toString());
    });
    model()->setFormatter(QStringLiteral("total"), [](const QVariant& cell) -> QVariant {
        return Format::money(cell.toLongLong());
    });
    model()->setAlignment(QStringLiteral("total"), Qt::AlignRight | Qt::AlignVCenter);
    setDefaultSort(QStringLiteral("date"), Qt::DescendingOrder); // newest orders first
}

QString OrdersPanel::title() const
{
    return tr("Orders");
}

QString OrdersPanel::countText(qint64 count) const
{
    return tr("%Ln order(s)", nullptr, int(std::min<qint64>(count, INT_MAX)));
}

void OrdersPanel::createItem()
{
    const auto products = core::ProductRepository(session()->connection()).all();
    OrderEditorDialog dialog(session()->connection(), products ? *products : QList<core::Product>(),
                             this);
    dialog.setCustomFields(customFields());
    if (dialog.exec() == QDialog::Accepted)
        push(CommandFactory::create(session(), dialog.order(), errorHandler()));
}

void OrdersPanel::editItem(core::RowId id)
{
    const auto before = core::OrderRepository(session()->connection()).get(id);
    if (!before) {
        showError(before.error());
        return;
    }
    const auto products = core::ProductRepository(session()->connection()).all();
    OrderEditorDialog dialog(session()->connection(), products ? *products : QList<core::Product>(),
                             this);
    dialog.setCustomFields(customFields());
    dialog.setOrder(*before);
    if (dialog.exec() == QDialog::Accepted)
        push(CommandFactory::edit(session(), *before, dialog.order(), errorHandler()));
}

void OrdersPanel::deleteItems(const QList<core::RowId>& ids)
{
    core::OrderRepository repository(session()->connection());
    for (core::RowId id : ids) {
        if (const auto order = repository.get(id))
            push(CommandFactory::remove(session(), *order, errorHandler()));
    }
}

} // namespace rapport::ui
