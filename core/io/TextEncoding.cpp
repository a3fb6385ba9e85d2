#include "io/TextEncoding.h"

#include <QCoreApplication>

#include <cstring>

namespace rapport::core::csv {

namespace {

// User-visible messages, translated in the "rapport::core::csv::TextEncoding" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::csv::TextEncoding)
};

// Whether `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, nothing
// above U+10FFFF). A sequence cut by the end of `bytes` is accepted unless `atEnd`.
bool isValidUtf8(QByteArrayView bytes, bool atEnd)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* const end = s + bytes.size();
    while (s != end) {
        // Most CSV text is ASCII: skip it eight bytes at a time.
        while (end - s >= 8) {
            quint64 word;
            std::memcpy(&word, s, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            s += 8;
        }
        if (s == end)
            break;
        const unsigned lead = *s++;
        if (lead < 0x80)
            continue;
        int trail = 0;
        unsigned low = 0x80;  // the range of the first trailing byte, which
        unsigned high = 0xBF; // excludes overlong forms and surrogates
        if (lead >= 0xC2 && lead <= 0xDF) {
            trail = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            trail = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            trail = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        for (int i = 0; i < trail; ++i, ++s) {
            if (s == end)
                return !atEnd;
            if (*s < low || *s > high)
                return false;
            low = 0x80;
            high = 0xBF;
        }
    }
    return true;
}

bool startsWith(QByteArrayView bytes, const char* prefix, qsizetype size)
{
    return bytes.size() >= size && std::memcmp(bytes.data(), prefix, size_t(size)) == 0;
}

} // namespace

QString encodingKey(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf16:
        return QStringLiteral("utf-16");
    case Encoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return QString();
}

Result<Encoding> parseEncodingKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("auto"))
        return Encoding::Auto;
    if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (k == QLatin1String("utf-16") || k == QLatin1String("utf16"))
        return Encoding::Utf16;
    if (k == QLatin1String("gb18030") || k == QLatin1String("gbk") || k == QLatin1String("gb2312"))
        return Encoding::Gb18030;
    return Error::make(Error::Code::InvalidArgument,
                       Text::tr("“%1” is not a known text encoding. Use one of: %2.")
                           .arg(key, QStringLiteral("auto, utf-8, utf-16, gb18030")));
}

Encoding detectEncoding(QByteArrayView sample, bool atEnd, bool* hasBom)
{
    Encoding encoding = Encoding::Auto;
    if (startsWith(sample, "\xEF\xBB\xBF", 3))
        encoding = Encoding::Utf8;
    else if (startsWith(sample, "\xFF\xFE", 2) || startsWith(sample, "\xFE\xFF", 2))
        encoding = Encoding::Utf16;
    if (hasBom)
        *hasBom = encoding != Encoding::Auto;
    if (encoding != Encoding::Auto)
        return encoding;
    return isValidUtf8(sample, atEnd) ? Encoding::Utf8 : Encoding::Gb18030;
}

} // namespace rapport::core::csv
