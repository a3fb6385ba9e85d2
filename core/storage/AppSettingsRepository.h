#pragma once

#include "storage/Repository.h"

#include <QHash>

namespace rapport::core {

// Settings that belong to the database file rather than to one user account
// (table app_settings): where its automatic backups go and how many are kept,
// and the application password's hash. Keys are the constants below.
class AppSettingsRepository : public Repository
{
public:
    using Repository::Repository;

    static const QString kBackupEnabled;    // "1" or "0"
    static const QString kBackupFolder;     // empty: beside the database
    static const QString kBackupKeepDaily;  // a count
    static const QString kBackupKeepWeekly; // a count
    static const QString kPasswordHash;     // Argon2id, libsodium's string form
    static const QString kLockAfterMinutes; // idle minutes before the window locks

    // The stored value, or `fallback` when the key was never set.
    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    // Several keys in one transaction: all saved or none. An empty value removes
    // the key (its default applies again).
    Status setValues(const QHash<QString, QString>& values);
};

} // namespace rapport::core
