#include "tags/TagActions.h"

#include "Session.h"
#include "panels/TablePanel.h"
#include "storage/TagRepository.h"
#include "tags/TagChip.h"
#include "tags/TagCommands.h"
#include "tags/TagsDialog.h"
#include "widgets/MessageBox.h"

#include <QInputDialog>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QUndoStack>

#include <memory>

namespace rapport::ui {

namespace {
EntityCommand::ErrorHandler reporter(QWidget* parent, std::shared_ptr<bool> failed)
{
    QPointer<QWidget> guard(parent);
    return [guard, failed](const core::Error& error) {
        *failed = true;
        if (guard)
            MessageBox::critical(guard, TagActions::tr("Tags"), error.message, error.sql);
    };
}
} // namespace

void TagActions::populate(QMenu* menu, const PanelContext& context,
                          const QList<core::RowId>& customerIds, QWidget* parent)
{
    core::TagRepository repository(context.session->connection());
    const auto tags = repository.all();
    const QSet<core::RowId> chosen(customerIds.cbegin(), customerIds.cend());
    const int size = menu->fontMetrics().height();
    if (tags) {
        for (const core::Tag& tag : *tags) {
            QAction* action = menu->addAction(TagChip::swatch(tag.color, size), tag.name);
            action->setCheckable(true);
            int having = 0;
            if (const auto holders = repository.customersWith(tag.id)) {
                for (core::RowId id : *holders)
                    having += chosen.contains(id) ? 1 : 0;
            }
            action->setChecked(!chosen.isEmpty() && having == chosen.size());
            QObject::connect(action, &QAction::triggered, menu,
                             [context, tag, customerIds, parent](bool checked) {
                                 applyTag(context, tag, customerIds, checked, parent);
                             });
        }
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    QObject::connect(menu->addAction(tr("New Tag…")), &QAction::triggered, menu,
                     [context, customerIds, parent] {
                         bool ok = false;
                         const QString name = QInputDialog::getText(
                             parent, tr("New Tag"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
                         if (ok && !name.trimmed().isEmpty())
                             createAndApply(context, name, customerIds, parent);
                     });
}

void TagActions::tagSelectedCustomers(TablePanel* panel, const PanelContext& context,
                                      const QPoint& globalPos)
{
    const QList<core::RowId> ids = panel->selectedIds();
    if (ids.isEmpty())
        return;
    QMenu menu(panel);
    menu.setObjectName(QStringLiteral("tagCustomersMenu"));
    populate(&menu, context, ids, panel);
    menu.exec(globalPos);
}

bool TagActions::applyTag(const PanelContext& context, const core::Tag& tag,
                          const QList<core::RowId>& customerIds, bool add, QWidget* parent)
{
    if (customerIds.isEmpty())
        return false;
    auto failed = std::make_shared<bool>(false);
    context.undoStack->push(
        new TagCustomersCommand(context.session, tag, customerIds, add, reporter(parent, failed)));
    return !*failed;
}

bool TagActions::createAndApply(const PanelContext& context, const QString& name,
                                const QList<core::RowId>& customerIds, QWidget* parent)
{
    auto failed = std::make_shared<bool>(false);
    const QStringList presets = TagsDialog::presetColors();
    const auto existing = core::TagRepository(context.session->connection()).all();
    const QString color = presets.at(int((existing ? existing->size() : 0) % presets.size()));
    context.undoStack->beginMacro(tr("New Tag “%1”").arg(name.simplified()));
    auto* create =
        new CreateTagCommand(context.session, {0, name, color}, reporter(parent, failed));
    context.undoStack->push(create);
    if (!*failed) {
        const core::Tag tag{create->tagId(), name.simplified(), color};
        context.undoStack->push(new TagCustomersCommand(context.session, tag, customerIds, true,
                                                        reporter(parent, failed)));
    }
    context.undoStack->endMacro();
    return !*failed;
}

} // namespace rapport::ui
