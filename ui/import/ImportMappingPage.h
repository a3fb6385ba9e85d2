#pragma once

#include "import/ColumnMapping.h"

#include <QJsonObject>
#include <QList>
#include <QWizardPage>

#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rapport::ui {

class DateOrderChooser;
class Session;
struct ImportJob;

// Page 2 of the import wizard: which field each column of the file fills (one
// table row per column: header, a sample value, and the field), saved
// mappings, and the choices that depend on the fields: how dates are read,
// what happens to duplicates, the default currency, the walk-in customer.
// Next is refused while a required field has no column, or the day/month
// order of the dates needs the user's word.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column { HeaderColumn, SampleColumn, FieldColumn, ColumnCount };

    ImportMappingPage(ImportJob& job, Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Maps file column `column` to the field `key` ("" leaves it out), as the
    // column's combo box does.
    void mapColumn(int column, const QString& key);
    const core::import::ColumnMapping& mapping() const { return m_mapping; }

private:
    void rebuild();
    void rebuildOptions();
    QComboBox* fieldCombo(int column) const;
    void showMapping();
    void updateProblems();
    void updateDates();
    void readDateOrders();
    void updateOptions();
    void loadTemplates();
    void applyTemplate(int index);
    void saveTemplate();

    ImportJob& m_job;
    Session* m_session;
    core::import::ColumnMapping m_mapping;
    int m_builtGeneration = -1;
    QComboBox* m_templateCombo;
    QPushButton* m_saveTemplateButton;
    QLabel* m_templateLabel;
    QTableWidget* m_table;
    QLabel* m_problemsLabel;
    QFormLayout* m_optionsForm;
    DateOrderChooser* m_dateChooser;
    QComboBox* m_duplicatesCombo;
    QComboBox* m_currencyCombo;
    QLineEdit* m_walkInEdit;
    QList<std::pair<QString, QJsonObject>> m_templates;
    int m_dateColumn = -1; // the column mapped to a date field, or -1
    // The date column the job's day/month guess was made for (-1: none yet).
    int m_guessedDateColumn = -1;
    bool m_readingDates = false;
    bool m_hasProblems = false;
};

} // namespace rapport::ui
