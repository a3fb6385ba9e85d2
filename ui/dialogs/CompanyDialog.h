#pragma once

#include "domain/CustomField.h"
#include "domain/Entities.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace rapport::ui {

class CustomFieldsSection;
class FormValidation;

// Creates or edits one company; the name is required (CompanyRepository::validate).
class CompanyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompanyDialog(QWidget* parent = nullptr);

    // The entity's custom fields, shown under "More fields" when there are
    // any. Call before setCompany().
    void setCustomFields(const QList<core::CustomFieldDef>& fields);
    void setCompany(const core::Company& company);
    core::Company company() const;

    bool validate();
    void accept() override;

private:
    core::Company m_company;
    QLineEdit* m_nameEdit;
    QLineEdit* m_phoneEdit;
    QLineEdit* m_websiteEdit;
    QLineEdit* m_addressEdit;
    QPlainTextEdit* m_notesEdit;
    FormValidation* m_validation;
    CustomFieldsSection* m_customSection = nullptr;
};

} // namespace rapport::ui
