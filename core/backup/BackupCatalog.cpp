#include "backup/BackupCatalog.h"

#include "backup/BackupArchive.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace rapport::core::backup {

namespace {

const QString kPlainSuffix = QStringLiteral(".sqlite");
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

std::optional<BackupKind> kindFromKey(const QString& key)
{
    for (BackupKind kind :
         {BackupKind::Daily, BackupKind::Weekly, BackupKind::Manual, BackupKind::BeforeRestore})
        if (BackupCatalog::kindKey(kind) == key)
            return kind;
    return std::nullopt;
}

// The automatic backups of one kind, newest first, beyond the first `keep`.
void removeBeyond(const QList<BackupEntry>& newestFirst, BackupKind kind, int keep,
                  QStringList& remove)
{
    int kept = 0;
    for (const BackupEntry& entry : newestFirst) {
        if (entry.kind != kind)
            continue;
        if (kept < keep)
            ++kept;
        else
            remove << entry.path;
    }
}

} // namespace

QString BackupCatalog::kindKey(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return QStringLiteral("daily");
    case BackupKind::Weekly:
        return QStringLiteral("weekly");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    case BackupKind::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

QString BackupCatalog::stemOf(const QString& databasePath)
{
    const QString stem = QFileInfo(databasePath).completeBaseName();
    return stem.isEmpty() ? QStringLiteral("rapport") : stem;
}

QString BackupCatalog::defaultFolderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(stemOf(databasePath) + QStringLiteral(" backups"));
}

QString BackupCatalog::fileName(const QString& stem, BackupKind kind, const QDateTime& takenAtUtc,
                                bool encrypted)
{
    return QStringLiteral("%1-%2-%3Z%4")
        .arg(stem, kindKey(kind), takenAtUtc.toUTC().toString(kTimeFormat),
             encrypted ? BackupArchive::kSuffix : kPlainSuffix);
}

std::optional<BackupEntry> BackupCatalog::parse(const QString& path, const QString& stem)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)-(daily|weekly|manual|before-restore)-(\\d{8}-\\d{6})Z"
                       "(\\.sqlite|\\.rapport-backup)$"));
    const QFileInfo info(path);
    const QRegularExpressionMatch match = pattern.match(info.fileName());
    if (!match.hasMatch() || match.captured(1) != stem)
        return std::nullopt;
    const QDateTime local = QDateTime::fromString(match.captured(3), kTimeFormat);
    if (!local.isValid())
        return std::nullopt;
    const QDateTime at(local.date(), local.time(), Qt::UTC);
    BackupEntry entry;
    entry.path = info.absoluteFilePath();
    entry.kind = *kindFromKey(match.captured(2));
    entry.takenAt = at;
    entry.encrypted = match.captured(4) == BackupArchive::kSuffix;
    entry.bytes = info.size();
    return entry;
}

QList<BackupEntry> BackupCatalog::list(const QString& folder, const QString& stem)
{
    QList<BackupEntry> entries;
    const QDir dir(folder);
    if (!dir.exists())
        return entries;
    const QStringList names = dir.entryList({stem + QStringLiteral("-*")}, QDir::Files);
    for (const QString& name : names)
        if (auto entry = parse(dir.filePath(name), stem))
            entries << *entry;
    std::sort(entries.begin(), entries.end(), [](const BackupEntry& a, const BackupEntry& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return entries;
}

RotationPlan BackupCatalog::plan(const QList<BackupEntry>& existing, const QDateTime& nowUtc,
                                 const RotationPolicy& policy)
{
    RotationPlan plan;
    if (!policy.enabled)
        return plan;
    QList<BackupEntry> newestFirst = existing;
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.takenAt > b.takenAt; });
    auto newest = [&](BackupKind kind) -> QDateTime {
        for (const BackupEntry& entry : newestFirst)
            if (entry.kind == kind)
                return entry.takenAt;
        return {};
    };
    const QDateTime daily = newest(BackupKind::Daily);
    const QDateTime weekly = newest(BackupKind::Weekly);
    plan.takeDaily = !daily.isValid() || daily.secsTo(nowUtc) >= 23 * 3600;
    plan.takeWeekly = !weekly.isValid() || weekly.secsTo(nowUtc) >= 7 * 24 * 3600 - 3600;
    const int keepDaily = std::max(1, policy.keepDaily) - (plan.takeDaily ? 1 : 0);
    const int keepWeekly = std::max(1, policy.keepWeekly) - (plan.takeWeekly ? 1 : 0);
    removeBeyond(newestFirst, BackupKind::Daily, keepDaily, plan.remove);
    removeBeyond(newestFirst, BackupKind::Weekly, keepWeekly, plan.remove);
    return plan;
}

} // namespace rapport::core::backup
