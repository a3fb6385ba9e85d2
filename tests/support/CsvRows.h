#pragma once

#include "io/CsvReader.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace rapport::testing {

// The records of a CSV text, read back with the project's own reader (tests
// of writers compare what a reader gets, not bytes).
inline QList<QStringList> parseCsv(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    core::csv::CsvReader reader(&buffer);
    QList<QStringList> rows;
    core::csv::Record record;
    while (true) {
        auto got = reader.next(record);
        if (!got || !*got)
            break;
        rows << record.fields;
    }
    return rows;
}

} // namespace rapport::testing
