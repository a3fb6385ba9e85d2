#pragma once

#include "commands/EntityCommand.h"
#include "domain/Entities.h"
#include "panels/PanelContext.h"

#include <QDialog>
#include <QHash>

class QPushButton;
class QTreeWidget;

namespace rapport::ui {

// Tools › Tags…: every tag with its colour and how many customers have it;
// add, rename, recolour (ten presets or any colour) and delete (asks, naming
// the count; undo brings back the tag and its assignments). All through undo
// commands on the window's stack.
class TagsDialog : public QDialog
{
    Q_OBJECT
public:
    TagsDialog(const PanelContext& context, QWidget* parent = nullptr);

    // Ten colours that read well as chips with either text colour.
    static QStringList presetColors();

    QTreeWidget* list() const { return m_list; }
    core::RowId currentTagId() const;
    void selectTag(core::RowId id);

    // The steps behind the buttons, without their prompts (false: not done).
    bool addTag(const QString& name, const QString& color);
    bool renameTag(core::RowId id, const QString& name);
    bool recolorTag(core::RowId id, const QString& color);
    bool deleteTag(core::RowId id); // asks first

public Q_SLOTS:
    void reload();

private:
    void askAdd();
    void askRename();
    void askColor();
    void updateButtons();
    EntityCommand::ErrorHandler errorHandler();
    bool push(EntityCommand* command);

    PanelContext m_context;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_color;
    QPushButton* m_delete;
    QHash<core::RowId, core::Tag> m_tags;
    QHash<core::RowId, std::int64_t> m_counts;
    bool m_failed = false;
};

} // namespace rapport::ui
