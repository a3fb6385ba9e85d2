#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace rapport::ui {

struct ImportJob;

// Page 4 of the import wizard: what the import did (inserted, updated,
// skipped, rejected; duplicates by rule; records created along the way), a
// button that opens the rejected rows, and how to take the import back.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(const ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;

private:
    void openRejectedRows();

    const ImportJob& m_job;
    QLabel* m_headline;
    QLabel* m_inserted;
    QLabel* m_updated;
    QLabel* m_skipped;
    QLabel* m_rejected;
    QLabel* m_details;
    QPushButton* m_openRejectedButton;
    QLabel* m_undoLabel;
};

} // namespace rapport::ui
