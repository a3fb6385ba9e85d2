#include "backup/BackupArchive.h"

#include "security/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <array>
#include <cstring>

namespace rapport::core::backup {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::backup::BackupArchive)
};

// Layout: magic (8) | opslimit (u64 LE) | memlimit (u64 LE) | salt (16) |
// secretstream header (24), then chunks: ciphertext length (u32 LE) | ciphertext.
// The fixed part is authenticated as the first chunk's additional data, so
// lowering the Argon2id parameters in a stolen file is detected too.
constexpr char kMagic[8] = {'R', 'P', 'R', 'T', 'B', 'A', 'K', '1'};
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kPrefixSize = 8 + 8 + 8 + crypto_pwhash_SALTBYTES;
constexpr qsizetype kHeaderSize = kPrefixSize + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// A crafted header must not make us allocate gigabytes or spin for minutes.
constexpr quint64 kMaxMemLimit = quint64(1) << 30;
constexpr quint64 kMaxOpsLimit = 20;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

Status deriveKey(Key& key, const QString& password, const unsigned char* salt, quint64 ops,
                 quint64 mem)
{
    const QByteArray utf8 = password.toUtf8();
    if (crypto_pwhash(key.data(), key.size(), utf8.constData(),
                      static_cast<unsigned long long>(utf8.size()), salt,
                      static_cast<unsigned long long>(ops), static_cast<size_t>(mem),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::make(Error::Code::Io,
                           Text::tr("Not enough memory to derive the key from the password."));
    return {};
}

Error writeError(const QString& path, const QString& detail)
{
    return Error::make(
        Error::Code::Io,
        Text::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), detail));
}

Error damaged(const QString& path)
{
    return Error::make(Error::Code::NotADatabase,
                       Text::tr("“%1” is damaged or incomplete; it cannot be decrypted.")
                           .arg(QDir::toNativeSeparators(path)));
}

} // namespace

const QString BackupArchive::kSuffix = QStringLiteral(".rapport-backup");

bool BackupArchive::isArchive(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(8) == QByteArray(kMagic, 8);
}

Status BackupArchive::encrypt(const QString& plainPath, const QString& archivePath,
                              const QString& password, Progress& progress)
{
    if (Status s = startSodium(); !s)
        return s;
    if (password.size() < kMinimumPasswordLength)
        return Error::validation(QStringLiteral("password"),
                                 Text::tr("The password needs at least %n characters.", nullptr,
                                          kMinimumPasswordLength));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot read “%1”: %2")
                               .arg(QDir::toNativeSeparators(plainPath), in.errorString()));

    QByteArray prefix(kPrefixSize, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(prefix.data());
    std::memcpy(p, kMagic, 8);
    qToLittleEndian<quint64>(crypto_pwhash_OPSLIMIT_MODERATE, p + 8);
    qToLittleEndian<quint64>(crypto_pwhash_MEMLIMIT_MODERATE, p + 16);
    randombytes_buf(p + 24, crypto_pwhash_SALTBYTES);

    Key key{};
    progress.report(0, in.size(), Text::tr("Deriving the key from the password…"));
    if (Status s = deriveKey(key, password, p + 24, crypto_pwhash_OPSLIMIT_MODERATE,
                             crypto_pwhash_MEMLIMIT_MODERATE);
        !s)
        return s;
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.data());
    sodium_memzero(key.data(), key.size());

    QSaveFile out(archivePath);
    if (!out.open(QIODevice::WriteOnly))
        return writeError(archivePath, out.errorString());
    out.write(prefix);
    out.write(reinterpret_cast<const char*>(header), sizeof header);

    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    bool first = true;
    const qint64 total = in.size();
    qint64 done = 0;
    while (true) {
        const QByteArray plain = in.read(kChunk);
        if (plain.isEmpty() && in.error() != QFileDevice::NoError)
            return Error::make(Error::Code::Io,
                               Text::tr("Cannot read “%1”: %2")
                                   .arg(QDir::toNativeSeparators(plainPath), in.errorString()));
        done += plain.size();
        const bool last = in.atEnd();
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), &length,
            reinterpret_cast<const unsigned char*>(plain.constData()),
            static_cast<unsigned long long>(plain.size()),
            first ? reinterpret_cast<const unsigned char*>(prefix.constData()) : nullptr,
            first ? static_cast<unsigned long long>(prefix.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        unsigned char size[4];
        qToLittleEndian<quint32>(static_cast<quint32>(length), size);
        out.write(reinterpret_cast<const char*>(size), 4);
        out.write(cipher.constData(), static_cast<qint64>(length));
        progress.report(done, total, Text::tr("Encrypting…"));
        if (progress.isCancelled()) {
            out.cancelWriting();
            return Error::make(Error::Code::Cancelled, Text::tr("The backup was cancelled."));
        }
        if (last)
            break;
    }
    if (!out.commit())
        return writeError(archivePath, out.errorString());
    return {};
}

Status BackupArchive::decrypt(const QString& archivePath, const QString& plainPath,
                              const QString& password, Progress& progress)
{
    if (Status s = startSodium(); !s)
        return s;
    QFile in(archivePath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot read “%1”: %2")
                               .arg(QDir::toNativeSeparators(archivePath), in.errorString()));
    const QByteArray head = in.read(kHeaderSize);
    if (head.size() < 8 || !head.startsWith(QByteArray(kMagic, 8)))
        return Error::make(Error::Code::NotADatabase,
                           Text::tr("“%1” is not an encrypted Rapport backup.")
                               .arg(QDir::toNativeSeparators(archivePath)));
    if (head.size() != kHeaderSize)
        return damaged(archivePath);
    const auto* h = reinterpret_cast<const unsigned char*>(head.constData());
    const quint64 ops = qFromLittleEndian<quint64>(h + 8);
    const quint64 mem = qFromLittleEndian<quint64>(h + 16);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > kMaxMemLimit)
        return damaged(archivePath);

    Key key{};
    progress.report(0, in.size(), Text::tr("Deriving the key from the password…"));
    if (Status s = deriveKey(key, password, h + 24, ops, mem); !s)
        return s;
    crypto_secretstream_xchacha20poly1305_state state;
    const int init =
        crypto_secretstream_xchacha20poly1305_init_pull(&state, h + kPrefixSize, key.data());
    sodium_memzero(key.data(), key.size());
    if (init != 0)
        return damaged(archivePath);

    QSaveFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly))
        return writeError(plainPath, out.errorString());
    QByteArray plain(kChunk, Qt::Uninitialized);
    bool first = true;
    bool finished = false;
    const qint64 total = in.size();
    while (!finished) {
        const QByteArray size = in.read(4);
        if (size.size() != 4)
            return damaged(archivePath); // ends before the final chunk: truncated
        const quint32 length =
            qFromLittleEndian<quint32>(reinterpret_cast<const unsigned char*>(size.constData()));
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES
            || length > kChunk + crypto_secretstream_xchacha20poly1305_ABYTES)
            return damaged(archivePath);
        const QByteArray cipher = in.read(length);
        if (cipher.size() != static_cast<qsizetype>(length))
            return damaged(archivePath);
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(plain.data()), &plainLength, &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()), length,
                first ? h : nullptr, first ? static_cast<unsigned long long>(kPrefixSize) : 0)
            != 0) {
            if (first)
                return Error::make(Error::Code::Validation,
                                   Text::tr("The password does not open “%1” (or the file was "
                                            "changed).")
                                       .arg(QDir::toNativeSeparators(archivePath)));
            return damaged(archivePath);
        }
        first = false;
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        out.write(plain.constData(), static_cast<qint64>(plainLength));
        progress.report(in.pos(), total, Text::tr("Decrypting…"));
        if (progress.isCancelled()) {
            out.cancelWriting();
            return Error::make(Error::Code::Cancelled, Text::tr("The restore was cancelled."));
        }
    }
    if (!in.atEnd())
        return damaged(archivePath); // something appended after the final chunk
    if (!out.commit())
        return writeError(plainPath, out.errorString());
    return {};
}

} // namespace rapport::core::backup
