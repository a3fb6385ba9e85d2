#include "io/VCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <utility>

namespace rapport::core::vcard {

namespace {

// User-visible messages, translated in the "rapport::core::VCard" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::VCard)
};

// ---- Reading: physical lines to logical lines ---------------------------------

struct Line
{
    QString text;
    qint64 number = 0; // where it starts, 1-based
};

bool isQuotedPrintable(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    const QStringView head = colon < 0 ? line : line.left(colon);
    return head.contains(u"QUOTED-PRINTABLE", Qt::CaseInsensitive);
}

// Splits the text into physical lines (CRLF, LF or CR) and joins them into
// logical ones: a line starting with a space or tab continues the previous one
// (RFC 6350 folding), and a quoted-printable value ending in '=' continues on the
// next line whatever it starts with (vCard 2.1 soft line breaks).
class LineReader
{
public:
    explicit LineReader(const QString& text)
        : m_text(text)
    {}

    bool next(Line& line)
    {
        QStringView physical;
        do {
            if (!nextPhysical(physical))
                return false;
        } while (physical.isEmpty());
        line.number = m_number;
        line.text = physical.toString();
        const bool quotedPrintable = isQuotedPrintable(line.text);
        for (;;) {
            const qsizetype mark = m_pos;
            const qint64 number = m_number;
            QStringView following;
            if (!nextPhysical(following))
                break;
            if (quotedPrintable && line.text.endsWith(u'=')) {
                line.text.chop(1);
                line.text.append(following);
            } else if (!following.isEmpty()
                       && (following.front() == u' ' || following.front() == u'\t')) {
                line.text.append(following.mid(1));
            } else {
                m_pos = mark; // not a continuation: read it again next time
                m_number = number;
                break;
            }
        }
        return true;
    }

private:
    bool nextPhysical(QStringView& line)
    {
        if (m_pos >= m_text.size())
            return false;
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text.at(end) != u'\n' && m_text.at(end) != u'\r')
            ++end;
        line = QStringView(m_text).mid(m_pos, end - m_pos);
        if (end < m_text.size() && m_text.at(end) == u'\r' && end + 1 < m_text.size()
            && m_text.at(end + 1) == u'\n')
            ++end;
        m_pos = end + 1;
        ++m_number;
        return true;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
    qint64 m_number = 0;
};

// ---- Reading: one property ----------------------------------------------------

struct Property
{
    QString name; // upper case, without its group
    QString value;
    QString encoding; // upper case: "QUOTED-PRINTABLE", "B", "BASE64" or empty
    QString charset;
    QStringList types; // lower case
    bool preferred = false;
    bool uriValue = false;
};

// Splits at separator outside double quotes.
QList<QStringView> splitOutsideQuotes(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (text.at(i) == separator && !quoted) {
            parts.append(text.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.mid(start));
    return parts;
}

QString unquoted(QStringView text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.front() == u'"' && text.back() == u'"')
        text = text.mid(1, text.size() - 2);
    return text.toString();
}

bool parseProperty(const QString& line, Property& property)
{
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size() && colon < 0; ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u':' && !quoted)
            colon = i;
    }
    if (colon < 0)
        return false;
    const QList<QStringView> head = splitOutsideQuotes(QStringView(line).left(colon), u';');
    QStringView name = head.front().trimmed();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
        name = name.mid(dot + 1); // "item1.EMAIL"
    property.name = name.toString().toUpper();
    property.value = line.mid(colon + 1);
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QStringView parameter = head.at(i).trimmed();
        const qsizetype equals = parameter.indexOf(u'=');
        const QString key =
            (equals < 0 ? QStringView() : parameter.left(equals)).trimmed().toString().toUpper();
        const QString value = unquoted(equals < 0 ? parameter : parameter.mid(equals + 1));
        if (equals < 0) {
            // vCard 2.1 allows bare values: "TEL;WORK;PREF", "NOTE;QUOTED-PRINTABLE".
            const QString bare = value.toUpper();
            if (bare == u"QUOTED-PRINTABLE" || bare == u"BASE64" || bare == u"8BIT"
                || bare == u"7BIT")
                property.encoding = bare;
            else
                property.types.append(value.toLower());
        } else if (key == u"ENCODING") {
            property.encoding = value.toUpper();
        } else if (key == u"CHARSET") {
            property.charset = value;
        } else if (key == u"TYPE") {
            for (const QString& type : value.split(u','))
                property.types.append(type.trimmed().toLower());
        } else if (key == u"PREF") {
            property.preferred = true;
        } else if (key == u"VALUE") {
            property.uriValue = value.compare(u"uri", Qt::CaseInsensitive) == 0;
        }
    }
    property.preferred = property.preferred || property.types.contains(QStringLiteral("pref"));
    return true;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

QString decodeQuotedPrintable(const QString& value, const QString& charset)
{
    QByteArray bytes;
    bytes.reserve(value.size());
    qsizetype i = 0;
    while (i < value.size()) {
        if (value.at(i) == u'=' && i + 2 < value.size() && hexValue(value.at(i + 1)) >= 0
            && hexValue(value.at(i + 2)) >= 0) {
            bytes.append(char(hexValue(value.at(i + 1)) * 16 + hexValue(value.at(i + 2))));
            i += 3;
            continue;
        }
        // Anything else stands for itself (a lone '=' too, as lenient readers do).
        qsizetype end = value.indexOf(u'=', i + 1);
        if (end < 0)
            end = value.size();
        bytes.append(QStringView(value).mid(i, end - i).toUtf8());
        i = end;
    }
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    QString text = decoder.isValid() ? QString(decoder.decode(bytes)) : QString::fromUtf8(bytes);
    // Encoded line breaks are CRLF ("=0D=0A"); values use LF, as after "\n".
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

// Value escapes of vCard 3.0 and 4.0 (2.1 only escapes ';', which this covers).
// Unknown escapes stay as they were, so a "C:\temp" in a 2.1 note survives.
QString unescaped(QStringView value)
{
    if (!value.contains(u'\\'))
        return value.toString();
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            out.append(c);
            continue;
        }
        const QChar next = value.at(++i);
        if (next == u'n' || next == u'N')
            out.append(u'\n');
        else if (next == u'\\' || next == u',' || next == u';' || next == u':')
            out.append(next);
        else
            out.append(c).append(next);
    }
    return out;
}

// The components of a structured value (N, ADR, ORG), split at unescaped ';'.
QStringList components(const QString& value)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\') {
            ++i;
        } else if (value.at(i) == u';') {
            parts.append(unescaped(QStringView(value).mid(start, i - start)));
            start = i + 1;
        }
    }
    parts.append(unescaped(QStringView(value).mid(start)));
    return parts;
}

QString component(const QStringList& parts, qsizetype index)
{
    return index < parts.size() ? parts.at(index).trimmed() : QString();
}

// TEL holds text, or a tel: URI when VALUE=uri says so (or the value plainly is
// one, as some 4.0 exporters forget the parameter): "tel:+86-10-6552-9988;ext=12".
QString phoneNumber(const Property& p, const QString& value)
{
    QString number = unescaped(value).trimmed();
    if (!p.uriValue && !number.startsWith(u"tel:+", Qt::CaseInsensitive))
        return number;
    while (number.startsWith(u"tel:", Qt::CaseInsensitive))
        number = number.mid(4).trimmed();
    number.replace(QStringLiteral(";ext="), QStringLiteral(" ext. "));
    return number.trimmed();
}

bool isCjk(const QString& text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.begin(), codePoints.end(), [](uint cp) {
        return (cp >= 0x3040 && cp <= 0x30FF)       // kana
               || (cp >= 0x3400 && cp <= 0x9FFF)    // CJK ideographs
               || (cp >= 0xAC00 && cp <= 0xD7AF)    // Hangul syllables
               || (cp >= 0xF900 && cp <= 0xFAFF)    // CJK compatibility ideographs
               || (cp >= 0x20000 && cp <= 0x3FFFF); // ideographs beyond the BMP
    });
}

QString nameFromParts(const QString& family, const QString& given, const QString& middle)
{
    if (isCjk(family) || isCjk(given))
        return family + given;
    QStringList words;
    for (const QString& word : {given, middle, family}) {
        if (!word.isEmpty())
            words.append(word);
    }
    return words.join(u' ');
}

QString oneLineAddress(const QStringList& parts)
{
    // pobox;extended;street;locality;region;code;country, in reading order.
    QStringList pieces;
    for (const qsizetype index : {2, 1, 0, 3, 4, 5, 6}) {
        for (const QString& piece : component(parts, index).split(u'\n')) {
            if (!piece.trimmed().isEmpty())
                pieces.append(piece.trimmed());
        }
    }
    return pieces.join(QStringLiteral(", "));
}

// A card while it is being read: values with their preference, sorted at the end.
struct CardBuilder
{
    Contact contact;
    QList<std::pair<bool, QString>> emails;
    QList<std::pair<bool, QString>> phones;
    bool preferredAddress = false;
    bool hasAddress = false;
    QString additionalNames;

    void add(const Property& p)
    {
        if (p.encoding == u"B" || p.encoding == u"BASE64")
            return; // PHOTO, LOGO, KEY, SOUND: binary, and nothing we store
        const QString value =
            p.encoding == u"QUOTED-PRINTABLE" ? decodeQuotedPrintable(p.value, p.charset) : p.value;
        if (p.name == u"FN") {
            if (contact.formattedName.isEmpty())
                contact.formattedName = unescaped(value).trimmed();
        } else if (p.name == u"N") {
            const QStringList parts = components(value);
            contact.familyName = component(parts, 0);
            contact.givenName = component(parts, 1);
            additionalNames = component(parts, 2);
        } else if (p.name == u"ORG") {
            if (contact.organization.isEmpty())
                contact.organization = component(components(value), 0);
        } else if (p.name == u"EMAIL") {
            const QString email = unescaped(value).trimmed();
            if (!email.isEmpty())
                emails.append({p.preferred, email});
        } else if (p.name == u"TEL") {
            const QString number = phoneNumber(p, value);
            if (!number.isEmpty())
                phones.append({p.preferred, number});
        } else if (p.name == u"ADR") {
            if (!hasAddress || (p.preferred && !preferredAddress)) {
                const QString address = oneLineAddress(components(value));
                if (!address.isEmpty()) {
                    contact.address = address;
                    hasAddress = true;
                    preferredAddress = p.preferred;
                }
            }
        } else if (p.name == u"NOTE") {
            const QString note = unescaped(value);
            if (!note.trimmed().isEmpty()) {
                if (!contact.note.isEmpty())
                    contact.note.append(u'\n');
                contact.note.append(note);
            }
        }
    }

    static QStringList preferredFirst(QList<std::pair<bool, QString>> values)
    {
        std::stable_partition(values.begin(), values.end(),
                              [](const auto& entry) { return entry.first; });
        QStringList out;
        out.reserve(values.size());
        for (const auto& entry : values)
            out.append(entry.second);
        return out;
    }

    Contact finish()
    {
        contact.emails = preferredFirst(emails);
        contact.phones = preferredFirst(phones);
        if (contact.formattedName.isEmpty())
            contact.formattedName =
                nameFromParts(contact.familyName, contact.givenName, additionalNames);
        return contact;
    }
};

Error lineError(const QString& message)
{
    return Error::make(Error::Code::Validation, message);
}

// ---- Writing ------------------------------------------------------------------

QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u',' || c == u';') {
            out.append(u'\\').append(c);
        } else if (c == u'\r' || c == u'\n') {
            out.append(QStringLiteral("\\n"));
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

int utf8Length(char32_t codePoint)
{
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

// Appends one content line, folded so that no physical line exceeds 75 octets of
// UTF-8 (RFC 6350 3.2); a continuation starts with a space, which counts.
void appendFolded(QString& out, const QString& line)
{
    constexpr int kMaxOctets = 75;
    int octets = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const qsizetype units =
            (line.at(i).isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate())
                ? 2
                : 1;
        const char32_t codePoint =
            units == 2 ? QChar::surrogateToUcs4(line.at(i), line.at(i + 1)) : line.at(i).unicode();
        const int length = utf8Length(codePoint);
        if (octets + length > kMaxOctets) {
            out.append(QStringLiteral("\r\n "));
            octets = 1;
        }
        out.append(QStringView(line).mid(i, units));
        octets += length;
        i += units - 1;
    }
    out.append(QStringLiteral("\r\n"));
}

} // namespace

Result<QList<Contact>> read(const QString& text)
{
    QList<Contact> contacts;
    LineReader reader(text);
    Line line;
    std::optional<CardBuilder> card;
    while (reader.next(line)) {
        Property property;
        if (!parseProperty(line.text, property))
            continue; // stray text, e.g. unindented base64 of old exporters
        const bool isVCard = property.value.trimmed().compare(u"VCARD", Qt::CaseInsensitive) == 0;
        if (property.name == u"BEGIN" && isVCard) {
            if (card) {
                return lineError(Text::tr("Line %1: the card that begins there has no "
                                          "END:VCARD before the next BEGIN:VCARD (line %2).")
                                     .arg(card->contact.line)
                                     .arg(line.number));
            }
            card.emplace();
            card->contact.line = line.number;
        } else if (property.name == u"END" && isVCard) {
            if (!card) {
                return lineError(
                    Text::tr("Line %1: END:VCARD without BEGIN:VCARD.").arg(line.number));
            }
            contacts.append(card->finish());
            card.reset();
        } else if (card) {
            card->add(property);
        }
    }
    if (card) {
        return lineError(Text::tr("Line %1: BEGIN:VCARD without END:VCARD (the file ends first).")
                             .arg(card->contact.line));
    }
    return contacts;
}

QString write(const QList<Contact>& contacts)
{
    QString out;
    for (const Contact& c : contacts) {
        const QString name = c.formattedName.isEmpty()
                                 ? nameFromParts(c.familyName, c.givenName, QString())
                                 : c.formattedName;
        appendFolded(out, QStringLiteral("BEGIN:VCARD"));
        appendFolded(out, QStringLiteral("VERSION:4.0"));
        appendFolded(out, QStringLiteral("FN:") + escaped(name));
        if (!c.familyName.isEmpty() || !c.givenName.isEmpty()) {
            appendFolded(out, QStringLiteral("N:") + escaped(c.familyName) + u';'
                                  + escaped(c.givenName) + QStringLiteral(";;;"));
        }
        if (!c.organization.isEmpty())
            appendFolded(out, QStringLiteral("ORG:") + escaped(c.organization));
        for (const QString& email : c.emails)
            appendFolded(out, QStringLiteral("EMAIL:") + escaped(email));
        for (const QString& phone : c.phones)
            appendFolded(out, QStringLiteral("TEL;TYPE=voice:") + escaped(phone));
        if (!c.address.isEmpty())
            appendFolded(out,
                         QStringLiteral("ADR:;;") + escaped(c.address) + QStringLiteral(";;;;"));
        if (!c.note.isEmpty())
            appendFolded(out, QStringLiteral("NOTE:") + escaped(c.note));
        appendFolded(out, QStringLiteral("END:VCARD"));
    }
    return out;
}

} // namespace rapport::core::vcard
