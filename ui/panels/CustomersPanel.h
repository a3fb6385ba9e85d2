#pragma once

#include "panels/TablePanel.h"

namespace rapport::ui {

class CustomerDetailPane;
class PrivacyActions;

// Customers: full-text search, the paged table and the customer card beside it.
class CustomersPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit CustomersPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString countText(qint64 count) const override;
    CustomerDetailPane* detailPane() const { return m_detail; }
    // Export and erase the current customer's personal data (its
    // customerErased signal is for the backup report).
    PrivacyActions* privacyActions() const { return m_privacy; }

public Q_SLOTS:
    void createItem() override;
    void editItem(core::RowId id) override;

protected:
    void deleteItems(const QList<core::RowId>& ids) override;

private:
    // The score columns (segment, lifetime value, churn risk, P(active)) stay
    // out of the way until the first scoring run, then appear.
    void setScoreColumnsShown(bool shown);

    CustomerDetailPane* m_detail;
    PrivacyActions* m_privacy;
};

} // namespace rapport::ui
