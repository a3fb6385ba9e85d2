#include "privacy/ErasureConfirmDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rapport::ui {

ErasureConfirmDialog::ErasureConfirmDialog(const QString& customerName, QWidget* parent)
    : QDialog(parent)
    , m_understood(new QCheckBox(tr("I understand that this cannot be undone"), this))
{
    setWindowTitle(tr("Erase Personal Data"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto* heading = new QLabel(
        tr("<b>Erase all personal data of “%1”?</b>").arg(customerName.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    auto* body = new QLabel(
        tr("Their name, contact details, notes, custom fields, tags, activities, e-mails, "
           "consent wording and scores are removed from this database, including the change "
           "history.\n\nOrders and their totals are kept for the books, under an anonymous "
           "placeholder. If the address is on the suppression list, it stays there so no "
           "marketing mail reaches it again.\n\nThis cannot be undone, and the Undo history "
           "is cleared. Backups made before now still hold the data."),
        this);
    body->setWordWrap(true); // long translated text wraps instead of widening the dialog

    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_erase = buttons->addButton(tr("Erase Permanently"), QDialogButtonBox::DestructiveRole);
    m_erase->setEnabled(false);
    m_erase->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(m_understood, &QCheckBox::toggled, m_erase, &QPushButton::setEnabled);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(heading);
    texts->addWidget(body);
    texts->addWidget(m_understood);
    top->addLayout(texts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace rapport::ui
