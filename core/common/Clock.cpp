#include "common/Clock.h"

namespace rapport::core {

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}

QString toTimestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace rapport::core
