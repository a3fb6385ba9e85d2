#include "dialogs/CompanyDialog.h"

#include "customize/CustomFieldsSection.h"
#include "domain/ContactRules.h"
#include "storage/CompanyRepository.h"
#include "widgets/FormValidation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
const QString kName = QStringLiteral("name");
const QString kPhone = QStringLiteral("phone");
} // namespace

CompanyDialog::CompanyDialog(QWidget* parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_phoneEdit(new QLineEdit(this))
    , m_websiteEdit(new QLineEdit(this))
    , m_addressEdit(new QLineEdit(this))
    , m_notesEdit(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New Company"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_phoneEdit->setObjectName(QStringLiteral("phoneLineEdit"));
    m_websiteEdit->setObjectName(QStringLiteral("websiteLineEdit"));
    m_notesEdit->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    m_validation = new FormValidation(form, this);
    m_validation->addRow(kName, tr("&Name:"), m_nameEdit);
    m_nameEdit->setFocus(); // typing starts in the first field
    m_validation->addRow(kPhone, tr("&Phone:"), m_phoneEdit);
    m_validation->addPlainRow(tr("&Website:"), m_websiteEdit);
    m_validation->addPlainRow(tr("&Address:"), m_addressEdit);
    m_validation->addPlainRow(tr("No&tes:"), m_notesEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_customSection = new CustomFieldsSection(this);
    layout->addWidget(m_customSection);
    layout->addWidget(m_validation->summaryLabel());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompanyDialog::reject);
    resize(420, sizeHint().height());
}

void CompanyDialog::setCompany(const core::Company& company)
{
    m_company = company;
    m_customSection->setJson(company.custom, company.id == 0);
    setWindowTitle(company.id ? tr("Edit Company") : tr("New Company"));
    m_nameEdit->setText(company.name);
    m_phoneEdit->setText(company.phone);
    m_websiteEdit->setText(company.website);
    m_addressEdit->setText(company.address);
    m_notesEdit->setPlainText(company.notes);
}

core::Company CompanyDialog::company() const
{
    core::Company c = m_company;
    c.name = core::contact::simplified(m_nameEdit->text());
    c.phone = m_phoneEdit->text().trimmed();
    c.website = m_websiteEdit->text().trimmed();
    c.address = m_addressEdit->text().trimmed();
    c.notes = m_notesEdit->toPlainText();
    c.custom = m_customSection->json();
    return c;
}

bool CompanyDialog::validate()
{
    m_validation->clear();
    const core::Company c = company();
    if (c.name.isEmpty())
        m_validation->setError(kName, tr("A name is required."));
    if (!c.phone.isEmpty() && !core::contact::isValidPhone(c.phone))
        m_validation->setError(kPhone, tr("This is not a valid phone number."));
    if (!m_validation->hasErrors()) {
        const core::Status status = core::CompanyRepository::validate(c);
        if (!status)
            m_validation->setError(status.error().field, status.error().message);
    }
    const bool customOk = m_customSection->validate(m_validation);
    return !m_validation->hasErrors() && customOk;
}

void CompanyDialog::accept()
{
    if (!validate()) {
        m_customSection->focusFirstError();
        m_validation->focusFirstError(); // the dialog's own fields come first
        return;
    }
    QDialog::accept();
}

void CompanyDialog::setCustomFields(const QList<core::CustomFieldDef>& fields)
{
    m_customSection->setFields(fields, m_company.custom, m_company.id == 0);
    resize(width(), sizeHint().height());
}

} // namespace rapport::ui
