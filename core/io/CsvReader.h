#pragma once

#include "common/Result.h"
#include "io/TextEncoding.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace rapport::core::csv {

struct ReaderOptions
{
    Encoding encoding = Encoding::Auto;
    QChar delimiter; // a null QChar detects one among , ; TAB |
};

struct Record
{
    QStringList fields; // an empty field is an empty, non-null QString (binds as '', not NULL)
    qint64 line = 0;    // 1-based physical line where the record starts
    qint64 index = 0;   // 0-based record number (the header row is 0)
};

// Reads CSV records one at a time from a device of any size (imports of millions of
// customers from files of several GB), holding only about one chunk of it in memory.
//
// Dialect: RFC 4180 as spreadsheets write it.
// - Fields are separated by the delimiter; a field that begins with a quote is quoted
//   and may hold the delimiter, line breaks (CR, LF, CRLF, kept as they are) and
//   doubled quotes ("" reads as ").
// - Records end at CRLF, LF or a lone CR. Text after the last line break, when there
//   is any, is the last record; when there is none ("a,b\n"), the empty line after it
//   is not a record. Every other empty line, including one just before the end
//   ("a\n\n"), is a record with one empty field: the caller decides what it means.
// - Lenient where Excel is lenient: a quote inside an unquoted field (5" screen) is a
//   literal character, and text after the closing quote of a quoted field ("a"b) is
//   appended to the field. Both keep the user's data instead of rejecting the file.
// - Errors (Code::Validation, the message names the line): a quoted field still open
//   at the end of the file (the line where the quote opened); bytes that are invalid
//   in the encoding in use, whether chosen or detected (the line holding them), since
//   decoding them would silently change customer data; a record longer than 16
//   million characters (almost always a missing closing quote in a big file; bounds
//   the memory one record can take). Records before an error are returned first.
//
// Why chunks of 1 MiB: large enough that reading and decoding cost a few calls per
// megabyte, small enough that memory stays flat. Each chunk is cut at a character
// boundary and decoded with a stateful QStringDecoder, so a multi-byte character that
// straddles two chunks is decoded once, whole.
class CsvReader
{
public:
    // `device` is open for reading and outlives the reader. It must hand over its bytes
    // on demand, as a file or a buffer does: read() returning 0 is taken as the end,
    // so read a socket or a process to the end before parsing it.
    explicit CsvReader(QIODevice* device, ReaderOptions options = {});
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Sniffs the encoding from the first 64 KiB (see detectEncoding) and skips a BOM;
    // detects the delimiter, unless one was given, from the first 50 records: the
    // candidate that splits every record into the same number (> 1) of fields wins,
    // ties in the order , ; TAB |; failing that, the one that splits the most records
    // like the first; failing that, a comma. next() calls open() when needed.
    Status open();

    Encoding encoding() const { return m_encoding; } // the one in use: never Auto after open()
    bool hadBom() const { return m_hadBom; }
    QChar delimiter() const { return m_delimiter; }

    // true: `record` holds the next record (its field list and strings are reused,
    // so keep the record between calls for speed); false: the end of the input.
    // After an error, every later call returns the same error.
    Result<bool> next(Record& record);

    // Bytes read from the device so far, for progress bars.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    Status fail(Error error);
    Status readBytes(qsizetype wanted);
    void decodeBytes();
    qsizetype completePrefix() const;
    qsizetype firstInvalidChar(QByteArrayView bytes) const;
    const char* decoderName() const;
    QChar detectDelimiter() const;

    QIODevice* m_device = nullptr;
    ReaderOptions m_options;
    Encoding m_encoding = Encoding::Auto;
    bool m_bigEndian = false; // UTF-16 only
    bool m_hadBom = false;
    QChar m_delimiter;
    // Built in place by open(): an ICU-based decoder (GB18030) must never be moved,
    // since Qt 6.4's ICU callback keeps pointing at the state it was created with
    // (errors then go unreported). For the same reason CsvReader is not movable.
    std::optional<QStringDecoder> m_decoder;

    QByteArray m_bytes;  // read but not decoded yet: an incomplete character
    QString m_text;      // decoded; records are parsed from m_pos on
    qsizetype m_pos = 0; // where the next record starts in m_text
    qint64 m_line = 1;   // the physical line at m_pos
    qint64 m_index = 0;  // the number of the next record
    qint64 m_bytesRead = 0;
    bool m_deviceEnded = false;  // the device has no more bytes
    bool m_textEnded = false;    // ... and all of them are decoded into m_text
    bool m_invalidBytes = false; // m_text stops where invalid bytes begin

    enum class State { New, Reading, Ended, Failed };
    State m_state = State::New;
    Error m_error;
};

} // namespace rapport::core::csv
