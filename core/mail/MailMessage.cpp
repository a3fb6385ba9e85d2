#include "mail/MailMessage.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdlib>
#include <cstring>
#include <optional>

namespace rapport::core::mail {

namespace {

// User-visible messages, translated in the "rapport::core::mail::MailMessage" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mail::MailMessage)
};

// RFC 5322 allows 78 characters per line; we fold at 76 as RFC 2047 asks for
// lines holding encoded words, and use the same limit everywhere so one
// number governs every header line we write.
constexpr int kMaxHeaderLine = 76;
// RFC 2047: an encoded word is at most 75 characters.
constexpr int kMaxEncodedWord = 75;
// RFC 5322 hard limit, without the CRLF.
constexpr int kMaxLine = 998;
// RFC 2045: quoted-printable lines are at most 76 characters.
constexpr int kMaxQpLine = 76;

constexpr char kCrlf[] = "\r\n";

// Headers buildMime() writes itself, and those naming other senders or
// recipients: an extra header with one of these names would make a second,
// conflicting copy that readers resolve differently, or add recipients.
const char* const kReservedHeaders[] = {
    "date",
    "from",
    "to",
    "cc",
    "bcc",
    "subject",
    "message-id",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "list-unsubscribe",
    "sender",
};

Error invalid(const QString& field, QString message)
{
    Error e = Error::make(Error::Code::InvalidArgument, std::move(message));
    e.field = field;
    return e;
}

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 5322 atext: what an atom (and the local part of an address) is made of.
bool isAtext(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-/=?^_`{|}~", c) != nullptr;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

// CR, LF, tabs and every other control character become spaces, so nothing
// the user typed can end a header line; leading and trailing blanks go, since
// header parsers drop them anyway.
QString sanitized(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(isControl(c.unicode()) ? QChar(u' ') : c);
    return out.trimmed();
}

bool isAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// How many UTF-8 bytes fit into one encoded word when `used` columns of the
// line are taken: "=?UTF-8?B?" + base64 + "?=", base64 in whole quanta.
int encodedWordCapacity(int used)
{
    const int wordLength = std::min(kMaxEncodedWord, kMaxHeaderLine - used);
    const int base64Length = wordLength - 12;
    return base64Length < 4 ? 0 : base64Length / 4 * 3;
}

QByteArray encodedWord(const QByteArray& utf8)
{
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

// RFC 2047 B words for the whole of `text`, one per line, folded with CRLF +
// space. Words end only between characters (a character's UTF-8 bytes are
// never split), since decoders may decode each word on its own.
QByteArray encodedWords(const QString& text, int used)
{
    QByteArray out;
    QByteArray chunk;
    int capacity = encodedWordCapacity(used);
    const auto flush = [&] {
        out += encodedWord(chunk);
        chunk.clear();
        out += "\r\n ";
        capacity = encodedWordCapacity(1);
    };
    if (capacity < 4) {
        // The header name leaves no room for even one character: start on
        // the next line.
        out += "\r\n ";
        capacity = encodedWordCapacity(1);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            length = 2;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > capacity)
            flush();
        chunk += character;
    }
    out += encodedWord(chunk);
    return out;
}

// Folds ASCII text at its blanks so no line passes kMaxHeaderLine; nothing if
// a single word is too long for that (the caller then encodes instead).
std::optional<QByteArray> foldPlain(const QByteArray& text, int used)
{
    QByteArray out;
    int column = used;
    qsizetype i = 0;
    bool first = true;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && isWsp(text.at(i)))
            ++i;
        while (i < text.size() && !isWsp(text.at(i)))
            ++i;
        const QByteArray token = text.mid(start, i - start);
        // Folding means a CRLF before a blank, so the blank starts the next line.
        if (!first && column + token.size() > kMaxHeaderLine) {
            out += kCrlf;
            column = 0;
        }
        out += token;
        column += int(token.size());
        if (column > kMaxHeaderLine)
            return std::nullopt;
        first = false;
    }
    return out;
}

// Unstructured text (a subject, an extra header value) after sanitizing.
// "=?" in plain text would be decoded by readers as if it were an encoded
// word, so such text is encoded too.
QByteArray encodeUnstructured(const QString& clean, int used)
{
    if (isAscii(clean) && !clean.contains(QLatin1String("=?"))) {
        if (auto folded = foldPlain(clean.toLatin1(), used))
            return *folded;
    }
    return encodedWords(clean, used);
}

// A display name as an RFC 5322 phrase: atoms as they are, other ASCII as a
// quoted-string, both folded at their blanks; anything else (or a word too
// long for a line) as encoded words.
QByteArray encodePhrase(const QString& name, int used)
{
    const QString clean = sanitized(name);
    if (isAscii(clean) && !clean.contains(QLatin1String("=?"))) {
        const QByteArray ascii = clean.toLatin1();
        bool atoms = true;
        for (qsizetype i = 0; i < ascii.size() && atoms; ++i) {
            const char c = ascii.at(i);
            atoms = isAtext(c) || (c == ' ' && i > 0 && ascii.at(i - 1) != ' ');
        }
        QByteArray phrase;
        if (atoms) {
            phrase = ascii;
        } else {
            phrase = "\"";
            for (const char c : ascii) {
                if (c == '"' || c == '\\')
                    phrase += '\\';
                phrase += c;
            }
            phrase += '"';
        }
        // Folding inside a quoted-string is fine: unfolding only drops the CRLF.
        if (auto folded = foldPlain(phrase, used))
            return *folded;
    }
    return encodedWords(clean, used);
}

int lastLineLength(const QByteArray& folded, int used)
{
    const qsizetype crlf = folded.lastIndexOf(kCrlf);
    return crlf < 0 ? used + int(folded.size()) : int(folded.size() - crlf - 2);
}

// "Name: phrase <address>" (or "Name: address" without a name), folded.
QByteArray mailboxHeader(const char* name, const Mailbox& mailbox)
{
    QByteArray line = QByteArray(name) + ": ";
    const QByteArray address = mailbox.address.toLatin1();
    if (sanitized(mailbox.name).isEmpty())
        return line + address + kCrlf;
    const int used = int(line.size());
    const QByteArray phrase = encodePhrase(mailbox.name, used);
    line += phrase;
    const QByteArray angle = "<" + address + ">";
    if (lastLineLength(phrase, used) + 1 + angle.size() > kMaxHeaderLine)
        line += kCrlf;
    return line + " " + angle + kCrlf;
}

// A Message-ID as RFC 5322 wants it: "<left@right>", printable ASCII without
// blanks, quotes, backslashes or further angle brackets.
bool isValidMessageId(const QString& id)
{
    if (id.size() < 5 || id.size() > 250 || !id.startsWith(u'<') || !id.endsWith(u'>'))
        return false;
    const QString inner = id.mid(1, id.size() - 2);
    const qsizetype at = inner.indexOf(u'@');
    if (at <= 0 || at == inner.size() - 1)
        return false;
    for (const QChar c : inner) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f || u == u'<' || u == u'>' || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

// List-Unsubscribe: printable ASCII (URIs are percent-encoded), folded only at
// the blanks it already has, since a blank inserted inside "<...>" would
// change the URI for some readers.
std::optional<QByteArray> listUnsubscribeHeader(const QString& value)
{
    if (value.trimmed().isEmpty())
        return std::nullopt;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return std::nullopt;
    }
    static constexpr char name[] = "List-Unsubscribe: ";
    QByteArray out = name;
    int column = int(sizeof(name) - 1);
    const QStringList parts = value.trimmed().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).toLatin1();
        if (i > 0) {
            if (column + 1 + part.size() > kMaxHeaderLine) {
                out += kCrlf;
                column = 0;
            }
            out += ' ';
            ++column;
        }
        out += part;
        column += int(part.size());
        if (column > kMaxLine)
            return std::nullopt;
    }
    return out + kCrlf;
}

// RFC 5322 ftext, and not longer than leaves room for a value on its line.
bool isValidHeaderName(const QByteArray& name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const char c : name) {
        if (c < 33 || c > 126 || c == ':')
            return false;
    }
    const QByteArray lower = name.toLower();
    for (const char* reserved : kReservedHeaders) {
        if (lower == reserved)
            return false;
    }
    return true;
}

// RFC 5322 date-time, always in English whatever the user's locale.
QByteArray rfc5322Date(const QDateTime& date)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    // The zone is written in whole minutes; show the wall-clock time of that offset.
    const int offsetMinutes = date.offsetFromUtc() / 60;
    const QDateTime local = date.toOffsetFromUtc(offsetMinutes * 60);
    const QDate d = local.date();
    const QTime t = local.time();
    const int absMinutes = std::abs(offsetMinutes);
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", days[d.dayOfWeek() - 1],
                             d.day(), months[d.month() - 1], d.year(), t.hour(), t.minute(),
                             t.second(), offsetMinutes < 0 ? '-' : '+', absMinutes / 60,
                             absMinutes % 60)
        .toLatin1();
}

// The boundary contains "=_", which quoted-printable output can never hold
// ('=' there is always followed by a hex digit or a line break), so it
// cannot occur in either body; the random part keeps nested or forwarded
// copies of our own mail apart.
QByteArray newBoundary()
{
    QByteArray random(16, '\0');
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = char(QRandomGenerator::system()->bounded(256));
    return "=_Rapport_" + random.toHex();
}

QByteArray textPartHeaders(const char* subtype)
{
    return QByteArray("Content-Type: text/") + subtype + "; charset=UTF-8\r\n"
           + "Content-Transfer-Encoding: quoted-printable\r\n";
}

} // namespace

bool isValidAddress(const QString& address)
{
    if (address.size() > 254 || !isAscii(address))
        return false;
    const QByteArray ascii = address.toLatin1();
    const qsizetype at = ascii.indexOf('@');
    if (at <= 0 || at > 64 || ascii.indexOf('@', at + 1) >= 0)
        return false;
    // Local part: a dot-atom (atext runs joined by single dots).
    const QByteArray local = ascii.left(at);
    if (local.startsWith('.') || local.endsWith('.') || local.contains(".."))
        return false;
    for (const char c : local) {
        if (c != '.' && !isAtext(c))
            return false;
    }
    // Domain: host name labels (letters, digits, inner hyphens), at least two.
    const QList<QByteArray> labels = ascii.mid(at + 1).split('.');
    if (labels.size() < 2)
        return false;
    for (const QByteArray& label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (const char c : label) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9') || c == '-';
            if (!ok)
                return false;
        }
    }
    return true;
}

QByteArray encodeHeaderText(const QString& text, int headerNameLength)
{
    return encodeUnstructured(sanitized(text), headerNameLength);
}

QByteArray quotedPrintable(const QString& text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');

    QByteArray out;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (n > 0)
            out += kCrlf;
        const QByteArray bytes = lines.at(n).toUtf8();
        int column = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes.at(i);
            const bool last = i == bytes.size() - 1;
            // The last character needs no room for a soft break after it.
            const int limit = last ? kMaxQpLine : kMaxQpLine - 1;
            for (;;) {
                // Encoded: '=', non-printables, blanks that would end a line
                // (transports strip them), and at the start of a line a '.'
                // (SMTP dot-stuffing) or "From " (mbox files mangle it).
                const bool encode = c == '=' || ((c < 33 || c > 126) && !isWsp(c))
                                    || (isWsp(c) && last)
                                    || (column == 0 && (c == '.' || bytes.mid(i, 5) == "From "));
                const int width = encode ? 3 : 1;
                if (column + width > limit) {
                    out += "=\r\n";
                    column = 0;
                    continue; // the rules for a line start may now apply
                }
                if (encode) {
                    out += '=';
                    out += QByteArray(1, c).toHex().toUpper();
                } else {
                    out += c;
                }
                column += width;
                break;
            }
        }
    }
    return out;
}

QString newMessageId(const QString& fromAddress)
{
    QString domain = QStringLiteral("localhost");
    if (isValidAddress(fromAddress))
        domain = fromAddress.mid(fromAddress.indexOf(u'@') + 1).toLower();
    QRandomGenerator* random = QRandomGenerator::system();
    const QString left =
        QString::asprintf("%016llx%016llx", static_cast<unsigned long long>(random->generate64()),
                          static_cast<unsigned long long>(random->generate64()));
    return u'<' + left + u'@' + domain + u'>';
}

Result<QByteArray> buildMime(const MailMessage& message)
{
    if (!isValidAddress(message.from.address))
        return invalid(QStringLiteral("from"),
                       Text::tr("The sender address \"%1\" is not a valid e-mail address.")
                           .arg(sanitized(message.from.address)));
    if (!isValidAddress(message.to.address))
        return invalid(QStringLiteral("to"),
                       Text::tr("The recipient address \"%1\" is not a valid e-mail address.")
                           .arg(sanitized(message.to.address)));
    if (!isValidMessageId(message.messageId))
        return invalid(QStringLiteral("message_id"),
                       Text::tr("The message id must look like <random@domain>."));
    const std::optional<QByteArray> listUnsubscribe =
        listUnsubscribeHeader(message.listUnsubscribe);
    if (!listUnsubscribe)
        return invalid(QStringLiteral("list_unsubscribe"),
                       Text::tr("The List-Unsubscribe value is missing or not a list of <URI>s."));
    if (!message.date.isValid())
        return invalid(QStringLiteral("date"), Text::tr("The message has no valid date."));

    QByteArray out;
    out += "Date: " + rfc5322Date(message.date) + kCrlf;
    out += mailboxHeader("From", message.from);
    out += mailboxHeader("To", message.to);
    out += "Subject: " + encodeHeaderText(message.subject, 9) + kCrlf;
    out += "Message-ID: " + message.messageId.toLatin1() + kCrlf;
    out += *listUnsubscribe;
    for (const auto& [name, value] : message.extraHeaders) {
        if (!isValidHeaderName(name))
            return invalid(QStringLiteral("header"),
                           Text::tr("\"%1\" cannot be used as a header name.")
                               .arg(sanitized(QString::fromLatin1(name))));
        out += name + ": " + encodeHeaderText(value, int(name.size()) + 2) + kCrlf;
    }
    out += "MIME-Version: 1.0\r\n";

    if (message.html.isEmpty()) {
        out += textPartHeaders("plain");
        out += kCrlf;
        out += quotedPrintable(message.text);
        if (!out.endsWith(kCrlf))
            out += kCrlf;
        return out;
    }

    const QByteArray boundary = newBoundary();
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    out += kCrlf;
    out += "This is a multi-part message in MIME format.\r\n";
    out += "\r\n--" + boundary + kCrlf;
    out += textPartHeaders("plain");
    out += kCrlf;
    out += quotedPrintable(message.text);
    out += "\r\n--" + boundary + kCrlf;
    out += textPartHeaders("html");
    out += kCrlf;
    out += quotedPrintable(message.html);
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

} // namespace rapport::core::mail
