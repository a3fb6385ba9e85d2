#pragma once

#include "domain/CustomField.h"
#include "domain/Deal.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rapport::ui {

class CustomFieldsForm;
class CustomerPicker;
class FormValidation;

// Creates or edits one deal: title, customer (found by typing part of a
// name), company, pipeline and stage, amount and currency, probability (empty:
// the stage's), expected close date, owner and notes, plus the deals' custom
// fields. Checks what was typed (DealRepository::validate) and shows errors
// under the fields. Writes nothing: the caller turns deal() into an undo command.
class DealDialog : public QDialog
{
    Q_OBJECT
public:
    // `pipelines` with their stages (PipelineRepository::pipelines()); `db`
    // feeds the customer search and the company list (reads only).
    DealDialog(QSqlDatabase db, const QList<core::Pipeline>& pipelines, QWidget* parent = nullptr);
    ~DealDialog() override;

    // The deals' custom fields, shown under "More fields" when there are any.
    // Call before setDeal().
    void setCustomFields(const QList<core::CustomFieldDef>& fields);
    void setDeal(const core::Deal& deal);
    core::Deal deal() const;

    bool validate();
    void accept() override;

    // For tests and callers that preset a choice.
    QLineEdit* titleEdit() const { return m_titleEdit; }
    QLineEdit* amountEdit() const { return m_amountEdit; }
    QComboBox* stageCombo() const { return m_stageCombo; }
    QSpinBox* probabilitySpin() const { return m_probabilitySpin; }
    FormValidation* validation() const { return m_validation; }

private:
    void fillStages();
    void updateProbabilityHint();

    QList<core::Pipeline> m_pipelines;
    core::Deal m_deal;
    QLineEdit* m_titleEdit;
    CustomerPicker* m_customerPicker;
    QComboBox* m_companyCombo;
    QComboBox* m_pipelineCombo;
    QComboBox* m_stageCombo;
    QLineEdit* m_amountEdit;
    QComboBox* m_currencyCombo;
    QSpinBox* m_probabilitySpin;
    QCheckBox* m_closeCheck;
    QDateEdit* m_closeEdit;
    QLineEdit* m_ownerEdit;
    QPlainTextEdit* m_notesEdit;
    QDialogButtonBox* m_buttons;
    QGroupBox* m_moreGroup;
    CustomFieldsForm* m_customForm;
    FormValidation* m_validation = nullptr;
};

} // namespace rapport::ui
