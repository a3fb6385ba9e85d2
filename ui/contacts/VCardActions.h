#pragma once

#include "panels/PanelContext.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rapport::ui {

// File → Import vCards… and File → Export Customers as vCards…: the file
// dialog, the work on a worker (TransferTasks) and what the user is told. A
// vCard import is an import like the wizard's (one transaction, journalled),
// so it goes on the undo stack as the same ImportUndoCommand, and the panels
// refresh when that command announces the change.
class VCardActions
{
    Q_DECLARE_TR_FUNCTIONS(VCardActions)

public:
    // Asks for a .vcf file, imports it and shows a summary. Returns whether
    // anything was imported.
    static bool importFile(QWidget* parent, const PanelContext& context);
    // Asks where to save, exports every customer. Returns the status-bar
    // message ("Exported 12 customers to “…”."), or "" when nothing was written.
    static QString exportFile(QWidget* parent, const PanelContext& context);
};

} // namespace rapport::ui
