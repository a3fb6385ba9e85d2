#include "PythonMime.h"

#include "mail/MailMessage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport::core;
using namespace rapport::core::mail;
using namespace Qt::StringLiterals;

namespace {

MailMessage baseMessage()
{
    MailMessage m;
    m.from = {u"Rapport Shop"_s, u"shop@example.com"_s};
    m.to = {u"Li Lei"_s, u"li@example.cn"_s};
    m.subject = u"Autumn sale"_s;
    m.text = u"Hello\nSee you"_s;
    m.html = u"<p>Hello</p>"_s;
    m.messageId = u"<0123456789abcdef@example.com>"_s;
    m.date = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600);
    m.listUnsubscribe = u"<mailto:shop@example.com?subject=unsubscribe%20TOKEN>"_s;
    m.extraHeaders = {{"X-Rapport-Outbox", u"1b4e28ba-2fa1-11d2-883f-0016d3cca427"_s}};
    return m;
}

QJsonObject parseWithPython(const QByteArray& mime)
{
    return rapport::testing::parseMime(mime);
}

// RFC 5322: CRLF only; no line over 998 octets; header lines within 78.
void checkLines(const QByteArray& mime)
{
    for (qsizetype i = 0; i < mime.size(); ++i) {
        if (mime.at(i) == '\n')
            QVERIFY2(i > 0 && mime.at(i - 1) == '\r', "bare LF");
        if (mime.at(i) == '\r')
            QVERIFY2(i + 1 < mime.size() && mime.at(i + 1) == '\n', "bare CR");
    }
    QVERIFY(mime.endsWith("\r\n"));
    bool inHeaders = true;
    const QList<QByteArray> lines = mime.split('\n');
    for (QByteArray line : lines) {
        line.chop(1); // the CR
        QVERIFY2(line.size() <= 998, line.constData());
        if (line.isEmpty())
            inHeaders = false;
        if (inHeaders)
            QVERIFY2(line.size() <= 78, line.constData());
        if (line.startsWith("--"))
            inHeaders = true; // a part's headers follow its boundary line
    }
}

// One mailbox as Python read it. "name_rfc2047" is decoded as RFC 2047
// section 6.2 says (blanks between adjacent encoded words dropped); Python
// 3.11's modern parser keeps such a blank in display names (CPython
// gh-128110), so its "name" is compared without blanks.
void checkMailbox(const QJsonArray& parsed, const Mailbox& expected)
{
    QCOMPARE(parsed.size(), 1);
    const QJsonObject mailbox = parsed.first().toObject();
    QCOMPARE(mailbox[u"address"_s].toString(), expected.address);
    QCOMPARE(mailbox[u"name_rfc2047"_s].toString(), expected.name);
    const auto withoutBlanks = [](QString s) {
        return s.remove(u' ');
    };
    QCOMPARE(withoutBlanks(mailbox[u"name"_s].toString()), withoutBlanks(expected.name));
}

QString withLf(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

// What a reader should see of a header text we were given.
QString cleaned(QString text)
{
    for (QChar& c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return text.trimmed();
}

QByteArray word(const QString& text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

class TestMimeMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonReadsWhatWeWrite_data()
    {
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("toName");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");

        const QString longLine = QString(u"Lorem ipsum dolor sit amet, 价格=¥99 "_s).repeated(12);
        QTest::addRow("ascii") << u"Rapport Shop"_s << u"Li Lei"_s << u"Autumn sale"_s
                               << u"Hello\nSee you"_s << u"<p>Hello</p>"_s;
        QTest::addRow("chinese long subject and names")
            << u"上海贸易有限公司市场部"_s << u"王小明"_s
            << u"【双十一特惠】尊敬的客户，您好！本店所有商品限时八折优惠，会员再享额外积分奖励，欢迎选购"_s
            << u"您好，\n欢迎光临。"_s << u"<p>您好，欢迎光临。</p>"_s;
        QTest::addRow("long chinese name") << u"上海浦东新区国际贸易发展有限公司市场营销部门"_s
                                           << u"欧阳·娜娜"_s << u"新品"_s << u"x"_s << u"y"_s;
        QTest::addRow("quotes and commas in names")
            << uR"(Smith, John "Jack")"_s << uR"(O'Neil (Sales) \ Team)"_s
            << uR"(Re: offer; 50% off, "today")"_s << u"x"_s << u"<b>x</b>"_s;
        QTest::addRow("emoji")
            << u"Party 🎉 Shop"_s << u"Zoë 🌸"_s
            << u"🎉 Party time 🎂 for you 👨‍👩‍👧 and 😀😀😀😀😀😀😀😀😀😀😀😀"_s
            << u"Cake 🍰\nBye"_s << u"<p>🎉</p>"_s;
        QTest::addRow("long lines") << u"Shop"_s << u"Li"_s << u"Long"_s << longLine
                                    << u"<p>"_s + longLine.repeated(2) + u"</p>"_s;
        QTest::addRow("dot at line start")
            << u"Shop"_s << u"Li"_s << u"Dots"_s << u"first\n.\n.hidden\n..double\n"_s
            << u"<p>\n.dot</p>"_s;
        QTest::addRow("equals signs")
            << u"Shop"_s << u"Li"_s << u"a = b"_s << u"a=b\n=41\n==\n= end ="_s
            << u"<a href=\"https://x.y/?a=1&b=2\">x</a>"_s;
        QTest::addRow("trailing spaces") << u"Shop"_s << u"Li"_s << u"Spaces"_s
                                         << u"space \ntab\t\nboth \t \nend  "_s << u"<p> </p>  "_s;
        QTest::addRow("text only")
            << u"Shop"_s << u"Li"_s << u"Only text"_s << u"Only text\nline 2"_s << QString();
        QTest::addRow("text only ending in a newline")
            << u"Shop"_s << u"Li"_s << u"Only text"_s << u"Only text\n"_s << QString();
        QTest::addRow("mixed line endings")
            << u"Shop"_s << u"Li"_s << u"EOL"_s << u"a\r\nb\rc\n"_s << u"<p>\r\n</p>"_s;
        QTest::addRow("boundary look-alike") << u"Shop"_s << u"Li"_s << u"Parts"_s
                                             << u"--=_Rapport_00\n--\n"_s << u"--=_Rapport_00--"_s;
        QTest::addRow("encoded-word look-alikes")
            << u"=?UTF-8?B?SGk=?="_s << u"Li"_s << u"=?UTF-8?B?SGk=?= is not encoded"_s << u"x"_s
            << u"y"_s;
        QTest::addRow("From at line start")
            << u"Shop"_s << u"Li"_s << u"From"_s << u"From here on\nFrom"_s << u"From x"_s;
        QTest::addRow("long ascii subject")
            << u"Shop"_s << u"Li"_s
            << u"Our autumn catalogue is here with more than two hundred new products, "
               "free delivery on orders over fifty euros and a gift for every member"_s
            << u"x"_s << u"y"_s;
        QTest::addRow("long ascii word")
            << u"Shop"_s << u"Li"_s << u"x"_s.repeated(120) << u"x"_s << u"y"_s;
        QTest::addRow("long ascii name")
            << u"The Very Long Name Of A Trading Company Limited, Marketing Department"_s << u"Li"_s
            << u"Hi"_s << u"x"_s << u"y"_s;
        QTest::addRow("no display names") << QString() << QString() << u"Hi"_s << u"x"_s << u"y"_s;
        QTest::addRow("control characters")
            << u"Shop\tNews"_s << u"Li\x01Lei"_s << u"Tab\there"_s << u"x"_s << u"y"_s;
    }

    void pythonReadsWhatWeWrite()
    {
        QFETCH(QString, fromName);
        QFETCH(QString, toName);
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, html);

        MailMessage message = baseMessage();
        message.from.name = fromName;
        message.to.name = toName;
        message.subject = subject;
        message.text = text;
        message.html = html;
        const Result<QByteArray> mime = buildMime(message);
        QVERIFY2(mime.ok(), qPrintable(mime.error().message));
        checkLines(*mime);

        const QJsonObject parsed = parseWithPython(*mime);
        QVERIFY(!parsed.isEmpty());
        QCOMPARE(parsed[u"defects"_s].toArray(), QJsonArray());
        QCOMPARE(parsed[u"mime_version"_s].toString(), u"1.0"_s);
        QCOMPARE(parsed[u"subject"_s].toString(), cleaned(subject));
        checkMailbox(parsed[u"from"_s].toArray(), {cleaned(fromName), message.from.address});
        checkMailbox(parsed[u"to"_s].toArray(), {cleaned(toName), message.to.address});
        QCOMPARE(parsed[u"message_id"_s].toString(), message.messageId);
        QCOMPARE(parsed[u"date"_s].toString(), u"Wed, 25 Nov 2026 09:00:00 +0800"_s);
        QCOMPARE(parsed[u"list_unsubscribe"_s].toString(), message.listUnsubscribe);
        QCOMPARE(parsed[u"headers"_s][u"X-Rapport-Outbox"_s].toString(),
                 message.extraHeaders.first().second);
        QVERIFY(parsed[u"bcc"_s].isNull());

        QString expectedText = withLf(text);
        if (html.isEmpty()) {
            QCOMPARE(parsed[u"content_types"_s].toArray(), QJsonArray({u"text/plain"_s}));
            // A message ends with a line break, which a lone part's body keeps.
            if (!expectedText.endsWith(u'\n'))
                expectedText += u'\n';
            QVERIFY(parsed[u"html"_s].isNull());
        } else {
            QCOMPARE(parsed[u"content_types"_s].toArray(),
                     QJsonArray({u"multipart/alternative"_s, u"text/plain"_s, u"text/html"_s}));
            QCOMPARE(withLf(parsed[u"html"_s].toString()), withLf(html));
        }
        // Python keeps the CRLFs of the wire form; readers show them as line breaks.
        QCOMPARE(withLf(parsed[u"text"_s].toString()), expectedText);
        for (const QJsonValue charset : parsed[u"charsets"_s].toArray())
            QCOMPARE(charset.toString(), u"utf-8"_s);
        for (const QJsonValue cte : parsed[u"transfer_encodings"_s].toArray())
            QCOMPARE(cte.toString(), u"quoted-printable"_s);
    }

    void headerInjectionIsRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");

        QTest::addRow("to with CRLF") << u"to"_s << u"a@b.c\r\nBcc: x@y.z"_s << u"to"_s;
        QTest::addRow("to with LF") << u"to"_s << u"a@b.c\nBcc: x@y.z"_s << u"to"_s;
        QTest::addRow("to not an address") << u"to"_s << u"Li Lei"_s << u"to"_s;
        QTest::addRow("from with CR") << u"from"_s << u"shop@example.com\r"_s << u"from"_s;
        QTest::addRow("from empty") << u"from"_s << QString() << u"from"_s;
        QTest::addRow("message id with CRLF")
            << u"messageId"_s << u"<a@b>\r\nBcc: x@y.z"_s << u"message_id"_s;
        QTest::addRow("message id empty") << u"messageId"_s << QString() << u"message_id"_s;
        QTest::addRow("message id without brackets")
            << u"messageId"_s << u"a@b"_s << u"message_id"_s;
        QTest::addRow("list-unsubscribe with CRLF")
            << u"listUnsubscribe"_s << u"<mailto:a@b.c>\r\nBcc: x@y.z"_s << u"list_unsubscribe"_s;
        QTest::addRow("list-unsubscribe empty")
            << u"listUnsubscribe"_s << QString() << u"list_unsubscribe"_s;
        QTest::addRow("header name with CRLF") << u"headerName"_s << u"X-A\r\nBcc"_s << u"header"_s;
        QTest::addRow("header name with colon") << u"headerName"_s << u"X-A: b"_s << u"header"_s;
        QTest::addRow("header name empty") << u"headerName"_s << QString() << u"header"_s;
        QTest::addRow("header name Bcc") << u"headerName"_s << u"bcc"_s << u"header"_s;
        QTest::addRow("header name Subject") << u"headerName"_s << u"Subject"_s << u"header"_s;
        QTest::addRow("no date") << u"date"_s << QString() << u"date"_s;
    }

    void headerInjectionIsRefused()
    {
        QFETCH(QString, target);
        QFETCH(QString, value);
        QFETCH(QString, field);

        MailMessage message = baseMessage();
        if (target == u"to"_s)
            message.to.address = value;
        else if (target == u"from"_s)
            message.from.address = value;
        else if (target == u"messageId"_s)
            message.messageId = value;
        else if (target == u"listUnsubscribe"_s)
            message.listUnsubscribe = value;
        else if (target == u"headerName"_s)
            message.extraHeaders.append({value.toLatin1(), u"v"_s});
        else if (target == u"date"_s)
            message.date = QDateTime();
        const Result<QByteArray> mime = buildMime(message);
        QVERIFY(!mime.ok());
        QCOMPARE(mime.error().code, Error::Code::InvalidArgument);
        QCOMPARE(mime.error().field, field);
        QVERIFY(!mime.error().message.isEmpty());
    }

    void controlCharactersCannotStartAHeader_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addRow("subject") << u"subject"_s;
        QTest::addRow("to name") << u"toName"_s;
        QTest::addRow("from name") << u"fromName"_s;
        QTest::addRow("extra header value") << u"extra"_s;
    }

    void controlCharactersCannotStartAHeader()
    {
        QFETCH(QString, target);
        const QString evil = u"Hello\r\nBcc: evil@x.y\r\n\r\nbody"_s;
        MailMessage message = baseMessage();
        if (target == u"subject"_s)
            message.subject = evil;
        else if (target == u"toName"_s)
            message.to.name = evil;
        else if (target == u"fromName"_s)
            message.from.name = evil;
        else
            message.extraHeaders.first().second = evil;
        const Result<QByteArray> mime = buildMime(message);
        QVERIFY2(mime.ok(), qPrintable(mime.error().message));
        checkLines(*mime);
        QVERIFY(!mime->contains("\nBcc"));

        const QJsonObject parsed = parseWithPython(*mime);
        QVERIFY(!parsed.isEmpty());
        QCOMPARE(parsed[u"defects"_s].toArray(), QJsonArray());
        QVERIFY(parsed[u"bcc"_s].isNull());
        QVERIFY(!parsed[u"header_names"_s].toArray().contains(u"Bcc"_s));
        const QString expected = u"Hello  Bcc: evil@x.y    body"_s;
        if (target == u"subject"_s)
            QCOMPARE(parsed[u"subject"_s].toString(), expected);
        else if (target == u"toName"_s)
            checkMailbox(parsed[u"to"_s].toArray(), {expected, message.to.address});
        else if (target == u"fromName"_s)
            checkMailbox(parsed[u"from"_s].toArray(), {expected, message.from.address});
        else
            QCOMPARE(parsed[u"headers"_s][u"X-Rapport-Outbox"_s].toString(), expected);
        QCOMPARE(withLf(parsed[u"text"_s].toString()), message.text);
    }

    void dateIsRfc5322InEnglish_data()
    {
        QTest::addColumn<QDateTime>("date");
        QTest::addColumn<QString>("expected");
        QTest::addRow("China") << QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::OffsetFromUTC,
                                            8 * 3600)
                               << u"Wed, 25 Nov 2026 09:00:00 +0800"_s;
        QTest::addRow("Newfoundland") << QDateTime(QDate(2027, 1, 3), QTime(23, 59, 58),
                                                   Qt::OffsetFromUTC, -(3 * 3600 + 1800))
                                      << u"Sun, 03 Jan 2027 23:59:58 -0330"_s;
        QTest::addRow("UTC") << QDateTime(QDate(2026, 2, 1), QTime(0, 0, 5), Qt::UTC)
                             << u"Sun, 01 Feb 2026 00:00:05 +0000"_s;
    }

    void dateIsRfc5322InEnglish()
    {
        QFETCH(QDateTime, date);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        MailMessage message = baseMessage();
        message.date = date;
        const Result<QByteArray> mime = buildMime(message);
        QLocale::setDefault(before);
        QVERIFY(mime.ok());
        QVERIFY(mime->startsWith("Date: " + expected.toLatin1() + "\r\n"));
        const QJsonObject parsed = parseWithPython(*mime);
        QCOMPARE(parsed[u"date"_s].toString(), expected);
        QCOMPARE(parsed[u"defects"_s].toArray(), QJsonArray());
    }

    void boundaryIsRandom()
    {
        const QRegularExpression boundary(u"boundary=\"([^\"]+)\""_s);
        const QByteArray a = buildMime(baseMessage()).value();
        const QByteArray b = buildMime(baseMessage()).value();
        const auto ma = boundary.match(QString::fromLatin1(a));
        const auto mb = boundary.match(QString::fromLatin1(b));
        QVERIFY(ma.hasMatch() && mb.hasMatch());
        QVERIFY(ma.captured(1) != mb.captured(1));
        QVERIFY(ma.captured(1).size() <= 70);
        // Delimiter lines: two openings and the closing one.
        QCOMPARE(a.count("\r\n--" + ma.captured(1).toLatin1()), qsizetype(3));
    }

    void quotedPrintable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        const QString a = u"a"_s;
        QTest::addRow("empty") << QString() << QByteArray();
        QTest::addRow("plain") << u"abc"_s << QByteArray("abc");
        QTest::addRow("equals") << u"a=b"_s << QByteArray("a=3Db");
        QTest::addRow("trailing space") << u"trailing  "_s << QByteArray("trailing =20");
        QTest::addRow("trailing tab") << u"tab\t"_s << QByteArray("tab=09");
        QTest::addRow("space before line end") << u"a \nb"_s << QByteArray("a=20\r\nb");
        QTest::addRow("inner spaces") << u"a b\tc"_s << QByteArray("a b\tc");
        QTest::addRow("leading dot") << u".start"_s << QByteArray("=2Estart");
        QTest::addRow("dot on second line") << u"a\n.b"_s << QByteArray("a\r\n=2Eb");
        QTest::addRow("inner dot") << u"a.b"_s << QByteArray("a.b");
        QTest::addRow("LF") << u"line1\nline2"_s << QByteArray("line1\r\nline2");
        QTest::addRow("CRLF and CR") << u"a\r\nb\rc\n"_s << QByteArray("a\r\nb\r\nc\r\n");
        QTest::addRow("latin") << u"é"_s << QByteArray("=C3=A9");
        QTest::addRow("chinese") << u"中"_s << QByteArray("=E4=B8=AD");
        QTest::addRow("control") << u"a\x01"_s << QByteArray("a=01");
        QTest::addRow("From line") << u"From me\nFrom"_s << QByteArray("=46rom me\r\nFrom");
        QTest::addRow("76 characters fit") << a.repeated(76) << QByteArray(76, 'a');
        QTest::addRow("77 characters break") << a.repeated(77) << QByteArray(75, 'a') + "=\r\naa";
        QTest::addRow("encoded last character moves down")
            << a.repeated(74) + u"="_s << QByteArray(74, 'a') + "=\r\n=3D";
        QTest::addRow("a character's bytes stay on one line")
            << a.repeated(73) + u"é"_s << QByteArray(73, 'a') + "=\r\n=C3=A9";
        QTest::addRow("dot after a soft break")
            << a.repeated(75) + u".b"_s << QByteArray(75, 'a') + "=\r\n=2Eb";
        QTest::addRow("space before a soft break")
            << a.repeated(74) + u" bc"_s << QByteArray(74, 'a') + " =\r\nbc";
    }

    void quotedPrintable()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(mail::quotedPrintable(text), expected);
    }

    void encodeHeaderText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("used");
        QTest::addColumn<QByteArray>("expected");

        QTest::addRow("ascii") << u"Hello"_s << 9 << QByteArray("Hello");
        QTest::addRow("empty") << QString() << 9 << QByteArray();
        QTest::addRow("control characters")
            << u"Hello\r\nBcc: x"_s << 9 << QByteArray("Hello  Bcc: x");
        QTest::addRow("chinese") << u"你好"_s << 9 << QByteArray("=?UTF-8?B?5L2g5aW9?=");
        QTest::addRow("encoded-word look-alike")
            << u"a=?b"_s << 9 << QByteArray("=?UTF-8?B?YT0/Yg==?=");

        // "Subject: " (9) + 11 words of 5 letters with their spaces = 74; the
        // 12th would end at 80, so it starts the next line with its blank.
        const QStringList words(20, u"abcde"_s);
        QTest::addRow("ascii folded at blanks")
            << words.join(u' ') << 9
            << (words.mid(0, 11).join(u' ') + u"\r\n "_s + words.mid(11).join(u' ')).toLatin1();
        QTest::addRow("ascii word too long for a line")
            << u"x"_s.repeated(80) << 9
            << word(u"x"_s.repeated(39)) + "\r\n " + word(u"x"_s.repeated(41));

        // First line: 76 - 9 = 67 columns, 55 base64 characters, 39 bytes = 13
        // characters of 3 bytes. Later lines: 75 columns, 63 -> 60 base64,
        // 45 bytes = 15 characters.
        const QString zhong(30, QChar(0x4e2d));
        QTest::addRow("chinese folded")
            << zhong << 9
            << word(zhong.mid(0, 13)) + "\r\n " + word(zhong.mid(13, 15)) + "\r\n "
                   + word(zhong.mid(28));
        // 4-byte characters: 9 fit into 39 bytes, the 10th goes to the next word.
        const QString smile = u"😀"_s;
        QTest::addRow("emoji never split")
            << smile.repeated(12) << 9
            << word(smile.repeated(9)) + "\r\n " + word(smile.repeated(3));
        QTest::addRow("long header name starts on the next line")
            << u"中"_s << 70 << "\r\n " + word(u"中"_s);
    }

    void encodeHeaderText()
    {
        QFETCH(QString, text);
        QFETCH(int, used);
        QFETCH(QByteArray, expected);
        const QByteArray encoded = mail::encodeHeaderText(text, used);
        QCOMPARE(encoded, expected);
        // Every encoded word within RFC 2047's 75 characters.
        const QRegularExpression encodedWord(u"=\\?UTF-8\\?B\\?[A-Za-z0-9+/=]*\\?="_s);
        auto it = encodedWord.globalMatch(QString::fromLatin1(encoded));
        while (it.hasNext())
            QVERIFY(it.next().capturedLength() <= 75);
    }

    void isValidAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::addRow("simple") << u"a@b.cn"_s << true;
        QTest::addRow("dots and plus") << u"first.last+tag@example.co.uk"_s << true;
        QTest::addRow("apostrophe") << u"o'neil@example.org"_s << true;
        QTest::addRow("hyphen and digits") << u"user_1@sub-domain.example123.com"_s << true;
        QTest::addRow("64-char local part") << u"a"_s.repeated(64) + u"@b.cn"_s << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("no at") << u"ab.cn"_s << false;
        QTest::addRow("no dot in domain") << u"a@localhost"_s << false;
        QTest::addRow("empty local part") << u"@b.cn"_s << false;
        QTest::addRow("two ats") << u"a@b@c.cn"_s << false;
        QTest::addRow("space") << u"a b@c.cn"_s << false;
        QTest::addRow("trailing space") << u"a@b.cn "_s << false;
        QTest::addRow("quotes") << u"\"a\"@b.cn"_s << false;
        QTest::addRow("CRLF") << u"a@b.cn\r\n"_s << false;
        QTest::addRow("injection") << u"a@b.c\r\nBcc: x@y.z"_s << false;
        QTest::addRow("angle brackets") << u"<a@b.cn>"_s << false;
        QTest::addRow("comma") << u"a,b@c.cn"_s << false;
        QTest::addRow("semicolon") << u"a;b@c.cn"_s << false;
        QTest::addRow("leading dot") << u".a@b.cn"_s << false;
        QTest::addRow("double dot") << u"a..b@c.cn"_s << false;
        QTest::addRow("empty label") << u"a@b..cn"_s << false;
        QTest::addRow("hyphen at label start") << u"a@-b.cn"_s << false;
        QTest::addRow("underscore in domain") << u"a@b_c.cn"_s << false;
        QTest::addRow("non-ASCII local part") << u"张@b.cn"_s << false;
        QTest::addRow("non-ASCII domain") << u"a@例子.cn"_s << false;
        QTest::addRow("65-char local part") << u"a"_s.repeated(65) + u"@b.cn"_s << false;
        QTest::addRow("tab") << u"a\t@b.cn"_s << false;
    }

    void isValidAddress()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(mail::isValidAddress(address), valid);
    }

    void newMessageId()
    {
        const QString a = mail::newMessageId(u"Shop@Example.COM"_s);
        const QString b = mail::newMessageId(u"shop@example.com"_s);
        const QRegularExpression form(u"^<[0-9a-f]{32}@example\\.com>$"_s);
        QVERIFY2(form.match(a).hasMatch(), qPrintable(a));
        QVERIFY2(form.match(b).hasMatch(), qPrintable(b));
        QVERIFY(a != b);
        QVERIFY(mail::newMessageId(u"not an address"_s).endsWith(u"@localhost>"_s));

        MailMessage message = baseMessage();
        message.messageId = a;
        const Result<QByteArray> mime = buildMime(message);
        QVERIFY(mime.ok());
        QCOMPARE(parseWithPython(*mime)[u"message_id"_s].toString(), a);
    }
};

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "test_mimemessage.moc"
