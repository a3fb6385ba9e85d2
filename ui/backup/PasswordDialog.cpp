#include "backup/PasswordDialog.h"

#include "backup/BackupArchive.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <QStringList>

namespace rapport::ui {

namespace {
QStringList s_nextPasswords; // answers queued by tests, one per ask()
}

PasswordDialog::PasswordDialog(Purpose purpose, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    const QString name = QFileInfo(fileName).fileName();
    switch (purpose) {
    case Purpose::NewArchive:
        setWindowTitle(tr("Encrypt Backup"));
        intro->setText(tr("“%1” will be encrypted. Without this password nobody — not even "
                          "Rapport — can restore it: keep the password somewhere safe.")
                           .arg(name));
        break;
    case Purpose::OpenArchive:
        setWindowTitle(tr("Encrypted Backup"));
        intro->setText(tr("“%1” is encrypted. Enter the password it was made with.").arg(name));
        break;
    case Purpose::Unlock:
        setWindowTitle(tr("Rapport Is Locked"));
        intro->setText(tr("“%1” is protected by an application password.").arg(name));
        break;
    }
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    if (purpose == Purpose::NewArchive) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
        connect(m_repeat, &QLineEdit::textChanged, this, &PasswordDialog::check);
    }
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::check);
    m_problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::check()
{
    QString problem;
    if (m_purpose == Purpose::NewArchive) {
        if (m_password->text().size() < core::backup::BackupArchive::kMinimumPasswordLength)
            problem = tr("At least %n characters.", nullptr,
                         core::backup::BackupArchive::kMinimumPasswordLength);
        else if (m_repeat->text() != m_password->text())
            problem = tr("The two passwords differ.");
    } else if (m_password->text().isEmpty()) {
        problem = QStringLiteral(" ");
    }
    m_problem->setText(problem.trimmed());
    m_ok->setEnabled(problem.isEmpty());
}

void PasswordDialog::setProblem(const QString& problem)
{
    m_problem->setText(problem);
}

QString PasswordDialog::ask(QWidget* parent, Purpose purpose, const QString& fileName,
                            const QString& problem)
{
    if (!s_nextPasswords.isEmpty())
        return s_nextPasswords.takeFirst();
    PasswordDialog dialog(purpose, fileName, parent);
    dialog.setProblem(problem);
    return dialog.exec() == QDialog::Accepted ? dialog.password() : QString();
}

void PasswordDialog::setNextPassword(const QString& password)
{
    s_nextPasswords << password;
}

} // namespace rapport::ui
