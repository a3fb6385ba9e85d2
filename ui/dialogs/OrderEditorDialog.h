#pragma once

#include "domain/CustomField.h"
#include "domain/Entities.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace rapport::ui {

class CustomerPicker;
class CustomFieldsSection;
class FormValidation;
class OrderLinesEditor;

// Creates or edits an order: customer, calendar date, status and its lines,
// with the order total updated as lines change. Writes nothing itself.
class OrderEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // `db` serves the customer search; `products` the line product pickers.
    OrderEditorDialog(QSqlDatabase db, const QList<core::Product>& products,
                      QWidget* parent = nullptr);

    // The entity's custom fields, shown under "More fields" when there are
    // any. Call before setOrder().
    void setCustomFields(const QList<core::CustomFieldDef>& fields);
    void setOrder(const core::Order& order);
    core::Order order() const;
    // Presets the customer of a new order.
    void setCustomer(core::RowId id, const QString& name);

    OrderLinesEditor* linesEditor() const { return m_lines; }
    QString totalText() const;

    bool validate();
    void accept() override;

private:
    void updateTotal();

    core::Order m_order;
    CustomerPicker* m_customerPicker;
    QDateEdit* m_dateEdit;
    QComboBox* m_statusCombo;
    QLineEdit* m_notesEdit;
    OrderLinesEditor* m_lines;
    QLabel* m_totalLabel;
    FormValidation* m_validation;
    CustomFieldsSection* m_customSection = nullptr;
};

} // namespace rapport::ui
