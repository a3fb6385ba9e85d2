#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace rapport::core::csv {

namespace {

// User-visible messages, translated in the "rapport::core::csv::CsvReader" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::csv::CsvReader)
};

// The encoding sniff reads this much; it is also the text the delimiter is found in.
constexpr qsizetype kSniffBytes = 64 * 1024;
// See the class comment.
constexpr qsizetype kChunkBytes = 1024 * 1024;
// A record this long is almost certainly a missing closing quote swallowing the file.
constexpr qsizetype kMaxRecordChars = 16 * 1024 * 1024;
constexpr int kDelimiterSampleRecords = 50;
// open() skips the BOM itself; a U+FEFF after it is data.
constexpr auto kDecoderFlags = QStringConverter::Flag::ConvertInitialBom;

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Auto:
        break;
    }
    return QString();
}

enum class Scan {
    Record,       // a whole record was read
    End,          // no more records
    NeedMore,     // the text ends inside the record (or right after a CR or a quote)
    Unterminated, // the input ends inside a quoted field
};

struct Cursor
{
    qsizetype pos = 0;
    qint64 line = 1;
};

// The field at `index`, emptied but keeping its capacity, so that reading a million
// records does not allocate a million lists.
QString& clearedField(QStringList& fields, qsizetype index)
{
    if (index == fields.size())
        fields.emplaceBack();
    QString& field = fields[index];
    field.resize(0);
    return field;
}

void append(QString& field, const char16_t* from, const char16_t* to)
{
    field.append(reinterpret_cast<const QChar*>(from), to - from);
}

// The field at `index` set to [from, to): the common case of an unquoted field, in
// one copy into the capacity the field already has.
void assign(QStringList& fields, qsizetype index, const char16_t* from, const char16_t* to)
{
    if (index == fields.size())
        fields.emplaceBack();
    QString& field = fields[index];
    field.resize(to - from);
    std::memcpy(static_cast<void*>(field.data()), from, size_t(to - from) * sizeof(char16_t));
}

// Parses one record of `text` from `cursor` into `fields`. `ended` says whether the
// input ends with `text`; when it does not, a record that reaches the end of `text`
// is incomplete (NeedMore) and is parsed again, from its start, once more text is
// there. On Record, `cursor` moves past the record and `fields` has exactly its
// fields. `quoteLine` is the line of a quoted field left open (Unterminated or
// NeedMore), else 0.
Scan scanRecord(QStringView text, bool ended, char16_t delimiter, Cursor& cursor,
                QStringList& fields, qint64& quoteLine)
{
    const char16_t* const begin = text.utf16();
    const char16_t* const end = begin + text.size();
    const char16_t* s = begin + cursor.pos;
    qint64 line = cursor.line;
    qsizetype count = 0;
    quoteLine = 0;
    if (s == end)
        return ended ? Scan::End : Scan::NeedMore;

    // Characters up to `highest` may end an unquoted field; most text is above it,
    // which makes the inner loop one comparison per character.
    const char16_t highest = std::max(delimiter, u'\r');
    const auto endsField = [&](char16_t c) {
        return c <= highest && (c == delimiter || c == u'\n' || c == u'\r');
    };

    for (;;) {
        QString* field = nullptr;
        if (s != end && *s == u'"') {
            field = &clearedField(fields, count);
            quoteLine = line;
            ++s;
            for (;;) {
                const char16_t* run = s;
                while (s != end && *s != u'"') {
                    if (*s == u'\n') {
                        ++line;
                    } else if (*s == u'\r') {
                        if (s + 1 == end && !ended)
                            return Scan::NeedMore; // a CRLF may be cut in two
                        if (s + 1 == end || s[1] != u'\n')
                            ++line; // a CRLF counts once, at its LF
                    }
                    ++s;
                }
                append(*field, run, s);
                if (s == end)
                    return ended ? Scan::Unterminated : Scan::NeedMore;
                if (s + 1 == end && !ended)
                    return Scan::NeedMore; // a closing quote, or the first of two?
                if (s + 1 != end && s[1] == u'"') {
                    field->append(u'"');
                    s += 2;
                    continue;
                }
                ++s; // the closing quote
                break;
            }
            quoteLine = 0;
        }
        // An unquoted field, or what follows the closing quote of a quoted one.
        const char16_t* run = s;
        while (s != end && !endsField(*s))
            ++s;
        if (s == end && !ended)
            return Scan::NeedMore;
        if (field)
            append(*field, run, s);
        else
            assign(fields, count, run, s);
        ++count;

        if (s == end)
            break; // the last record, without a line break
        if (*s == delimiter) {
            ++s;
            continue;
        }
        if (*s == u'\r') {
            if (s + 1 == end && !ended)
                return Scan::NeedMore;
            ++s;
            if (s != end && *s == u'\n')
                ++s;
        } else {
            ++s;
        }
        ++line;
        break;
    }
    fields.resize(count);
    cursor.pos = s - begin;
    cursor.line = line;
    return Scan::Record;
}

// Line breaks in `text` (CRLF counts once; a CR at the end counts).
qint64 lineBreaks(QStringView text)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            ++count;
        else if (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n'))
            ++count;
    }
    return count;
}

// The first lone surrogate in `text` from `from`, or -1. Qt's UTF-16 decoder passes
// them through, yet they are not text (and no encoder could write them back).
qsizetype firstLoneSurrogate(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else
            return i;
    }
    return -1;
}

Error validationError(QString message)
{
    return Error::make(Error::Code::Validation, std::move(message));
}

} // namespace

CsvReader::CsvReader(QIODevice* device, ReaderOptions options)
    : m_device(device)
    , m_options(options)
{}

Status CsvReader::fail(Error error)
{
    m_state = State::Failed;
    m_error = std::move(error);
    return m_error;
}

Status CsvReader::open()
{
    if (m_state == State::Failed)
        return m_error;
    if (m_state != State::New)
        return {};
    if (!m_device || !m_device->isReadable())
        return fail(Error::make(Error::Code::Io, Text::tr("The file is not open for reading.")));
    const QChar delimiter = m_options.delimiter;
    if (delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n' || delimiter.isSurrogate())
        return fail(Error::make(Error::Code::InvalidArgument,
                                Text::tr("A quote or a line break cannot separate fields.")));

    while (m_bytes.size() < kSniffBytes && !m_deviceEnded) {
        if (Status read = readBytes(kSniffBytes - m_bytes.size()); !read)
            return read;
    }

    const QByteArrayView sample(m_bytes);
    qsizetype bomSize = 0;
    m_encoding = m_options.encoding;
    if (m_encoding == Encoding::Auto)
        m_encoding = detectEncoding(sample, m_deviceEnded);
    if (m_encoding == Encoding::Utf8 && sample.startsWith("\xEF\xBB\xBF")) {
        bomSize = 3;
    } else if (m_encoding == Encoding::Utf16) {
        if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
            bomSize = 2;
            m_bigEndian = sample.startsWith("\xFE\xFF");
        } else {
            // Chosen without a BOM: ASCII text has its zero bytes first in big endian.
            qsizetype zerosFirst = 0;
            qsizetype zerosSecond = 0;
            for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
                zerosFirst += sample[i] == 0;
                zerosSecond += sample[i + 1] == 0;
            }
            m_bigEndian = zerosFirst > zerosSecond;
        }
    }
    m_hadBom = bomSize > 0;
    m_bytes.remove(0, bomSize);

    m_decoder.emplace(decoderName(), kDecoderFlags);
    if (!m_decoder->isValid())
        return fail(
            Error::make(Error::Code::InvalidArgument,
                        Text::tr("This build cannot read %1 text.").arg(encodingName(m_encoding))));
    decodeBytes();
    m_delimiter = delimiter.isNull() ? detectDelimiter() : delimiter;
    m_state = State::Reading;
    return {};
}

Result<bool> CsvReader::next(Record& record)
{
    if (m_state == State::New) {
        if (Status opened = open(); !opened)
            return opened.error();
    }
    if (m_state == State::Failed)
        return m_error;
    if (m_state == State::Ended)
        return false;

    for (;;) {
        Cursor cursor{m_pos, m_line};
        qint64 quoteLine = 0;
        switch (scanRecord(m_text, m_textEnded, m_delimiter.unicode(), cursor, record.fields,
                           quoteLine)) {
        case Scan::Record:
            record.line = m_line;
            record.index = m_index++;
            m_pos = cursor.pos;
            m_line = cursor.line;
            return true;
        case Scan::End:
            m_state = State::Ended;
            return false;
        case Scan::Unterminated:
            return fail(validationError(
                            Text::tr("Line %1: a quoted field is never closed (a closing \" "
                                     "is missing).")
                                .arg(quoteLine)))
                .error();
        case Scan::NeedMore:
            break;
        }
        if (m_invalidBytes) {
            const qint64 line = m_line + lineBreaks(QStringView(m_text).mid(m_pos));
            return fail(validationError(Text::tr("Line %1 holds bytes that are not valid %2 "
                                                 "text. Choose the file's encoding.")
                                            .arg(line)
                                            .arg(encodingName(m_encoding))))
                .error();
        }
        const qsizetype pending = m_text.size() - m_pos;
        if (pending > kMaxRecordChars)
            return fail(validationError(Text::tr("Line %1: the record is longer than %2 million "
                                                 "characters; a closing quote is probably missing.")
                                            .arg(quoteLine > 0 ? quoteLine : m_line)
                                            .arg(kMaxRecordChars / (1024 * 1024))))
                .error();
        // A long record reads geometrically more, so parsing it again from its start
        // after each read stays linear.
        if (Status read = readBytes(std::max(kChunkBytes, pending)); !read)
            return read.error();
        decodeBytes();
    }
}

// Appends up to `wanted` bytes from the device to m_bytes.
Status CsvReader::readBytes(qsizetype wanted)
{
    // A small file needs no chunk-sized buffer. The size is only a hint: reading goes
    // on until the device returns no more bytes, so a device that under-reports it is
    // read in smaller steps, never cut short.
    if (!m_device->isSequential())
        wanted = std::min(wanted, std::max<qsizetype>(m_device->bytesAvailable(), 4096));
    const qsizetype old = m_bytes.size();
    m_bytes.resize(old + wanted);
    const qint64 got = m_device->read(m_bytes.data() + old, wanted);
    m_bytes.resize(old + std::max<qint64>(got, 0));
    if (got < 0)
        return fail(Error::make(
            Error::Code::Io, Text::tr("Could not read the file: %1").arg(m_device->errorString())));
    m_bytesRead += got;
    m_deviceEnded = got == 0;
    return {};
}

// Decodes the complete characters of m_bytes onto m_text, dropping the text before
// m_pos. Invalid bytes end m_text where they begin, and set m_invalidBytes.
void CsvReader::decodeBytes()
{
    if (m_invalidBytes)
        return;
    const qsizetype complete = completePrefix();
    const QByteArrayView bytes(m_bytes.constData(), complete);
    if (complete > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
        const qsizetype old = m_text.size();
        m_text.resize(old + m_decoder->requiredSpace(complete));
        const QChar* end = m_decoder->appendToBuffer(m_text.data() + old, bytes);
        m_text.resize(end - m_text.constData());
        qsizetype invalid = -1;
        if (m_decoder->hasError())
            invalid = old + firstInvalidChar(bytes);
        else if (m_encoding == Encoding::Utf16)
            invalid = firstLoneSurrogate(m_text, old);
        if (invalid >= 0) {
            m_text.truncate(invalid);
            m_invalidBytes = true;
        }
    }
    // At the end of the input, bytes left over are an incomplete character.
    if (m_deviceEnded && complete < m_bytes.size())
        m_invalidBytes = true;
    m_bytes.remove(0, complete);
    m_textEnded = m_deviceEnded && !m_invalidBytes;
}

// The length of the longest prefix of m_bytes that ends at a character boundary. A
// chunk always starts at one, since the previous chunk was cut at one.
qsizetype CsvReader::completePrefix() const
{
    const auto* const bytes = reinterpret_cast<const uchar*>(m_bytes.constData());
    const qsizetype size = m_bytes.size();
    switch (m_encoding) {
    case Encoding::Utf16: {
        qsizetype cut = size & ~qsizetype(1);
        if (cut >= 2) {
            const uchar high = m_bigEndian ? bytes[cut - 2] : bytes[cut - 1];
            if (high >= 0xD8 && high <= 0xDB)
                cut -= 2; // a high surrogate waits for its low one
        }
        return cut;
    }
    case Encoding::Gb18030: {
        // Bytes below 0x30 are never part of a multi-byte GB18030 character, so the
        // text after the last of them is walked character by character.
        qsizetype i = size;
        while (i > 0 && bytes[i - 1] >= 0x30)
            --i;
        while (i < size) {
            const uchar lead = bytes[i];
            qsizetype length = 1;
            if (lead >= 0x81 && lead <= 0xFE) {
                if (i + 1 == size)
                    return i;
                length = bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 ? 4 : 2;
            }
            if (i + length > size)
                return i;
            i += length;
        }
        return size;
    }
    case Encoding::Utf8:
    case Encoding::Auto:
        break;
    }
    // UTF-8: a lead byte among the last three whose sequence runs past the end.
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, size); ++back) {
        const uchar c = bytes[size - back];
        if ((c & 0xC0) == 0x80)
            continue; // a trailing byte: look further back
        if (c >= 0xC0) {
            const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (length > back)
                return size - back;
        }
        break;
    }
    return size;
}

// Where, in the text decoded from `bytes`, the first invalid byte sequence begins.
// Rare (it ends the import), so it simply bisects with fresh decoders for the
// shortest prefix that fails; the characters before that prefix's last byte are
// the valid text before the error.
qsizetype CsvReader::firstInvalidChar(QByteArrayView bytes) const
{
    const auto fails = [this](QByteArrayView prefix) {
        QStringDecoder decoder(decoderName(), kDecoderFlags);
        const QString text = decoder.decode(prefix);
        return decoder.hasError();
    };
    if (!fails(bytes))
        return 0;
    qsizetype low = 1;
    qsizetype high = bytes.size();
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (fails(bytes.first(middle)))
            high = middle;
        else
            low = middle + 1;
    }
    QStringDecoder decoder(decoderName(), kDecoderFlags);
    const QString valid = decoder.decode(bytes.first(low - 1));
    return valid.size();
}

const char* CsvReader::decoderName() const
{
    switch (m_encoding) {
    case Encoding::Utf16:
        return m_bigEndian ? "UTF-16BE" : "UTF-16LE";
    case Encoding::Gb18030:
        return "GB18030"; // through ICU
    case Encoding::Utf8:
    case Encoding::Auto:
        break;
    }
    return "UTF-8";
}

QChar CsvReader::detectDelimiter() const
{
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
    char16_t best = u',';
    qsizetype bestMatching = 0;
    QStringList fields;
    for (const char16_t candidate : candidates) {
        Cursor cursor;
        qint64 quoteLine = 0;
        qsizetype first = -1;
        int records = 0;
        int matching = 0;
        while (records < kDelimiterSampleRecords
               && scanRecord(m_text, m_textEnded, candidate, cursor, fields, quoteLine)
                      == Scan::Record) {
            if (fields.size() == 1 && fields.front().isEmpty())
                continue; // blank lines say nothing
            ++records;
            if (first < 0)
                first = fields.size();
            matching += fields.size() == first;
        }
        if (first <= 1)
            continue;
        if (matching == records)
            return QChar(candidate); // consistent: the first such candidate wins
        if (matching > bestMatching) {
            best = candidate;
            bestMatching = matching;
        }
    }
    return QChar(best);
}

} // namespace rapport::core::csv
