#pragma once

#include <QDateTime>

namespace rapport::core {

// The time source for timestamps, injectable so tests control "now".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }

    static const Clock& system();
};

// ISO 8601 UTC with milliseconds, the one format every timestamp column uses.
QString toTimestamp(const QDateTime& utc);

} // namespace rapport::core
