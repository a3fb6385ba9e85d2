#pragma once

#include "common/Error.h"
#include "domain/Deal.h"
#include "panels/PanelContext.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace rapport::ui {

class DealsListPanel;
class StageColumn;

// The sales pipeline: a kanban board (one column per stage; deals dragged
// between and within columns) or a list of the same deals, for the pipeline
// chosen at the top. Every write goes through an undo command on the window's
// stack; the board follows ChangeHub (Entity::Deal and Entity::Pipeline).
// A database without a pipeline shows an offer to create the default one.
class PipelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinePanel(const PanelContext& context, QWidget* parent = nullptr);
    ~PipelinePanel() override;

    QString title() const;

    core::RowId currentPipelineId() const;
    void setCurrentPipeline(core::RowId pipelineId);
    const QList<StageColumn*>& columns() const { return m_columns; }
    StageColumn* column(core::RowId stageId) const;
    DealsListPanel* listPanel() const { return m_list; }
    bool isEmptyStateShown() const;
    bool isBoardShown() const;

public Q_SLOTS:
    void showBoard();
    void showList();
    void createDeal();
    void editDeal(qint64 dealId);
    void deleteDeal(qint64 dealId);
    void editStages();
    void createDefaultPipeline();
    // Re-reads the pipelines and rebuilds the board.
    void reload();

private:
    void rebuildColumns();
    void updateTotals();
    void moveDeals(const QList<core::RowId>& dealIds, core::RowId stageId, int position);
    void showDealMenu(qint64 dealId, const QPoint& globalPos);
    void showError(const core::Error& error);
    void updatePage();

    PanelContext m_context;
    QList<core::Pipeline> m_pipelines;
    core::Pipeline m_pipeline; // the one shown
    QList<StageColumn*> m_columns;

    QComboBox* m_pipelineCombo;
    QToolButton* m_boardButton;
    QToolButton* m_listButton;
    QPushButton* m_newDealButton;
    QPushButton* m_editStagesButton;
    QLabel* m_summaryLabel;
    QStackedWidget* m_pages;
    QWidget* m_emptyPage;
    QWidget* m_board;
    QHBoxLayout* m_boardLayout;
    DealsListPanel* m_list;
};

} // namespace rapport::ui
