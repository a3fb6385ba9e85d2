#pragma once

#include "domain/Filter.h"
#include "views/FilterConditionRow.h"

#include <QWidget>

namespace rapport::ui {

class FilterGroupBox;

// Builds a user's filter (core::FilterGroup) over a table's filter fields:
// conditions joined by all/any plus one level of nested groups. setFilter()
// then filter() gives back the same group. A popup or dialog (FilterDialog)
// hosts it.
class FilterEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FilterEditor(FilterEditorFields fields, QWidget* parent = nullptr);

    void setFilter(const core::FilterGroup& filter);
    core::FilterGroup filter() const;
    FilterGroupBox* rootGroup() const { return m_root; }
    const FilterEditorFields& fields() const { return m_fields; }

private:
    FilterEditorFields m_fields; // before m_root: the rows refer to it
    FilterGroupBox* m_root;
};

} // namespace rapport::ui
