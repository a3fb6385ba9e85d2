#pragma once

#include "domain/SavedView.h"
#include "panels/PanelContext.h"
#include "views/FilterConditionRow.h"

#include <QObject>

#include <optional>

class QHBoxLayout;
class QToolButton;

namespace rapport::ui {

class FilterBar;
class TablePanel;

// The filter and saved views of one table panel: the Filter button beside the
// search box (Ctrl+Shift+F), the filter bar under it, and turning the panel's
// state (visible columns in order, sort, search, filter) into a SavedView and
// back. The panel owns it; writes go through undo commands.
class PanelViews : public QObject
{
    Q_OBJECT
public:
    PanelViews(TablePanel* panel, const PanelContext& context);

    // The row holding the search box (if any) and the Filter button.
    QHBoxLayout* toolRow() const { return m_toolRow; }
    FilterBar* filterBar() const { return m_bar; }
    QToolButton* filterButton() const { return m_button; }

    // The saved views' table ("customers"); none for tables without views.
    std::optional<core::FieldEntity> entity() const;
    FilterEditorFields editorFields() const;

    core::FilterGroup filter() const;
    void setFilter(const core::FilterGroup& filter);
    // The panel as it is now, as a view (no name, id or position).
    core::SavedView currentView() const;
    void applyView(const core::SavedView& view);

    // Saves the current state under `name` (undoable); 0 and an error shown on failure.
    core::RowId saveViewAs(const QString& name);
    // Stores the current state in `view` (undoable).
    void updateView(const core::SavedView& view);

public Q_SLOTS:
    void editFilter();
    void clearFilter();
    void saveCurrentView(); // asks for a name

Q_SIGNALS:
    void filterChanged();

private:
    void refreshBar();

    TablePanel* m_panel;
    PanelContext m_context;
    QHBoxLayout* m_toolRow;
    QToolButton* m_button;
    FilterBar* m_bar;
};

} // namespace rapport::ui
