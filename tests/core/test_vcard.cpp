#include "io/VCard.h"

#include <QTest>

using namespace rapport::core;
using namespace Qt::StringLiterals;

namespace {

QString crlf(const QStringList& lines)
{
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

QList<vcard::Contact> readOk(const QString& text)
{
    auto result = vcard::read(text);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.error().message));
        return {};
    }
    return result.value();
}

void compareContacts(const vcard::Contact& actual, const vcard::Contact& expected)
{
    QCOMPARE(actual.formattedName, expected.formattedName);
    QCOMPARE(actual.familyName, expected.familyName);
    QCOMPARE(actual.givenName, expected.givenName);
    QCOMPARE(actual.organization, expected.organization);
    QCOMPARE(actual.emails, expected.emails);
    QCOMPARE(actual.phones, expected.phones);
    QCOMPARE(actual.address, expected.address);
    QCOMPARE(actual.note, expected.note);
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsVersion21QuotedPrintable()
    {
        // As Android phones export: QP-encoded UTF-8, soft line breaks (one of them
        // inside a character's bytes), bare 2.1 parameters, a BASE64 photo.
        const QString text = crlf({
            u"BEGIN:VCARD"_s,
            u"VERSION:2.1"_s,
            u"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;=E9=9B=B7;;;"_s,
            u"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E=E9=9B=B7"_s,
            u"TEL;WORK:010-12345678"_s,
            u"TEL;CELL;PREF:138 0013 8000"_s,
            u"EMAIL;HOME:li@x.cn"_s,
            u"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=A4=87=E6="_s,
            u"=B3=A8=0D=0A=E7=AC=AC=E4=BA=8C=E8=A1=8C="_s,
            u"=E7=BB=93=E6=9D=9F"_s,
            u"ADR;HOME;CHARSET=UTF-8;QUOTED-PRINTABLE:;;=E4=B8=AD=E5=85=B3=E6=9D=91=E5=A4=A7=E8=A1=97=31=E5=8F=B7;=E5=8C=97=E4=BA=AC;;100080;=E4=B8=AD=E5=9B=BD"_s,
            u"PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD"_s,
            u"  /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U"_s,
            QString(),
            u"END:VCARD"_s,
        });
        const auto contacts = readOk(text);
        QCOMPARE(contacts.size(), 1);
        const vcard::Contact& c = contacts.front();
        QCOMPARE(c.familyName, u"李"_s);
        QCOMPARE(c.givenName, u"雷"_s);
        QCOMPARE(c.formattedName, u"李雷"_s);
        QCOMPARE(c.phones, (QStringList{u"138 0013 8000"_s, u"010-12345678"_s}));
        QCOMPARE(c.emails, QStringList{u"li@x.cn"_s});
        QCOMPARE(c.note, u"备注\n第二行结束"_s);
        QCOMPARE(c.address, u"中关村大街1号, 北京, 100080, 中国"_s);
        QCOMPARE(c.line, 1);
    }

    void readsLegacyCharset()
    {
        // "李雷" in GB18030, as some older Chinese phones wrote it.
        const QString text =
            crlf({u"BEGIN:VCARD"_s, u"VERSION:2.1"_s,
                  u"FN;CHARSET=GB18030;ENCODING=QUOTED-PRINTABLE:=C0=EE=C0=D7"_s, u"END:VCARD"_s});
        const auto contacts = readOk(text);
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.front().formattedName, u"李雷"_s);
    }

    void readsVersion30FromIPhone()
    {
        const QString text = crlf({
            u"BEGIN:VCARD"_s,
            u"VERSION:3.0"_s,
            u"PRODID:-//Apple Inc.//iPhone OS 17.0//EN"_s,
            u"N:Smith;John;Q.;Dr.;"_s,
            u"FN:John Smith"_s,
            u"ORG:Acme\\, Inc.;Sales;"_s,
            u"EMAIL;type=INTERNET;type=WORK:j.smith@acme.com"_s,
            u"item1.EMAIL;type=INTERNET;type=pref:john@acme.com"_s,
            u"item1.X-ABLabel:_$!<Other>!$_"_s,
            u"TEL;type=WORK,VOICE:+1 415 555 0100"_s,
            u"TEL;type=CELL;type=VOICE;type=pref:+1 (415) 555-0132"_s,
            u"ADR;type=WORK:;;2 Market St;San Francisco;CA;94105;United States"_s,
            u"item2.ADR;type=HOME;type=pref:;;1 Infinite Loop\\nBuilding 2;Cupertino;CA;9501"_s,
            u" 4;United States"_s,
            u"item2.X-ABADR:us"_s,
            u"NOTE:Met at the fair\\, booth 12.\\nFollow up in May; bring samples. C:\\temp"_s,
            u"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKD"_s,
            u" 2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy"_s,
            u"END:VCARD"_s,
        });
        const auto contacts = readOk(text);
        QCOMPARE(contacts.size(), 1);
        const vcard::Contact& c = contacts.front();
        QCOMPARE(c.formattedName, u"John Smith"_s);
        QCOMPARE(c.familyName, u"Smith"_s);
        QCOMPARE(c.givenName, u"John"_s);
        QCOMPARE(c.organization, u"Acme, Inc."_s);
        QCOMPARE(c.emails, (QStringList{u"john@acme.com"_s, u"j.smith@acme.com"_s}));
        QCOMPARE(c.phones, (QStringList{u"+1 (415) 555-0132"_s, u"+1 415 555 0100"_s}));
        QCOMPARE(c.address, u"1 Infinite Loop, Building 2, Cupertino, CA, 95014, United States"_s);
        QCOMPARE(c.note,
                 u"Met at the fair, booth 12.\nFollow up in May; bring samples. C:\\temp"_s);
    }

    void readsVersion40()
    {
        const QString text =
            QStringList{
                u"BEGIN:VCARD"_s,
                u"VERSION:4.0"_s,
                u"FN:王小明"_s,
                u"N:王;小明;;;"_s,
                u"EMAIL;TYPE=home:xm@example.com"_s,
                u"EMAIL;TYPE=work;PREF=1:wang@example.cn"_s,
                u"TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+86-138-0013-8000"_s,
                u"TEL;VALUE=uri:tel:+86-10-6552-9988;ext=102"_s,
                u"ADR;TYPE=work;LABEL=\"建国路88号\\n北京: CN\":;;建国路88号;北京;北京;100022;中国"_s,
                u"NOTE:第一行\\n第二行\\\\结束\\;"_s,
                u"END:VCARD"_s,
            }
                .join(u'\n'); // LF line ends are accepted too
        const auto contacts = readOk(text);
        QCOMPARE(contacts.size(), 1);
        const vcard::Contact& c = contacts.front();
        QCOMPARE(c.formattedName, u"王小明"_s);
        QCOMPARE(c.emails, (QStringList{u"wang@example.cn"_s, u"xm@example.com"_s}));
        QCOMPARE(c.phones, (QStringList{u"+86-138-0013-8000"_s, u"+86-10-6552-9988 ext. 102"_s}));
        QCOMPARE(c.address, u"建国路88号, 北京, 北京, 100022, 中国"_s);
        QCOMPARE(c.note, u"第一行\n第二行\\结束;"_s);
    }

    void unfoldsLines()
    {
        const QString text = u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jo\r\n han\r\n\tna\r\n"
                             u"NOTE:中\r\n 文\r\nEND:VCARD\r\n"_s;
        const auto contacts = readOk(text);
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.front().formattedName, u"Johanna"_s);
        QCOMPARE(contacts.front().note, u"中文"_s);
    }

    void buildsNameFromN_data()
    {
        QTest::addColumn<QString>("n");
        QTest::addColumn<QString>("expected");
        QTest::addRow("chinese") << u"N:李;雷;;;"_s << u"李雷"_s;
        QTest::addRow("western") << u"N:Doe;Jane;Ann;Dr.;"_s << u"Jane Ann Doe"_s;
        QTest::addRow("given only") << u"N:;Jane;;;"_s << u"Jane"_s;
        QTest::addRow("neither FN nor N") << u"ORG:Acme"_s << QString();
    }

    void buildsNameFromN()
    {
        QFETCH(QString, n);
        QFETCH(QString, expected);
        const auto contacts = readOk(crlf({u"BEGIN:VCARD"_s, u"VERSION:3.0"_s, n, u"END:VCARD"_s}));
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.front().formattedName, expected);
    }

    void recordsLines()
    {
        const QString text = crlf({
            u"BEGIN:VCARD"_s,      // 1
            u"VERSION:3.0"_s,      // 2
            u"NOTE:folded"_s,      // 3
            u"  over two lines"_s, // 4
            u"FN:First"_s,         // 5
            u"END:VCARD"_s,        // 6
            QString(),             // 7
            u"begin:vcard"_s,      // 8
            u"item9.FN:Second"_s,  // 9
            u"end:VCARD"_s,        // 10
        });
        const auto contacts = readOk(text);
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(0).line, 1);
        QCOMPARE(contacts.at(0).note, u"folded over two lines"_s);
        QCOMPARE(contacts.at(1).line, 8);
        QCOMPARE(contacts.at(1).formattedName, u"Second"_s);
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("begin without end") << crlf({u"BEGIN:VCARD"_s, u"VERSION:3.0"_s, u"FN:A"_s})
                                           << u"Line 1: BEGIN:VCARD without END:VCARD"_s;
        QTest::addRow("end without begin")
            << crlf({u"BEGIN:VCARD"_s, u"FN:A"_s, u"END:VCARD"_s, u"FN:B"_s, u"END:VCARD"_s})
            << u"Line 5: END:VCARD without BEGIN:VCARD"_s;
        QTest::addRow("begin inside a card")
            << crlf({u"FN:junk"_s, u"BEGIN:VCARD"_s, u"FN:A"_s, u"BEGIN:VCARD"_s, u"FN:B"_s,
                     u"END:VCARD"_s})
            << u"Line 2: the card that begins there has no END:VCARD before the next "
               u"BEGIN:VCARD (line 4)"_s;
    }

    void reportsErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto result = vcard::read(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Validation);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    void readsNothingFromEmptyText()
    {
        const auto result = vcard::read(QString());
        QVERIFY(result.ok());
        QVERIFY(result->isEmpty());
    }

    void writesVersion40()
    {
        vcard::Contact c;
        c.formattedName = u"Li, Lei; \\ test"_s;
        c.familyName = u"Li"_s;
        c.givenName = u"Lei"_s;
        c.organization = u"Acme; Sales"_s;
        c.emails = {u"li@x.cn"_s};
        c.phones = {u"+86 138 0013 8000"_s};
        c.address = u"1 Main St, Springfield"_s;
        c.note = u"line one\r\nline two"_s;
        const QString expected = crlf({
            u"BEGIN:VCARD"_s,
            u"VERSION:4.0"_s,
            u"FN:Li\\, Lei\\; \\\\ test"_s,
            u"N:Li;Lei;;;"_s,
            u"ORG:Acme\\; Sales"_s,
            u"EMAIL:li@x.cn"_s,
            u"TEL;TYPE=voice:+86 138 0013 8000"_s,
            u"ADR:;;1 Main St\\, Springfield;;;;"_s,
            u"NOTE:line one\\nline two"_s,
            u"END:VCARD"_s,
        });
        QCOMPARE(vcard::write({c}), expected);
    }

    void foldsAt75Octets_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("firstLine");
        // "NOTE:" is 5 octets; a Chinese character is 3.
        QTest::addRow("chinese: 74 octets, the next would make 77")
            << QString(30, u'中') << u"NOTE:"_s + QString(23, u'中');
        QTest::addRow("chinese: exactly 75")
            << u"x"_s + QString(30, u'中') << u"NOTE:x"_s + QString(23, u'中');
        QTest::addRow("ascii: exactly 75 is not folded")
            << QString(70, u'a') << u"NOTE:"_s + QString(70, u'a');
        QTest::addRow("ascii: 76 is folded") << QString(71, u'a') << u"NOTE:"_s + QString(70, u'a');
        QTest::addRow("emoji is not split")
            << QString(68, u'a') + u"😀😀"_s << u"NOTE:"_s + QString(68, u'a');
    }

    void foldsAt75Octets()
    {
        QFETCH(QString, note);
        QFETCH(QString, firstLine);
        vcard::Contact c;
        c.formattedName = u"F"_s;
        c.note = note;
        const QString written = vcard::write({c});
        const QStringList lines = written.split(u"\r\n"_s);
        const qsizetype noteAt = lines.indexOf(u"FN:F"_s) + 1;
        QCOMPARE(lines.at(noteAt), firstLine);
        for (const QString& line : lines) {
            const QByteArray utf8 = line.toUtf8();
            QVERIFY2(utf8.size() <= 75, utf8.constData());
            QCOMPARE(QString::fromUtf8(utf8), line); // no broken UTF-8 sequence
        }
        const auto back = readOk(written);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.front().note, note);
    }

    void roundTrips()
    {
        QList<vcard::Contact> contacts;
        vcard::Contact chinese;
        chinese.formattedName = u"欧阳·娜娜"_s;
        chinese.familyName = u"欧阳"_s;
        chinese.givenName = u"娜娜"_s;
        chinese.organization = u"北京某某科技有限公司（总部）"_s;
        chinese.emails = {u"nana@example.cn"_s, u"ouyang@example.com"_s};
        chinese.phones = {u"+86 138 0013 8000"_s, u"+86 10 6552 9988 ext. 12"_s};
        chinese.address = u"北京市朝阳区建国路88号, SOHO现代城5号楼, 100022"_s;
        chinese.note = QString(40, u'长') + u"\n第二行; 有分号, 逗号 \\ 反斜杠\n\n第四行 😀"_s;
        contacts.append(chinese);

        vcard::Contact awkward;
        awkward.formattedName = u"O'Brien, Mary-Kate; \"MK\""_s;
        awkward.familyName = u"O'Brien;Jr"_s;
        awkward.givenName = u"Mary,Kate"_s;
        awkward.organization = u"A\\B; C, D"_s;
        awkward.note = u"ends with a backslash \\"_s;
        contacts.append(awkward);

        vcard::Contact bare; // no name at all: the caller rejects it, but it survives
        bare.emails = {u"x@y.cn"_s};
        contacts.append(bare);

        const QString written = vcard::write(contacts);
        const auto back = readOk(written);
        QCOMPARE(back.size(), contacts.size());
        for (qsizetype i = 0; i < contacts.size(); ++i)
            compareContacts(back.at(i), contacts.at(i));
        QCOMPARE(back.at(0).line, 1);
        QVERIFY(back.at(1).line > back.at(0).line);
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "test_vcard.moc"
