#pragma once

#include "domain/CustomField.h"
#include "domain/Entities.h"
#include "domain/Filter.h"
#include "storage/TableQuery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace rapport::ui {

// What a filter editor offers: the table's filter fields, the custom field
// definitions (labels, choices) and the tags (names, colours).
struct FilterEditorFields
{
    QList<core::FilterField> fields;
    QList<core::CustomFieldDef> customFields;
    QList<core::Tag> tags;
};

// One condition of a filter: [field] [operator] [value] [−]. The operators are
// those that fit the field's kind and the value editor is the one its kind
// needs (text, number, date, yes/no, a choice, a tag).
class FilterConditionRow : public QWidget
{
    Q_OBJECT
public:
    FilterConditionRow(const FilterEditorFields& fields, QWidget* parent = nullptr);

    void setCondition(const core::FilterCondition& condition);
    core::FilterCondition condition() const;

    QComboBox* fieldCombo() const { return m_field; }
    QComboBox* opCombo() const { return m_op; }
    // The editor the value is typed in now (what tests and focus need).
    QWidget* valueEditor() const;

Q_SIGNALS:
    void removeRequested();

private:
    void addSegmentChoices(); // the RFM segments: names shown, keys stored
    enum Page { TextPage, NumberPage, DatePage, BoolPage, ChoicePage, TagPage };
    core::FilterField::Kind currentKind() const;
    void fieldChanged();
    void opChanged();
    void setValue(const QVariant& value);

    const FilterEditorFields& m_fields;
    QComboBox* m_field;
    QComboBox* m_op;
    QStackedWidget* m_values;
    QLineEdit* m_text;
    QLineEdit* m_number;
    QDateEdit* m_date;
    QComboBox* m_bool;
    QComboBox* m_choice;
    QComboBox* m_tag;
    QToolButton* m_remove;
};

} // namespace rapport::ui
