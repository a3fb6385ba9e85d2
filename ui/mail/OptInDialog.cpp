#include "mail/OptInDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport::ui {

OptInDialog::OptInDialog(const QString& customerName, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_source(new QLineEdit(this))
    , m_wording(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("optInDialog"));
    setWindowTitle(tr("Record Opt-In — %1").arg(customerName));
    m_date->setObjectName(QStringLiteral("optInDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_source->setObjectName(QStringLiteral("optInSourceLineEdit"));
    m_source->setPlaceholderText(tr("e.g. sign-up form at the shop counter"));
    m_wording->setObjectName(QStringLiteral("optInWordingEdit"));
    m_wording->setPlaceholderText(tr("The exact sentence the customer agreed to"));
    m_wording->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("optInErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Wording:"), m_wording);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

core::mail::ConsentEvent OptInDialog::event() const
{
    core::mail::ConsentEvent e;
    e.kind = core::mail::ConsentEvent::Kind::OptIn;
    e.date = m_date->date();
    e.source = m_source->text().trimmed();
    e.wording = m_wording->toPlainText().trimmed();
    return e;
}

void OptInDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace rapport::ui
