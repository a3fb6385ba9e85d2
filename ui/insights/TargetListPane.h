#pragma once

#include "domain/Entities.h"
#include "mining/MiningRun.h"
#include "panels/PanelContext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;

namespace rapport::ui {

// The target list of one rule: the customers who bought everything on its left
// side but not yet its right side (MiningRepository::ruleTargets), ready to be
// exported as CSV or tagged (one undo step, through TagActions) for a campaign.
class TargetListPane : public QWidget
{
    Q_OBJECT
public:
    explicit TargetListPane(const PanelContext& context, QWidget* parent = nullptr);

    // Shows the targets of `rule`; nullopt: no rule chosen.
    void setRule(const std::optional<core::mining::StoredRule>& rule);
    // Re-reads the targets (orders or customers changed).
    void reload();

    const QList<core::Customer>& customers() const { return m_customers; }
    QList<core::RowId> customerIds() const;
    QString summaryText() const;

public Q_SLOTS:
    void exportCsv();

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

private:
    void fillTagMenu();

    PanelContext m_context;
    std::optional<core::mining::StoredRule> m_rule;
    QList<core::Customer> m_customers;
    QLabel* m_summaryLabel;
    QTreeWidget* m_list;
    QPushButton* m_exportButton;
    QPushButton* m_tagButton;
    QMenu* m_tagMenu;
};

} // namespace rapport::ui
