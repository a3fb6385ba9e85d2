#include "audit/AuditLogWindow.h"

#include "audit/AuditLogPage.h"
#include "panels/PanelContext.h"

#include <QVBoxLayout>

namespace rapport::ui {

AuditLogWindow::AuditLogWindow(const PanelContext& context, QWidget* parent)
    : QDialog(parent)
    , m_page(new AuditLogPage(context, this))
{
    setWindowTitle(tr("Audit Log"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    resize(1100, 640);
}

} // namespace rapport::ui
