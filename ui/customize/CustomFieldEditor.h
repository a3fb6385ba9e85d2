#pragma once

#include "domain/CustomField.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rapport::ui {

// One editor for a custom field's value, whatever its type: the widget that fits
// the type (line edit, date edit with an empty state, tri-state yes/no, combo,
// checkable list) behind one value interface in the stored JSON form. Used for
// the rows of CustomFieldsForm and for a field's default in FieldEditorDialog.
class CustomFieldEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldEditor(const core::CustomFieldDef& def, QWidget* parent = nullptr);

    const core::CustomFieldDef& definition() const { return m_def; }
    // Shows a stored value (Null or undefined: empty).
    void setValue(const QJsonValue& value);
    // The value in stored form (Null when empty), or why what was typed is not one.
    core::Result<QJsonValue> value() const;
    // The widget that takes the focus (the line edit, the combo, ...).
    QWidget* focusWidget() const { return m_focus; }

Q_SIGNALS:
    void edited();

private:
    void buildLineEdit();
    void buildDate();
    void buildBool();
    void buildChoice();
    void buildMultiChoice();
    bool dateIsEmpty() const;
    QHBoxLayout* row() const;

    core::CustomFieldDef m_def;
    QWidget* m_focus = nullptr;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_plain = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_check = nullptr;
    QComboBox* m_combo = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace rapport::ui
