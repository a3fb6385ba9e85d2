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
// For the raw-string rows (uR"(…)"_s): QStringLiteral cannot take those.
using namespace Qt::StringLiterals;

namespace {

MailMessage baseMessage()
{
    MailMessage m;
    m.from = {QStringLiteral("Rapport Shop"), QStringLiteral("shop@example.com")};
    m.to = {QStringLiteral("Li Lei"), QStringLiteral("li@example.cn")};
    m.subject = QStringLiteral("Autumn sale");
    m.text = QStringLiteral("Hello\nSee you");
    m.html = QStringLiteral("<p>Hello</p>");
    m.messageId = QStringLiteral("<0123456789abcdef@example.com>");
    m.date = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600);
    m.listUnsubscribe = QStringLiteral("<mailto:shop@example.com?subject=unsubscribe%20TOKEN>");
    m.extraHeaders = {{"X-Rapport-Outbox", QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427")}};
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
    QCOMPARE(mailbox[QStringLiteral("address")].toString(), expected.address);
    QCOMPARE(mailbox[QStringLiteral("name_rfc2047")].toString(), expected.name);
    const auto withoutBlanks = [](QString s) {
        return s.remove(u' ');
    };
    QCOMPARE(withoutBlanks(mailbox[QStringLiteral("name")].toString()),
             withoutBlanks(expected.name));
}

QString withLf(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
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

        const QString longLine =
            QString(QStringLiteral("Lorem ipsum dolor sit amet, 价格=¥99 ")).repeated(12);
        QTest::addRow("ascii") << QStringLiteral("Rapport Shop") << QStringLiteral("Li Lei")
                               << QStringLiteral("Autumn sale") << QStringLiteral("Hello\nSee you")
                               << QStringLiteral("<p>Hello</p>");
        QTest::addRow("chinese long subject and names")
            << QStringLiteral("上海贸易有限公司市场部") << QStringLiteral("王小明")
            << QStringLiteral("【双十一特惠】尊敬的客户，您好！本店所有商品限时八折优惠，会员再享额"
                              "外积分奖励，欢迎选购")
            << QStringLiteral("您好，\n欢迎光临。") << QStringLiteral("<p>您好，欢迎光临。</p>");
        QTest::addRow("long chinese name")
            << QStringLiteral("上海浦东新区国际贸易发展有限公司市场营销部门")
            << QStringLiteral("欧阳·娜娜") << QStringLiteral("新品") << QStringLiteral("x")
            << QStringLiteral("y");
        QTest::addRow("quotes and commas in names")
            << uR"(Smith, John "Jack")"_s << uR"(O'Neil (Sales) \ Team)"_s
            << uR"(Re: offer; 50% off, "today")"_s << QStringLiteral("x")
            << QStringLiteral("<b>x</b>");
        QTest::addRow("emoji") << QStringLiteral("Party 🎉 Shop") << QStringLiteral("Zoë 🌸")
                               << QStringLiteral(
                                      "🎉 Party time 🎂 for you 👨‍👩‍👧 and "
                                      "😀😀😀😀😀😀😀😀😀😀😀😀")
                               << QStringLiteral("Cake 🍰\nBye") << QStringLiteral("<p>🎉</p>");
        QTest::addRow("long lines")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("Long") << longLine
            << QStringLiteral("<p>") + longLine.repeated(2) + QStringLiteral("</p>");
        QTest::addRow("dot at line start")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("Dots")
            << QStringLiteral("first\n.\n.hidden\n..double\n") << QStringLiteral("<p>\n.dot</p>");
        QTest::addRow("equals signs")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("a = b")
            << QStringLiteral("a=b\n=41\n==\n= end =")
            << QStringLiteral("<a href=\"https://x.y/?a=1&b=2\">x</a>");
        QTest::addRow("trailing spaces")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("Spaces")
            << QStringLiteral("space \ntab\t\nboth \t \nend  ") << QStringLiteral("<p> </p>  ");
        QTest::addRow("text only")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("Only text")
            << QStringLiteral("Only text\nline 2") << QString();
        QTest::addRow("text only ending in a newline")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("Only text")
            << QStringLiteral("Only text\n") << QString();
        QTest::addRow("mixed line endings")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("EOL")
            << QStringLiteral("a\r\nb\rc\n") << QStringLiteral("<p>\r\n</p>");
        QTest::addRow("boundary look-alike")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("Parts")
            << QStringLiteral("--=_Rapport_00\n--\n") << QStringLiteral("--=_Rapport_00--");
        QTest::addRow("encoded-word look-alikes")
            << QStringLiteral("=?UTF-8?B?SGk=?=") << QStringLiteral("Li")
            << QStringLiteral("=?UTF-8?B?SGk=?= is not encoded") << QStringLiteral("x")
            << QStringLiteral("y");
        QTest::addRow("From at line start")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("From")
            << QStringLiteral("From here on\nFrom") << QStringLiteral("From x");
        QTest::addRow("long ascii subject")
            << QStringLiteral("Shop") << QStringLiteral("Li")
            << u"Our autumn catalogue is here with more than two hundred new products, "
               "free delivery on orders over fifty euros and a gift for every member"_s
            << QStringLiteral("x") << QStringLiteral("y");
        QTest::addRow("long ascii word")
            << QStringLiteral("Shop") << QStringLiteral("Li") << QStringLiteral("x").repeated(120)
            << QStringLiteral("x") << QStringLiteral("y");
        QTest::addRow("long ascii name") << QStringLiteral(
            "The Very Long Name Of A Trading Company Limited, Marketing Department")
                                         << QStringLiteral("Li") << QStringLiteral("Hi")
                                         << QStringLiteral("x") << QStringLiteral("y");
        QTest::addRow("no display names") << QString() << QString() << QStringLiteral("Hi")
                                          << QStringLiteral("x") << QStringLiteral("y");
        QTest::addRow("control characters")
            << QStringLiteral("Shop\tNews") << QStringLiteral("Li\x01Lei")
            << QStringLiteral("Tab\there") << QStringLiteral("x") << QStringLiteral("y");
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
        QCOMPARE(parsed[QStringLiteral("defects")].toArray(), QJsonArray());
        QCOMPARE(parsed[QStringLiteral("mime_version")].toString(), QStringLiteral("1.0"));
        QCOMPARE(parsed[QStringLiteral("subject")].toString(), cleaned(subject));
        checkMailbox(parsed[QStringLiteral("from")].toArray(),
                     {cleaned(fromName), message.from.address});
        checkMailbox(parsed[QStringLiteral("to")].toArray(), {cleaned(toName), message.to.address});
        QCOMPARE(parsed[QStringLiteral("message_id")].toString(), message.messageId);
        QCOMPARE(parsed[QStringLiteral("date")].toString(),
                 QStringLiteral("Wed, 25 Nov 2026 09:00:00 +0800"));
        QCOMPARE(parsed[QStringLiteral("list_unsubscribe")].toString(), message.listUnsubscribe);
        QCOMPARE(parsed[QStringLiteral("headers")][QStringLiteral("X-Rapport-Outbox")].toString(),
                 message.extraHeaders.first().second);
        QVERIFY(parsed[QStringLiteral("bcc")].isNull());

        QString expectedText = withLf(text);
        if (html.isEmpty()) {
            QCOMPARE(parsed[QStringLiteral("content_types")].toArray(),
                     QJsonArray({QStringLiteral("text/plain")}));
            // A message ends with a line break, which a lone part's body keeps.
            if (!expectedText.endsWith(u'\n'))
                expectedText += u'\n';
            QVERIFY(parsed[QStringLiteral("html")].isNull());
        } else {
            QCOMPARE(parsed[QStringLiteral("content_types")].toArray(),
                     QJsonArray({QStringLiteral("multipart/alternative"),
                                 QStringLiteral("text/plain"), QStringLiteral("text/html")}));
            QCOMPARE(withLf(parsed[QStringLiteral("html")].toString()), withLf(html));
        }
        // Python keeps the CRLFs of the wire form; readers show them as line breaks.
        QCOMPARE(withLf(parsed[QStringLiteral("text")].toString()), expectedText);
        for (const QJsonValue charset : parsed[QStringLiteral("charsets")].toArray())
            QCOMPARE(charset.toString(), QStringLiteral("utf-8"));
        for (const QJsonValue cte : parsed[QStringLiteral("transfer_encodings")].toArray())
            QCOMPARE(cte.toString(), QStringLiteral("quoted-printable"));
    }

    void headerInjectionIsRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");

        QTest::addRow("to with CRLF")
            << QStringLiteral("to") << QStringLiteral("a@b.c\r\nBcc: x@y.z")
            << QStringLiteral("to");
        QTest::addRow("to with LF")
            << QStringLiteral("to") << QStringLiteral("a@b.c\nBcc: x@y.z") << QStringLiteral("to");
        QTest::addRow("to not an address")
            << QStringLiteral("to") << QStringLiteral("Li Lei") << QStringLiteral("to");
        QTest::addRow("from with CR")
            << QStringLiteral("from") << QStringLiteral("shop@example.com\r")
            << QStringLiteral("from");
        QTest::addRow("from empty")
            << QStringLiteral("from") << QString() << QStringLiteral("from");
        QTest::addRow("message id with CRLF")
            << QStringLiteral("messageId") << QStringLiteral("<a@b>\r\nBcc: x@y.z")
            << QStringLiteral("message_id");
        QTest::addRow("message id empty")
            << QStringLiteral("messageId") << QString() << QStringLiteral("message_id");
        QTest::addRow("message id without brackets")
            << QStringLiteral("messageId") << QStringLiteral("a@b") << QStringLiteral("message_id");
        QTest::addRow("list-unsubscribe with CRLF")
            << QStringLiteral("listUnsubscribe") << QStringLiteral("<mailto:a@b.c>\r\nBcc: x@y.z")
            << QStringLiteral("list_unsubscribe");
        QTest::addRow("list-unsubscribe empty")
            << QStringLiteral("listUnsubscribe") << QString() << QStringLiteral("list_unsubscribe");
        QTest::addRow("header name with CRLF")
            << QStringLiteral("headerName") << QStringLiteral("X-A\r\nBcc")
            << QStringLiteral("header");
        QTest::addRow("header name with colon")
            << QStringLiteral("headerName") << QStringLiteral("X-A: b") << QStringLiteral("header");
        QTest::addRow("header name empty")
            << QStringLiteral("headerName") << QString() << QStringLiteral("header");
        QTest::addRow("header name Bcc")
            << QStringLiteral("headerName") << QStringLiteral("bcc") << QStringLiteral("header");
        QTest::addRow("header name Subject")
            << QStringLiteral("headerName") << QStringLiteral("Subject")
            << QStringLiteral("header");
        QTest::addRow("no date") << QStringLiteral("date") << QString() << QStringLiteral("date");
    }

    void headerInjectionIsRefused()
    {
        QFETCH(QString, target);
        QFETCH(QString, value);
        QFETCH(QString, field);

        MailMessage message = baseMessage();
        if (target == QStringLiteral("to"))
            message.to.address = value;
        else if (target == QStringLiteral("from"))
            message.from.address = value;
        else if (target == QStringLiteral("messageId"))
            message.messageId = value;
        else if (target == QStringLiteral("listUnsubscribe"))
            message.listUnsubscribe = value;
        else if (target == QStringLiteral("headerName"))
            message.extraHeaders.append({value.toLatin1(), QStringLiteral("v")});
        else if (target == QStringLiteral("date"))
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
        QTest::addRow("subject") << QStringLiteral("subject");
        QTest::addRow("to name") << QStringLiteral("toName");
        QTest::addRow("from name") << QStringLiteral("fromName");
        QTest::addRow("extra header value") << QStringLiteral("extra");
    }

    void controlCharactersCannotStartAHeader()
    {
        QFETCH(QString, target);
        const QString evil = QStringLiteral("Hello\r\nBcc: evil@x.y\r\n\r\nbody");
        MailMessage message = baseMessage();
        if (target == QStringLiteral("subject"))
            message.subject = evil;
        else if (target == QStringLiteral("toName"))
            message.to.name = evil;
        else if (target == QStringLiteral("fromName"))
            message.from.name = evil;
        else
            message.extraHeaders.first().second = evil;
        const Result<QByteArray> mime = buildMime(message);
        QVERIFY2(mime.ok(), qPrintable(mime.error().message));
        checkLines(*mime);
        QVERIFY(!mime->contains("\nBcc"));

        const QJsonObject parsed = parseWithPython(*mime);
        QVERIFY(!parsed.isEmpty());
        QCOMPARE(parsed[QStringLiteral("defects")].toArray(), QJsonArray());
        QVERIFY(parsed[QStringLiteral("bcc")].isNull());
        QVERIFY(!parsed[QStringLiteral("header_names")].toArray().contains(QStringLiteral("Bcc")));
        const QString expected = QStringLiteral("Hello  Bcc: evil@x.y    body");
        if (target == QStringLiteral("subject"))
            QCOMPARE(parsed[QStringLiteral("subject")].toString(), expected);
        else if (target == QStringLiteral("toName"))
            checkMailbox(parsed[QStringLiteral("to")].toArray(), {expected, message.to.address});
        else if (target == QStringLiteral("fromName"))
            checkMailbox(parsed[QStringLiteral("from")].toArray(),
                         {expected, message.from.address});
        else
            QCOMPARE(
                parsed[QStringLiteral("headers")][QStringLiteral("X-Rapport-Outbox")].toString(),
                expected);
        QCOMPARE(withLf(parsed[QStringLiteral("text")].toString()), message.text);
    }

    void dateIsRfc5322InEnglish_data()
    {
        QTest::addColumn<QDateTime>("date");
        QTest::addColumn<QString>("expected");
        QTest::addRow("China") << QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::OffsetFromUTC,
                                            8 * 3600)
                               << QStringLiteral("Wed, 25 Nov 2026 09:00:00 +0800");
        QTest::addRow("Newfoundland") << QDateTime(QDate(2027, 1, 3), QTime(23, 59, 58),
                                                   Qt::OffsetFromUTC, -(3 * 3600 + 1800))
                                      << QStringLiteral("Sun, 03 Jan 2027 23:59:58 -0330");
        QTest::addRow("UTC") << QDateTime(QDate(2026, 2, 1), QTime(0, 0, 5), Qt::UTC)
                             << QStringLiteral("Sun, 01 Feb 2026 00:00:05 +0000");
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
        QCOMPARE(parsed[QStringLiteral("date")].toString(), expected);
        QCOMPARE(parsed[QStringLiteral("defects")].toArray(), QJsonArray());
    }

    void boundaryIsRandom()
    {
        const QRegularExpression boundary(QStringLiteral("boundary=\"([^\"]+)\""));
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
        const QString a = QStringLiteral("a");
        QTest::addRow("empty") << QString() << QByteArray();
        QTest::addRow("plain") << QStringLiteral("abc") << QByteArray("abc");
        QTest::addRow("equals") << QStringLiteral("a=b") << QByteArray("a=3Db");
        QTest::addRow("trailing space")
            << QStringLiteral("trailing  ") << QByteArray("trailing =20");
        QTest::addRow("trailing tab") << QStringLiteral("tab\t") << QByteArray("tab=09");
        QTest::addRow("space before line end")
            << QStringLiteral("a \nb") << QByteArray("a=20\r\nb");
        QTest::addRow("inner spaces") << QStringLiteral("a b\tc") << QByteArray("a b\tc");
        QTest::addRow("leading dot") << QStringLiteral(".start") << QByteArray("=2Estart");
        QTest::addRow("dot on second line") << QStringLiteral("a\n.b") << QByteArray("a\r\n=2Eb");
        QTest::addRow("inner dot") << QStringLiteral("a.b") << QByteArray("a.b");
        QTest::addRow("LF") << QStringLiteral("line1\nline2") << QByteArray("line1\r\nline2");
        QTest::addRow("CRLF and CR")
            << QStringLiteral("a\r\nb\rc\n") << QByteArray("a\r\nb\r\nc\r\n");
        QTest::addRow("latin") << QStringLiteral("é") << QByteArray("=C3=A9");
        QTest::addRow("chinese") << QStringLiteral("中") << QByteArray("=E4=B8=AD");
        QTest::addRow("control") << QStringLiteral("a\x01") << QByteArray("a=01");
        QTest::addRow("From line")
            << QStringLiteral("From me\nFrom") << QByteArray("=46rom me\r\nFrom");
        QTest::addRow("76 characters fit") << a.repeated(76) << QByteArray(76, 'a');
        QTest::addRow("77 characters break") << a.repeated(77) << QByteArray(75, 'a') + "=\r\naa";
        QTest::addRow("encoded last character moves down")
            << a.repeated(74) + QStringLiteral("=") << QByteArray(74, 'a') + "=\r\n=3D";
        QTest::addRow("a character's bytes stay on one line")
            << a.repeated(73) + QStringLiteral("é") << QByteArray(73, 'a') + "=\r\n=C3=A9";
        QTest::addRow("dot after a soft break")
            << a.repeated(75) + QStringLiteral(".b") << QByteArray(75, 'a') + "=\r\n=2Eb";
        QTest::addRow("space before a soft break")
            << a.repeated(74) + QStringLiteral(" bc") << QByteArray(74, 'a') + " =\r\nbc";
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

        QTest::addRow("ascii") << QStringLiteral("Hello") << 9 << QByteArray("Hello");
        QTest::addRow("empty") << QString() << 9 << QByteArray();
        QTest::addRow("control characters")
            << QStringLiteral("Hello\r\nBcc: x") << 9 << QByteArray("Hello  Bcc: x");
        QTest::addRow("chinese") << QStringLiteral("你好") << 9
                                 << QByteArray("=?UTF-8?B?5L2g5aW9?=");
        QTest::addRow("encoded-word look-alike")
            << QStringLiteral("a=?b") << 9 << QByteArray("=?UTF-8?B?YT0/Yg==?=");

        // "Subject: " (9) + 11 words of 5 letters with their spaces = 74; the
        // 12th would end at 80, so it starts the next line with its blank.
        const QStringList words(20, QStringLiteral("abcde"));
        QTest::addRow("ascii folded at blanks")
            << words.join(u' ') << 9
            << (words.mid(0, 11).join(u' ') + QStringLiteral("\r\n ") + words.mid(11).join(u' '))
                   .toLatin1();
        QTest::addRow("ascii word too long for a line")
            << QStringLiteral("x").repeated(80) << 9
            << word(QStringLiteral("x").repeated(39)) + "\r\n "
                   + word(QStringLiteral("x").repeated(41));

        // First line: 76 - 9 = 67 columns, 55 base64 characters, 39 bytes = 13
        // characters of 3 bytes. Later lines: 75 columns, 63 -> 60 base64,
        // 45 bytes = 15 characters.
        const QString zhong(30, QChar(0x4e2d));
        QTest::addRow("chinese folded")
            << zhong << 9
            << word(zhong.mid(0, 13)) + "\r\n " + word(zhong.mid(13, 15)) + "\r\n "
                   + word(zhong.mid(28));
        // 4-byte characters: 9 fit into 39 bytes, the 10th goes to the next word.
        const QString smile = QStringLiteral("😀");
        QTest::addRow("emoji never split")
            << smile.repeated(12) << 9
            << word(smile.repeated(9)) + "\r\n " + word(smile.repeated(3));
        QTest::addRow("long header name starts on the next line")
            << QStringLiteral("中") << 70 << "\r\n " + word(QStringLiteral("中"));
    }

    void encodeHeaderText()
    {
        QFETCH(QString, text);
        QFETCH(int, used);
        QFETCH(QByteArray, expected);
        const QByteArray encoded = mail::encodeHeaderText(text, used);
        QCOMPARE(encoded, expected);
        // Every encoded word within RFC 2047's 75 characters.
        const QRegularExpression encodedWord(QStringLiteral("=\\?UTF-8\\?B\\?[A-Za-z0-9+/=]*\\?="));
        auto it = encodedWord.globalMatch(QString::fromLatin1(encoded));
        while (it.hasNext())
            QVERIFY(it.next().capturedLength() <= 75);
    }

    void isValidAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::addRow("simple") << QStringLiteral("a@b.cn") << true;
        QTest::addRow("dots and plus") << QStringLiteral("first.last+tag@example.co.uk") << true;
        QTest::addRow("apostrophe") << QStringLiteral("o'neil@example.org") << true;
        QTest::addRow("hyphen and digits")
            << QStringLiteral("user_1@sub-domain.example123.com") << true;
        QTest::addRow("64-char local part")
            << QStringLiteral("a").repeated(64) + QStringLiteral("@b.cn") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("no at") << QStringLiteral("ab.cn") << false;
        QTest::addRow("no dot in domain") << QStringLiteral("a@localhost") << false;
        QTest::addRow("empty local part") << QStringLiteral("@b.cn") << false;
        QTest::addRow("two ats") << QStringLiteral("a@b@c.cn") << false;
        QTest::addRow("space") << QStringLiteral("a b@c.cn") << false;
        QTest::addRow("trailing space") << QStringLiteral("a@b.cn ") << false;
        QTest::addRow("quotes") << QStringLiteral("\"a\"@b.cn") << false;
        QTest::addRow("CRLF") << QStringLiteral("a@b.cn\r\n") << false;
        QTest::addRow("injection") << QStringLiteral("a@b.c\r\nBcc: x@y.z") << false;
        QTest::addRow("angle brackets") << QStringLiteral("<a@b.cn>") << false;
        QTest::addRow("comma") << QStringLiteral("a,b@c.cn") << false;
        QTest::addRow("semicolon") << QStringLiteral("a;b@c.cn") << false;
        QTest::addRow("leading dot") << QStringLiteral(".a@b.cn") << false;
        QTest::addRow("double dot") << QStringLiteral("a..b@c.cn") << false;
        QTest::addRow("empty label") << QStringLiteral("a@b..cn") << false;
        QTest::addRow("hyphen at label start") << QStringLiteral("a@-b.cn") << false;
        QTest::addRow("underscore in domain") << QStringLiteral("a@b_c.cn") << false;
        QTest::addRow("non-ASCII local part") << QStringLiteral("张@b.cn") << false;
        QTest::addRow("non-ASCII domain") << QStringLiteral("a@例子.cn") << false;
        QTest::addRow("65-char local part")
            << QStringLiteral("a").repeated(65) + QStringLiteral("@b.cn") << false;
        QTest::addRow("tab") << QStringLiteral("a\t@b.cn") << false;
    }

    void isValidAddress()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(mail::isValidAddress(address), valid);
    }

    void newMessageId()
    {
        const QString a = mail::newMessageId(QStringLiteral("Shop@Example.COM"));
        const QString b = mail::newMessageId(QStringLiteral("shop@example.com"));
        const QRegularExpression form(QStringLiteral("^<[0-9a-f]{32}@example\\.com>$"));
        QVERIFY2(form.match(a).hasMatch(), qPrintable(a));
        QVERIFY2(form.match(b).hasMatch(), qPrintable(b));
        QVERIFY(a != b);
        QVERIFY(mail::newMessageId(QStringLiteral("not an address"))
                    .endsWith(QStringLiteral("@localhost>")));

        MailMessage message = baseMessage();
        message.messageId = a;
        const Result<QByteArray> mime = buildMime(message);
        QVERIFY(mime.ok());
        QCOMPARE(parseWithPython(*mime)[QStringLiteral("message_id")].toString(), a);
    }
};

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "test_mimemessage.moc"
