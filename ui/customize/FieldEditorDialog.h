#pragma once

#include "customize/CustomFieldCommands.h"
#include "domain/CustomField.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace rapport::ui {

class CustomFieldEditor;
class FormValidation;

// Defines a new custom field or changes one: label, key (suggested from the
// label until the user types one; fixed once the field exists, because rows
// store their values under it), type (fixed once it exists), required,
// default, choices, help and the index option. Checks with
// customfields::validateDefinition and shows the error beside the field it
// names. Writes nothing: the caller pushes CreateFieldCommand/EditFieldCommand.
class FieldEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // `takenKeys`: the keys of the entity's fields, deleted ones too.
    FieldEditorDialog(core::FieldEntity entity, const QStringList& takenKeys,
                      QWidget* parent = nullptr);
    ~FieldEditorDialog() override;

    // Edits an existing field; `valueCount` rows hold a value (for warnings).
    void setField(const core::CustomFieldDef& def, qint64 valueCount);
    core::CustomFieldDef field() const;
    // Choices of an existing field renamed in the list (old -> new), which the
    // rows holding them must follow.
    EditFieldCommand::Renames renames() const;

    bool validate();
    void accept() override;

    // The translated name of a type ("Date", "Multiple choice").
    static QString typeName(core::CustomFieldType type);

private:
    void suggestKey();
    void updateForType();
    void rebuildDefaultEditor();
    void addChoice();
    void renameChoice();
    void removeChoice();
    void moveChoice(int delta);
    QStringList choices() const;
    core::CustomFieldType type() const;

    core::CustomFieldDef m_def; // id, uuid, entity, position carried through an edit
    QStringList m_takenKeys;
    qint64 m_valueCount = 0;
    bool m_keyEdited = false;
    QLineEdit* m_labelEdit;
    QLineEdit* m_keyEdit;
    QLabel* m_keyNote;
    QComboBox* m_typeCombo;
    QCheckBox* m_requiredCheck;
    QWidget* m_defaultBox;
    QVBoxLayout* m_defaultLayout;
    CustomFieldEditor* m_defaultEditor = nullptr;
    QWidget* m_choicesBox;
    QListWidget* m_choicesList;
    QLineEdit* m_helpEdit;
    QCheckBox* m_indexedCheck;
    QFormLayout* m_form = nullptr;
    FormValidation* m_validation;
};

} // namespace rapport::ui
