#pragma once

#include "domain/Entities.h"
#include "panels/PanelContext.h"

#include <QCoreApplication>
#include <QPoint>

class QMenu;
class QWidget;

namespace rapport::ui {

class TablePanel;

// "Tag Selected Customers…": a menu of the tags, checked where every chosen
// customer has the tag, plus "New Tag…". Choosing a tag adds it to (or, if
// checked, removes it from) all of them in one undo step. For the Edit menu
// and the customers table's context menu.
class TagActions
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::TagActions)
public:
    // Fills `menu` with the tag entries for `customerIds`.
    static void populate(QMenu* menu, const PanelContext& context,
                         const QList<core::RowId>& customerIds, QWidget* parent);
    // Shows that menu at `globalPos` for the panel's selected rows.
    static void tagSelectedCustomers(TablePanel* panel, const PanelContext& context,
                                     const QPoint& globalPos);
    // The step behind a menu entry: one undoable command; false if it failed.
    static bool applyTag(const PanelContext& context, const core::Tag& tag,
                         const QList<core::RowId>& customerIds, bool add, QWidget* parent);
    // Creates tag `name` and puts it on the customers, one undo step.
    static bool createAndApply(const PanelContext& context, const QString& name,
                               const QList<core::RowId>& customerIds, QWidget* parent);
};

} // namespace rapport::ui
