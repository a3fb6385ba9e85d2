#pragma once

#include "import/ImportSchema.h"
#include "io/TextEncoding.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace rapport::core {
class Settings;
}

namespace rapport::ui {

struct ImportJob;

// Page 1 of the import wizard: what to import, from which file, and how the
// file is written. Reading the file again whenever one of these changes shows
// what was detected ("Detected: GB18030, semicolon") and fills the job's
// layout for the mapping page. Next is allowed once the file has been read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilePage(ImportJob& job, QString databasePath, core::Settings* settings,
                   QWidget* parent = nullptr);

    void setEntity(core::import::Entity entity);
    bool isComplete() const override;
    // True while the file is being read (a read is also pending then).
    bool isBusy() const { return m_busy; }

    // Keeps the folder, and this kind of data's encoding and delimiter, in the
    // settings (the wizard calls this once an import went through).
    void rememberChoices() const;

private:
    core::import::Entity entity() const;
    core::csv::Encoding encoding() const;
    QChar delimiter() const;
    // The file name and choices as one string: what a read is for.
    QString choicesKey() const;
    void chooseFile();
    void entityChanged();
    void restoreFormat();
    void scheduleRead();
    void readFile();
    void showError(const QString& message);

    ImportJob& m_job;
    QString m_databasePath;
    core::Settings* m_settings;
    QComboBox* m_entityCombo;
    QLineEdit* m_fileEdit;
    QPushButton* m_browseButton;
    QComboBox* m_encodingCombo;
    QComboBox* m_delimiterCombo;
    QLabel* m_detectedLabel;
    QLabel* m_errorLabel;
    QTimer* m_readTimer;
    QString m_readKey; // choicesKey() of the last successful read
    bool m_busy = false;
    bool m_pending = false;
};

} // namespace rapport::ui
