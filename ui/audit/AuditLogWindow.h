#pragma once

#include <QDialog>

namespace rapport::ui {

class AuditLogPage;
struct PanelContext;

// Tools › Audit Log…: the audit-log page in its own window beside the main one
// (not modal, so a record can be looked up while its history is open).
class AuditLogWindow : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogWindow(const PanelContext& context, QWidget* parent = nullptr);
    AuditLogPage* page() const { return m_page; }

private:
    AuditLogPage* m_page;
};

} // namespace rapport::ui
