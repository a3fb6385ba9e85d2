#pragma once

#include "domain/Entities.h"
#include "panels/PanelContext.h"
#include "storage/AuditRepository.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QToolButton;

namespace rapport::ui {

class AuditFilterBar;
class PagedTableModel;

// The audit log: who changed what and when, newest first, as a paged table
// over AuditRepository::tableDef() with a filter bar (record kind, action,
// actor, days, search) and a detail area showing the current row's old and
// new values in full. Read only: the log is never edited from the GUI.
// A QWidget, so the main window can show it as a sidebar page or in a dialog.
// Follows ChangeHub through its model (every write adds audit rows).
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogPage(const PanelContext& context, QWidget* parent = nullptr);
    ~AuditLogPage() override;

    QString title() const;
    PagedTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    AuditFilterBar* filterBar() const { return m_filterBar; }
    QPlainTextEdit* detail() const { return m_detail; }

    core::AuditFilter filter() const { return m_filter; }
    void setFilter(const core::AuditFilter& filter);

    // A stored value (JSON text) as a person reads it: null or empty as
    // nothing, strings without quotes, objects as "key: value" lines.
    static QString readable(const QVariant& json);

public Q_SLOTS:
    // The history of one record ("customers", 42): the log filtered to it.
    void showRecord(const QString& entity, core::RowId id);
    void reload();

protected:
    // Hidden, the model only marks itself stale (every write adds log rows);
    // shown, it reloads if needed and the actor picker is refreshed.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void refreshActors();
    void applyFilter(const core::AuditFilter& filter);
    void updateDetail();
    void updateRecordLabel();

    PanelContext m_context;
    core::AuditFilter m_filter;
    PagedTableModel* m_model;
    AuditFilterBar* m_filterBar;
    QTableView* m_view;
    QLabel* m_recordLabel;
    QToolButton* m_clearRecord;
    QPlainTextEdit* m_detail;
};

} // namespace rapport::ui
