#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QChar>
#include <QIODevice>
#include <QPointer>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

namespace rapport::core::csv {

enum class OutputEncoding {
    Utf8,    // what every modern tool reads
    Utf8Bom, // what Excel needs to open UTF-8 by double-click
    Gb18030, // for old Excel on a Chinese Windows
};

struct WriterOptions
{
    OutputEncoding encoding = OutputEncoding::Utf8;
    QChar delimiter = u',';
    bool crlf = true; // RFC 4180 and Excel; false writes LF
};

// Writes CSV records that CsvReader (and spreadsheets) read back exactly, buffering
// them and writing the device in chunks of about 1 MiB.
//
// A field is quoted only when it must be: it holds the delimiter, a quote, CR or LF,
// or begins or ends with a space (which some readers trim); quotes inside are doubled.
// One more case keeps the round trip exact: the first field of the output is quoted
// when it begins with U+FEFF, which a reader would otherwise take for a BOM.
// An empty field list writes an empty line, which reads back as one empty field.
//
// Call flush() at the end and check it: write errors (a full disk) may only show
// there. The destructor flushes too, but cannot report errors.
class CsvWriter
{
public:
    // `device` is open for writing. Writes the BOM for Utf8Bom with the first bytes.
    CsvWriter(QIODevice* device, WriterOptions options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // Errors: Io when the device is closed or a write fails (after which every call
    // returns that error); InvalidArgument, with nothing written, when a field holds a
    // lone surrogate (the only text neither UTF-8 nor GB18030 can represent) or the
    // delimiter is a quote or a line break.
    Status writeRecord(const QStringList& fields);
    Status flush();
    qint64 recordsWritten() const { return m_records; } // accepted, buffered or written

private:
    Status checkRecord(const QStringList& fields) const;
    Status writeBuffered();
    Status fail(Error error);

    QPointer<QIODevice> m_device;
    WriterOptions m_options;
    QStringEncoder m_encoder;
    QString m_text;     // records not encoded yet
    QByteArray m_bytes; // the encoded chunk being written
    qint64 m_records = 0;
    bool m_wroteBytes = false;
    bool m_failed = false;
    Error m_error;
};

} // namespace rapport::core::csv
