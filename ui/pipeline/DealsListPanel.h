#pragma once

#include "panels/TablePanel.h"

#include <functional>

namespace rapport::ui {

// The "List" view of the pipeline panel: the deals of one pipeline as a paged,
// sortable table (TablePanel over DealRepository::tableDef(), custom fields
// included). Creating and editing open the same DealDialog as the board, via
// the callbacks the pipeline panel sets.
class DealsListPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit DealsListPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString countText(qint64 count) const override;

    void setPipeline(core::RowId pipelineId);
    void setEditors(std::function<void()> create, std::function<void(core::RowId)> edit);

public Q_SLOTS:
    void createItem() override;
    void editItem(core::RowId id) override;

protected:
    void deleteItems(const QList<core::RowId>& ids) override;

private:
    std::function<void()> m_create;
    std::function<void(core::RowId)> m_edit;
};

} // namespace rapport::ui
