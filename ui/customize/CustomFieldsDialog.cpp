#include "customize/CustomFieldsDialog.h"

#include "Session.h"
#include "customize/CustomFieldCommands.h"
#include "customize/FieldEditorDialog.h"
#include "storage/CustomFieldRepository.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
using core::FieldEntity;

const QList<FieldEntity> kEntities = {FieldEntity::Customers, FieldEntity::Companies,
                                      FieldEntity::Products, FieldEntity::Orders,
                                      FieldEntity::Deals};

enum Column { LabelColumn, TypeColumn, RequiredColumn, KeyColumn };

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}
} // namespace

QString CustomFieldsDialog::entityName(FieldEntity entity)
{
    switch (entity) {
    case FieldEntity::Customers:
        return tr("Customers");
    case FieldEntity::Companies:
        return tr("Companies");
    case FieldEntity::Products:
        return tr("Products");
    case FieldEntity::Orders:
        return tr("Orders");
    case FieldEntity::Deals:
        return tr("Deals");
    }
    return {};
}

CustomFieldsDialog::CustomFieldsDialog(const PanelContext& context, QWidget* parent,
                                       FieldEntity entity)
    : QDialog(parent)
    , m_context(context)
    , m_entityCombo(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_showDeleted(new QCheckBox(tr("Show &deleted fields"), this))
    , m_add(button(tr("&Add…"), QStringLiteral("addFieldButton"), this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editFieldButton"), this))
    , m_delete(button(tr("De&lete"), QStringLiteral("deleteFieldButton"), this))
    , m_up(button(tr("Move &Up"), QStringLiteral("moveUpButton"), this))
    , m_down(button(tr("Move Do&wn"), QStringLiteral("moveDownButton"), this))
    , m_restore(button(tr("&Restore"), QStringLiteral("restoreFieldButton"), this))
    , m_purge(button(tr("Delete &Permanently…"), QStringLiteral("purgeFieldButton"), this))
{
    setObjectName(QStringLiteral("customFieldsDialog"));
    setWindowTitle(tr("Custom Fields"));
    m_entityCombo->setObjectName(QStringLiteral("entityComboBox"));
    m_list->setObjectName(QStringLiteral("fieldsTreeWidget"));
    m_showDeleted->setObjectName(QStringLiteral("showDeletedCheckBox"));
    for (FieldEntity e : kEntities)
        m_entityCombo->addItem(entityName(e), int(e));
    m_entityCombo->setCurrentIndex(std::max<int>(int(kEntities.indexOf(entity)), 0));

    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Label"), tr("Type"), tr("Required"), tr("Key")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(RequiredColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);

    auto* top = new QHBoxLayout;
    auto* tableLabel = new QLabel(tr("&Table:"), this);
    tableLabel->setBuddy(m_entityCombo);
    top->addWidget(tableLabel);
    top->addWidget(m_entityCombo);
    top->addStretch(1);

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_delete})
        side->addWidget(b);
    side->addSpacing(12);
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addSpacing(12);
    side->addWidget(m_restore);
    side->addWidget(m_purge);
    side->addStretch(1);

    auto* middle = new QHBoxLayout;
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addWidget(m_showDeleted);
    middle->addLayout(listColumn, 1);
    middle->addLayout(side);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomFieldsDialog::reject);

    // While this modal dialog is up the main window's Edit menu is out of
    // reach: offer undo and redo of the window's stack here too.
    auto* undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, m_context.undoStack, &QUndoStack::undo);
    auto* redo = new QAction(this);
    redo->setShortcut(QKeySequence::Redo);
    connect(redo, &QAction::triggered, m_context.undoStack, &QUndoStack::redo);
    addActions({undo, redo});

    connect(m_entityCombo, &QComboBox::currentIndexChanged, this, &CustomFieldsDialog::reload);
    connect(m_showDeleted, &QCheckBox::toggled, this, &CustomFieldsDialog::reload);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CustomFieldsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (const auto* def = selected(); def && !def->deleted)
            editField();
    });
    connect(m_add, &QPushButton::clicked, this, &CustomFieldsDialog::addField);
    connect(m_edit, &QPushButton::clicked, this, &CustomFieldsDialog::editField);
    connect(m_delete, &QPushButton::clicked, this, &CustomFieldsDialog::deleteField);
    connect(m_restore, &QPushButton::clicked, this, &CustomFieldsDialog::restoreField);
    connect(m_purge, &QPushButton::clicked, this, &CustomFieldsDialog::purgeField);
    connect(m_up, &QPushButton::clicked, this, &CustomFieldsDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &CustomFieldsDialog::moveDown);
    connect(m_context.session->hub(), &core::ChangeHub::changed, this, [this](core::Entity e) {
        if (e == core::Entity::CustomField)
            reload();
    });
    reload();
    resize(640, 420);
}

CustomFieldsDialog::~CustomFieldsDialog() = default;

FieldEntity CustomFieldsDialog::entity() const
{
    return static_cast<FieldEntity>(m_entityCombo->currentData().toInt());
}

void CustomFieldsDialog::setEntity(FieldEntity entity)
{
    m_entityCombo->setCurrentIndex(std::max<int>(int(kEntities.indexOf(entity)), 0));
}

void CustomFieldsDialog::setShowDeleted(bool show)
{
    m_showDeleted->setChecked(show);
}

void CustomFieldsDialog::reload()
{
    const core::RowId keep = selectedId();
    const auto fields = core::CustomFieldRepository(m_context.session->connection())
                            .fields(entity(), m_showDeleted->isChecked());
    if (!fields) {
        showError(fields.error());
        return;
    }
    m_fields = *fields;
    m_list->clear();
    for (const core::CustomFieldDef& def : std::as_const(m_fields)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(LabelColumn, def.deleted ? tr("%1 (deleted)").arg(def.label) : def.label);
        item->setText(TypeColumn, FieldEditorDialog::typeName(def.type));
        item->setText(RequiredColumn, def.required ? tr("Yes") : QString());
        item->setText(KeyColumn, def.key);
        item->setData(LabelColumn, Qt::UserRole, QVariant::fromValue<qint64>(def.id));
        item->setToolTip(LabelColumn, def.help);
        if (def.deleted) {
            QFont font = item->font(LabelColumn);
            font.setItalic(true);
            for (int column = 0; column < m_list->columnCount(); ++column) {
                item->setFont(column, font);
                item->setForeground(column,
                                    m_list->palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    selectField(keep);
    updateButtons();
}

void CustomFieldsDialog::selectField(core::RowId id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(LabelColumn, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

core::RowId CustomFieldsDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(LabelColumn, Qt::UserRole).toLongLong() : 0;
}

const core::CustomFieldDef* CustomFieldsDialog::selected() const
{
    const core::RowId id = selectedId();
    for (const core::CustomFieldDef& def : m_fields) {
        if (def.id == id)
            return &def;
    }
    return nullptr;
}

void CustomFieldsDialog::updateButtons()
{
    const core::CustomFieldDef* def = selected();
    const bool live = def && !def->deleted;
    m_edit->setEnabled(live);
    m_delete->setEnabled(live);
    // Deleted fields keep no place in the order; only live ones move.
    int liveRow = -1;
    int liveCount = 0;
    for (const core::CustomFieldDef& f : std::as_const(m_fields)) {
        if (f.deleted)
            continue;
        if (def && f.id == def->id)
            liveRow = liveCount;
        ++liveCount;
    }
    m_up->setEnabled(live && liveRow > 0);
    m_down->setEnabled(live && liveRow >= 0 && liveRow < liveCount - 1);
    m_restore->setVisible(m_showDeleted->isChecked());
    m_purge->setVisible(m_showDeleted->isChecked());
    m_restore->setEnabled(def && def->deleted);
    m_purge->setEnabled(def && def->deleted);
}

QStringList CustomFieldsDialog::takenKeys() const
{
    // Deleted fields keep their keys (their values are still in the rows).
    const auto all =
        core::CustomFieldRepository(m_context.session->connection()).fields(entity(), true);
    QStringList keys;
    for (const core::CustomFieldDef& def : all ? *all : QList<core::CustomFieldDef>())
        keys << def.key;
    return keys;
}

void CustomFieldsDialog::addField()
{
    FieldEditorDialog editor(entity(), takenKeys(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const core::CustomFieldDef def = editor.field();
    push(new CreateFieldCommand(m_context.session, def, errorHandler()));
    // The stack owns the command (and drops it if the write failed): find the
    // new field by its key in the reloaded list.
    for (const core::CustomFieldDef& f : std::as_const(m_fields)) {
        if (f.key == def.key)
            selectField(f.id);
    }
}

void CustomFieldsDialog::editField()
{
    const core::CustomFieldDef* def = selected();
    if (!def || def->deleted)
        return;
    const core::CustomFieldDef before = *def;
    const auto count =
        core::CustomFieldRepository(m_context.session->connection()).countValues(before.id);
    FieldEditorDialog editor(entity(), takenKeys(), this);
    editor.setField(before, count ? *count : 0);
    if (editor.exec() != QDialog::Accepted)
        return;
    const core::CustomFieldDef after = editor.field();
    if (after == before && editor.renames().isEmpty())
        return;
    push(new EditFieldCommand(m_context.session, before, after, editor.renames(), errorHandler()));
}

void CustomFieldsDialog::deleteField()
{
    const core::CustomFieldDef* def = selected();
    if (!def || def->deleted)
        return;
    const core::CustomFieldDef field = *def;
    const auto count =
        core::CustomFieldRepository(m_context.session->connection()).countValues(field.id);
    QString text = tr("Delete the field “%1”?").arg(field.label);
    if (count && *count > 0)
        text += QLatin1Char(' ') + rowsText(*count);
    text += QLatin1Char(' ') + tr("The values are kept and the deletion can be undone.");
    if (MessageBox::question(this, tr("Delete Field"), text) != QMessageBox::Yes)
        return;
    push(new DeleteFieldCommand(m_context.session, field, false, errorHandler()));
}

void CustomFieldsDialog::restoreField()
{
    const core::CustomFieldDef* def = selected();
    if (!def || !def->deleted)
        return;
    const core::RowId id = def->id;
    push(new DeleteFieldCommand(m_context.session, *def, true, errorHandler()));
    selectField(id);
}

void CustomFieldsDialog::purgeField()
{
    const core::CustomFieldDef* def = selected();
    if (!def || !def->deleted)
        return;
    const core::CustomFieldDef field = *def;
    core::CustomFieldRepository repository(m_context.session->connection(),
                                           m_context.session->hub());
    const auto count = repository.countValues(field.id);
    const qint64 n = count ? *count : 0;
    const QString text =
        tr("Delete the field “%1” permanently? %2 This cannot be undone.")
            .arg(field.label, n > 0 ? tr("The values of %Ln row(s) will be lost.", nullptr, int(n))
                                    : tr("No row holds a value."));
    if (MessageBox::question(this, tr("Delete Field Permanently"), text) != QMessageBox::Yes)
        return;
    // Not an undo command: the values are gone for good, which the question says.
    const core::Status status = repository.purge(field.id);
    if (!status)
        showError(status.error());
}

void CustomFieldsDialog::moveUp()
{
    move(-1);
}

void CustomFieldsDialog::moveDown()
{
    move(1);
}

void CustomFieldsDialog::move(int delta)
{
    const core::CustomFieldDef* def = selected();
    if (!def || def->deleted)
        return;
    const core::RowId id = def->id;
    QList<core::CustomFieldDef> before;
    for (const core::CustomFieldDef& f : std::as_const(m_fields)) {
        if (!f.deleted)
            before << f;
    }
    QList<core::CustomFieldDef> after = before;
    const auto from = std::find_if(after.begin(), after.end(),
                                   [id](const core::CustomFieldDef& f) { return f.id == id; })
                      - after.begin();
    const auto to = from + delta;
    if (to < 0 || to >= after.size())
        return;
    after.move(from, to);
    push(new ReorderFieldsCommand(m_context.session, before, after, errorHandler()));
    selectField(id);
}

void CustomFieldsDialog::push(QUndoCommand* command)
{
    m_context.undoStack->push(command);
}

EntityCommand::ErrorHandler CustomFieldsDialog::errorHandler()
{
    QPointer<CustomFieldsDialog> self(this);
    return [self](const core::Error& error) {
        if (self)
            self->showError(error);
    };
}

void CustomFieldsDialog::showError(const core::Error& error)
{
    MessageBox::critical(this, tr("Custom Fields"), error.message, error.sql);
}

QString CustomFieldsDialog::rowsText(qint64 count) const
{
    const int n = int(std::min<qint64>(count, INT_MAX));
    switch (entity()) {
    case FieldEntity::Customers:
        return tr("%Ln customer(s) have a value.", nullptr, n);
    case FieldEntity::Companies:
        return tr("%Ln company(ies) have a value.", nullptr, n);
    case FieldEntity::Products:
        return tr("%Ln product(s) have a value.", nullptr, n);
    case FieldEntity::Orders:
        return tr("%Ln order(s) have a value.", nullptr, n);
    case FieldEntity::Deals:
        return tr("%Ln deal(s) have a value.", nullptr, n);
    }
    return {};
}

} // namespace rapport::ui
