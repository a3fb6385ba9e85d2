#include "panels/ProductsPanel.h"

#include "Format.h"
#include "Session.h"
#include "commands/Commands.h"
#include "dialogs/ProductDialog.h"
#include "models/PagedTableModel.h"
#include "storage/ProductRepository.h"

namespace rapport::ui {

ProductsPanel::ProductsPanel(const PanelContext& context, QWidget* parent)
    : TablePanel(
        context,
        definitionOf(context, core::FieldEntity::Products, core::ProductRepository::tableDef()),
        QStringLiteral("products"), parent)
{
    enableCustomFields(core::FieldEntity::Products);
    model()->setFormatter(QStringLiteral("price"), [](const QVariant& cell) -> QVariant {
        return Format::money(cell.toLongLong());
    });
    model()->setAlignment(QStringLiteral("price"), Qt::AlignRight | Qt::AlignVCenter);
}

QString ProductsPanel::title() const
{
    return tr("Products");
}

QString ProductsPanel::countText(qint64 count) const
{
    return tr("%Ln product(s)", nullptr, int(std::min<qint64>(count, INT_MAX)));
}

void ProductsPanel::createItem()
{
    const auto categories = core::ProductRepository(session()->connection()).categories();
    ProductDialog dialog(categories ? *categories : QStringList(), this);
    dialog.setCustomFields(customFields());
    if (dialog.exec() == QDialog::Accepted)
        push(CommandFactory::create(session(), dialog.product(), errorHandler()));
}

void ProductsPanel::editItem(core::RowId id)
{
    core::ProductRepository repository(session()->connection());
    const auto before = repository.get(id);
    if (!before) {
        showError(before.error());
        return;
    }
    const auto categories = repository.categories();
    ProductDialog dialog(categories ? *categories : QStringList(), this);
    dialog.setCustomFields(customFields());
    dialog.setProduct(*before);
    if (dialog.exec() == QDialog::Accepted)
        push(CommandFactory::edit(session(), *before, dialog.product(), errorHandler()));
}

void ProductsPanel::deleteItems(const QList<core::RowId>& ids)
{
    core::ProductRepository repository(session()->connection());
    for (core::RowId id : ids) {
        if (const auto product = repository.get(id))
            push(CommandFactory::remove(session(), *product, errorHandler()));
    }
}

} // namespace rapport::ui
