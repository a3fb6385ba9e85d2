#include "activities/ActivityFormat.h"

#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace rapport::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ActivityFormat)
};
} // namespace

QString ActivityFormat::kindName(core::ActivityKind kind)
{
    switch (kind) {
    case core::ActivityKind::Note:
        return Text::tr("Note");
    case core::ActivityKind::Call:
        return Text::tr("Call");
    case core::ActivityKind::Meeting:
        return Text::tr("Meeting");
    case core::ActivityKind::Task:
        return Text::tr("Task");
    case core::ActivityKind::Email:
        return Text::tr("E-mail");
    }
    return Text::tr("Note");
}

QString ActivityFormat::glyph(core::ActivityKind kind)
{
    // Symbols every CJK and Latin system font set has (DejaVu, Noto).
    switch (kind) {
    case core::ActivityKind::Note:
        return QStringLiteral("\u270E"); // pencil
    case core::ActivityKind::Call:
        return QStringLiteral("\u260E"); // telephone
    case core::ActivityKind::Meeting:
        return QStringLiteral("\u25F7"); // clock face
    case core::ActivityKind::Task:
        return QStringLiteral("\u2714"); // check mark
    case core::ActivityKind::Email:
        return QStringLiteral("\u2709"); // envelope
    }
    return QStringLiteral("\u2022");
}

QColor ActivityFormat::color(core::ActivityKind kind)
{
    switch (kind) {
    case core::ActivityKind::Note:
        return QColor(0x8a, 0x8f, 0x98);
    case core::ActivityKind::Call:
        return QColor(0x2e, 0x9d, 0x5b);
    case core::ActivityKind::Meeting:
        return QColor(0x7b, 0x5c, 0xd6);
    case core::ActivityKind::Task:
        return QColor(0xe0, 0x8a, 0x1e);
    case core::ActivityKind::Email:
        return QColor(0x2f, 0x7d, 0xd1);
    }
    return Qt::gray;
}

QString ActivityFormat::moment(const QDateTime& utc, const QDateTime& now, bool dateOnly)
{
    if (!utc.isValid())
        return {};
    // Orders carry a calendar date: show it as stored, never shifted by a zone.
    const QDateTime local = dateOnly ? utc : utc.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QDate day = local.date();
    if (dateOnly)
        return Format::date(day);
    // The locale's short time without seconds (the C locale's has them).
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    const QString time = QLocale().toString(local.time(), timeFormat);
    if (day == today)
        return Text::tr("Today %1").arg(time);
    if (day == today.addDays(-1))
        return Text::tr("Yesterday %1").arg(time);
    if (day == today.addDays(1))
        return Text::tr("Tomorrow %1").arg(time);
    return Text::tr("%1 %2").arg(Format::date(day), time);
}

} // namespace rapport::ui
