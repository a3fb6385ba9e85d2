#include "views/PanelViews.h"

#include "Session.h"
#include "models/PagedTableModel.h"
#include "panels/TablePanel.h"
#include "storage/TagRepository.h"
#include "views/FilterBar.h"
#include "views/FilterDialog.h"
#include "views/FilterText.h"
#include "views/SavedViewCommands.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace rapport::ui {

PanelViews::PanelViews(TablePanel* panel, const PanelContext& context)
    : QObject(panel)
    , m_panel(panel)
    , m_context(context)
    , m_toolRow(new QHBoxLayout)
    , m_button(new QToolButton(panel))
    , m_bar(new FilterBar(panel))
{
    setObjectName(QStringLiteral("panelViews"));
    m_button->setObjectName(panel->tableName() + QStringLiteral("FilterButton"));
    m_button->setText(tr("Filter…"));
    m_button->setToolTip(tr("Show only the rows that match conditions (Ctrl+Shift+F)"));
    m_button->setCheckable(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolRow->setContentsMargins(0, 0, 0, 0);
    m_toolRow->addWidget(m_button, 0, Qt::AlignRight);
    m_bar->hide();

    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), panel);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &PanelViews::editFilter);
    connect(m_button, &QToolButton::clicked, this, &PanelViews::editFilter);
    connect(m_bar, &FilterBar::editRequested, this, &PanelViews::editFilter);
    connect(m_bar, &FilterBar::clearRequested, this, &PanelViews::clearFilter);
    connect(m_bar, &FilterBar::saveRequested, this, &PanelViews::saveCurrentView);
    connect(panel->model(), &PagedTableModel::totalCountChanged, this, &PanelViews::refreshBar);
}

std::optional<core::FieldEntity> PanelViews::entity() const
{
    return core::fieldEntityFromKey(m_panel->tableName());
}

FilterEditorFields PanelViews::editorFields() const
{
    FilterEditorFields fields;
    fields.fields = m_panel->model()->definition().filterFields;
    fields.customFields = m_panel->customFields();
    if (auto tags = core::TagRepository(m_context.session->connection()).all())
        fields.tags = *tags;
    return fields;
}

core::FilterGroup PanelViews::filter() const
{
    return m_panel->model()->querySpec().where;
}

void PanelViews::setFilter(const core::FilterGroup& filter)
{
    core::QuerySpec spec = m_panel->model()->querySpec();
    spec.where = filter;
    m_panel->model()->setQuerySpec(spec);
    refreshBar();
    Q_EMIT filterChanged();
}

void PanelViews::editFilter()
{
    auto* dialog = new FilterDialog(editorFields(), filter(), m_panel);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FilterDialog> guard(dialog);
    connect(dialog, &QDialog::accepted, this, [this, guard] {
        if (guard)
            setFilter(guard->filter());
    });
    connect(dialog, &QDialog::finished, this, [this] { refreshBar(); });
    dialog->open();
}

void PanelViews::clearFilter()
{
    setFilter({});
}

void PanelViews::refreshBar()
{
    const core::FilterGroup where = filter();
    const bool on = !where.isEmpty();
    m_button->setChecked(on);
    m_bar->setVisible(on);
    if (on)
        m_bar->setDescription(FilterText::describe(where, m_panel->customFields()),
                              m_panel->model()->totalCount());
}

core::SavedView PanelViews::currentView() const
{
    core::SavedView view;
    view.entity = entity().value_or(core::FieldEntity::Customers);
    view.columns = m_panel->visibleColumnKeys();
    const core::QuerySpec& spec = m_panel->model()->querySpec();
    view.sortKey = spec.sortKey;
    view.descending = spec.descending;
    view.search = spec.search;
    view.filter = spec.where;
    return view;
}

void PanelViews::applyView(const core::SavedView& view)
{
    PagedTableModel* model = m_panel->model();
    QHeaderView* header = m_panel->view()->horizontalHeader();
    // Columns: the view's in its order, then the rest hidden. An empty list
    // (or only unknown keys) is the table's default: every column, as defined.
    QList<int> shown;
    for (const QString& key : view.columns) {
        const int column = model->columnIndex(key);
        if (column >= 0 && !shown.contains(column))
            shown << column;
    }
    const bool all = shown.isEmpty();
    if (all) {
        for (int column = 0; column < model->columnCount(); ++column)
            shown << column;
    }
    for (int visual = 0; visual < shown.size(); ++visual)
        header->moveSection(header->visualIndex(shown.at(visual)), visual);
    for (int column = 0; column < model->columnCount(); ++column)
        header->setSectionHidden(column, !shown.contains(column));

    core::QuerySpec spec = model->querySpec();
    const int sortColumn = view.sortKey.isEmpty() ? -1 : model->columnIndex(view.sortKey);
    if (sortColumn >= 0 && model->isSortable(sortColumn)) {
        spec.sortKey = view.sortKey;
        spec.descending = view.descending;
    } else {
        spec.sortKey.clear();
        spec.descending = false;
    }
    spec.search = view.search;
    spec.where = view.filter;
    if (QLineEdit* search = m_panel->searchEdit()) {
        // The model gets the search with the rest below, in one reload.
        const QSignalBlocker blocker(search);
        search->setText(view.search);
    }
    {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(sortColumn >= 0 ? sortColumn : 0,
                                 spec.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    model->setQuerySpec(spec);
    refreshBar();
    Q_EMIT filterChanged();
}

core::RowId PanelViews::saveViewAs(const QString& name)
{
    if (!entity())
        return 0;
    core::SavedView view = currentView();
    view.name = name.simplified();
    QPointer<TablePanel> panel(m_panel);
    auto failed = std::make_shared<bool>(false);
    auto* command =
        new CreateViewCommand(m_context.session, view, [panel, failed](const core::Error& e) {
            *failed = true;
            if (panel)
                MessageBox::critical(panel, tr("Save View"), e.message, e.sql);
        });
    // A failed command is obsolete and deleted by the stack: ask it nothing then.
    m_context.undoStack->push(command);
    return *failed ? 0 : command->viewId();
}

void PanelViews::updateView(const core::SavedView& view)
{
    core::SavedView after = currentView();
    after.id = view.id;
    after.uuid = view.uuid;
    after.entity = view.entity;
    after.name = view.name;
    after.position = view.position;
    QPointer<TablePanel> panel(m_panel);
    m_context.undoStack->push(new EditViewCommand(
        m_context.session, view, after, tr("Update View “%1”").arg(view.name),
        [panel](const core::Error& e) {
            if (panel)
                MessageBox::critical(panel, tr("Update View"), e.message, e.sql);
        }));
}

void PanelViews::saveCurrentView()
{
    if (!entity())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_panel, tr("Save View"), tr("Name of the view:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveViewAs(name);
}

} // namespace rapport::ui
