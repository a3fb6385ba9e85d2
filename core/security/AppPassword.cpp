#include "security/AppPassword.h"

#include "security/Sodium.h"
#include "storage/AppSettingsRepository.h"

#include <QCoreApplication>

#include <sodium.h>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::AppPassword)
};

Error wrongPassword()
{
    return Error::validation(QStringLiteral("current"), Text::tr("The current password is wrong."));
}

} // namespace

AppPassword::AppPassword(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<bool> AppPassword::isSet() const
{
    auto hash = AppSettingsRepository(m_db).value(AppSettingsRepository::kPasswordHash);
    if (!hash)
        return hash.error();
    return !hash->isEmpty();
}

Result<bool> AppPassword::matches(const QString& password) const
{
    if (Status s = startSodium(); !s)
        return s.error();
    auto hash = AppSettingsRepository(m_db).value(AppSettingsRepository::kPasswordHash);
    if (!hash)
        return hash.error();
    if (hash->isEmpty())
        return false;
    const QByteArray stored = hash->toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
           == 0;
}

Status AppPassword::set(const QString& current, const QString& password)
{
    if (Status s = startSodium(); !s)
        return s;
    auto already = isSet();
    if (!already)
        return already.error();
    if (*already) {
        auto ok = matches(current);
        if (!ok)
            return ok.error();
        if (!*ok)
            return wrongPassword();
    }
    if (password.size() < kMinimumLength)
        return Error::validation(
            QStringLiteral("password"),
            Text::tr("The password needs at least %n characters.", nullptr, kMinimumLength));
    // Interactive limits: unlocking should take a fraction of a second, yet
    // each guess costs an attacker 64 MiB of memory.
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray utf8 = password.toUtf8();
    if (crypto_pwhash_str_alg(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::make(Error::Code::Io, Text::tr("Not enough memory to hash the password."));
    return AppSettingsRepository(m_db).setValues(
        {{AppSettingsRepository::kPasswordHash, QString::fromLatin1(hash)}});
}

Status AppPassword::remove(const QString& current)
{
    auto ok = matches(current);
    if (!ok)
        return ok.error();
    if (!*ok)
        return wrongPassword();
    return AppSettingsRepository(m_db).setValues({{AppSettingsRepository::kPasswordHash, {}}});
}

Result<int> AppPassword::lockAfterMinutes() const
{
    auto value = AppSettingsRepository(m_db).value(AppSettingsRepository::kLockAfterMinutes,
                                                   QString::number(kDefaultLockMinutes));
    if (!value)
        return value.error();
    return std::max(0, value->toInt());
}

Status AppPassword::setLockAfterMinutes(int minutes)
{
    if (minutes < 0 || minutes > 24 * 60)
        return Error::validation(QStringLiteral("minutes"),
                                 Text::tr("Lock after between 0 (never) and 1,440 minutes."));
    return AppSettingsRepository(m_db).setValues(
        {{AppSettingsRepository::kLockAfterMinutes, QString::number(minutes)}});
}

} // namespace rapport::core
