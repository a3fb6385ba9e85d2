#pragma once

#include "mining/MiningRun.h"
#include "panels/PanelContext.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QShowEvent;
class QModelIndex;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rapport::ui {

class ChartView;
class RulesFilterModel;
class RulesTableModel;
class TargetListPane;

// The purchase rules of the Insights panel: a stored run chosen at the top
// (newest first), its rules as a support × confidence scatter coloured by lift
// and as the top rules by lift, a sortable and filterable rules table, and the
// target list of the chosen rule. Without any run it offers to mine one.
// Follows ChangeHub: a new run (Entity::MiningRun) is listed and shown.
class PurchaseRulesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PurchaseRulesPage(const PanelContext& context, QWidget* parent = nullptr);
    ~PurchaseRulesPage() override;

    QString title() const;
    bool isEmptyStateShown() const;

    const QList<core::mining::MiningRun>& runs() const { return m_runs; }
    core::RowId currentRunId() const;
    void setCurrentRun(core::RowId runId);

    // The rule whose targets are shown (0: none).
    core::RowId currentRuleId() const { return m_ruleId; }
    void selectRule(core::RowId ruleId);

    void setItemFilter(const QString& text);
    void setMinimumLift(double lift);
    void setMinimumConfidence(double fraction);

    RulesTableModel* rulesModel() const { return m_model; }
    RulesFilterModel* filterModel() const { return m_filter; }
    QTableView* rulesTable() const { return m_table; }
    ChartView* scatterChart() const { return m_scatter; }
    ChartView* barChart() const { return m_bars; }
    // The chart on the tab shown.
    ChartView* visibleChart() const;
    TargetListPane* targets() const { return m_targets; }

public Q_SLOTS:
    // "Mine purchase rules…": the dialog, then the new run is shown.
    void mineRules();
    // Saves the visible chart as a PNG file the user picks.
    void exportChart();
    // Lists the stored runs; the chosen run's rules load once the page shows.
    void reload();

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildEmptyPage();
    QWidget* buildContent();
    void loadRun();
    void applyFilter();
    void updateCharts();
    void currentRowChanged(const QModelIndex& current);
    void showRule(core::RowId ruleId);
    void onChanged(int entity);
    void showError(const core::Error& error);

    PanelContext m_context;
    QList<core::mining::MiningRun> m_runs;
    core::RowId m_ruleId = 0;
    bool m_filtering = false;
    bool m_stale = false; // the run's rules wait for the page to show

    QComboBox* m_runCombo;
    QPushButton* m_mineButton;
    QPushButton* m_exportChartButton;
    QStackedWidget* m_pages;
    QWidget* m_emptyPage;
    QWidget* m_content;
    QTabWidget* m_chartTabs;
    ChartView* m_scatter;
    ChartView* m_bars;
    QLineEdit* m_filterEdit;
    QDoubleSpinBox* m_liftSpin;
    QDoubleSpinBox* m_confidenceSpin;
    QLabel* m_countLabel;
    RulesTableModel* m_model;
    RulesFilterModel* m_filter;
    QTableView* m_table;
    TargetListPane* m_targets;
};

} // namespace rapport::ui
