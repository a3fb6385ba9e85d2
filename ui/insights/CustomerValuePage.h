#pragma once

#include "panels/PanelContext.h"
#include "storage/ScoreRepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QShowEvent;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace rapport::ui {

class ChartView;
class ModelReportModel;

// The customer value page of the Insights panel: the latest scoring run as
// charts (customers and revenue per RFM segment, the CLV distribution, P(alive)
// against purchase days, the BG/NBD calibration on the holdout), the
// propensity models against their baselines with the inputs that drive them,
// and the fitted lifetime models' parameters. "Score Customers" re-scores in
// one click. Without any run it explains scoring and offers the button.
// Follows ChangeHub: new scores (Entity::CustomerScores) are shown.
class CustomerValuePage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerValuePage(const PanelContext& context, QWidget* parent = nullptr);
    ~CustomerValuePage() override;

    QString title() const;
    bool isEmptyStateShown() const;
    const std::optional<core::ScoringRun>& run() const { return m_run; }
    QString summaryText() const;

    ChartView* segmentChart() const { return m_segments; }
    ChartView* revenueChart() const { return m_revenue; }
    ChartView* clvChart() const { return m_clv; }
    ChartView* aliveChart() const { return m_alive; }
    ChartView* calibrationChart() const { return m_calibration; }
    QList<ChartView*> charts() const;
    ModelReportModel* modelsModel() const { return m_models; }
    QTableView* modelsTable() const { return m_modelsTable; }
    QTextBrowser* detailsBrowser() const { return m_details; }

public Q_SLOTS:
    // Scores every customer in the background; the new run shows when done.
    void scoreCustomers();
    // Reads the latest run; the charts load once the page shows.
    void reload();

public:
    // Saves `chart` as a PNG file the user picks.
    void exportChart(ChartView* chart);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSummary(); // the run, and orders added since it
    QWidget* buildEmptyPage();
    QWidget* buildContent();
    QWidget* chartCell(ChartView* chart, const QString& fileName);
    void load();
    void showRun();
    void fitModelsTable();
    void showError(const core::Error& error);

    PanelContext m_context;
    std::optional<core::ScoringRun> m_run;
    bool m_stale = false;

    QLabel* m_summary;
    QPushButton* m_scoreButton;
    QStackedWidget* m_pages;
    QWidget* m_emptyPage;
    QWidget* m_content;
    ChartView* m_segments;
    ChartView* m_revenue;
    ChartView* m_clv;
    ChartView* m_alive;
    ChartView* m_calibration;
    ModelReportModel* m_models;
    QTableView* m_modelsTable;
    QTextBrowser* m_details;
};

} // namespace rapport::ui
