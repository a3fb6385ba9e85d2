#pragma once

#include "common/Result.h"
#include "mail/SmtpTransport.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::ui {

// Where the SMTP password lives: the system keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Manager through QtKeychain), never
// core::Settings, QSettings or the database. QtKeychain's plain-text fallback is
// never enabled: without a keychain the password is not stored at all.
//
// The calls block on QtKeychain's asynchronous jobs with a local event loop, so
// call them from the GUI thread only (a keychain may show an unlock prompt);
// a worker gets the password read beforehand.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::SecretStore)
public:
    // "smtp:user@host:port": one entry per account on one server.
    static QString smtpKey(const core::mail::SmtpSettings& settings);

    // The stored password. Error::Code::NotFound when the keychain holds none
    // for this account; Error::Code::Io when there is no usable keychain.
    static core::Result<QString> readSmtpPassword(const core::mail::SmtpSettings& settings);
    // Stores (an empty `password` removes) the account's password. Error::Code::Io
    // when there is no usable keychain.
    static core::Status writeSmtpPassword(const core::mail::SmtpSettings& settings,
                                          const QString& password);

    // Without a keychain (no Secret Service on a headless machine, or one the
    // user refused) the password the user typed is kept in this process's
    // memory only, so Rapport can send until it closes; it is asked for again
    // after a restart. Never written anywhere.
    static void rememberForSession(const core::mail::SmtpSettings& settings,
                                   const QString& password);
    static bool hasSessionPassword(const core::mail::SmtpSettings& settings);

    // What a sender uses: the password remembered for this session if any,
    // else the keychain's. NotFound when neither has one.
    static core::Result<QString> smtpPassword(const core::mail::SmtpSettings& settings);
};

} // namespace rapport::ui
