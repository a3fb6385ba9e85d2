#include "privacy/PrivacyActions.h"

#include "Session.h"
#include "privacy/CustomerDataExport.h"
#include "privacy/CustomerErasure.h"
#include "privacy/ErasureConfirmDialog.h"
#include "storage/CustomerRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>

namespace rapport::ui {

PrivacyActions::PrivacyActions(const PanelContext& context, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
    , m_export(new QAction(tr("Export Personal Data…"), this))
    , m_erase(new QAction(tr("Erase Personal Data…"), this))
{
    m_export->setObjectName(QStringLiteral("exportPersonalDataAction"));
    m_export->setToolTip(tr("Save everything held about this customer as a readable file"));
    m_erase->setObjectName(QStringLiteral("erasePersonalDataAction"));
    m_erase->setToolTip(tr("Remove this customer's personal data for good; orders keep their "
                           "totals"));
    connect(m_export, &QAction::triggered, this, &PrivacyActions::exportPersonalData);
    connect(m_erase, &QAction::triggered, this, &PrivacyActions::erasePersonalData);
    setCustomer(0);
}

void PrivacyActions::setCustomer(qint64 id)
{
    m_customerId = id;
    m_export->setEnabled(id > 0);
    m_erase->setEnabled(id > 0);
}

QString PrivacyActions::customerName() const
{
    const auto customer =
        core::CustomerRepository(m_context.session->connection()).get(m_customerId);
    return customer ? customer->name : tr("customer #%1").arg(m_customerId);
}

bool PrivacyActions::exportPersonalData()
{
    if (m_customerId <= 0)
        return false;
    const QString name = customerName();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = FileDialog::saveFileName(
        m_dialogParent, tr("Export Personal Data of “%1”").arg(name),
        QDir(dir).filePath(core::CustomerDataExport::suggestedFileName(name, QDate::currentDate())),
        tr("JSON files (*.json)"));
    if (file.isEmpty())
        return false;
    const auto written =
        core::CustomerDataExport::writeFile(m_context.session->connection(), m_customerId, file);
    if (!written) {
        MessageBox::critical(m_dialogParent, tr("Export Personal Data"),
                             tr("The personal data of “%1” could not be exported.").arg(name),
                             written.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("Exported the personal data of “%1” to “%2”.")
                             .arg(name, QDir::toNativeSeparators(file)));
    return true;
}

bool PrivacyActions::erasePersonalData()
{
    if (m_customerId <= 0)
        return false;
    const core::RowId id = m_customerId;
    const QString name = customerName();
    ErasureConfirmDialog dialog(name, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = core::CustomerErasure::eraseCustomer(
        m_context.session->connection(), id, core::Clock::system(), m_context.session->hub());
    QApplication::restoreOverrideCursor();
    if (!report) {
        MessageBox::critical(m_dialogParent, tr("Erase Personal Data"),
                             tr("The personal data of “%1” could not be erased; nothing was "
                                "changed.")
                                 .arg(name),
                             report.error().message);
        return false;
    }
    // Commands on the stack hold the customer's old values (see the class
    // comment); none of them can be applied any more without bringing them back.
    if (m_context.undoStack)
        m_context.undoStack->clear();
    Q_EMIT statusMessage(tr("Erased the personal data of “%1”.").arg(name));
    Q_EMIT customerErased(report->uuid, report->erasedAt);
    return true;
}

} // namespace rapport::ui
