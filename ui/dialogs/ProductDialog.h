#pragma once

#include "domain/CustomField.h"
#include "domain/Entities.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace rapport::ui {

class CustomFieldsSection;
class FormValidation;

// Creates or edits one product: SKU, name, category (any existing one or a new
// one) and a price typed as "12.50" (core::Money::parseMinor, never a double).
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    // `categories` fills the category combo (ProductRepository::categories()).
    explicit ProductDialog(const QStringList& categories, QWidget* parent = nullptr);

    // The entity's custom fields, shown under "More fields" when there are
    // any. Call before setProduct().
    void setCustomFields(const QList<core::CustomFieldDef>& fields);
    void setProduct(const core::Product& product);
    core::Product product() const;

    bool validate();
    void accept() override;

private:
    core::Product m_product;
    QLineEdit* m_skuEdit;
    QLineEdit* m_nameEdit;
    QComboBox* m_categoryCombo;
    QLineEdit* m_priceEdit;
    FormValidation* m_validation;
    CustomFieldsSection* m_customSection = nullptr;
};

} // namespace rapport::ui
