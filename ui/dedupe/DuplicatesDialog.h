#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace rapport::ui {

class DuplicateGroupModel;
class Session;

// Tools › Find Duplicates: finds groups of likely duplicate customers over the
// whole database (on a worker, with progress and Cancel), lists them, and
// opens the merge dialog for the chosen group. Merges go on the window's undo
// stack, so Edit › Undo splits them again.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    // How many groups the list shows at most; the rest wait for the next search.
    static constexpr int kShownGroups = 1000;

    DuplicatesDialog(Session* session, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~DuplicatesDialog() override;

    // Runs the search; false if it was cancelled or failed (failure is shown).
    bool search();
    // Opens the merge dialog for a group (modal); true if it merged.
    bool mergeGroup(int groupRow);

    DuplicateGroupModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QString summaryText() const;

private:
    void mergeSelected();
    void updateButtons();

    Session* m_session;
    QUndoStack* m_undoStack;
    DuplicateGroupModel* m_model;
    QTreeView* m_view;
    QLabel* m_summaryLabel;
    QPushButton* m_searchButton;
    QPushButton* m_mergeButton;
    int m_totalGroups = 0;
    int m_skippedKeys = 0;
};

} // namespace rapport::ui
