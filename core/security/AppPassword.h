#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport::core {

// The optional application password of one database: an Argon2id hash
// (libsodium's self-describing string, salt and parameters included) in the
// file's app_settings, and the idle minutes after which the window locks.
//
// It guards the window, not the file: whoever can copy the database file can
// read it with any SQLite tool. The GUI says so where the password is set.
class AppPassword
{
public:
    static constexpr int kMinimumLength = 6;
    static constexpr int kDefaultLockMinutes = 10;

    explicit AppPassword(QSqlDatabase db);

    Result<bool> isSet() const;
    // Sets or changes the password; `current` must match when one is set.
    Status set(const QString& current, const QString& password);
    // Removes the password (the current one must match).
    Status remove(const QString& current);
    // Whether `password` is the one set (false when none is set).
    Result<bool> matches(const QString& password) const;

    // Minutes without keyboard or mouse input before the window locks; 0: never.
    Result<int> lockAfterMinutes() const;
    Status setLockAfterMinutes(int minutes);

private:
    QSqlDatabase m_db;
};

} // namespace rapport::core
