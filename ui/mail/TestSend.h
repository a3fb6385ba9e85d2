#pragma once

#include "mail/MailTemplate.h"
#include "storage/RecipientRepository.h"

#include <QCoreApplication>

class QWidget;

namespace rapport::ui {

class Session;

// "Send Test…" once the address is known: the sender and the server from the
// mail settings, the password from the keychain (or asked for and kept for
// this session), the send on a worker, and a box saying what the server said.
class TestSend
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::TestSend)
public:
    // True if the server accepted the message for `address`.
    static bool run(QWidget* parent, Session* session, const core::mail::CompiledTemplate& compiled,
                    const core::Recipient& recipient, const QString& address);
};

} // namespace rapport::ui
