#include "mail/MailTypes.h"

#include <QCoreApplication>

namespace rapport::core::mail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mail::MailTypes)
};

struct KindName
{
    SegmentRef::Kind kind;
    const char* key;
};

constexpr KindName kKinds[] = {
    {SegmentRef::Kind::Tag, "tag"},
    {SegmentRef::Kind::View, "view"},
    {SegmentRef::Kind::Rfm, "rfm"},
    {SegmentRef::Kind::Rule, "rule"},
};

struct StatusName
{
    OutboxStatus status;
    const char* key;
};

constexpr StatusName kStatuses[] = {
    {OutboxStatus::Queued, "queued"},       {OutboxStatus::Sending, "sending"},
    {OutboxStatus::Sent, "sent"},           {OutboxStatus::Failed, "failed"},
    {OutboxStatus::Uncertain, "uncertain"}, {OutboxStatus::Skipped, "skipped"},
    {OutboxStatus::Cancelled, "cancelled"},
};

} // namespace

QString SegmentRef::kindKey(Kind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

QString SegmentRef::toString() const
{
    return kindKey(kind) + QLatin1Char(':') + name;
}

Result<SegmentRef> SegmentRef::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString kindText = colon < 0 ? QString() : text.left(colon).trimmed().toLower();
    const QString name = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    for (const KindName& k : kKinds) {
        if (kindText == QLatin1String(k.key) && !name.isEmpty())
            return SegmentRef{k.kind, name};
    }
    return Error::make(Error::Code::InvalidArgument,
                       Text::tr("“%1” is not a segment: use tag:NAME, view:NAME, rfm:SEGMENT "
                                "or rule:ID.")
                           .arg(text));
}

QString outboxStatusKey(OutboxStatus status)
{
    for (const StatusName& s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.key);
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromKey(const QString& key)
{
    for (const StatusName& s : kStatuses) {
        if (key == QLatin1String(s.key))
            return s.status;
    }
    return std::nullopt;
}

QString outboxStatusName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return Text::tr("Queued");
    case OutboxStatus::Sending:
        return Text::tr("Sending");
    case OutboxStatus::Sent:
        return Text::tr("Sent");
    case OutboxStatus::Failed:
        return Text::tr("Failed");
    case OutboxStatus::Uncertain:
        return Text::tr("Uncertain");
    case OutboxStatus::Skipped:
        return Text::tr("Skipped");
    case OutboxStatus::Cancelled:
        return Text::tr("Cancelled");
    }
    return {};
}

} // namespace rapport::core::mail
