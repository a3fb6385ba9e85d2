#pragma once

#include "domain/Entities.h"
#include "panels/PanelContext.h"

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace rapport::ui {

// "Export Personal Data…" and "Erase Personal Data…" for one customer (a data
// subject's access and erasure requests), shared by the customer table's
// context menu and the customer card. Export writes core::CustomerDataExport's
// JSON file; erasure asks through ErasureConfirmDialog, then runs
// core::CustomerErasure.
//
// Erasure is deliberately not an undo command: it cannot be taken back. The
// window's undo stack is cleared afterwards, because its commands hold copies
// of the customer's old values in memory, and undoing or redoing one would
// write them back into the file.
class PrivacyActions : public QObject
{
    Q_OBJECT
public:
    // `dialogParent` parents the dialogs.
    PrivacyActions(const PanelContext& context, QWidget* dialogParent);

    QAction* exportAction() const { return m_export; }
    QAction* eraseAction() const { return m_erase; }
    core::RowId customerId() const { return m_customerId; }

public Q_SLOTS:
    // The customer the actions apply to (0: none, actions disabled).
    void setCustomer(qint64 id);
    // Ask for a file and write the export. Returns whether a file was written.
    bool exportPersonalData();
    // Confirm and erase. Returns whether the customer was erased.
    bool erasePersonalData();

Q_SIGNALS:
    // After an erasure: which customer (their uuid, which the backup report
    // looks for) and when; backups made before `erasedAt` still hold them.
    void customerErased(const QString& uuid, const QString& erasedAt);
    // A line for the status bar ("Exported … to …", "Erased …").
    void statusMessage(const QString& message);

private:
    QString customerName() const;

    PanelContext m_context;
    QWidget* m_dialogParent;
    QAction* m_export;
    QAction* m_erase;
    core::RowId m_customerId = 0;
};

} // namespace rapport::ui
