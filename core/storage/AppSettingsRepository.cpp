#include "storage/AppSettingsRepository.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace rapport::core {

const QString AppSettingsRepository::kBackupEnabled = QStringLiteral("backup.enabled");
const QString AppSettingsRepository::kBackupFolder = QStringLiteral("backup.folder");
const QString AppSettingsRepository::kBackupKeepDaily = QStringLiteral("backup.keep_daily");
const QString AppSettingsRepository::kBackupKeepWeekly = QStringLiteral("backup.keep_weekly");
const QString AppSettingsRepository::kPasswordHash = QStringLiteral("lock.password_hash");
const QString AppSettingsRepository::kLockAfterMinutes = QStringLiteral("lock.after_minutes");

Result<QString> AppSettingsRepository::value(const QString& key, const QString& fallback) const
{
    auto stored =
        sql::scalar(m_db, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"), {key});
    if (!stored) {
        if (stored.error().code == Error::Code::NotFound)
            return fallback;
        return stored.error();
    }
    return stored->toString();
}

Status AppSettingsRepository::setValues(const QHash<QString, QString>& values)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Status s =
            it.value().isEmpty()
                ? sql::execOnce(m_db, QStringLiteral("DELETE FROM app_settings WHERE key = ?"),
                                {it.key()})
                : sql::execOnce(m_db,
                                QStringLiteral("INSERT INTO app_settings (key, value) "
                                               "VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                               "SET value = excluded.value"),
                                {it.key(), it.value()});
        if (!s)
            return s;
    }
    return transaction.commit();
}

} // namespace rapport::core
