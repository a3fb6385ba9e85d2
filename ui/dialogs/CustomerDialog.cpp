#include "dialogs/CustomerDialog.h"

#include "customize/CustomFieldsForm.h"
#include "domain/ContactRules.h"
#include "storage/CustomerRepository.h"
#include "widgets/FormValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
const QString kName = QStringLiteral("name");
const QString kEmail = QStringLiteral("email");
const QString kPhone = QStringLiteral("phone");

QLineEdit* lineEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}
} // namespace

CustomerDialog::CustomerDialog(const QList<core::Company>& companies, QWidget* parent)
    : QDialog(parent)
    , m_nameEdit(lineEdit(this, QStringLiteral("nameLineEdit")))
    , m_emailEdit(lineEdit(this, QStringLiteral("emailLineEdit")))
    , m_phoneEdit(lineEdit(this, QStringLiteral("phoneLineEdit")))
    , m_cityEdit(lineEdit(this, QStringLiteral("cityLineEdit")))
    , m_addressEdit(lineEdit(this, QStringLiteral("addressLineEdit")))
    , m_companyCombo(new QComboBox(this))
    , m_ownerEdit(lineEdit(this, QStringLiteral("ownerLineEdit")))
    , m_codeEdit(lineEdit(this, QStringLiteral("codeLineEdit")))
    , m_optedOutCheck(new QCheckBox(tr("Does not want marketing e-mail"), this))
    , m_notesEdit(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_moreGroup(new QGroupBox(tr("More fields"), this))
    , m_customForm(new CustomFieldsForm(m_moreGroup))
{
    setWindowTitle(tr("New Customer"));
    m_companyCombo->setObjectName(QStringLiteral("companyComboBox"));
    m_companyCombo->addItem(tr("(No company)"), QVariant());
    for (const core::Company& company : companies)
        m_companyCombo->addItem(company.name, QVariant::fromValue<qint64>(company.id));
    m_notesEdit->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
    m_phoneEdit->setPlaceholderText(tr("+86 138 0013 8000"));

    auto* form = new QFormLayout;
    m_validation = new FormValidation(form, this);
    m_validation->addRow(kName, tr("&Name:"), m_nameEdit);
    m_nameEdit->setFocus(); // typing starts in the first field
    m_validation->addRow(kEmail, tr("&E-mail:"), m_emailEdit);
    m_validation->addRow(kPhone, tr("&Phone:"), m_phoneEdit);
    m_validation->addPlainRow(tr("C&ompany:"), m_companyCombo);
    m_validation->addPlainRow(tr("Ci&ty:"), m_cityEdit);
    m_validation->addPlainRow(tr("&Address:"), m_addressEdit);
    m_validation->addPlainRow(tr("O&wner:"), m_ownerEdit);
    // The number another system (a shop, an ERP) knows the customer by; imports match on it.
    m_validation->addPlainRow(tr("Customer n&umber:"), m_codeEdit);
    m_validation->addPlainRow(QString(), m_optedOutCheck);
    m_validation->addPlainRow(tr("No&tes:"), m_notesEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* moreLayout = new QVBoxLayout(m_moreGroup);
    moreLayout->addWidget(m_customForm);
    m_moreGroup->setObjectName(QStringLiteral("moreFieldsGroupBox"));
    m_moreGroup->hide(); // until the customers have custom fields
    layout->addWidget(m_moreGroup);
    layout->addWidget(m_validation->summaryLabel());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    // Once an error is shown, re-check as the user types so it goes away when fixed.
    for (QLineEdit* edit : {m_nameEdit, m_emailEdit, m_phoneEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_validation->hasErrors())
                validate();
        });
    }
    resize(460, sizeHint().height());
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::setCustomFields(const QList<core::CustomFieldDef>& fields)
{
    m_customForm->setFields(fields);
    m_customForm->setJson(m_customer.custom, m_customer.id == 0);
    m_moreGroup->setVisible(!fields.isEmpty());
    // The notes field was the last stop of Tab; the extra fields follow it.
    if (QWidget* first = m_customForm->firstFocus())
        QWidget::setTabOrder(m_notesEdit, first);
    resize(width(), sizeHint().height());
}

void CustomerDialog::setCustomer(const core::Customer& customer)
{
    m_customer = customer;
    setWindowTitle(customer.id ? tr("Edit Customer") : tr("New Customer"));
    m_nameEdit->setText(customer.name);
    m_emailEdit->setText(customer.email);
    m_phoneEdit->setText(customer.phone);
    m_cityEdit->setText(customer.city);
    m_addressEdit->setText(customer.address);
    m_ownerEdit->setText(customer.owner);
    m_codeEdit->setText(customer.code);
    m_optedOutCheck->setChecked(customer.optedOut);
    m_notesEdit->setPlainText(customer.notes);
    m_customForm->setJson(customer.custom, customer.id == 0);
    const int index =
        customer.companyId
            ? m_companyCombo->findData(QVariant::fromValue<qint64>(*customer.companyId))
            : 0;
    m_companyCombo->setCurrentIndex(std::max(index, 0));
}

core::Customer CustomerDialog::customer() const
{
    core::Customer c = m_customer;
    c.name = core::contact::simplified(m_nameEdit->text());
    c.email = m_emailEdit->text().trimmed();
    c.phone = m_phoneEdit->text().trimmed();
    c.city = core::contact::simplified(m_cityEdit->text());
    c.address = m_addressEdit->text().trimmed();
    c.owner = core::contact::simplified(m_ownerEdit->text());
    c.code = core::contact::simplified(m_codeEdit->text());
    c.optedOut = m_optedOutCheck->isChecked();
    c.notes = m_notesEdit->toPlainText();
    c.custom = m_customForm->json();
    const QVariant company = m_companyCombo->currentData();
    c.companyId =
        company.isValid() ? std::optional<core::RowId>(company.toLongLong()) : std::nullopt;
    c.companyName = company.isValid() ? m_companyCombo->currentText() : QString();
    return c;
}

bool CustomerDialog::validate()
{
    m_validation->clear();
    const core::Customer c = customer();
    if (c.name.isEmpty())
        m_validation->setError(kName, tr("A name is required."));
    if (!c.email.isEmpty() && !core::contact::isValidEmail(c.email))
        m_validation->setError(kEmail,
                               tr("This is not a valid e-mail address (e.g. name@example.com)."));
    if (!c.phone.isEmpty() && !core::contact::isValidPhone(c.phone))
        m_validation->setError(kPhone, tr("This is not a valid phone number."));
    if (!m_validation->hasErrors()) {
        // The repository has the last word (the same rules the CLI and import use).
        const core::Status status = core::CustomerRepository::validate(c);
        if (!status)
            m_validation->setError(status.error().field, status.error().message);
    }
    const QList<core::Error> customErrors = m_customForm->validate();
    if (!customErrors.isEmpty() && !m_validation->hasErrors())
        m_validation->setError(QStringLiteral("custom"),
                               CustomFieldsForm::summary(customErrors, m_customForm->fields()));
    return !m_validation->hasErrors() && customErrors.isEmpty();
}

void CustomerDialog::accept()
{
    if (!validate()) {
        if (m_validation->error(kName).isEmpty() && m_validation->error(kEmail).isEmpty()
            && m_validation->error(kPhone).isEmpty())
            m_customForm->focusFirstError();
        else
            m_validation->focusFirstError();
        return;
    }
    QDialog::accept();
}

} // namespace rapport::ui
