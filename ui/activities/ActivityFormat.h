#pragma once

#include "domain/Activity.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace rapport::ui {

// How activities look to people: translated kind names, the glyph and colour
// of each kind on the timeline, and moments as "today 14:30" / "3 Mar 2026".
class ActivityFormat
{
public:
    static QString kindName(core::ActivityKind kind);
    // A single symbol drawn in a coloured disc (no icon files needed).
    static QString glyph(core::ActivityKind kind);
    static QColor color(core::ActivityKind kind);
    // A UTC moment in local time: "Today 14:30", "Yesterday 09:00", or the
    // locale's short date and time. dateOnly shows the date alone.
    static QString moment(const QDateTime& utc, const QDateTime& now, bool dateOnly = false);
};

} // namespace rapport::ui
