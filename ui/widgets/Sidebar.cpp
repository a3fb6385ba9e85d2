#include "widgets/Sidebar.h"

#include "Session.h"
#include "storage/SavedViewRepository.h"
#include "views/SavedViewCommands.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>
#include <QUndoStack>

namespace rapport::ui {

Sidebar::Sidebar(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setHeaderHidden(true);
    setColumnCount(1);
    setFrameShape(QFrame::NoFrame);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 5px 6px; }"));
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { currentChanged(current); });
    // Clicking the view already chosen applies it again (after the user changed
    // the table, a click brings the view back).
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item && item->parent())
            currentChanged(item);
    });
    connect(this, &QWidget::customContextMenuRequested, this, &Sidebar::showMenu);
}

void Sidebar::setContext(Session* session, QUndoStack* undoStack)
{
    if (m_session)
        disconnect(m_session->hub(), nullptr, this, nullptr);
    m_session = session;
    m_undoStack = undoStack;
    if (m_session) {
        connect(m_session->hub(), &core::ChangeHub::changed, this, [this](core::Entity entity) {
            if (entity == core::Entity::SavedView)
                reloadViews();
        });
    }
    reloadViews();
}

int Sidebar::addSection(const QString& title, const QString& viewsKey)
{
    auto* item = new QTreeWidgetItem(this, {title});
    const int section = topLevelItemCount() - 1;
    item->setData(0, SectionRole, section);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    m_viewKeys << viewsKey;
    reloadViews();
    return section;
}

void Sidebar::clearSections()
{
    const QSignalBlocker blocker(this);
    clear();
    m_viewKeys.clear();
    m_views.clear();
}

QString Sidebar::sectionTitle(int section) const
{
    const QTreeWidgetItem* item = topLevelItem(section);
    return item ? item->text(0) : QString();
}

int Sidebar::currentSection() const
{
    const QTreeWidgetItem* item = currentItem();
    if (!item)
        return -1;
    return item->data(0, SectionRole).toInt();
}

void Sidebar::setCurrentRow(int row)
{
    if (QTreeWidgetItem* item = topLevelItem(row))
        setCurrentItem(item);
}

QList<core::SavedView> Sidebar::viewsOf(int section) const
{
    QList<core::SavedView> views;
    const QTreeWidgetItem* parent = topLevelItem(section);
    for (int i = 0; parent && i < parent->childCount(); ++i)
        views << m_views.value(parent->child(i)->data(0, ViewIdRole).toLongLong());
    return views;
}

QTreeWidgetItem* Sidebar::viewItem(core::RowId viewId) const
{
    for (int section = 0; section < topLevelItemCount(); ++section) {
        QTreeWidgetItem* parent = topLevelItem(section);
        for (int i = 0; i < parent->childCount(); ++i) {
            if (parent->child(i)->data(0, ViewIdRole).toLongLong() == viewId)
                return parent->child(i);
        }
    }
    return nullptr;
}

void Sidebar::selectView(core::RowId viewId)
{
    if (QTreeWidgetItem* item = viewItem(viewId))
        setCurrentItem(item);
}

void Sidebar::reloadViews()
{
    const QTreeWidgetItem* current = currentItem();
    const core::RowId currentView = current ? current->data(0, ViewIdRole).toLongLong() : 0;
    const int section = currentSection();
    // Rebuilding the children is not a choice of the user's: no signals.
    const QSignalBlocker blocker(this);
    m_views.clear();
    QList<core::SavedView> all;
    if (m_session) {
        if (auto views = core::SavedViewRepository(m_session->connection()).all())
            all = *views;
    }
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* parent = topLevelItem(i);
        qDeleteAll(parent->takeChildren());
        for (const core::SavedView& view : std::as_const(all)) {
            if (m_viewKeys.value(i).isEmpty()
                || core::fieldEntityKey(view.entity) != m_viewKeys.value(i))
                continue;
            auto* item = new QTreeWidgetItem(parent, {view.name});
            item->setData(0, SectionRole, i);
            item->setData(0, ViewIdRole, QVariant::fromValue<qlonglong>(view.id));
            item->setToolTip(0, tr("Saved view of %1").arg(parent->text(0)));
            m_views.insert(view.id, view);
        }
        parent->setExpanded(true);
    }
    if (QTreeWidgetItem* item = currentView ? viewItem(currentView) : nullptr)
        setCurrentItem(item);
    else if (section >= 0 && topLevelItem(section))
        setCurrentItem(topLevelItem(section));
}

void Sidebar::currentChanged(QTreeWidgetItem* current)
{
    if (!current)
        return;
    const int section = current->data(0, SectionRole).toInt();
    if (!current->parent()) {
        Q_EMIT sectionChosen(section);
        return;
    }
    const core::RowId id = current->data(0, ViewIdRole).toLongLong();
    if (m_views.contains(id))
        Q_EMIT viewChosen(section, m_views.value(id));
}

void Sidebar::renameView(const core::SavedView& view, const QString& name)
{
    if (!m_session || !m_undoStack || name.simplified() == view.name)
        return;
    core::SavedView after = view;
    after.name = name.simplified();
    QPointer<Sidebar> self(this);
    m_undoStack->push(new EditViewCommand(m_session, view, after,
                                          tr("Rename View “%1”").arg(view.name),
                                          [self](const core::Error& e) {
                                              if (self)
                                                  self->showError(e);
                                          }));
}

void Sidebar::deleteView(const core::SavedView& view)
{
    if (!m_session || !m_undoStack)
        return;
    QPointer<Sidebar> self(this);
    m_undoStack->push(new DeleteViewCommand(m_session, view, [self](const core::Error& e) {
        if (self)
            self->showError(e);
    }));
}

void Sidebar::showMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = itemAt(pos);
    if (!item || !item->parent())
        return;
    const core::SavedView view = m_views.value(item->data(0, ViewIdRole).toLongLong());
    const int section = item->data(0, SectionRole).toInt();
    QMenu menu(this);
    QAction* rename = menu.addAction(tr("Rename…"));
    QAction* update = menu.addAction(tr("Update with Current Table"));
    update->setToolTip(tr("Store the columns, sort, search and filter shown now in this view"));
    menu.addSeparator();
    QAction* remove = menu.addAction(tr("Delete"));
    QAction* chosen = menu.exec(viewport()->mapToGlobal(pos));
    if (chosen == rename) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename View"), tr("New name:"),
                                                   QLineEdit::Normal, view.name, &ok);
        if (ok && !name.trimmed().isEmpty())
            renameView(view, name);
    } else if (chosen == update) {
        Q_EMIT updateViewRequested(section, view);
    } else if (chosen == remove) {
        deleteView(view);
    }
}

void Sidebar::showError(const core::Error& error)
{
    MessageBox::critical(this, tr("Saved Views"), error.message, error.sql);
}

} // namespace rapport::ui
