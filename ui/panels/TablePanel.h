#pragma once

#include "commands/EntityCommand.h"
#include "domain/CustomField.h"
#include "domain/Entities.h"
#include "panels/PanelContext.h"
#include "storage/TableQuery.h"

#include <QWidget>

class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QUndoCommand;

namespace rapport::ui {

class PagedTableModel;
class PanelViews;

// The common frame of the Customers, Companies, Products and Orders panels: an
// optional search box, a table view over a PagedTableModel, header state kept
// in Settings, and New/Edit/Delete that subclasses implement with dialogs and
// undo commands. Subclasses add their columns' formatting and side panes.
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    // `tableName` keys the saved header state ("customers").
    TablePanel(const PanelContext& context, core::TableDef def, const QString& tableName,
               QWidget* parent = nullptr);
    ~TablePanel() override;

    virtual QString title() const = 0;
    // "12,345 customers" for the status bar.
    virtual QString countText(qint64 count) const = 0;

    PagedTableModel* model() const { return m_model; }
    // The filter and saved views of this panel.
    PanelViews* views() const { return m_views; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QString tableName() const { return m_tableName; }
    // The keys of the columns the view shows, in the order it shows them (the
    // user may hide and move columns): what "export the current view" writes.
    QStringList visibleColumnKeys() const;

    core::RowId currentId() const;
    QList<core::RowId> selectedIds() const;
    void saveHeaderState() const;
    // Makes the first row current if none is (so a side pane has something to show).
    void selectFirstRow();
    // The live custom fields shown as columns (empty unless enableCustomFields()).
    const QList<core::CustomFieldDef>& customFields() const { return m_customFields; }
    // The entity's table definition with its custom fields as columns
    // (core::tableDefWithCustomFields), or `fallback` if they cannot be read.
    static core::TableDef definitionOf(const PanelContext& context, core::FieldEntity entity,
                                       core::TableDef fallback);

public Q_SLOTS:
    virtual void createItem() = 0;
    virtual void editItem(core::RowId id) = 0;
    void editCurrent();
    void deleteSelected();
    void focusSearch();
    // Opens the filter editor; asks for a name and saves the panel's state as a view.
    void editFilter();
    void saveCurrentView();

Q_SIGNALS:
    void countChanged(qint64 count);
    void currentIdChanged(qint64 id);

protected:
    // Once shown, a hidden panel's model defers reloads until it shows again.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    // Builds the delete commands of the rows `ids` (one each; the caller makes
    // a macro of several).
    virtual void deleteItems(const QList<core::RowId>& ids) = 0;
    // Shows a search box above the table (tables with a full-text index).
    void enableSearch(const QString& placeholder);
    void addSidePane(QWidget* pane);
    // Shows the custom fields of `entity` as columns (titles, formatting) and
    // follows changes to their definitions. Build the panel's TableDef with
    // definitionOf() so the first load already has them.
    void enableCustomFields(core::FieldEntity entity);
    // The order a new user sees first (a saved header state overrides it).
    void setDefaultSort(const QString& columnKey, Qt::SortOrder order);
    void push(QUndoCommand* command);
    EntityCommand::ErrorHandler errorHandler();
    void showError(const core::Error& error);
    const PanelContext& context() const { return m_context; }
    Session* session() const { return m_context.session; }
    // Selects the row of `id` if it is at hand (after a create or an edit).
    void selectId(core::RowId id);

private:
    void restoreHeaderState();
    void restoreHeaderState(const QByteArray& state);
    void reloadCustomFields();
    void applyColumnLook();
    void showHeaderMenu(const QPoint& pos);
    void keepSortIndicatorOnSortableColumns(int section, Qt::SortOrder order);
    void rememberCurrent();
    void restoreCurrent();

    PanelContext m_context;
    QString m_tableName;
    PagedTableModel* m_model;
    QTableView* m_view;
    QSplitter* m_splitter;
    QLineEdit* m_searchEdit = nullptr;
    PanelViews* m_views = nullptr;
    QTimer* m_searchTimer = nullptr;
    int m_rememberedRow = -1;
    core::RowId m_rememberedId = 0;
    std::optional<core::FieldEntity> m_fieldEntity;
    QList<core::CustomFieldDef> m_customFields;
};

} // namespace rapport::ui
