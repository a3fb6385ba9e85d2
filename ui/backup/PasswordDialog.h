#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport::ui {

// Asks for a password: a backup archive's, twice with the minimum length when a
// new archive is made, once when one is opened; or the application password
// that unlocks a database's window. Tests answer it through setNextPassword()
// without a modal loop.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { NewArchive, OpenArchive, Unlock };
    PasswordDialog(Purpose purpose, const QString& fileName, QWidget* parent = nullptr);

    QString password() const;

    // Shows the dialog; the password, or an empty string when cancelled.
    // `problem`: shown above the buttons (e.g. "wrong password" on a retry).
    static QString ask(QWidget* parent, Purpose purpose, const QString& fileName,
                       const QString& problem = {});
    // The next ask() is not shown and returns `password` ("" = cancelled); calls
    // queue up, one answer per ask().
    static void setNextPassword(const QString& password);

private:
    void check();

    void setProblem(const QString& problem);

    Purpose m_purpose;
    QLineEdit* m_password;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace rapport::ui
