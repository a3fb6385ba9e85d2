#pragma once

#include "domain/Filter.h"
#include "views/FilterConditionRow.h"

#include <QDialog>

namespace rapport::ui {

class FilterEditor;

// The filter editor in a dialog: OK applies, Cancel keeps the filter as it
// was, Clear removes it. An empty filter starts with one condition to fill.
class FilterDialog : public QDialog
{
    Q_OBJECT
public:
    FilterDialog(FilterEditorFields fields, const core::FilterGroup& filter,
                 QWidget* parent = nullptr);

    core::FilterGroup filter() const;
    FilterEditor* editor() const { return m_editor; }

private:
    FilterEditor* m_editor;
    bool m_cleared = false;
};

} // namespace rapport::ui
