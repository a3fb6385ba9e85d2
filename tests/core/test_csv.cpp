#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"
#include "io/TextEncoding.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTest>

#include <initializer_list>

using rapport::core::Error;
using rapport::core::Status;
namespace csv = rapport::core::csv;
namespace formula = rapport::core::formula;

using Rows = QList<QStringList>;
using Lines = QList<qlonglong>;

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList fields(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(u8(text));
    return list;
}

Rows rows(std::initializer_list<std::initializer_list<const char*>> records)
{
    Rows result;
    for (const auto& record : records)
        result.append(fields(record));
    return result;
}

QByteArray encoded(const QString& text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

struct ReadOutcome
{
    Rows records;
    Lines lines;
    bool ok = false;
    Error error;
    csv::Encoding encoding = csv::Encoding::Auto;
    bool bom = false;
    QChar delimiter;
    qint64 bytesRead = 0;
    bool indicesInOrder = true;
};

ReadOutcome readAll(QIODevice* device, csv::ReaderOptions options = {})
{
    csv::CsvReader reader(device, options);
    ReadOutcome outcome;
    csv::Record record;
    for (;;) {
        const auto more = reader.next(record);
        if (!more) {
            outcome.error = more.error();
            break;
        }
        if (!*more) {
            outcome.ok = true;
            break;
        }
        outcome.indicesInOrder &= record.index == outcome.records.size();
        outcome.records.append(record.fields);
        outcome.lines.append(record.line);
    }
    outcome.encoding = reader.encoding();
    outcome.bom = reader.hadBom();
    outcome.delimiter = reader.delimiter();
    outcome.bytesRead = reader.bytesRead();
    return outcome;
}

ReadOutcome readAll(const QByteArray& bytes, csv::ReaderOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options);
}

QByteArray writeAll(const Rows& records, csv::WriterOptions options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        csv::CsvWriter writer(&buffer, options);
        for (const QStringList& record : records) {
            if (!writer.writeRecord(record))
                return QByteArray();
        }
        if (!writer.flush())
            return QByteArray();
    }
    return buffer.data();
}

// Awkward text for round trips: every character the writer must quote, line
// breaks of each kind, Chinese, an emoji (a surrogate pair), a BOM character,
// apostrophes and formula starts.
QString awkwardText(QRandomGenerator& random, int maxPieces)
{
    static const QStringList pieces = {
        u8("a"),    u8("Zhang"), u8(" "),  u8("\""),   u8(","), u8(";"), u8("\t"),
        u8("|"),    u8("\r"),    u8("\n"), u8("\r\n"), u8("'"), u8("="), u8("+"),
        u8("-"),    u8("@"),     u8("张"), u8("伟明"), u8("😀"), u8("é"), QString(QChar(0xFEFF)),
        u8("\"\""), u8("x y"),   u8("𠀀"),
    };
    QString text;
    const int count = random.bounded(maxPieces + 1);
    for (int i = 0; i < count; ++i)
        text += pieces.at(random.bounded(int(pieces.size())));
    return text;
}

Rows awkwardRecords(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    Rows records;
    for (int r = 0; r < count; ++r) {
        QStringList record;
        const int width = 1 + random.bounded(6);
        for (int f = 0; f < width; ++f)
            record.append(awkwardText(random, 8));
        records.append(record);
    }
    return records;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- reading: the dialect -------------------------------------------------

    void dialect_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("delimiter"); // empty: detect
        QTest::addColumn<Rows>("expected");
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<QString>("usedDelimiter");

        const QString comma = u8(",");
        QTest::addRow("CRLF") << QByteArray("a,b,c\r\n1,2,3\r\n") << QString()
                              << rows({{"a", "b", "c"}, {"1", "2", "3"}}) << Lines{1, 2} << comma;
        QTest::addRow("LF") << QByteArray("a,b\n1,2\n") << QString()
                            << rows({{"a", "b"}, {"1", "2"}}) << Lines{1, 2} << comma;
        QTest::addRow("lone CR") << QByteArray("a,b\r1,2\r") << QString()
                                 << rows({{"a", "b"}, {"1", "2"}}) << Lines{1, 2} << comma;
        QTest::addRow("mixed line ends")
            << QByteArray("a,b\r\n1,2\n3,4\r5,6") << QString()
            << rows({{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}}) << Lines{1, 2, 3, 4} << comma;
        QTest::addRow("final record without newline")
            << QByteArray("a,b\n1,2") << QString() << rows({{"a", "b"}, {"1", "2"}}) << Lines{1, 2}
            << comma;
        QTest::addRow("quoted delimiter")
            << QByteArray("name,city\n\"Zhang, Wei\",Beijing\n") << QString()
            << rows({{"name", "city"}, {"Zhang, Wei", "Beijing"}}) << Lines{1, 2} << comma;
        QTest::addRow("doubled quotes")
            << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << QString()
            << rows({{"a", "b"}, {"say \"hi\"", "\""}}) << Lines{1, 2} << comma;
        QTest::addRow("LF inside quotes")
            << QByteArray("a,b\n\"x\ny\",z\nnext,1\n") << QString()
            << rows({{"a", "b"}, {"x\ny", "z"}, {"next", "1"}}) << Lines{1, 2, 4} << comma;
        QTest::addRow("CRLF inside quotes")
            << QByteArray("a,b\r\n\"x\r\ny\r\nw\",z\r\nnext,1\r\n") << QString()
            << rows({{"a", "b"}, {"x\r\ny\r\nw", "z"}, {"next", "1"}}) << Lines{1, 2, 5} << comma;
        QTest::addRow("CR inside quotes")
            << QByteArray("a,b\r\"x\ry\",z\rnext,1") << QString()
            << rows({{"a", "b"}, {"x\ry", "z"}, {"next", "1"}}) << Lines{1, 2, 4} << comma;
        QTest::addRow("empty fields")
            << QByteArray("a,,c\n,,\n") << QString() << rows({{"a", "", "c"}, {"", "", ""}})
            << Lines{1, 2} << comma;
        QTest::addRow("empty quoted field")
            << QByteArray("a,\"\",c\n") << QString() << rows({{"a", "", "c"}}) << Lines{1} << comma;
        QTest::addRow("trailing delimiter")
            << QByteArray("a,b,\n1,2,\n") << QString() << rows({{"a", "b", ""}, {"1", "2", ""}})
            << Lines{1, 2} << comma;
        QTest::addRow("trailing delimiter at the end")
            << QByteArray("a,b,\n1,2,") << QString() << rows({{"a", "b", ""}, {"1", "2", ""}})
            << Lines{1, 2} << comma;
        QTest::addRow("blank line in the middle")
            << QByteArray("a,b\n\n1,2\n") << QString() << rows({{"a", "b"}, {""}, {"1", "2"}})
            << Lines{1, 2, 3} << comma;
        QTest::addRow("blank line before the end")
            << QByteArray("a,b\n1,2\n\n") << QString() << rows({{"a", "b"}, {"1", "2"}, {""}})
            << Lines{1, 2, 3} << comma;
        QTest::addRow("empty input") << QByteArray() << QString() << Rows() << Lines() << comma;
        QTest::addRow("only a line break")
            << QByteArray("\n") << QString() << rows({{""}}) << Lines{1} << comma;
        QTest::addRow("stray quote kept")
            << QByteArray("size,x\n5\" screen,a\"b\"\n") << QString()
            << rows({{"size", "x"}, {"5\" screen", "a\"b\""}}) << Lines{1, 2} << comma;
        QTest::addRow("text after closing quote")
            << QByteArray("a,b\n\"ab\"c,\"d\" \n") << QString() << rows({{"a", "b"}, {"abc", "d "}})
            << Lines{1, 2} << comma;
        QTest::addRow("spaces kept")
            << QByteArray(" a , b \n") << QString() << rows({{" a ", " b "}}) << Lines{1} << comma;
        QTest::addRow("semicolon detected")
            << QByteArray("name;amount\nA;1,5\nB;2,75\n") << QString()
            << rows({{"name", "amount"}, {"A", "1,5"}, {"B", "2,75"}}) << Lines{1, 2, 3} << u8(";");
        QTest::addRow("tab detected")
            << QByteArray("name\tcity\nZhang, Wei\tBeijing\n") << QString()
            << rows({{"name", "city"}, {"Zhang, Wei", "Beijing"}}) << Lines{1, 2} << u8("\t");
        QTest::addRow("pipe detected")
            << QByteArray("a|b|c\n1|2|3\n") << QString() << rows({{"a", "b", "c"}, {"1", "2", "3"}})
            << Lines{1, 2} << u8("|");
        QTest::addRow("header only, semicolon")
            << QByteArray("a;b") << QString() << rows({{"a", "b"}}) << Lines{1} << u8(";");
        QTest::addRow("tie goes to comma")
            << QByteArray("a,b;c\n1,2;3\n") << QString() << rows({{"a", "b;c"}, {"1", "2;3"}})
            << Lines{1, 2} << comma;
        QTest::addRow("quoted delimiters do not count")
            << QByteArray("a;\"b,c,d\"\n1;\"2,3\"\n") << QString()
            << rows({{"a", "b,c,d"}, {"1", "2,3"}}) << Lines{1, 2} << u8(";");
        QTest::addRow("single column") << QByteArray("name\nA\nB\n") << QString()
                                       << rows({{"name"}, {"A"}, {"B"}}) << Lines{1, 2, 3} << comma;
        QTest::addRow("override honoured")
            << QByteArray("a;b,c\n1;2,3\n") << u8(",") << rows({{"a;b", "c"}, {"1;2", "3"}})
            << Lines{1, 2} << comma;
        QTest::addRow("override to tab")
            << QByteArray("a,b\tc\n") << u8("\t") << rows({{"a,b", "c"}}) << Lines{1} << u8("\t");
        QTest::addRow("BOM skipped")
            << QByteArray("\xEF\xBB\xBF"
                          "a,b\n1,2\n")
            << QString() << rows({{"a", "b"}, {"1", "2"}}) << Lines{1, 2} << comma;
        QTest::addRow("Chinese") << QByteArray("姓名,城市\n张伟,北京\n") << QString()
                                 << rows({{"姓名", "城市"}, {"张伟", "北京"}}) << Lines{1, 2}
                                 << comma;
    }

    void dialect()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, delimiter);
        QFETCH(Rows, expected);
        QFETCH(Lines, lines);
        QFETCH(QString, usedDelimiter);

        csv::ReaderOptions options;
        if (!delimiter.isEmpty())
            options.delimiter = delimiter.front();
        const ReadOutcome outcome = readAll(input, options);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.records, expected);
        QCOMPARE(outcome.lines, lines);
        QCOMPARE(QString(outcome.delimiter), usedDelimiter);
        QVERIFY(outcome.indicesInOrder);
        QCOMPARE(outcome.bytesRead, qint64(input.size()));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("recordsBefore");
        QTest::addColumn<QString>("message");

        const int automatic = int(csv::Encoding::Auto);
        QTest::addRow("unterminated quote")
            << QByteArray("a,b\n\"c,d\ne,f\n") << automatic << 1 << u8("Line 2:");
        QTest::addRow("unterminated quote after a multi-line field")
            << QByteArray("a,b\n\"x\ny\",z\n1,\"open\n\n") << automatic << 2 << u8("Line 4:");
        QTest::addRow("unterminated at the very end")
            << QByteArray("a,\"") << automatic << 0 << u8("Line 1:");
        QTest::addRow("explicit UTF-8 on GB18030")
            << (QByteArray("name,city\n") + gb18030(u8("张三,北京\n"))) << int(csv::Encoding::Utf8)
            << 1 << u8("Line 2 holds bytes that are not valid UTF-8");
        QTest::addRow("bad byte after a multi-line field")
            << QByteArray("a,b\n\"x\r\ny\",\xFF\n") << int(csv::Encoding::Utf8) << 1
            << u8("Line 3 holds");
        QTest::addRow("UTF-8 cut at the end")
            << QByteArray("a\nb\xE4\xB8") << int(csv::Encoding::Utf8) << 1 << u8("Line 2 holds");
        QTest::addRow("invalid GB18030")
            << (gb18030(u8("张,三\n李,四\n")) + QByteArray("\x81\x20,x\n"))
            << int(csv::Encoding::Gb18030) << 2
            << u8("Line 3 holds bytes that are not valid GB18030");
        QTest::addRow("lone surrogate in UTF-16")
            << (QByteArray("\xFF\xFE") + encoded(u8("a,b\nc,"), QStringConverter::Utf16LE)
                + QByteArray("\x00\xD8", 2) + encoded(u8("\n"), QStringConverter::Utf16LE))
            << automatic << 1 << u8("Line 2 holds bytes that are not valid UTF-16");
        QTest::addRow("odd byte at the end of UTF-16")
            << (QByteArray("\xFE\xFF") + encoded(u8("a\n"), QStringConverter::Utf16BE)
                + QByteArray("\x00", 1))
            << automatic << 1 << u8("Line 2 holds");
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, encoding);
        QFETCH(int, recordsBefore);
        QFETCH(QString, message);

        const ReadOutcome outcome = readAll(input, {csv::Encoding(encoding), QChar()});
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.code, Error::Code::Validation);
        QVERIFY2(outcome.error.message.startsWith(message), qPrintable(outcome.error.message));
        QCOMPARE(outcome.records.size(), recordsBefore);
    }

    void errorsAreSticky()
    {
        QBuffer buffer;
        buffer.setData("\"open");
        buffer.open(QIODevice::ReadOnly);
        csv::CsvReader reader(&buffer);
        csv::Record record;
        const auto first = reader.next(record);
        QVERIFY(!first);
        const auto second = reader.next(record);
        QVERIFY(!second);
        QCOMPARE(second.error().message, first.error().message);
    }

    void closedDeviceIsAnError()
    {
        QBuffer buffer;
        csv::CsvReader reader(&buffer);
        const auto opened = reader.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Io);
    }

    void quoteCannotBeTheDelimiter()
    {
        QBuffer buffer;
        buffer.setData("a,b\n");
        buffer.open(QIODevice::ReadOnly);
        csv::CsvReader reader(&buffer, {csv::Encoding::Auto, QChar(u'"')});
        const auto opened = reader.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::InvalidArgument);
    }

    void reusesTheRecord()
    {
        QBuffer buffer;
        buffer.setData("a,b,c\nd\n");
        buffer.open(QIODevice::ReadOnly);
        csv::CsvReader reader(&buffer);
        csv::Record record;
        QVERIFY(*reader.next(record));
        QCOMPARE(record.fields, fields({"a", "b", "c"}));
        const QStringList kept = record.fields; // a caller may keep the fields
        QVERIFY(*reader.next(record));
        QCOMPARE(record.fields, fields({"d"}));
        QCOMPARE(record.index, 1);
        QCOMPARE(record.line, 2);
        QCOMPARE(kept, fields({"a", "b", "c"}));
        QVERIFY(!*reader.next(record));
        QVERIFY(!*reader.next(record));
    }

    // Empty fields bind as '' in SQL, never as NULL, whether new or reused.
    void emptyFieldsAreNotNull()
    {
        QBuffer buffer;
        buffer.setData("a,,\"\"\n,b,\n\n");
        buffer.open(QIODevice::ReadOnly);
        csv::CsvReader reader(&buffer);
        csv::Record record;
        record.fields = {QString(), QString(), QString(), QString()}; // null, to be reused
        int empties = 0;
        while (*reader.next(record)) {
            for (const QString& field : std::as_const(record.fields)) {
                QVERIFY(!field.isNull());
                empties += field.isEmpty();
            }
        }
        QCOMPARE(empties, 5);
    }

    // A record that never ends (a missing quote in a big file) stops at a bound
    // instead of taking the whole file into memory.
    void overlongRecordIsAnError()
    {
        QByteArray input("name,notes\nZhang,\"never closed ");
        input.append(17 * 1024 * 1024, 'x');
        const ReadOutcome outcome = readAll(input);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.records.size(), 1);
        QCOMPARE(outcome.error.code, Error::Code::Validation);
        QVERIFY2(outcome.error.message.startsWith(u8("Line 2:")),
                 qPrintable(outcome.error.message));
    }

    // --- reading: encodings ---------------------------------------------------

    void encodingKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("auto") << u8("auto") << int(csv::Encoding::Auto) << u8("auto");
        QTest::addRow("utf-8") << u8("utf-8") << int(csv::Encoding::Utf8) << u8("utf-8");
        QTest::addRow("UTF8") << u8("UTF8") << int(csv::Encoding::Utf8) << u8("utf-8");
        QTest::addRow("utf-16") << u8("Utf-16") << int(csv::Encoding::Utf16) << u8("utf-16");
        QTest::addRow("gb18030") << u8("GB18030") << int(csv::Encoding::Gb18030) << u8("gb18030");
        QTest::addRow("gbk") << u8("gbk") << int(csv::Encoding::Gb18030) << u8("gb18030");
    }

    void encodingKeys()
    {
        QFETCH(QString, key);
        QFETCH(int, encoding);
        QFETCH(QString, canonical);
        const auto parsed = csv::parseEncodingKey(key);
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), encoding);
        QCOMPARE(csv::encodingKey(*parsed), canonical);
    }

    void unknownEncodingKey()
    {
        const auto parsed = csv::parseEncodingKey(u8("latin1"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::InvalidArgument);
        for (const char* key : {"latin1", "auto", "utf-8", "utf-16", "gb18030"})
            QVERIFY2(parsed.error().message.contains(u8(key)), qPrintable(parsed.error().message));
    }

    void detectEncoding_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<bool>("atEnd");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        const QByteArray wei = u8("伟").toUtf8(); // three bytes
        QTest::addRow("empty") << QByteArray() << true << int(csv::Encoding::Utf8) << false;
        QTest::addRow("ASCII") << QByteArray("a,b\n") << true << int(csv::Encoding::Utf8) << false;
        QTest::addRow("UTF-8") << u8("张伟,北京").toUtf8() << true << int(csv::Encoding::Utf8)
                               << false;
        QTest::addRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                                 "a")
                                   << true << int(csv::Encoding::Utf8) << true;
        QTest::addRow("UTF-16LE BOM") << QByteArray("\xFF\xFE"
                                                    "a\0",
                                                    4)
                                      << true << int(csv::Encoding::Utf16) << true;
        QTest::addRow("UTF-16BE BOM")
            << QByteArray("\xFE\xFF\0a", 4) << true << int(csv::Encoding::Utf16) << true;
        QTest::addRow("GB18030") << gb18030(u8("张伟,北京\n")) << true
                                 << int(csv::Encoding::Gb18030) << false;
        QTest::addRow("sequence cut by the sample")
            << (QByteArray("a,") + wei.left(2)) << false << int(csv::Encoding::Utf8) << false;
        QTest::addRow("sequence cut by the end of file")
            << (QByteArray("a,") + wei.left(2)) << true << int(csv::Encoding::Gb18030) << false;
        QTest::addRow("overlong form")
            << QByteArray("\xC0\xAF") << true << int(csv::Encoding::Gb18030) << false;
        QTest::addRow("encoded surrogate")
            << QByteArray("\xED\xA0\x80") << true << int(csv::Encoding::Gb18030) << false;
    }

    void detectEncoding()
    {
        QFETCH(QByteArray, sample);
        QFETCH(bool, atEnd);
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        bool hasBom = !bom;
        QCOMPARE(int(csv::detectEncoding(sample, atEnd, &hasBom)), encoding);
        QCOMPARE(hasBom, bom);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("chosen");
        QTest::addColumn<int>("used");
        QTest::addColumn<bool>("bom");

        const QString text = u8("姓名,城市,备注\n张伟明,北京,\"说 \"\"你好\"\"\n第二行 😀\"\n");
        const int automatic = int(csv::Encoding::Auto);
        QTest::addRow("UTF-8") << text.toUtf8() << automatic << int(csv::Encoding::Utf8) << false;
        QTest::addRow("UTF-8 BOM") << (QByteArray("\xEF\xBB\xBF") + text.toUtf8()) << automatic
                                   << int(csv::Encoding::Utf8) << true;
        QTest::addRow("UTF-8 BOM, chosen")
            << (QByteArray("\xEF\xBB\xBF") + text.toUtf8()) << int(csv::Encoding::Utf8)
            << int(csv::Encoding::Utf8) << true;
        QTest::addRow("UTF-16LE BOM")
            << (QByteArray("\xFF\xFE") + encoded(text, QStringConverter::Utf16LE)) << automatic
            << int(csv::Encoding::Utf16) << true;
        QTest::addRow("UTF-16BE BOM")
            << (QByteArray("\xFE\xFF") + encoded(text, QStringConverter::Utf16BE)) << automatic
            << int(csv::Encoding::Utf16) << true;
        QTest::addRow("UTF-16LE chosen, no BOM")
            << encoded(text, QStringConverter::Utf16LE) << int(csv::Encoding::Utf16)
            << int(csv::Encoding::Utf16) << false;
        QTest::addRow("UTF-16BE chosen, no BOM")
            << encoded(text, QStringConverter::Utf16BE) << int(csv::Encoding::Utf16)
            << int(csv::Encoding::Utf16) << false;
        QTest::addRow("GB18030 detected")
            << gb18030(text) << automatic << int(csv::Encoding::Gb18030) << false;
        QTest::addRow("GB18030 chosen")
            << gb18030(text) << int(csv::Encoding::Gb18030) << int(csv::Encoding::Gb18030) << false;
    }

    void encodings()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, chosen);
        QFETCH(int, used);
        QFETCH(bool, bom);

        const ReadOutcome outcome = readAll(input, {csv::Encoding(chosen), QChar()});
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(int(outcome.encoding), used);
        QCOMPARE(outcome.bom, bom);
        QCOMPARE(outcome.records, (Rows{fields({"姓名", "城市", "备注"}),
                                        fields({"张伟明", "北京", "说 \"你好\"\n第二行 😀"})}));
        QCOMPARE(outcome.lines, (Lines{1, 2}));
    }

    // Invalid bytes far into a file (past the 64 KiB sniff and the first chunk) are
    // found on their line, after every record before them was returned.
    void invalidBytesDeepInAFile()
    {
        QByteArray input("id,name\n");
        for (int i = 1; i < 100000; ++i)
            input += QByteArray::number(i) + ",customer\n";
        input += gb18030(u8("100000,张伟\n"));
        input += "100001,after\n";
        QVERIFY(input.size() > 1024 * 1024 + 64 * 1024);
        const ReadOutcome outcome = readAll(input);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.encoding, csv::Encoding::Utf8);
        QCOMPARE(outcome.records.size(), 100000);
        QVERIFY2(outcome.error.message.startsWith(u8("Line 100001 holds")),
                 qPrintable(outcome.error.message));
    }

    // Files bigger than a chunk, read from disk, with characters of two, three and
    // four bytes and quoted line breaks everywhere, so that chunk boundaries (wherever
    // the reader puts them) fall inside characters and records. Each padding shifts
    // every boundary by one more byte.
    void chunkBoundaries_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("padding");
        for (const auto encoding :
             {csv::Encoding::Utf8, csv::Encoding::Utf16, csv::Encoding::Gb18030}) {
            for (int padding = 0; padding < 4; ++padding) {
                QTest::addRow("%s, padding %d", qPrintable(csv::encodingKey(encoding)), padding)
                    << int(encoding) << padding;
            }
        }
    }

    void chunkBoundaries()
    {
        QFETCH(int, encoding);
        QFETCH(int, padding);

        Rows expected;
        Lines lines;
        QString text;
        expected.append(QStringList{QString(padding, u'p'), u8("城市")});
        text = expected.front().join(u',') + u8("\r\n");
        lines.append(1);
        qint64 line = 2;
        for (int i = 0; text.size() < 1600 * 1024; ++i) {
            const QStringList record{u8("张伟明%1").arg(i), u8("北京 😀 \"引号\"\r\n第二行 𠀀")};
            expected.append(record);
            lines.append(line);
            line += 2;
            text += record.front() + u8(",\"北京 😀 \"\"引号\"\"\r\n第二行 𠀀\"\r\n");
        }
        QByteArray bytes;
        switch (csv::Encoding(encoding)) {
        case csv::Encoding::Utf16:
            bytes = QByteArray("\xFF\xFE") + encoded(text, QStringConverter::Utf16LE);
            break;
        case csv::Encoding::Gb18030:
            bytes = gb18030(text);
            break;
        default:
            bytes = text.toUtf8();
        }
        QVERIFY(bytes.size() > 2 * 1024 * 1024);

        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
        QVERIFY(file.seek(0));
        const ReadOutcome outcome = readAll(&file);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(int(outcome.encoding), encoding);
        QCOMPARE(outcome.records.size(), expected.size());
        QCOMPARE(outcome.records, expected);
        QCOMPARE(outcome.lines, lines);
        QCOMPARE(outcome.bytesRead, qint64(bytes.size()));
    }

    // --- writing --------------------------------------------------------------

    void quoting_data()
    {
        QTest::addColumn<QStringList>("record");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("expected");
        const QString comma = u8(",");
        QTest::addRow("plain") << fields({"a", "b c", "张伟"}) << comma << u8("a,b c,张伟\r\n");
        QTest::addRow("delimiter") << fields({"a,b", "c"}) << comma << u8("\"a,b\",c\r\n");
        QTest::addRow("quote") << fields({"say \"hi\"", "\""}) << comma
                               << u8("\"say \"\"hi\"\"\",\"\"\"\"\r\n");
        QTest::addRow("LF") << fields({"a\nb"}) << comma << u8("\"a\nb\"\r\n");
        QTest::addRow("CR") << fields({"a\rb"}) << comma << u8("\"a\rb\"\r\n");
        QTest::addRow("leading space") << fields({" a", "b"}) << comma << u8("\" a\",b\r\n");
        QTest::addRow("trailing space") << fields({"a", "b "}) << comma << u8("a,\"b \"\r\n");
        QTest::addRow("empty fields") << fields({"", "", ""}) << comma << u8(",,\r\n");
        QTest::addRow("one empty field") << fields({""}) << comma << u8("\r\n");
        QTest::addRow("no fields") << QStringList() << comma << u8("\r\n");
        QTest::addRow("other delimiter not quoted")
            << fields({"a;b", "c"}) << comma << u8("a;b,c\r\n");
        QTest::addRow("semicolon") << fields({"a;b", "1,5"}) << u8(";") << u8("\"a;b\";1,5\r\n");
        QTest::addRow("tab") << fields({"a\tb", "c"}) << u8("\t") << u8("\"a\tb\"\tc\r\n");
        QTest::addRow("apostrophe and formula kept")
            << fields({"'=x", "=SUM(A1)"}) << comma << u8("'=x,=SUM(A1)\r\n");
        const QString bom(QChar(0xFEFF)); // QString::fromUtf8 would drop it
        QTest::addRow("BOM character first") << QStringList{bom + u8("a"), bom + u8("b")} << comma
                                             << (u8("\"") + bom + u8("a\",") + bom + u8("b\r\n"));
    }

    void quoting()
    {
        QFETCH(QStringList, record);
        QFETCH(QString, delimiter);
        QFETCH(QString, expected);
        csv::WriterOptions options;
        options.delimiter = delimiter.front();
        QCOMPARE(writeAll({record}, options), expected.toUtf8());
    }

    void lineFeeds()
    {
        csv::WriterOptions options;
        options.crlf = false;
        QCOMPARE(writeAll({fields({"a", "b\r\nc"}), fields({"d"})}, options),
                 QByteArray("a,\"b\r\nc\"\nd\n"));
    }

    void bomOnce()
    {
        csv::WriterOptions options;
        options.encoding = csv::OutputEncoding::Utf8Bom;
        QCOMPARE(writeAll({}, options), QByteArray()); // nothing written, no BOM
        Rows records;
        for (int i = 0; i < 100000; ++i) // several chunks
            records.append(fields({"张伟明", "北京"}));
        const QByteArray bytes = writeAll(records, options);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
        const ReadOutcome outcome = readAll(bytes);
        QVERIFY(outcome.bom);
        QCOMPARE(outcome.records, records);
    }

    void gb18030Output()
    {
        csv::WriterOptions options;
        options.encoding = csv::OutputEncoding::Gb18030;
        const Rows records{fields({"姓名", "备注"}), fields({"张伟明", "说 \"你好\" 😀 𠀀 €"})};
        const QByteArray bytes = writeAll(records, options);
        QCOMPARE(bytes, gb18030(u8("姓名,备注\r\n张伟明,\"说 \"\"你好\"\" 😀 𠀀 €\"\r\n")));
        const ReadOutcome outcome = readAll(bytes);
        QCOMPARE(outcome.encoding, csv::Encoding::Gb18030);
        QCOMPARE(outcome.records, records);
    }

    void loneSurrogateIsRejected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("named");
        QTest::addColumn<int>("encoding");
        const QString high(QChar(0xD83D));
        const QString low(QChar(0xDE00));
        for (const auto encoding : {csv::OutputEncoding::Utf8, csv::OutputEncoding::Gb18030}) {
            const char* name = encoding == csv::OutputEncoding::Utf8 ? "UTF-8" : "GB18030";
            QTest::addRow("high alone, %s", name)
                << (u8("a") + high + u8("b")) << u8("U+D83D") << int(encoding);
            QTest::addRow("high at the end, %s", name)
                << (u8("a") + high) << u8("U+D83D") << int(encoding);
            QTest::addRow("low alone, %s", name)
                << (low + u8("b")) << u8("U+DE00") << int(encoding);
            QTest::addRow("reversed pair, %s", name)
                << (low + high) << u8("U+DE00") << int(encoding);
        }
    }

    void loneSurrogateIsRejected()
    {
        QFETCH(QString, field);
        QFETCH(QString, named);
        QFETCH(int, encoding);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        csv::WriterOptions options;
        options.encoding = csv::OutputEncoding(encoding);
        csv::CsvWriter writer(&buffer, options);
        QVERIFY(writer.writeRecord(fields({"ok"})));
        const auto status = writer.writeRecord({u8("x"), field});
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::InvalidArgument);
        QVERIFY2(status.error().message.contains(named), qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(u8("Field 2 of record 2")),
                 qPrintable(status.error().message));
        QVERIFY(writer.writeRecord(fields({"after"}))); // the bad record left nothing behind
        QVERIFY(writer.flush());
        QCOMPARE(writer.recordsWritten(), 2);
        QCOMPARE(buffer.data(), QByteArray("ok\r\nafter\r\n"));
    }

    void diskFullIsAnIoError()
    {
        QFile full(u8("/dev/full"));
        if (!full.open(QIODevice::WriteOnly))
            QSKIP("/dev/full is not available");
        csv::CsvWriter writer(&full);
        Status status;
        for (int i = 0; i < 10000 && status; ++i)
            status = writer.writeRecord(fields({"张伟明", "some notes to fill the disk"}));
        if (status)
            status = writer.flush();
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::Io);
        QVERIFY2(!status.error().message.isEmpty(), "no message");
        QVERIFY(!writer.flush()); // stays failed
    }

    void closedDeviceIsAnIoError()
    {
        QBuffer buffer;
        csv::CsvWriter writer(&buffer);
        const auto status = writer.writeRecord(fields({"a"}));
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::Io);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<int>("records");
        const QList<std::pair<csv::OutputEncoding, const char*>> encodings{
            {csv::OutputEncoding::Utf8, "UTF-8"},
            {csv::OutputEncoding::Utf8Bom, "UTF-8 BOM"},
            {csv::OutputEncoding::Gb18030, "GB18030"},
        };
        for (const auto& [encoding, name] : encodings) {
            for (const char* delimiter : {",", ";", "\t", "|"}) {
                for (const bool crlf : {true, false}) {
                    QTest::addRow("%s, %s, %s", name, delimiter[0] == '\t' ? "tab" : delimiter,
                                  crlf ? "CRLF" : "LF")
                        << int(encoding) << u8(delimiter) << crlf << 300;
                }
            }
            QTest::addRow("%s, several chunks", name) << int(encoding) << u8(",") << true << 60000;
        }
    }

    void roundTrip()
    {
        QFETCH(int, encoding);
        QFETCH(QString, delimiter);
        QFETCH(bool, crlf);
        QFETCH(int, records);
        const Rows written =
            awkwardRecords(quint32(qHash(QString::fromLatin1(QTest::currentDataTag()))), records);
        csv::WriterOptions options{csv::OutputEncoding(encoding), delimiter.front(), crlf};
        const QByteArray bytes = writeAll(written, options);
        QVERIFY(!bytes.isEmpty());
        const csv::Encoding readAs = options.encoding == csv::OutputEncoding::Gb18030
                                         ? csv::Encoding::Gb18030
                                         : csv::Encoding::Auto;
        const ReadOutcome outcome = readAll(bytes, {readAs, delimiter.front()});
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.records.size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i)
            QCOMPARE(outcome.records.at(i), written.at(i));
    }

    // --- formula guard --------------------------------------------------------

    void neutralize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("equals") << u8("=SUM(A1)") << u8("'=SUM(A1)");
        QTest::addRow("plus phone") << u8("+86 138 0013 8000") << u8("'+86 138 0013 8000");
        QTest::addRow("minus") << u8("-5") << u8("'-5");
        QTest::addRow("at") << u8("@cmd") << u8("'@cmd");
        QTest::addRow("tab") << u8("\tx") << u8("'\tx");
        QTest::addRow("CR") << u8("\rx") << u8("'\rx");
        QTest::addRow("apostrophe then formula") << u8("'=x") << u8("''=x");
        QTest::addRow("two apostrophes then formula") << u8("''+1") << u8("'''+1");
        QTest::addRow("plain") << u8("Zhang") << u8("Zhang");
        QTest::addRow("empty") << u8("") << u8("");
        QTest::addRow("formula later") << u8("a=b") << u8("a=b");
        QTest::addRow("space first") << u8(" =x") << u8(" =x");
        QTest::addRow("LF first") << u8("\nx") << u8("\nx");
        QTest::addRow("quoted") << u8("'quoted'") << u8("'quoted'");
        QTest::addRow("apostrophes only") << u8("''") << u8("''");
        QTest::addRow("Chinese") << u8("张伟") << u8("张伟");
    }

    void neutralize()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(formula::neutralize(text), expected);
    }

    void restore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("equals") << u8("'=SUM(A1)") << u8("=SUM(A1)");
        QTest::addRow("plus phone") << u8("'+86 138") << u8("+86 138");
        QTest::addRow("minus") << u8("'-5") << u8("-5");
        QTest::addRow("at") << u8("'@x") << u8("@x");
        QTest::addRow("tab") << u8("'\tx") << u8("\tx");
        QTest::addRow("CR") << u8("'\rx") << u8("\rx");
        QTest::addRow("two apostrophes") << u8("''=x") << u8("'=x");
        QTest::addRow("quoted stays") << u8("'quoted'") << u8("'quoted'");
        QTest::addRow("lone apostrophe") << u8("'") << u8("'");
        QTest::addRow("apostrophes only") << u8("''") << u8("''");
        QTest::addRow("unguarded formula") << u8("=x") << u8("=x");
        QTest::addRow("empty") << u8("") << u8("");
    }

    void restore()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(formula::restore(text), expected);
    }

    // Every string of up to five characters over an alphabet of the characters that
    // matter, plus random longer ones: restore undoes neutralize, and what
    // neutralize returns never starts a formula.
    void formulaRoundTrip()
    {
        const QString alphabet = u8("'=+-@\t\ra \n张");
        const auto check = [](const QString& s) {
            const QString safe = formula::neutralize(s);
            if (formula::restore(safe) != s)
                return false;
            return safe.isEmpty() || !QStringView(u"=+-@\t\r").contains(safe.front());
        };
        QList<QString> level{QString()};
        int checked = 0;
        for (int length = 0; length <= 5; ++length) {
            QList<QString> longer;
            for (const QString& s : std::as_const(level)) {
                QVERIFY2(check(s), s.toUtf8().toPercentEncoding().constData());
                ++checked;
                if (length < 5) {
                    for (const QChar c : alphabet)
                        longer.append(s + c);
                }
            }
            level = longer;
        }
        QRandomGenerator random(42);
        for (int i = 0; i < 20000; ++i) {
            const QString s = awkwardText(random, 12);
            QVERIFY2(check(s), s.toUtf8().toPercentEncoding().constData());
            ++checked;
        }
        QVERIFY(checked > 100000);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
