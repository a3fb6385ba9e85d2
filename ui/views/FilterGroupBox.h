#pragma once

#include "domain/Filter.h"
#include "views/FilterConditionRow.h"

#include <QFrame>

class QComboBox;
class QPushButton;
class QVBoxLayout;

namespace rapport::ui {

// One group of a filter: "Match [all|any] of the following", its condition
// rows and, at the top level only, nested groups (one level deep: enough for
// "city is 上海 and (has tag VIP or total ≥ 10000)" without a tree to manage).
class FilterGroupBox : public QFrame
{
    Q_OBJECT
public:
    FilterGroupBox(const FilterEditorFields& fields, bool nested, QWidget* parent = nullptr);

    void setGroup(const core::FilterGroup& group);
    core::FilterGroup group() const;

    QComboBox* matchCombo() const { return m_match; }
    QList<FilterConditionRow*> rows() const { return m_rows; }
    QList<FilterGroupBox*> groups() const { return m_groups; }

public Q_SLOTS:
    FilterConditionRow* addCondition();
    FilterGroupBox* addGroup();

Q_SIGNALS:
    void removeRequested();

private:
    void removeRow(FilterConditionRow* row);
    void removeGroup(FilterGroupBox* group);
    void clear();

    const FilterEditorFields& m_fields;
    bool m_nested;
    QComboBox* m_match;
    QVBoxLayout* m_rowsLayout;
    QVBoxLayout* m_groupsLayout;
    QList<FilterConditionRow*> m_rows;
    QList<FilterGroupBox*> m_groups;
};

} // namespace rapport::ui
