#pragma once

#include "commands/EntityCommand.h"
#include "domain/CustomField.h"
#include "panels/PanelContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTreeWidget;

namespace rapport::ui {

// Tools > Custom Fields...: the fields of each table in their order, with
// add, edit, delete (soft: values kept), reorder, and for deleted fields
// restore or purge. Every change but a purge is an undo command on the
// window's stack; the list follows the ChangeHub, so an undo made elsewhere
// shows here too.
class CustomFieldsDialog : public QDialog
{
    Q_OBJECT
public:
    CustomFieldsDialog(const PanelContext& context, QWidget* parent = nullptr,
                       core::FieldEntity entity = core::FieldEntity::Customers);
    ~CustomFieldsDialog() override;

    core::FieldEntity entity() const;
    void setEntity(core::FieldEntity entity);
    void setShowDeleted(bool show);
    // The fields listed now (deleted ones too when shown), in list order.
    const QList<core::CustomFieldDef>& listedFields() const { return m_fields; }
    // Selects a field in the list by its id.
    void selectField(core::RowId id);
    core::RowId selectedId() const;

    // The translated plural name of a table ("Customers").
    static QString entityName(core::FieldEntity entity);

public Q_SLOTS:
    void addField();
    void editField();
    void deleteField();
    void restoreField();
    void purgeField();
    void moveUp();
    void moveDown();

private:
    void reload();
    void updateButtons();
    void move(int delta);
    const core::CustomFieldDef* selected() const;
    QStringList takenKeys() const;
    void push(QUndoCommand* command);
    void showError(const core::Error& error);
    EntityCommand::ErrorHandler errorHandler();
    // The rows of the current entity's table, plural ("1,234 customers").
    QString rowsText(qint64 count) const;

    PanelContext m_context;
    QList<core::CustomFieldDef> m_fields;
    QComboBox* m_entityCombo;
    QTreeWidget* m_list;
    QCheckBox* m_showDeleted;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_restore;
    QPushButton* m_purge;
};

} // namespace rapport::ui
