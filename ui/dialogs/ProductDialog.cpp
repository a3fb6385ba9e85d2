#include "dialogs/ProductDialog.h"

#include "Format.h"
#include "customize/CustomFieldsSection.h"
#include "domain/ContactRules.h"
#include "storage/ProductRepository.h"
#include "widgets/FormValidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
const QString kSku = QStringLiteral("sku");
const QString kName = QStringLiteral("name");
const QString kPrice = QStringLiteral("price");
} // namespace

ProductDialog::ProductDialog(const QStringList& categories, QWidget* parent)
    : QDialog(parent)
    , m_skuEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_categoryCombo(new QComboBox(this))
    , m_priceEdit(new QLineEdit(this))
{
    setWindowTitle(tr("New Product"));
    m_skuEdit->setObjectName(QStringLiteral("skuLineEdit"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_categoryCombo->setObjectName(QStringLiteral("categoryComboBox"));
    m_priceEdit->setObjectName(QStringLiteral("priceLineEdit"));
    m_categoryCombo->setEditable(true);
    m_categoryCombo->setInsertPolicy(QComboBox::NoInsert);
    m_categoryCombo->addItems(categories);
    m_categoryCombo->setCurrentIndex(-1);
    m_priceEdit->setPlaceholderText(QStringLiteral("12.50"));
    m_priceEdit->setAlignment(Qt::AlignRight);
    m_priceEdit->setText(QStringLiteral("0.00"));

    auto* form = new QFormLayout;
    m_validation = new FormValidation(form, this);
    m_validation->addRow(kSku, tr("&SKU:"), m_skuEdit);
    m_skuEdit->setFocus(); // typing starts in the first field
    m_validation->addRow(kName, tr("&Name:"), m_nameEdit);
    m_validation->addPlainRow(tr("&Category:"), m_categoryCombo);
    m_validation->addRow(kPrice, tr("&Price:"), m_priceEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_customSection = new CustomFieldsSection(this);
    layout->addWidget(m_customSection);
    layout->addWidget(m_validation->summaryLabel());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    resize(400, sizeHint().height());
}

void ProductDialog::setProduct(const core::Product& product)
{
    m_product = product;
    m_customSection->setJson(product.custom, product.id == 0);
    setWindowTitle(product.id ? tr("Edit Product") : tr("New Product"));
    m_skuEdit->setText(product.sku);
    m_nameEdit->setText(product.name);
    m_categoryCombo->setCurrentText(product.category);
    m_priceEdit->setText(Format::plainAmount(product.price.minor));
}

core::Product ProductDialog::product() const
{
    core::Product p = m_product;
    p.sku = m_skuEdit->text().trimmed();
    p.name = core::contact::simplified(m_nameEdit->text());
    p.category = core::contact::simplified(m_categoryCombo->currentText());
    p.price.minor = core::Money::parseMinor(m_priceEdit->text().trimmed()).value_or(-1);
    p.custom = m_customSection->json();
    return p;
}

bool ProductDialog::validate()
{
    m_validation->clear();
    const core::Product p = product();
    if (p.sku.isEmpty())
        m_validation->setError(kSku, tr("A SKU is required."));
    if (p.name.isEmpty())
        m_validation->setError(kName, tr("A name is required."));
    const auto price = core::Money::parseMinor(m_priceEdit->text().trimmed());
    if (!price || *price < 0)
        m_validation->setError(kPrice, tr("Enter a price such as 12.50."));
    if (!m_validation->hasErrors()) {
        const core::Status status = core::ProductRepository::validate(p);
        if (!status)
            m_validation->setError(status.error().field, status.error().message);
    }
    const bool customOk = m_customSection->validate(m_validation);
    return !m_validation->hasErrors() && customOk;
}

void ProductDialog::accept()
{
    if (!validate()) {
        m_customSection->focusFirstError();
        m_validation->focusFirstError(); // the dialog's own fields come first
        return;
    }
    QDialog::accept();
}

void ProductDialog::setCustomFields(const QList<core::CustomFieldDef>& fields)
{
    m_customSection->setFields(fields, m_product.custom, m_product.id == 0);
    resize(width(), sizeHint().height());
}

} // namespace rapport::ui
