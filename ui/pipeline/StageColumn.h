#pragma once

#include "domain/Deal.h"

#include <QFrame>
#include <QSqlDatabase>

class QLabel;
class QListView;

namespace rapport::core {
class ChangeHub;
}

namespace rapport::ui {

class StageDealsModel;

// One column of the board: a header with the stage's name, how many deals it
// holds and their total and weighted total, over a list of deal cards that
// takes drags and drops. Won and lost stages get a tinted header.
class StageColumn : public QFrame
{
    Q_OBJECT
public:
    StageColumn(QSqlDatabase db, core::ChangeHub* hub, QWidget* parent = nullptr);

    void setStage(const core::Pipeline& pipeline, const core::PipelineStage& stage);
    void setTotals(const core::StageTotal& total, const QString& currency);

    core::RowId stageId() const { return m_stage.id; }
    const core::PipelineStage& stage() const { return m_stage; }
    StageDealsModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QString countText() const;
    QString totalText() const;

    // The deal under the list's current index (0 if none).
    core::RowId currentDealId() const;

Q_SIGNALS:
    void dealActivated(qint64 dealId);
    void dealContextMenu(qint64 dealId, const QPoint& globalPos);

private:
    void updateHeaderStyle();

    core::PipelineStage m_stage;
    StageDealsModel* m_model;
    QListView* m_view;
    QWidget* m_header;
    QLabel* m_nameLabel;
    QLabel* m_countLabel;
    QLabel* m_totalLabel;
    QLabel* m_weightedLabel;
};

} // namespace rapport::ui
