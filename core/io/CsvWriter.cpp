#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QFileDevice>

namespace rapport::core::csv {

namespace {

// User-visible messages, translated in the "rapport::core::csv::CsvWriter" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::csv::CsvWriter)
};

// Encoded and written once this much text is buffered: few write calls, flat memory.
constexpr qsizetype kFlushChars = 512 * 1024;

QStringEncoder makeEncoder(OutputEncoding encoding)
{
    if (encoding == OutputEncoding::Gb18030)
        return QStringEncoder("GB18030"); // through ICU
    return QStringEncoder(QStringConverter::Utf8);
}

QString encodingName(OutputEncoding encoding)
{
    return encoding == OutputEncoding::Gb18030 ? QStringLiteral("GB18030")
                                               : QStringLiteral("UTF-8");
}

// The index of the first lone surrogate in `text`, or -1.
qsizetype firstLoneSurrogate(const QString& text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate())
            ++i;
        else
            return i;
    }
    return -1;
}

bool needsQuotes(const QString& field, QChar delimiter, bool firstInOutput)
{
    if (field.isEmpty())
        return false;
    if (field.front() == u' ' || field.back() == u' ')
        return true;
    if (firstInOutput && field.front() == QChar(0xFEFF))
        return true;
    const char16_t d = delimiter.unicode();
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == d || u == u'"' || u == u'\n' || u == u'\r')
            return true;
    }
    return false;
}

void appendQuoted(QString& out, const QString& field)
{
    out.append(u'"');
    qsizetype from = 0;
    for (qsizetype quote = field.indexOf(u'"'); quote >= 0;
         quote = field.indexOf(u'"', quote + 1)) {
        out.append(QStringView(field).mid(from, quote + 1 - from));
        out.append(u'"');
        from = quote + 1;
    }
    out.append(QStringView(field).mid(from));
    out.append(u'"');
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, WriterOptions options)
    : m_device(device)
    , m_options(options)
    , m_encoder(makeEncoder(options.encoding))
{}

CsvWriter::~CsvWriter()
{
    if (!m_failed && m_device)
        (void)flush();
}

Status CsvWriter::fail(Error error)
{
    m_failed = true;
    m_error = std::move(error);
    return m_error;
}

Status CsvWriter::checkRecord(const QStringList& fields) const
{
    const QChar delimiter = m_options.delimiter;
    if (delimiter.isNull() || delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n'
        || delimiter.isSurrogate())
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("A quote or a line break cannot separate fields."));
    if (!m_encoder.isValid())
        return Error::make(
            Error::Code::InvalidArgument,
            Text::tr("This build cannot write %1 text.").arg(encodingName(m_options.encoding)));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const qsizetype at = firstLoneSurrogate(fields.at(i));
        if (at < 0)
            continue;
        const QString code = QStringLiteral("U+")
                             + QString::number(fields.at(i).at(at).unicode(), 16)
                                   .toUpper()
                                   .rightJustified(4, QLatin1Char('0'));
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("Field %1 of record %2 holds %3, half of a surrogate pair, "
                                    "which cannot be written as %4.")
                               .arg(i + 1)
                               .arg(m_records + 1)
                               .arg(code, encodingName(m_options.encoding)));
    }
    return {};
}

Status CsvWriter::writeRecord(const QStringList& fields)
{
    if (m_failed)
        return m_error;
    if (!m_device || !m_device->isWritable())
        return Error::make(Error::Code::Io, Text::tr("The file is not open for writing."));
    if (Status checked = checkRecord(fields); !checked)
        return checked;

    const QChar delimiter = m_options.delimiter;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text.append(delimiter);
        const QString& field = fields.at(i);
        if (needsQuotes(field, delimiter, m_records == 0 && i == 0))
            appendQuoted(m_text, field);
        else
            m_text.append(field);
    }
    m_text.append(m_options.crlf ? QLatin1String("\r\n") : QLatin1String("\n"));
    ++m_records;
    if (m_text.size() >= kFlushChars)
        return writeBuffered();
    return {};
}

Status CsvWriter::flush()
{
    if (m_failed)
        return m_error;
    if (Status written = writeBuffered(); !written)
        return written;
    if (auto* file = qobject_cast<QFileDevice*>(m_device.data()); file && !file->flush())
        return fail(Error::make(Error::Code::Io,
                                Text::tr("Could not write the file: %1").arg(file->errorString())));
    return {};
}

// Encodes the buffered text and writes it, with the BOM first when one is due.
Status CsvWriter::writeBuffered()
{
    if (m_text.isEmpty())
        return {};
    if (!m_device || !m_device->isWritable())
        return fail(Error::make(Error::Code::Io, Text::tr("The file is not open for writing.")));
    m_bytes.resize(0);
    if (!m_wroteBytes && m_options.encoding == OutputEncoding::Utf8Bom)
        m_bytes.append("\xEF\xBB\xBF");
    const qsizetype old = m_bytes.size();
    m_bytes.resize(old + m_encoder.requiredSpace(m_text.size()));
    const char* end = m_encoder.appendToBuffer(m_bytes.data() + old, m_text);
    m_bytes.resize(end - m_bytes.constData());
    m_text.resize(0);

    qsizetype written = 0;
    while (written < m_bytes.size()) {
        const qint64 n = m_device->write(m_bytes.constData() + written, m_bytes.size() - written);
        if (n <= 0) {
            const QString reason = m_device->errorString();
            return fail(
                Error::make(Error::Code::Io, Text::tr("Could not write the file: %1").arg(reason)));
        }
        written += n;
    }
    m_wroteBytes = true;
    return {};
}

} // namespace rapport::core::csv
