#pragma once

#include "common/Error.h"
#include "domain/CustomField.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace rapport::ui {

class CustomFieldEditor;

// The "More fields" part of an entity's dialog: one labelled editor per custom
// field (CustomFieldEditor picks the widget by type), required ones marked
// with '*', help as tool tip and placeholder, and errors shown right under the
// editor they concern. Values go in and out as the row's `custom` JSON object;
// keys the form has no editor for (deleted or unknown fields) pass through.
class CustomFieldsForm : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldsForm(QWidget* parent = nullptr);
    ~CustomFieldsForm() override;

    // Builds the editors (live definitions, in position order).
    void setFields(const QList<core::CustomFieldDef>& fields);
    const QList<core::CustomFieldDef>& fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

    void setValues(const QJsonObject& custom);
    // The same with the row's stored JSON text; `isNew` fills the defaults.
    void setJson(const QString& json, bool isNew);
    QString json() const;
    // The object given to setValues with the editors' values merged in: empty
    // editors remove their key, other keys are kept as they were.
    QJsonObject values() const;
    // Checks each editor's text (customfields::parseText) and the whole object
    // (validateObject: required fields, choices); shows the errors inline and
    // returns them (empty: the values may be saved). Error::field is the key.
    QList<core::Error> validate();
    void clearErrors();
    // Focuses the first editor that shows an error.
    void focusFirstError() const;
    // The editor of a field (tests, focus chains), or null.
    CustomFieldEditor* editor(const QString& key) const;
    // The first and last focusable widget, to chain the dialog's tab order.
    QWidget* firstFocus() const;
    // "Please correct: VIP level, Renewal." for a dialog's summary line ('' if none).
    static QString summary(const QList<core::Error>& errors,
                           const QList<core::CustomFieldDef>& fields);

Q_SIGNALS:
    void edited();

private:
    void setError(const QString& key, const QString& message);

    QFormLayout* m_form;
    QList<core::CustomFieldDef> m_fields;
    QList<CustomFieldEditor*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QJsonObject m_values;
};

} // namespace rapport::ui
