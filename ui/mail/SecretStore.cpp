#include "mail/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QHash>
#include <QTimer>

#include <memory>

namespace rapport::ui {

namespace {

const QLatin1String kService("Rapport");
// A keychain may ask the user to unlock it, which takes as long as it takes;
// but a wedged D-Bus must not freeze the window for good.
constexpr int kTimeoutMs = 120000;

// The session-only passwords (see rememberForSession): process memory, keyed
// like the keychain entries, gone when Rapport closes. GUI thread only.
QHash<QString, QString>& sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
};

// Runs `job` (which deletes itself when done) and waits for it in a local
// event loop that ignores user input, so nothing in the window reacts meanwhile.
std::shared_ptr<JobOutcome> runJob(QKeychain::Job* job)
{
    auto outcome = std::make_shared<JobOutcome>();
    // Never QtKeychain's plain-text QSettings fallback: a password that cannot
    // go into a keychain is not stored at all.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&loop, outcome](QKeychain::Job* done) {
        outcome->finished = true;
        outcome->error = done->error();
        outcome->errorString = done->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
            outcome->text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

core::Error unavailable(const JobOutcome& outcome)
{
    const QString detail =
        outcome.finished ? outcome.errorString : SecretStore::tr("the keychain did not answer");
    return core::Error::make(core::Error::Code::Io,
                             SecretStore::tr("No system keychain: %1").arg(detail));
}

} // namespace

QString SecretStore::smtpKey(const core::mail::SmtpSettings& settings)
{
    return QStringLiteral("smtp:%1@%2:%3").arg(settings.user, settings.host).arg(settings.port);
}

core::Result<QString> SecretStore::readSmtpPassword(const core::mail::SmtpSettings& settings)
{
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(smtpKey(settings));
    const auto outcome = runJob(job);
    if (outcome->finished && outcome->error == QKeychain::NoError)
        return outcome->text;
    if (outcome->finished && outcome->error == QKeychain::EntryNotFound)
        return core::Error::make(core::Error::Code::NotFound,
                                 tr("No password is stored for %1.").arg(smtpKey(settings)));
    return unavailable(*outcome);
}

core::Status SecretStore::writeSmtpPassword(const core::mail::SmtpSettings& settings,
                                            const QString& password)
{
    QKeychain::Job* job = nullptr;
    if (password.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(kService);
    } else {
        auto* write = new QKeychain::WritePasswordJob(kService);
        write->setTextData(password);
        job = write;
    }
    job->setKey(smtpKey(settings));
    const auto outcome = runJob(job);
    if (outcome->finished
        && (outcome->error == QKeychain::NoError
            || (password.isEmpty() && outcome->error == QKeychain::EntryNotFound)))
        return {};
    return unavailable(*outcome);
}

void SecretStore::rememberForSession(const core::mail::SmtpSettings& settings,
                                     const QString& password)
{
    if (password.isEmpty())
        sessionPasswords().remove(smtpKey(settings));
    else
        sessionPasswords().insert(smtpKey(settings), password);
}

bool SecretStore::hasSessionPassword(const core::mail::SmtpSettings& settings)
{
    return sessionPasswords().contains(smtpKey(settings));
}

core::Result<QString> SecretStore::smtpPassword(const core::mail::SmtpSettings& settings)
{
    const auto it = sessionPasswords().constFind(smtpKey(settings));
    if (it != sessionPasswords().constEnd())
        return it.value();
    return readSmtpPassword(settings);
}

} // namespace rapport::ui
