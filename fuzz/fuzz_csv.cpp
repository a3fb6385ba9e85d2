// libFuzzer harness for core/io's CSV reader and writer (built with -DRAPPORT_FUZZ=ON,
// see fuzz/CMakeLists.txt and the README). Every input is read with encoding
// detection and with each explicit encoding; whatever records come out (also those
// before an error) must survive a writer -> reader round trip unchanged, and every
// field must survive the formula guard's neutralize -> restore.
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

namespace csv = rapport::core::csv;
using rapport::core::Error;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

struct Parsed
{
    QList<QStringList> records;
    QChar delimiter;
    bool ok = false;
};

Parsed readAll(const QByteArray& bytes, csv::ReaderOptions options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    csv::CsvReader reader(&buffer, options);
    Parsed parsed;
    csv::Record record;
    qint64 lastLine = 0;
    for (;;) {
        const auto more = reader.next(record);
        if (!more) {
            check(!more.error().message.isEmpty());
            check(!reader.next(record)); // errors are sticky
            break;
        }
        if (!*more) {
            parsed.ok = true;
            check(reader.bytesRead() == bytes.size());
            break;
        }
        check(record.index == parsed.records.size());
        check(record.line > lastLine);
        check(!record.fields.isEmpty());
        lastLine = record.line;
        parsed.records.append(record.fields);
    }
    check(reader.bytesRead() <= bytes.size());
    parsed.delimiter = reader.delimiter();
    return parsed;
}

void checkRoundTrip(const Parsed& parsed, csv::OutputEncoding encoding, bool crlf)
{
    if (parsed.records.isEmpty())
        return;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        csv::CsvWriter writer(&out, {encoding, parsed.delimiter, crlf});
        for (const QStringList& record : parsed.records) {
            // Decoded text never holds a lone surrogate, so the writer takes it all.
            check(writer.writeRecord(record).ok());
        }
        check(writer.flush().ok());
        check(writer.recordsWritten() == parsed.records.size());
    }
    const csv::Encoding readAs =
        encoding == csv::OutputEncoding::Gb18030 ? csv::Encoding::Gb18030 : csv::Encoding::Auto;
    const Parsed back = readAll(out.data(), {readAs, parsed.delimiter});
    check(back.ok);
    check(back.records == parsed.records);
}

void checkFormulaGuard(const Parsed& parsed)
{
    for (const QStringList& record : parsed.records) {
        for (const QString& field : record)
            check(rapport::core::formula::restore(rapport::core::formula::neutralize(field))
                  == field);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const bool crlf = size % 2 == 0;

    const Parsed detected = readAll(bytes, {});
    checkRoundTrip(detected, csv::OutputEncoding::Utf8, crlf);
    checkRoundTrip(detected, csv::OutputEncoding::Utf8Bom, !crlf);
    checkRoundTrip(detected, csv::OutputEncoding::Gb18030, crlf);
    checkFormulaGuard(detected);

    for (const auto encoding :
         {csv::Encoding::Utf8, csv::Encoding::Utf16, csv::Encoding::Gb18030}) {
        const Parsed parsed = readAll(bytes, {encoding, QChar()});
        checkRoundTrip(parsed, csv::OutputEncoding::Utf8, crlf);
    }
    return 0;
}
