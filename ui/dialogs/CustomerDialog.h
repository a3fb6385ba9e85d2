#pragma once

#include "domain/CustomField.h"
#include "domain/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace rapport::ui {

class CustomFieldsForm;
class FormValidation;

// Creates or edits one customer. Checks what was typed before closing: the name
// is required, e-mail and phone must look like one (core::contact rules, then
// CustomerRepository::validate); errors show under the field and OK is refused
// until they are fixed. Writes nothing: the caller turns customer() into an
// undo command.
class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    // `companies` feeds the company picker (CompanyRepository::all()).
    explicit CustomerDialog(const QList<core::Company>& companies, QWidget* parent = nullptr);
    ~CustomerDialog() override;

    // The customers' custom fields (CustomFieldRepository::fields), shown
    // under "More fields" when there are any. Call before setCustomer().
    void setCustomFields(const QList<core::CustomFieldDef>& fields);
    void setCustomer(const core::Customer& customer);
    core::Customer customer() const;

    // Checks the form, shows any errors inline; true if it may be saved.
    bool validate();
    void accept() override;

private:
    core::Customer m_customer; // keeps id, uuid and custom fields across the edit
    QLineEdit* m_nameEdit;
    QLineEdit* m_emailEdit;
    QLineEdit* m_phoneEdit;
    QLineEdit* m_cityEdit;
    QLineEdit* m_addressEdit;
    QComboBox* m_companyCombo;
    QLineEdit* m_ownerEdit;
    QLineEdit* m_codeEdit;
    QCheckBox* m_optedOutCheck;
    QPlainTextEdit* m_notesEdit;
    QDialogButtonBox* m_buttons;
    FormValidation* m_validation;
    QGroupBox* m_moreGroup;
    CustomFieldsForm* m_customForm;
};

} // namespace rapport::ui
