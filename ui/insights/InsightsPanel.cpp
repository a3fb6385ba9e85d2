#include "insights/InsightsPanel.h"

#include "insights/CustomerValuePage.h"
#include "insights/PurchaseRulesPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport::ui {

InsightsPanel::InsightsPanel(const PanelContext& context, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_rules(new PurchaseRulesPage(context, this))
    , m_value(new CustomerValuePage(context, this))
{
    setObjectName(QStringLiteral("insightsPanel"));
    m_tabs->setObjectName(QStringLiteral("insightsTabs"));
    m_tabs->setDocumentMode(true);
    addPage(m_rules, m_rules->title());
    addPage(m_value, m_value->title());
    connect(m_rules, &PurchaseRulesPage::openCustomerRequested, this,
            &InsightsPanel::openCustomerRequested);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QString InsightsPanel::title() const
{
    return tr("Insights");
}

int InsightsPanel::addPage(QWidget* page, const QString& title)
{
    return m_tabs->addTab(page, title);
}

void InsightsPanel::mineRules()
{
    m_tabs->setCurrentWidget(m_rules);
    m_rules->mineRules();
}

void InsightsPanel::scoreCustomers()
{
    m_tabs->setCurrentWidget(m_value);
    m_value->scoreCustomers();
}

} // namespace rapport::ui
