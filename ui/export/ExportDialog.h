#pragma once

#include "export/ExportOptions.h"
#include "panels/PanelContext.h"
#include "storage/TableQuery.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QRadioButton;

namespace rapport::ui {

// What the current section shows, as an export of "the current view" needs it.
struct ExportView
{
    QString table;        // the panel's table name: "customers", ..., "orders"
    core::QuerySpec spec; // its filters, search and sort
    qint64 rows = 0;      // how many rows the view holds
    QStringList columns;  // the keys of its visible columns, in view order
};

// File → Export…: the few choices a CSV export needs (what, which rows,
// encoding, delimiter, header style), then the file name, then the export on a
// worker with progress and Cancel. The dialog stays open when the user backs
// out of the file dialog, cancels or the export fails, so they can try again;
// it closes after a successful export and says what was written through
// exported(). The choices (but not the scope, which depends on the view of the
// moment) are remembered in Settings.
//
// Defaults suit our users: UTF-8 with a BOM, because they open CSV files in
// Excel or WPS by double-click, and plain UTF-8 is read there as the ANSI code
// page; field keys as headers, so the file imports back.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const PanelContext& context, const ExportView& view, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The choices as they stand.
    core::ExportKind kind() const;
    bool currentViewOnly() const;
    core::exporting::ExportOptions options() const;
    // "customers-2026-11-24.csv" in the folder of the last export.
    QString suggestedPath() const;

public Q_SLOTS:
    // "Export…": asks for the file name and runs the export.
    void accept() override;

Q_SIGNALS:
    // After a successful export: "Exported 1,234 customers to “…”."
    void exported(const QString& message);

private:
    void updateScopeTexts();
    void restoreChoices();
    void rememberChoices(const QString& path) const;
    QString summary(qint64 rows, const QString& path) const;

    PanelContext m_context;
    ExportView m_view;
    QList<core::ExportKind> m_kinds;
    QComboBox* m_kindCombo;
    QRadioButton* m_currentViewRadio;
    QLabel* m_currentViewHint;
    QRadioButton* m_wholeTableRadio;
    QLabel* m_wholeTableHint;
    QComboBox* m_encodingCombo;
    QComboBox* m_delimiterCombo;
    QComboBox* m_headerCombo;
};

} // namespace rapport::ui
