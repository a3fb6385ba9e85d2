#include "security/AppPasswordDialog.h"

#include "security/AppPassword.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {

AppPasswordDialog::AppPasswordDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_remove(new QCheckBox(tr("&Remove the password"), this))
    , m_minutes(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Application Password"));
    core::AppPassword password(m_db);
    const auto isSet = password.isSet();
    m_isSet = isSet && *isSet;
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSpecialValueText(tr("Never"));
    m_minutes->setSuffix(tr(" min"));
    const auto minutes = password.lockAfterMinutes();
    m_minutes->setValue(minutes ? *minutes : core::AppPassword::kDefaultLockMinutes);

    auto* note = new QLabel(
        tr("The password is asked when this database opens and after the idle time below. It "
           "guards Rapport's window, not the file: anyone who can copy the database file can "
           "read it with other tools. To protect the file itself, use your computer's disk "
           "encryption, and encrypted backups for copies that leave it."),
        this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    if (m_isSet)
        form->addRow(tr("&Current password:"), m_current);
    form->addRow(m_isSet ? tr("&New password:") : tr("&Password:"), m_new);
    form->addRow(tr("Re&peat:"), m_repeat);
    form->addRow(tr("&Lock after idle:"), m_minutes);
    if (m_isSet)
        form->addRow(m_remove);
    m_current->setVisible(m_isSet);
    m_remove->setVisible(m_isSet);
    connect(m_remove, &QCheckBox::toggled, this, [this](bool remove) {
        m_new->setEnabled(!remove);
        m_repeat->setEnabled(!remove);
    });
    m_problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AppPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void AppPasswordDialog::accept()
{
    core::AppPassword password(m_db);
    core::Status status;
    if (m_remove->isChecked()) {
        status = password.remove(m_current->text());
    } else if (!m_new->text().isEmpty() || !m_isSet) {
        if (m_new->text() != m_repeat->text()) {
            m_problem->setText(tr("The two passwords differ."));
            return;
        }
        status = password.set(m_current->text(), m_new->text());
    } else {
        // Only the idle minutes change: the current password still has to match.
        auto ok = password.matches(m_current->text());
        if (!ok || !*ok) {
            m_problem->setText(tr("The current password is wrong."));
            return;
        }
    }
    if (status)
        status = password.setLockAfterMinutes(m_minutes->value());
    if (!status) {
        m_problem->setText(status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace rapport::ui
