#include "tags/TagsDialog.h"

#include "Session.h"
#include "storage/TagRepository.h"
#include "tags/TagChip.h"
#include "tags/TagCommands.h"
#include "widgets/MessageBox.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
enum Column { NameColumn, CountColumn };
} // namespace

QStringList TagsDialog::presetColors()
{
    return {QStringLiteral("#e05d5d"), QStringLiteral("#f08c3a"), QStringLiteral("#e8c547"),
            QStringLiteral("#6cbf5a"), QStringLiteral("#2f9e8f"), QStringLiteral("#4a90d9"),
            QStringLiteral("#6a5acd"), QStringLiteral("#b565c9"), QStringLiteral("#d96aa0"),
            QStringLiteral("#7d8a96")};
}

TagsDialog::TagsDialog(const PanelContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_color(new QPushButton(tr("Colour"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("tagsDialog"));
    setWindowTitle(tr("Tags"));
    m_list->setObjectName(QStringLiteral("tagsTreeWidget"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Tag"), tr("Customers")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_add->setObjectName(QStringLiteral("tagsAddButton"));
    m_rename->setObjectName(QStringLiteral("tagsRenameButton"));
    m_color->setObjectName(QStringLiteral("tagsColorButton"));
    m_delete->setObjectName(QStringLiteral("tagsDeleteButton"));

    auto* colorMenu = new QMenu(m_color);
    for (const QString& color : presetColors()) {
        QAction* action = colorMenu->addAction(TagChip::swatch(color, 16), color);
        connect(action, &QAction::triggered, this,
                [this, color] { recolorTag(currentTagId(), color); });
    }
    colorMenu->addSeparator();
    connect(colorMenu->addAction(tr("Other Colour…")), &QAction::triggered, this,
            &TagsDialog::askColor);
    m_color->setMenu(colorMenu);

    auto* side = new QVBoxLayout;
    for (QPushButton* button : {m_add, m_rename, m_color, m_delete})
        side->addWidget(button);
    side->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &TagsDialog::askAdd);
    connect(m_rename, &QPushButton::clicked, this, &TagsDialog::askRename);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteTag(currentTagId()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TagsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &TagsDialog::askRename);
    connect(context.session->hub(), &core::ChangeHub::changed, this, [this](core::Entity entity) {
        if (entity == core::Entity::Tag || entity == core::Entity::Customer)
            reload();
    });
    reload();
    resize(460, 380);
}

core::RowId TagsDialog::currentTagId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NameColumn, kIdRole).toLongLong() : 0;
}

void TagsDialog::selectTag(core::RowId id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, kIdRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void TagsDialog::reload()
{
    const core::RowId current = currentTagId();
    core::TagRepository repository(m_context.session->connection());
    auto tags = repository.all();
    auto counts = repository.usageCounts();
    if (!tags || !counts) {
        MessageBox::critical(this, tr("Tags"),
                             tags ? counts.error().message : tags.error().message);
        return;
    }
    m_tags.clear();
    m_counts = *counts;
    m_list->clear();
    const int swatchSize = fontMetrics().height();
    for (const core::Tag& tag : std::as_const(*tags)) {
        m_tags.insert(tag.id, tag);
        auto* item = new QTreeWidgetItem(m_list);
        item->setIcon(NameColumn, TagChip::swatch(tag.color, swatchSize));
        item->setText(NameColumn, tag.name);
        item->setData(NameColumn, kIdRole, QVariant::fromValue<qlonglong>(tag.id));
        item->setText(CountColumn, QLocale().toString(qlonglong(m_counts.value(tag.id))));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    selectTag(current);
    updateButtons();
}

void TagsDialog::updateButtons()
{
    const bool any = currentTagId() != 0;
    for (QPushButton* button : {m_rename, m_color, m_delete})
        button->setEnabled(any);
}

EntityCommand::ErrorHandler TagsDialog::errorHandler()
{
    m_failed = false;
    QPointer<TagsDialog> self(this);
    return [self](const core::Error& error) {
        if (!self)
            return;
        self->m_failed = true;
        MessageBox::critical(self, tr("Tags"), error.message, error.sql);
    };
}

bool TagsDialog::push(EntityCommand* command)
{
    // A command that failed is obsolete and deleted by the stack: only the
    // error handler (which set m_failed) may be asked about it afterwards.
    m_context.undoStack->push(command);
    return !m_failed;
}

bool TagsDialog::addTag(const QString& name, const QString& color)
{
    auto* command = new CreateTagCommand(m_context.session, {0, name, color}, errorHandler());
    if (!push(command))
        return false;
    selectTag(command->tagId()); // alive: it succeeded, the stack keeps it
    return true;
}

bool TagsDialog::renameTag(core::RowId id, const QString& name)
{
    if (!m_tags.contains(id))
        return false;
    core::Tag after = m_tags.value(id);
    after.name = name;
    return push(new EditTagCommand(m_context.session, m_tags.value(id), after, errorHandler()));
}

bool TagsDialog::recolorTag(core::RowId id, const QString& color)
{
    if (!m_tags.contains(id))
        return false;
    core::Tag after = m_tags.value(id);
    after.color = color;
    return push(new EditTagCommand(m_context.session, m_tags.value(id), after, errorHandler()));
}

bool TagsDialog::deleteTag(core::RowId id)
{
    if (!m_tags.contains(id))
        return false;
    const core::Tag tag = m_tags.value(id);
    const int count = int(m_counts.value(id));
    const QString question =
        count == 0 ? tr("Delete the tag “%1”? No customer has it.").arg(tag.name)
                   : tr("Delete the tag “%1”? %n customer(s) have it; they keep everything "
                        "else. Edit › Undo brings the tag back on them.",
                        nullptr, count)
                         .arg(tag.name);
    if (MessageBox::question(this, tr("Delete Tag"), question) != QMessageBox::Yes)
        return false;
    return push(new DeleteTagCommand(m_context.session, tag, errorHandler()));
}

void TagsDialog::askAdd()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Tag"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    // New tags take the presets in turn, so neighbours differ.
    const QStringList presets = presetColors();
    addTag(name, presets.at(int(m_tags.size() % presets.size())));
}

void TagsDialog::askRename()
{
    const core::RowId id = currentTagId();
    if (!m_tags.contains(id))
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Tag"), tr("New name:"),
                                               QLineEdit::Normal, m_tags.value(id).name, &ok);
    if (ok && !name.trimmed().isEmpty())
        renameTag(id, name);
}

void TagsDialog::askColor()
{
    const core::RowId id = currentTagId();
    if (!m_tags.contains(id))
        return;
    const QColor color =
        QColorDialog::getColor(QColor(m_tags.value(id).color), this, tr("Tag Colour"));
    if (color.isValid())
        recolorTag(id, color.name());
}

} // namespace rapport::ui
