#include "panels/CompaniesPanel.h"

#include "Session.h"
#include "commands/Commands.h"
#include "dialogs/CompanyDialog.h"
#include "models/PagedTableModel.h"
#include "storage/CompanyRepository.h"

namespace rapport::ui {

CompaniesPanel::CompaniesPanel(const PanelContext& context, QWidget* parent)
    : TablePanel(
        context,
        definitionOf(context, core::FieldEntity::Companies, core::CompanyRepository::tableDef()),
        QStringLiteral("companies"), parent)
{
    enableCustomFields(core::FieldEntity::Companies);
    model()->setAlignment(QStringLiteral("customers"), Qt::AlignRight | Qt::AlignVCenter);
}

QString CompaniesPanel::title() const
{
    return tr("Companies");
}

QString CompaniesPanel::countText(qint64 count) const
{
    return tr("%Ln company(s)", nullptr, int(std::min<qint64>(count, INT_MAX)));
}

void CompaniesPanel::createItem()
{
    CompanyDialog dialog(this);
    dialog.setCustomFields(customFields());
    if (dialog.exec() == QDialog::Accepted)
        push(CommandFactory::create(session(), dialog.company(), errorHandler()));
}

void CompaniesPanel::editItem(core::RowId id)
{
    const auto before = core::CompanyRepository(session()->connection()).get(id);
    if (!before) {
        showError(before.error());
        return;
    }
    CompanyDialog dialog(this);
    dialog.setCustomFields(customFields());
    dialog.setCompany(*before);
    if (dialog.exec() == QDialog::Accepted)
        push(CommandFactory::edit(session(), *before, dialog.company(), errorHandler()));
}

void CompaniesPanel::deleteItems(const QList<core::RowId>& ids)
{
    core::CompanyRepository repository(session()->connection());
    for (core::RowId id : ids) {
        if (const auto company = repository.get(id))
            push(CommandFactory::remove(session(), *company, errorHandler()));
    }
}

} // namespace rapport::ui
