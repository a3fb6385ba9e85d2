#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QString>

namespace rapport::core::backup {

// Password-encrypted backup archives, for copies that leave the computer (a USB
// stick, a cloud folder, an e-mail to the accountant). libsodium: the key is
// derived from the password with Argon2id (its parameters and salt are stored in
// the archive's header), the file is encrypted in 64 KiB chunks with
// XChaCha20-Poly1305 (secretstream), so any change, a truncation or a wrong
// password is detected rather than restored.
class BackupArchive
{
public:
    static const QString kSuffix; // ".rapport-backup"

    // Shortest password accepted for a new archive.
    static constexpr int kMinimumPasswordLength = 8;

    // Whether `path` starts like one of our archives.
    static bool isArchive(const QString& path);

    // Encrypts `plainPath` into `archivePath` (written as .partial, synced, then
    // renamed). Takes about a second: Argon2id is meant to be slow.
    static Status encrypt(const QString& plainPath, const QString& archivePath,
                          const QString& password, Progress& progress);
    // Decrypts `archivePath` into `plainPath`; on any failure `plainPath` is
    // removed (a wrong password and a damaged file say so separately).
    static Status decrypt(const QString& archivePath, const QString& plainPath,
                          const QString& password, Progress& progress);
};

} // namespace rapport::core::backup
