#include "domain/Activity.h"

#include <array>

namespace rapport::core {

namespace {
struct KindName
{
    ActivityKind kind;
    const char* key;
};
constexpr std::array<KindName, 5> kKinds{{
    {ActivityKind::Note, "note"},
    {ActivityKind::Call, "call"},
    {ActivityKind::Meeting, "meeting"},
    {ActivityKind::Task, "task"},
    {ActivityKind::Email, "email"},
}};
} // namespace

QString activityKindKey(ActivityKind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return QStringLiteral("note");
}

std::optional<ActivityKind> activityKindFromKey(const QString& key)
{
    for (const KindName& k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString Activity::headline() const
{
    if (!subject.trimmed().isEmpty())
        return subject.trimmed();
    return body.trimmed().section(QLatin1Char('\n'), 0, 0);
}

QDateTime fromTimestamp(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.toUTC();
}

} // namespace rapport::core
