#pragma once

#include "panels/TablePanel.h"

namespace rapport::ui {

// Orders: date, number, customer, status and total; edited in the order editor.
class OrdersPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit OrdersPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString countText(qint64 count) const override;

public Q_SLOTS:
    void createItem() override;
    void editItem(core::RowId id) override;

protected:
    void deleteItems(const QList<core::RowId>& ids) override;
};

} // namespace rapport::ui
