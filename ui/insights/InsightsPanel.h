#pragma once

#include "panels/PanelContext.h"

#include <QWidget>

class QTabWidget;

namespace rapport::ui {

class CustomerValuePage;
class PurchaseRulesPage;

// The Insights section of the main window: analyses of the shop's data, one
// page (tab) each. It starts with the purchase rules; later analyses (customer
// value) add their own page with addPage().
class InsightsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InsightsPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const;
    // Appends a page; the panel takes ownership. Returns its tab index.
    int addPage(QWidget* page, const QString& title);
    QTabWidget* pages() const { return m_tabs; }
    PurchaseRulesPage* rulesPage() const { return m_rules; }
    CustomerValuePage* valuePage() const { return m_value; }

public Q_SLOTS:
    // Tools › Mine Purchase Rules…: shows the rules page and its dialog.
    void mineRules();
    // Tools › Score Customers: shows the customer value page and scores.
    void scoreCustomers();

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

private:
    QTabWidget* m_tabs;
    PurchaseRulesPage* m_rules;
    CustomerValuePage* m_value;
};

} // namespace rapport::ui
