#pragma once

#include "domain/CustomField.h"

#include <QGroupBox>

namespace rapport::ui {

class CustomFieldsForm;
class FormValidation;

// The "More fields" box of an entity dialog: a CustomFieldsForm in a group
// box that shows only when the entity has custom fields, and the glue the
// dialogs share (JSON in and out, validation into the dialog's summary line).
class CustomFieldsSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit CustomFieldsSection(QWidget* parent = nullptr);

    CustomFieldsForm* form() const { return m_form; }
    void setFields(const QList<core::CustomFieldDef>& fields, const QString& json, bool isNew);
    void setJson(const QString& json, bool isNew);
    QString json() const;
    // Checks the fields; on errors shows them inline and, if the dialog's own
    // fields are fine, names them in its summary line. True if all is well.
    bool validate(FormValidation* dialogValidation);
    void focusFirstError() const;

private:
    CustomFieldsForm* m_form;
};

} // namespace rapport::ui
