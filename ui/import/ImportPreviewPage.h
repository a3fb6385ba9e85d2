#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace rapport::ui {

class Session;
struct ImportJob;

// Page 3 of the import wizard: the first rows as they will be stored (cleaned
// values, with the mapping and choices of the earlier pages), cells that
// cannot be stored tinted red with the reason as tooltip, and how many rows
// have problems. Its Import button starts the import (the wizard runs it):
// after that there is no way back, only Edit › Undo.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int kRows = 50;

    ImportPreviewPage(ImportJob& job, Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // True once the rows are shown for the current choices.
    bool isLoaded() const { return m_loaded; }

private:
    void load();

    ImportJob& m_job;
    Session* m_session;
    QTableWidget* m_table;
    QLabel* m_summaryLabel;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace rapport::ui
