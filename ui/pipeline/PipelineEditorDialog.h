#pragma once

#include "domain/Deal.h"
#include "panels/PanelContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rapport::ui {

// Edits the pipelines and their stages on a draft: add, rename and delete
// pipelines; add, rename, reorder, set probability and outcome of stages, and
// delete them (refused, with the reason, while a stage holds deals); the
// stale days. OK writes the difference through undoable commands, one macro
// for the whole apply ("Undo Edit pipelines").
class PipelineEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum StageColumn { NameColumn, ProbabilityColumn, OutcomeColumn };

    PipelineEditorDialog(const PanelContext& context, core::RowId currentPipelineId,
                         QWidget* parent = nullptr);

    // Writes the changes (also what OK does). False if the draft is invalid
    // (the reason is shown in the dialog) or a write failed.
    bool apply();
    void accept() override;

    // Draft operations (the buttons call these; tests too).
    void addPipeline(const QString& name);
    bool removeCurrentPipeline();
    void addStage(const QString& name);
    bool removeStage(int row);
    void moveStage(int row, int delta);
    int currentPipelineRow() const;
    void setCurrentPipelineRow(int row);

    QLineEdit* nameEdit() const { return m_nameEdit; }
    QSpinBox* staleSpin() const { return m_staleSpin; }
    QTableWidget* stagesTable() const { return m_stagesTable; }
    QString message() const;

private:
    struct Draft
    {
        core::Pipeline pipeline; // id 0: new
        bool removed = false;
    };

    void showDraft(int row);
    void storeDraft(); // the form and table into the current draft
    void fillTable(const QList<core::PipelineStage>& stages);
    void setStageRow(int row, const core::PipelineStage& stage);
    core::PipelineStage stageAt(int row) const;
    void refreshList();
    void setMessage(const QString& text);
    Draft* current();
    QList<int> visibleRows() const; // draft indexes shown in the list, in order

    PanelContext m_context;
    QList<core::Pipeline> m_original;
    QList<Draft> m_drafts;
    int m_shown = -1; // the draft index shown in the form
    QListWidget* m_pipelineList;
    QLineEdit* m_nameEdit;
    QSpinBox* m_staleSpin;
    QTableWidget* m_stagesTable;
    QLabel* m_messageLabel;
};

} // namespace rapport::ui
