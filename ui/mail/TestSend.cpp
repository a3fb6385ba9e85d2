#include "mail/TestSend.h"

#include "Session.h"
#include "mail/CampaignTasks.h"
#include "mail/SecretStore.h"
#include "storage/ConsentRepository.h"
#include "storage/MailSettingsRepository.h"
#include "widgets/MessageBox.h"

#include <QInputDialog>

namespace rapport::ui {

bool TestSend::run(QWidget* parent, Session* session, const core::mail::CompiledTemplate& compiled,
                   const core::Recipient& recipient, const QString& address)
{
    const core::MailSettingsRepository settings(session->connection());
    const auto identity = settings.identity();
    auto smtp = settings.smtp();
    if (!identity || !smtp) {
        MessageBox::critical(parent, tr("Send Test"),
                             (!identity ? identity.error() : smtp.error()).message);
        return false;
    }
    if (smtp->host.isEmpty() || identity->fromAddress.isEmpty()) {
        MessageBox::warning(parent, tr("Send Test"),
                            tr("Set up the sender and the mail server first (Mail Settings)."));
        return false;
    }
    // A test goes to the user, never to someone who asked for no marketing
    // mail: the address is typed freely and could be a customer's.
    const auto suppressed = core::ConsentRepository(session->connection()).isSuppressed(address);
    if (!suppressed || *suppressed) {
        MessageBox::warning(parent, tr("Send Test"),
                            suppressed ? tr("%1 is on the suppression list: Rapport sends it no "
                                            "marketing mail, tests included.")
                                             .arg(address)
                                       : suppressed.error().message);
        return false;
    }
    if (!smtp->user.isEmpty()) {
        auto password = SecretStore::smtpPassword(*smtp);
        if (!password) {
            // No keychain entry (or no keychain): ask, and keep it for this
            // session only, as the settings dialog does.
            bool ok = false;
            const QString typed = QInputDialog::getText(
                parent, tr("Send Test"), tr("Password for %1 on %2:").arg(smtp->user, smtp->host),
                QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
            SecretStore::rememberForSession(*smtp, typed);
            password = typed;
        }
        smtp->password = *password;
    }
    const auto outcome =
        CampaignTasks::sendTest(parent, *smtp, *identity, compiled, recipient, address);
    if (!outcome) {
        if (outcome.error().code != core::Error::Code::Cancelled)
            MessageBox::critical(parent, tr("Send Test"), outcome.error().message);
        return false;
    }
    if (outcome->sent()) {
        MessageBox::information(parent, tr("Send Test"),
                                tr("The server accepted the test message for %1.").arg(address)
                                    + QLatin1Char('\n') + outcome->serverReply);
        return true;
    }
    const QString reply = outcome->serverReply.isEmpty() ? outcome->detail : outcome->serverReply;
    MessageBox::warning(parent, tr("Send Test"),
                        tr("The test message was not sent: %1").arg(reply));
    return false;
}

} // namespace rapport::ui
