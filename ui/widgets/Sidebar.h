#pragma once

#include "domain/SavedView.h"

#include <QHash>
#include <QTreeWidget>

class QUndoStack;

namespace rapport::ui {

class Session;

// The main window's section list: one top-level entry per section (panel) and,
// under a table's entry, the views saved for that table. Choosing an entry
// emits sectionChosen or viewChosen; a view's context menu renames, updates
// (the window hands the panel's state over) or deletes it, all undoable.
// Adding a section is one call (addSection), for any kind of panel.
class Sidebar : public QTreeWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QWidget* parent = nullptr);

    // The open database (views are read from it and follow its changes) and
    // the window's undo stack; null when nothing is open.
    void setContext(Session* session, QUndoStack* undoStack);

    // Appends a section; `viewsKey` is the core::FieldEntity key of the table
    // whose saved views show under it (empty: none). Returns its index.
    int addSection(const QString& title, const QString& viewsKey = {});
    void clearSections();
    int count() const { return topLevelItemCount(); }
    QString sectionTitle(int section) const;
    // The section of the current entry (a view's is its table's), or -1.
    int currentSection() const;
    // Makes section `row` current (its top-level entry).
    void setCurrentRow(int row);
    QList<core::SavedView> viewsOf(int section) const;
    // The entry of a saved view, or null.
    QTreeWidgetItem* viewItem(core::RowId viewId) const;
    void selectView(core::RowId viewId);

    // Undoable edits of a view (the context menu asks, then calls these).
    void renameView(const core::SavedView& view, const QString& name);
    void deleteView(const core::SavedView& view);

public Q_SLOTS:
    void reloadViews();

Q_SIGNALS:
    void sectionChosen(int section);
    void viewChosen(int section, const rapport::core::SavedView& view);
    void updateViewRequested(int section, const rapport::core::SavedView& view);

private:
    enum Role { SectionRole = Qt::UserRole + 1, ViewIdRole };
    void currentChanged(QTreeWidgetItem* current);
    void showMenu(const QPoint& pos);
    void showError(const core::Error& error);

    Session* m_session = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QStringList m_viewKeys; // per section
    QHash<core::RowId, core::SavedView> m_views;
};

} // namespace rapport::ui
