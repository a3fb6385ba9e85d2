#pragma once

#include "mail/MailTypes.h"
#include "mail/SmtpTransport.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace rapport::ui {

class FormValidation;
class Session;

// Tools › E-mail Settings…: who the marketing mail comes from (name, address,
// the postal address of the unsubscribe line), the SMTP server and how fast the
// outbox sends. "Test Connection" logs in on a worker thread and says what to
// fix. OK checks the values and saves them in the database (never the
// password), and the password in the system keychain — or, when there is none,
// in memory until Rapport closes (SecretStore). Not undoable: settings are not
// data the undo stack tracks, and Cancel leaves everything as it was.
class MailSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailSettingsDialog(Session* session, QWidget* parent = nullptr);
    ~MailSettingsDialog() override;

    // What the form holds now (the password included, for the test and saving).
    core::mail::MailIdentity identity() const;
    core::mail::SmtpSettings smtpSettings() const;
    core::mail::SendPace pace() const;

    // The last test's outcome as shown, and whether one is running.
    QString testResultText() const;
    bool isTesting() const;
    // True when the keychain could not be used and the password is kept in
    // memory for this session only (the dialog says so).
    bool isKeychainMissing() const { return m_keychainMissing; }
    // The message of a field's error after a refused OK ("" if none).
    QString fieldError(const QString& key) const;

public Q_SLOTS:
    void accept() override;
    // Connects, starts TLS and logs in with the form's values on a worker.
    void testConnection();

Q_SIGNALS:
    void testFinished(bool connected);

private:
    void load();
    void securityChanged(int index);
    void showTestOutcome();
    // Checks what core cannot: a from address, a host, encryption off only on
    // this machine. False (with the fields marked) if anything is wrong.
    bool validate();
    bool save();
    void storePassword(const core::mail::SmtpSettings& settings, const QString& password);
    void showKeychainNote(const QString& detail);

    Session* m_session;
    core::mail::SmtpSettings m_loaded; // keeps what the form does not show (CA file, timeout)
    core::mail::SendPace m_loadedPace;
    bool m_keychainMissing = false;

    QLineEdit* m_fromName;
    QLineEdit* m_fromAddress;
    QPlainTextEdit* m_postalAddress;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLabel* m_securityNote;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_keychainNote;
    QSpinBox* m_rate;
    QSpinBox* m_attempts;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    FormValidation* m_validation;
    QFutureWatcher<core::mail::SmtpOutcome> m_testWatcher;
};

} // namespace rapport::ui
