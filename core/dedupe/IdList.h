#pragma once

#include "domain/Entities.h"

#include <QList>
#include <QString>

namespace rapport::core {

// Ids as a JSON array, bound as one value to `IN (SELECT value FROM json_each(?))`:
// one statement for any number of ids, with nothing written into the SQL text.
inline QString jsonIdList(const QList<RowId>& ids)
{
    QString json;
    json.reserve(ids.size() * 8 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids[i]);
    }
    json += QLatin1Char(']');
    return json;
}

} // namespace rapport::core
