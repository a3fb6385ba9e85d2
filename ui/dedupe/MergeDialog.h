#pragma once

#include "dedupe/CustomerMerge.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QUndoStack;

namespace rapport::ui {

class Session;

// Merges a group of duplicate customers side by side: one column per record,
// a radio button per field and record to pick the value to keep (defaults: the
// kept record's value if it has one, else the first record's that has one),
// the record to keep, which records to merge, and a preview of the result with
// what will move. Opting out is shown, not chosen: a merged customer is opted
// out if any record was. Merge pushes a MergeCommand on the undo stack.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    // `candidates` in column order (the duplicate list gives them oldest first;
    // the first is kept unless the user picks another).
    MergeDialog(Session* session, QUndoStack* undoStack, QList<core::MergeCandidate> candidates,
                QWidget* parent = nullptr);
    ~MergeDialog() override;

    void setKeeper(int column);
    core::RowId keeperId() const;
    // The records merged into the keeper (included ones, in column order).
    QList<core::RowId> mergedIds() const;
    core::FieldChoices choices() const;
    core::Customer preview() const; // the keeper as the merge will leave it

    void accept() override;

private:
    // One row of radio buttons: a field, or a key of the custom JSON.
    struct ChoiceRow
    {
        core::CustomerField field = core::CustomerField::Name;
        QString customKey; // set for custom fields
        QButtonGroup* buttons = nullptr;
        QLabel* preview = nullptr;
    };

    void addHeaderRows(QGridLayout* grid);
    void addChoiceRow(QGridLayout* grid, const QString& label, const QString& objectKey,
                      ChoiceRow row, const QStringList& values);
    void addInfoRows(QGridLayout* grid);
    QString valueOf(const ChoiceRow& row, const core::Customer& customer) const;
    QList<core::Customer> records() const; // keeper first, then the merged ones
    void applyDefaults(bool onlyWhereInvalid);
    void updateEnabled();
    void updatePreview();

    Session* m_session;
    QUndoStack* m_undoStack;
    QList<core::MergeCandidate> m_candidates;
    QButtonGroup* m_keeperButtons;
    QList<QLabel*> m_headers;
    QList<QCheckBox*> m_includeChecks;
    QList<ChoiceRow> m_rows;
    QCheckBox* m_combineNotesCheck = nullptr;
    QLabel* m_optOutPreview = nullptr;
    QLabel* m_movesPreview = nullptr;
    QLabel* m_summaryLabel;
    QPushButton* m_mergeButton;
    int m_gridRow = 0;
};

} // namespace rapport::ui
