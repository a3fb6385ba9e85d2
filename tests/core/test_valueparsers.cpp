#include "import/ValueParsers.h"

#include <QTest>

#include <limits>
#include <thread>
#include <vector>

using namespace rapport::core;
using namespace Qt::StringLiterals;
using parse::DateOrder;
using parse::NumberStyle;

Q_DECLARE_METATYPE(parse::NumberStyle)
Q_DECLARE_METATYPE(parse::DateOrder)

namespace {

constexpr NumberStyle Dot = NumberStyle::DotDecimal;
constexpr NumberStyle Comma = NumberStyle::CommaDecimal;

// Checks a result against either an expected value or an error substring.
template<typename T>
void verifyResult(const Result<T>& result, const T& expected, const QString& error)
{
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value(), expected);
    } else {
        QVERIFY2(!result.ok(), "expected an error");
        QCOMPARE(result.error().code, Error::Code::Validation);
        QVERIFY2(result.error().message.contains(error, Qt::CaseInsensitive),
                 qPrintable(result.error().message));
    }
}

} // namespace

class TestValueParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- Text ----------------------------------------------------------------

    void singleLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("clean") << u"Li Lei"_s << u"Li Lei"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("blank") << u" \t "_s << QString();
        QTest::addRow("outer spaces") << u"  a  b  "_s << u"a b"_s;
        QTest::addRow("tab") << u"a\tb"_s << u"a b"_s;
        QTest::addRow("ideographic space") << u"李\u3000雷"_s << u"李 雷"_s;
        QTest::addRow("nbsp run") << u"a\u00A0\u00A0b"_s << u"a b"_s;
        QTest::addRow("crlf") << u"a\r\nb"_s << u"a b"_s;
        QTest::addRow("trailing newline") << u"a\n"_s << u"a"_s;
    }

    void singleLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(parse::singleLine(text), expected);
    }

    void multiLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("one line") << u"note"_s << u"note"_s;
        QTest::addRow("crlf") << u"a\r\nb"_s << u"a\nb"_s;
        QTest::addRow("cr") << u"a\rb"_s << u"a\nb"_s;
        QTest::addRow("trailing white space") << u"a  \nb\t\u3000"_s << u"a\nb"_s;
        QTest::addRow("outer blank lines") << u"\n \n a\n\n\nb\n\n"_s << u" a\n\n\nb"_s;
        QTest::addRow("inner blank crlf") << u"x\r\n\r\ny"_s << u"x\n\ny"_s;
        QTest::addRow("only blanks") << u"  \r\n  "_s << QString();
        QTest::addRow("empty") << QString() << QString();
    }

    void multiLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(parse::multiLine(text), expected);
    }

    // ---- Numbers ---------------------------------------------------------------

    void decimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        const QString ok;
        QTest::addRow("dot grouped") << u"1,234.56"_s << Dot << u"1234.56"_s << ok;
        QTest::addRow("comma grouped") << u"1.234,56"_s << Comma << u"1234.56"_s << ok;
        QTest::addRow("yen grouped") << u"¥1,234"_s << Dot << u"1234"_s << ok;
        QTest::addRow("dollar space") << u"$ 12"_s << Dot << u"12"_s << ok;
        QTest::addRow("yuan suffix") << u"12.00 元"_s << Dot << u"12"_s << ok;
        QTest::addRow("rmb prefix") << u"RMB 5"_s << Dot << u"5"_s << ok;
        QTest::addRow("euro comma") << u"€3,50"_s << Comma << u"3.5"_s << ok;
        QTest::addRow("accounting negative") << u"(12.00)"_s << Dot << u"-12"_s << ok;
        QTest::addRow("accounting with currency") << u"($1,200.50)"_s << Dot << u"-1200.5"_s << ok;
        QTest::addRow("minus") << u"-12"_s << Dot << u"-12"_s << ok;
        QTest::addRow("minus sign") << u"\u221212"_s << Dot << u"-12"_s << ok;
        QTest::addRow("plus") << u"+12"_s << Dot << u"12"_s << ok;
        QTest::addRow("minus before currency") << u"-$12"_s << Dot << u"-12"_s << ok;
        QTest::addRow("minus after currency") << u"¥ -1,234.50"_s << Dot << u"-1234.5"_s << ok;
        QTest::addRow("full-width digits") << u"１２３"_s << Dot << u"123"_s << ok;
        QTest::addRow("full-width all") << u"１，２３４．５６"_s << Dot << u"1234.56"_s << ok;
        QTest::addRow("space groups") << u"1 234,56"_s << Comma << u"1234.56"_s << ok;
        QTest::addRow("nbsp groups") << u"1\u00A0234,56"_s << Comma << u"1234.56"_s << ok;
        QTest::addRow("narrow nbsp groups")
            << u"1\u202F234\u202F567,5"_s << Comma << u"1234567.5"_s << ok;
        QTest::addRow("apostrophe groups") << u"1'234.56"_s << Dot << u"1234.56"_s << ok;
        QTest::addRow("dots as groups") << u"1.234.567"_s << Comma << u"1234567"_s << ok;
        QTest::addRow("leading zeros") << u"007"_s << Dot << u"7"_s << ok;
        QTest::addRow("zero point five") << u"0.50"_s << Dot << u"0.5"_s << ok;
        QTest::addRow("bare fraction") << u".5"_s << Dot << u"0.5"_s << ok;
        QTest::addRow("negative zero") << u"-0.00"_s << Dot << u"0"_s << ok;
        QTest::addRow("zero") << u"0"_s << Dot << u"0"_s << ok;
        QTest::addRow("code suffix") << u"5 EUR"_s << Dot << u"5"_s << ok;
        QTest::addRow("long") << u"12345678901234567890.5"_s << Dot << u"12345678901234567890.5"_s
                              << ok;

        QTest::addRow("trailing minus") << u"12-"_s << Dot << QString() << u"sign after"_s;
        QTest::addRow("comma group of 2") << u"1,23"_s << Dot << QString() << u"groups of three"_s;
        QTest::addRow("comma group of 4")
            << u"1,2345"_s << Dot << QString() << u"groups of three"_s;
        QTest::addRow("bad inner group")
            << u"12,345,67"_s << Dot << QString() << u"groups of three"_s;
        QTest::addRow("long first group")
            << u"1234,567"_s << Dot << QString() << u"groups of three"_s;
        QTest::addRow("two decimal points")
            << u"1.234.567"_s << Dot << QString() << u"more than one decimal separator"_s;
        QTest::addRow("mixed groups") << u"1,234 567"_s << Dot << QString() << u"mixed"_s;
        QTest::addRow("group in fraction")
            << u"1,234.5,6"_s << Dot << QString() << u"after the decimal separator"_s;
        QTest::addRow("no fraction digits") << u"12."_s << Dot << QString() << u"no digits after"_s;
        QTest::addRow("empty") << QString() << Dot << QString() << u"empty"_s;
        QTest::addRow("blank") << u"  "_s << Dot << QString() << u"empty"_s;
        QTest::addRow("letters") << u"abc"_s << Dot << QString() << u"unexpected “a”"_s;
        QTest::addRow("exponent") << u"1.5e3"_s << Dot << QString() << u"unexpected “e”"_s;
        QTest::addRow("open parenthesis")
            << u"(12"_s << Dot << QString() << u"unbalanced parentheses"_s;
        QTest::addRow("parenthesis and minus")
            << u"(-12)"_s << Dot << QString() << u"both parentheses and a sign"_s;
        QTest::addRow("two signs") << u"--12"_s << Dot << QString() << u"more than one sign"_s;
        QTest::addRow("two currencies")
            << u"$12 €"_s << Dot << QString() << u"two currencies, USD and EUR"_s;
        QTest::addRow("only currency") << u"¥"_s << Dot << QString() << u"no digits"_s;
    }

    void decimal()
    {
        QFETCH(QString, text);
        QFETCH(NumberStyle, style);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        const auto result = parse::decimal(text, style);
        verifyResult(result, expected, error);
        if (!error.isEmpty())
            QVERIFY(result.error().message.startsWith(u"Not a number: “"_s));
    }

    void integer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("error");
        const QString ok;
        QTest::addRow("plain") << u"12"_s << Dot << qint64(12) << ok;
        QTest::addRow("zero fraction") << u"12.0"_s << Dot << qint64(12) << ok;
        QTest::addRow("grouped") << u"1,200"_s << Dot << qint64(1200) << ok;
        QTest::addRow("grouped comma style") << u"1.200"_s << Comma << qint64(1200) << ok;
        QTest::addRow("negative") << u"-3"_s << Dot << qint64(-3) << ok;
        QTest::addRow("accounting") << u"(5)"_s << Dot << qint64(-5) << ok;
        QTest::addRow("largest") << u"9223372036854775807"_s << Dot
                                 << std::numeric_limits<qint64>::max() << ok;
        QTest::addRow("fraction") << u"1.5"_s << Dot << qint64(0) << u"not a whole number"_s;
        QTest::addRow("too large")
            << u"9223372036854775808"_s << Dot << qint64(0) << u"too large"_s;
        QTest::addRow("text") << u"many"_s << Dot << qint64(0) << u"not a number"_s;
    }

    void integer()
    {
        QFETCH(QString, text);
        QFETCH(NumberStyle, style);
        QFETCH(qint64, expected);
        QFETCH(QString, error);
        verifyResult(parse::integer(text, style), expected, error);
    }

    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<int>("fractionDigits");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("error");
        const QString ok;
        const QString none;
        QTest::addRow("yen sign is yuan")
            << u"¥1,234"_s << Dot << 2 << qint64(123400) << u"CNY"_s << ok;
        QTest::addRow("full-width yen sign")
            << u"￥88"_s << Dot << 2 << qint64(8800) << u"CNY"_s << ok;
        QTest::addRow("dollar") << u"$ 12"_s << Dot << 2 << qint64(1200) << u"USD"_s << ok;
        QTest::addRow("yuan") << u"12.00 元"_s << Dot << 2 << qint64(1200) << u"CNY"_s << ok;
        QTest::addRow("rmb") << u"RMB 5"_s << Dot << 2 << qint64(500) << u"CNY"_s << ok;
        QTest::addRow("renminbi") << u"人民币 5"_s << Dot << 2 << qint64(500) << u"CNY"_s << ok;
        QTest::addRow("cny") << u"CNY 5.5"_s << Dot << 2 << qint64(550) << u"CNY"_s << ok;
        QTest::addRow("euro") << u"€3,50"_s << Comma << 2 << qint64(350) << u"EUR"_s << ok;
        QTest::addRow("eur suffix") << u"5 EUR"_s << Dot << 2 << qint64(500) << u"EUR"_s << ok;
        QTest::addRow("pound") << u"£7"_s << Dot << 2 << qint64(700) << u"GBP"_s << ok;
        QTest::addRow("gbp") << u"GBP 7.1"_s << Dot << 2 << qint64(710) << u"GBP"_s << ok;
        QTest::addRow("usd lower case") << u"usd 3"_s << Dot << 2 << qint64(300) << u"USD"_s << ok;
        QTest::addRow("us dollar") << u"US$5"_s << Dot << 2 << qint64(500) << u"USD"_s << ok;
        QTest::addRow("hk dollar") << u"HK$5"_s << Dot << 2 << qint64(500) << u"HKD"_s << ok;
        QTest::addRow("cn yen sign") << u"CN¥5"_s << Dot << 2 << qint64(500) << u"CNY"_s << ok;
        QTest::addRow("jp yen sign") << u"JP¥500"_s << Dot << 0 << qint64(500) << u"JPY"_s << ok;
        QTest::addRow("jpy") << u"JPY 1,200"_s << Dot << 0 << qint64(1200) << u"JPY"_s << ok;
        QTest::addRow("en") << u"1200円"_s << Dot << 0 << qint64(1200) << u"JPY"_s << ok;
        QTest::addRow("won") << u"₩5000"_s << Dot << 0 << qint64(5000) << u"KRW"_s << ok;
        QTest::addRow("no currency") << u"0.1"_s << Dot << 2 << qint64(10) << none << ok;
        QTest::addRow("accounting") << u"(12.00)"_s << Dot << 2 << qint64(-1200) << none << ok;
        QTest::addRow("trailing zero") << u"2.550"_s << Dot << 2 << qint64(255) << none << ok;
        QTest::addRow("three digits") << u"12.345"_s << Dot << 3 << qint64(12345) << none << ok;
        QTest::addRow("largest") << u"92233720368547758.07"_s << Dot << 2
                                 << std::numeric_limits<qint64>::max() << none << ok;
        QTest::addRow("negative cents") << u"-0.05"_s << Dot << 2 << qint64(-5) << none << ok;

        QTest::addRow("too precise") << u"0.001"_s << Dot << 2 << qint64(0) << none
                                     << u"more decimal places than the currency allows (2)"_s;
        QTest::addRow("yen with cents")
            << u"12.5"_s << Dot << 0 << qint64(0) << none << u"allows (0)"_s;
        QTest::addRow("too large")
            << u"92233720368547758.08"_s << Dot << 2 << qint64(0) << none << u"too large"_s;
        QTest::addRow("bad grouping")
            << u"1,23"_s << Dot << 2 << qint64(0) << none << u"groups of three"_s;
        QTest::addRow("two currencies")
            << u"$5 元"_s << Dot << 2 << qint64(0) << none << u"two currencies"_s;
    }

    void money()
    {
        QFETCH(QString, text);
        QFETCH(NumberStyle, style);
        QFETCH(int, fractionDigits);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, error);
        const auto result = parse::money(text, style, fractionDigits);
        if (!error.isEmpty()) {
            verifyResult(Result<qint64>(result ? Result<qint64>(0) : result.error()), qint64(0),
                         error);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->minor, minor);
        QCOMPARE(result->currency, currency);
    }

    void moneyRejectsMeaninglessFractionDigits()
    {
        const auto result = parse::money(u"1"_s, Dot, 7);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidArgument);
    }

    void detectNumberStyle_data()
    {
        QTest::addColumn<QStringList>("sample");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<bool>("decided");
        QTest::addRow("both, dot last") << QStringList{u"1,234.56"_s, u"12"_s} << Dot << true;
        QTest::addRow("both, comma last") << QStringList{u"1.234,56"_s} << Comma << true;
        QTest::addRow("comma and two digits") << QStringList{u"1,23"_s} << Comma << true;
        QTest::addRow("comma and one digit") << QStringList{u"12,5"_s} << Comma << true;
        QTest::addRow("comma and four digits") << QStringList{u"1,2345"_s} << Comma << true;
        QTest::addRow("repeated dots") << QStringList{u"1.234.567"_s} << Comma << true;
        QTest::addRow("repeated commas") << QStringList{u"1,234,567"_s} << Dot << true;
        QTest::addRow("dot and one digit") << QStringList{u"12.5"_s} << Dot << true;
        QTest::addRow("zero comma three") << QStringList{u"0,125"_s} << Comma << true;
        QTest::addRow("currency ignored") << QStringList{u"¥1.234,56"_s} << Comma << true;
        QTest::addRow("junk skipped") << QStringList{u"n/a"_s, u"1,5"_s} << Comma << true;
        QTest::addRow("three digits undecided") << QStringList{u"1,234"_s, u"12"_s} << Dot << false;
        QTest::addRow("integers undecided") << QStringList{u"1"_s, u"20"_s} << Dot << false;
        QTest::addRow("empty sample") << QStringList{} << Dot << false;
        QTest::addRow("disagreement, tie") << QStringList{u"12,5"_s, u"1.5"_s} << Dot << false;
        QTest::addRow("disagreement, majority")
            << QStringList{u"12,5"_s, u"3,75"_s, u"1.5"_s} << Comma << false;
    }

    void detectNumberStyle()
    {
        QFETCH(QStringList, sample);
        QFETCH(NumberStyle, style);
        QFETCH(bool, decided);
        const parse::NumberStyleGuess guess = parse::detectNumberStyle(sample);
        QCOMPARE(guess.style, style);
        QCOMPARE(guess.decided, decided);
    }

    // ---- Dates -----------------------------------------------------------------

    void dateOrderKeys()
    {
        for (DateOrder order : {DateOrder::Auto, DateOrder::Ymd, DateOrder::Dmy, DateOrder::Mdy}) {
            const auto parsed = parse::parseDateOrderKey(parse::dateOrderKey(order));
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, order);
        }
        QCOMPARE(parse::dateOrderKey(DateOrder::Dmy), u"dmy"_s);
        QCOMPARE(*parse::parseDateOrderKey(u" MDY "_s), DateOrder::Mdy);
        const auto unknown = parse::parseDateOrderKey(u"dym"_s);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(u"“dym”"_s));
    }

    void detectDateOrder_data()
    {
        QTest::addColumn<QStringList>("sample");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<bool>("decided");
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<int>("evidenceRows");
        QTest::addRow("day above 12")
            << QStringList{u"25/12/2024"_s, u"5/3/2024"_s} << DateOrder::Dmy << true << false << 1;
        QTest::addRow("dots, day above 12")
            << QStringList{u"n/a"_s, u"25.12.2024"_s} << DateOrder::Dmy << true << false << 1;
        QTest::addRow("month first")
            << QStringList{u"12/25/2024"_s, u"5/3/2024"_s} << DateOrder::Mdy << true << false << 1;
        QTest::addRow("year first") << QStringList{u"2024-03-05"_s, u"2024/12/25"_s}
                                    << DateOrder::Ymd << true << false << 2;
        QTest::addRow("excel serials")
            << QStringList{u"45356"_s, u"45357.5"_s} << DateOrder::Ymd << true << false << 2;
        QTest::addRow("two-digit year first")
            << QStringList{u"99/12/31"_s} << DateOrder::Ymd << true << false << 1;
        QTest::addRow("year first beside day first")
            << QStringList{u"2024-03-05"_s, u"25/3/2024"_s} << DateOrder::Dmy << true << false << 1;
        QTest::addRow("ambiguous: day first proposed")
            << QStringList{u"5/3/2024"_s, u"6/4/2024"_s} << DateOrder::Dmy << false << false << 0;
        QTest::addRow("ambiguous beside year first")
            << QStringList{u"2024-03-05"_s, u"5/3/2024"_s} << DateOrder::Dmy << false << false << 0;
        QTest::addRow("conflict") << QStringList{u"25/12/2024"_s, u"12/25/2024"_s} << DateOrder::Dmy
                                  << false << true << 2;
        QTest::addRow("conflict, month first majority")
            << QStringList{u"25/12/2024"_s, u"12/25/2024"_s, u"1/13/2024"_s} << DateOrder::Mdy
            << false << true << 3;
        QTest::addRow("nothing") << QStringList{} << DateOrder::Ymd << false << false << 0;
        QTest::addRow("no dates") << QStringList{u"soon"_s, QString()} << DateOrder::Ymd << false
                                  << false << 0;
    }

    void detectDateOrder()
    {
        QFETCH(QStringList, sample);
        QFETCH(DateOrder, order);
        QFETCH(bool, decided);
        QFETCH(bool, conflict);
        QFETCH(int, evidenceRows);
        const parse::DateOrderGuess guess = parse::detectDateOrder(sample);
        QCOMPARE(guess.order, order);
        QCOMPARE(guess.decided, decided);
        QCOMPARE(guess.conflict, conflict);
        QCOMPARE(guess.evidenceRows, evidenceRows);
    }

    void date_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<QString>("error");
        const QString ok;
        const QDate march5(2024, 3, 5);
        const DateOrder a = DateOrder::Auto;
        QTest::addRow("iso") << u"2024-03-05"_s << a << march5 << ok;
        QTest::addRow("iso utc") << u"2024-03-05T08:26:00Z"_s << a << march5 << ok;
        QTest::addRow("iso offset keeps date")
            << u"2024-03-05T23:26:00-05:00"_s << a << march5 << ok;
        QTest::addRow("iso space minutes") << u"2024-03-05 08:26"_s << a << march5 << ok;
        QTest::addRow("iso space seconds") << u"2024-03-05 08:26:00"_s << a << march5 << ok;
        QTest::addRow("slashes") << u"2024/3/5"_s << DateOrder::Mdy << march5 << ok;
        QTest::addRow("dots year first") << u"2024.3.5"_s << DateOrder::Dmy << march5 << ok;
        QTest::addRow("chinese") << u"2024年3月5日"_s << a << march5 << ok;
        QTest::addRow("chinese full-width") << u"２０２４年３月５日"_s << a << march5 << ok;
        QTest::addRow("chinese with time") << u"2024年3月5日 14:30"_s << a << march5 << ok;
        QTest::addRow("chinese time attached") << u"2024年3月5日14:30"_s << a << march5 << ok;
        QTest::addRow("compact") << u"20240305"_s << a << march5 << ok;
        QTest::addRow("dotted dmy") << u"05.03.2024"_s << DateOrder::Dmy << march5 << ok;
        QTest::addRow("ambiguous auto is dmy") << u"05.03.2024"_s << a << march5 << ok;
        QTest::addRow("slashed dmy") << u"5/3/2024"_s << DateOrder::Dmy << march5 << ok;
        QTest::addRow("slashed mdy") << u"5/3/2024"_s << DateOrder::Mdy << QDate(2024, 5, 3) << ok;
        QTest::addRow("dashed dmy") << u"5-3-2024"_s << DateOrder::Dmy << march5 << ok;
        QTest::addRow("auto day above 12") << u"25/12/2024"_s << a << QDate(2024, 12, 25) << ok;
        QTest::addRow("auto month first") << u"12/25/2024"_s << a << QDate(2024, 12, 25) << ok;
        QTest::addRow("ymd order on d/m/yyyy")
            << u"25/12/2024"_s << DateOrder::Ymd << QDate(2024, 12, 25) << ok;
        QTest::addRow("pivot 24") << u"5/3/24"_s << DateOrder::Dmy << march5 << ok;
        QTest::addRow("pivot 00") << u"5/3/00"_s << DateOrder::Dmy << QDate(2000, 3, 5) << ok;
        QTest::addRow("pivot 68") << u"5/3/68"_s << DateOrder::Dmy << QDate(2068, 3, 5) << ok;
        QTest::addRow("pivot 69") << u"5/3/69"_s << DateOrder::Dmy << QDate(1969, 3, 5) << ok;
        QTest::addRow("pivot 99") << u"5/3/99"_s << DateOrder::Dmy << QDate(1999, 3, 5) << ok;
        QTest::addRow("two-digit ymd") << u"24/3/5"_s << DateOrder::Ymd << march5 << ok;
        QTest::addRow("two-digit year above 31") << u"99/12/31"_s << a << QDate(1999, 12, 31) << ok;
        QTest::addRow("us with time")
            << u"12/1/2010 8:26"_s << DateOrder::Mdy << QDate(2010, 12, 1) << ok;
        QTest::addRow("us with pm")
            << u"12/1/2010 8:26 PM"_s << DateOrder::Mdy << QDate(2010, 12, 1) << ok;
        QTest::addRow("leap day") << u"2024-02-29"_s << a << QDate(2024, 2, 29) << ok;
        QTest::addRow("excel 1") << u"1"_s << a << QDate(1900, 1, 1) << ok;
        QTest::addRow("excel 59") << u"59"_s << a << QDate(1900, 2, 28) << ok;
        QTest::addRow("excel 61") << u"61"_s << a << QDate(1900, 3, 1) << ok;
        QTest::addRow("excel 45356") << u"45356"_s << a << march5 << ok;
        QTest::addRow("excel 45356.5") << u"45356.5"_s << a << march5 << ok;
        QTest::addRow("excel last") << u"2958465"_s << a << QDate(9999, 12, 31) << ok;

        QTest::addRow("excel 60") << u"60"_s << a << QDate() << u"29 February 1900"_s;
        QTest::addRow("excel 0") << u"0"_s << a << QDate() << u"from 1 to 2958465"_s;
        QTest::addRow("excel too late") << u"2958466"_s << a << QDate() << u"from 1 to 2958465"_s;
        QTest::addRow("february 30") << u"2023-02-30"_s << a << QDate() << u"2023-02 has 28 days"_s;
        QTest::addRow("not a leap year")
            << u"2023-02-29"_s << a << QDate() << u"2023-02 has 28 days"_s;
        QTest::addRow("1900 not a leap year")
            << u"1900-02-29"_s << a << QDate() << u"1900-02 has 28 days"_s;
        QTest::addRow("april 31") << u"31/4/2024"_s << DateOrder::Dmy << QDate()
                                  << u"2024-04 has 30 days"_s;
        QTest::addRow("month 13") << u"2024-13-01"_s << a << QDate() << u"no month 13"_s;
        QTest::addRow("wrong order") << u"12/25/2024"_s << DateOrder::Dmy << QDate()
                                     << u"no month 25, read as day/month/year"_s;
        QTest::addRow("bad time") << u"2024-03-05T25:00"_s << a << QDate() << u"no time 25:00"_s;
        QTest::addRow("13 pm") << u"1/2/2024 13:00 PM"_s << a << QDate()
                               << u"no hour 13 in a 12-hour clock"_s;
        QTest::addRow("year 0") << u"0000-01-01"_s << a << QDate() << u"no year 0"_s;
        QTest::addRow("three-digit year")
            << u"5/3/202"_s << a << QDate() << u"four or two digits"_s;
        QTest::addRow("mixed separators")
            << u"2024-3/5"_s << a << QDate() << u"separators differ"_s;
        QTest::addRow("month only") << u"2024-03"_s << a << QDate() << u"ends too early"_s;
        QTest::addRow("words") << u"tomorrow"_s << a << QDate()
                               << u"does not start with a number"_s;
        QTest::addRow("trailing text")
            << u"2024-03-05 soon"_s << a << QDate() << u"time must be written like 08:26"_s;
        QTest::addRow("bad offset") << u"2024-03-05T08:26+15:00"_s << a << QDate()
                                    << u"offset must be written like +08:00"_s;
        QTest::addRow("empty") << QString() << a << QDate() << u"empty"_s;
        QTest::addRow("too many digits") << u"202403051"_s << a << QDate() << u"too many digits"_s;
    }

    void date()
    {
        QFETCH(QString, text);
        QFETCH(DateOrder, order);
        QFETCH(QDate, expected);
        QFETCH(QString, error);
        const auto result = parse::date(text, order);
        verifyResult(result, expected, error);
        if (!error.isEmpty())
            QVERIFY(result.error().message.startsWith(u"Not a date: “"_s));
    }

    void dateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<QDateTime>("expected");
        const DateOrder a = DateOrder::Auto;
        const auto utc = [](int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::addRow("date only") << u"2024-03-05"_s << a << utc(2024, 3, 5, 0, 0);
        QTest::addRow("z") << u"2024-03-05T08:26:00Z"_s << a << utc(2024, 3, 5, 8, 26);
        QTest::addRow("milliseconds")
            << u"2024-03-05T08:26:00.250Z"_s << a << utc(2024, 3, 5, 8, 26, 0, 250);
        QTest::addRow("east offset")
            << u"2024-03-05T08:26:00+08:00"_s << a << utc(2024, 3, 5, 0, 26);
        QTest::addRow("compact offset")
            << u"2024-03-05T00:30:00+0800"_s << a << utc(2024, 3, 4, 16, 30);
        QTest::addRow("west offset")
            << u"2024-03-05T08:26:00-05:30"_s << a << utc(2024, 3, 5, 13, 56);
        QTest::addRow("utc word") << u"2024-03-05 08:26 UTC"_s << a << utc(2024, 3, 5, 8, 26);
        QTest::addRow("gmt+8") << u"2024-03-05 08:26 GMT+8"_s << a << utc(2024, 3, 5, 0, 26);
        QTest::addRow("wall clock") << u"2024-03-05 08:26"_s << a << utc(2024, 3, 5, 8, 26);
        QTest::addRow("pm") << u"12/1/2010 8:26 PM"_s << DateOrder::Mdy << utc(2010, 12, 1, 20, 26);
        QTest::addRow("12 am") << u"12/1/2010 12:05 am"_s << DateOrder::Mdy
                               << utc(2010, 12, 1, 0, 5);
        QTest::addRow("12 pm") << u"12/1/2010 12:05 PM"_s << DateOrder::Mdy
                               << utc(2010, 12, 1, 12, 5);
        QTest::addRow("chinese") << u"2024年3月5日 14:30"_s << a << utc(2024, 3, 5, 14, 30);
        QTest::addRow("excel noon") << u"45356.5"_s << a << utc(2024, 3, 5, 12, 0);
        QTest::addRow("excel evening") << u"45356.75"_s << a << utc(2024, 3, 5, 18, 0);
        QTest::addRow("excel float noise")
            << u"45356.5416666666666666"_s << a << utc(2024, 3, 5, 13, 0);
        QTest::addRow("excel rounds to next day")
            << u"45356.999999999"_s << a << utc(2024, 3, 6, 0, 0);
    }

    void dateTime()
    {
        QFETCH(QString, text);
        QFETCH(DateOrder, order);
        QFETCH(QDateTime, expected);
        const auto result = parse::dateTime(text, order);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->timeSpec(), Qt::UTC);
        QCOMPARE(*result, expected);
    }

    // ---- Contact fields ----------------------------------------------------------

    void phone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        const QString ok;
        const QString cnMobile = u"+86 138 0013 8000"_s;
        QTest::addRow("cn mobile") << u"13800138000"_s << u"CN"_s << cnMobile << ok;
        QTest::addRow("cn mobile dashed") << u"+86 138-0013-8000"_s << u"CN"_s << cnMobile << ok;
        QTest::addRow("00 prefix") << u"0086 13800138000"_s << u"CN"_s << cnMobile << ok;
        QTest::addRow("full-width") << u"１３８００１３８０００"_s << u"CN"_s << cnMobile << ok;
        QTest::addRow("lower-case region") << u"13800138000"_s << u"cn"_s << cnMobile << ok;
        QTest::addRow("beijing landline")
            << u"(010) 6552-9988"_s << u"CN"_s << u"+86 10 6552 9988"_s << ok;
        QTest::addRow("extension")
            << u"010 1234 5678 ext. 12"_s << u"CN"_s << u"+86 10 1234 5678 ext. 12"_s << ok;
        QTest::addRow("chinese extension")
            << u"010-6552 9988转12"_s << u"CN"_s << u"+86 10 6552 9988 ext. 12"_s << ok;
        QTest::addRow("chinese extension word")
            << u"010 6552 9988 分机 12"_s << u"CN"_s << u"+86 10 6552 9988 ext. 12"_s << ok;
        QTest::addRow("uk from cn")
            << u"+44 20 7946 0958"_s << u"CN"_s << u"+44 20 7946 0958"_s << ok;
        QTest::addRow("uk national")
            << u"020 7946 0958"_s << u"GB"_s << u"+44 20 7946 0958"_s << ok;
        QTest::addRow("00 outside 00 regions")
            << u"0044 20 7946 0958"_s << u"US"_s << u"+44 20 7946 0958"_s << ok;
        QTest::addRow("us") << u"(415) 555-0132"_s << u"US"_s << u"+1 415-555-0132"_s << ok;

        QTest::addRow("empty") << QString() << u"CN"_s << QString() << u"empty"_s;
        QTest::addRow("words") << u"call me"_s << u"CN"_s << QString() << u"not a phone number"_s;
        QTest::addRow("unknown country")
            << u"+999 1234 5678"_s << u"CN"_s << u"+99912345678"_s << u"unknown country code"_s;
        QTest::addRow("no region")
            << u"13800138000"_s << QString() << u"13800138000"_s << u"no country code"_s;
        QTest::addRow("local only")
            << u"555-0132"_s << u"US"_s << u"5550132"_s << u"without its area code"_s;
        QTest::addRow("too long") << u"+86 138 0013 8000 1234 5678"_s << u"CN"_s
                                  << u"+861380013800012345678"_s << u"too many digits"_s;
    }

    void phone()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        QCOMPARE(parse::phone(text, region), expected);
        const auto checked = parse::checkedPhone(text, region);
        verifyResult(checked, expected, error);
        if (!error.isEmpty())
            QVERIFY(checked.error().message.startsWith(u"Not a phone number: “"_s));
        // The per-thread cache must answer the same the second time.
        QCOMPARE(parse::phone(text, region), expected);
    }

    // Chinese mobile numbers take a fast path; an extension sends the same number
    // through libphonenumber, which must format it the same way.
    void chineseMobileFastPathAgreesWithTheLibrary()
    {
        int checked = 0;
        for (int prefix = 130; prefix <= 199; ++prefix) {
            for (const QString& rest : {u"00138000"_s, u"12345678"_s, u"99990000"_s}) {
                for (const QString& form : {u"%1%2"_s, u"+86 %1-%2"_s, u"(%1) %2"_s}) {
                    const QString number = form.arg(prefix).arg(rest);
                    const QString fast = parse::phone(number, u"CN"_s);
                    const QString slow = parse::phone(number + u" ext. 9"_s, u"CN"_s);
                    QCOMPARE(fast + u" ext. 9"_s, slow);
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 70 * 3 * 3);
        QCOMPARE(parse::phone(u"13800138000"_s, u"US"_s),
                 parse::phone(u"13800138000 ext. 9"_s, u"US"_s).section(u" ext"_s, 0, 0));
    }

    void phoneIsThreadSafe()
    {
        QStringList numbers;
        for (int i = 0; i < 3000; ++i)
            numbers.append(u"1380013%1"_s.arg(i % 5000, 4, 10, QChar(u'0')));
        QStringList expected;
        for (const QString& number : numbers)
            expected.append(parse::phone(number, u"CN"_s));
        std::vector<QStringList> results(4);
        std::vector<std::thread> threads;
        for (QStringList& out : results) {
            threads.emplace_back([&numbers, &out] {
                for (const QString& number : numbers)
                    out.append(parse::phone(number, u"CN"_s));
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        for (const QStringList& out : results)
            QCOMPARE(out, expected);
    }

    void email_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        const QString ok;
        QTest::addRow("trimmed lower") << u"  LI@X.cn "_s << u"li@x.cn"_s << ok;
        QTest::addRow("display name") << u"Li Lei <LI@x.cn>"_s << u"li@x.cn"_s << ok;
        QTest::addRow("quoted display name") << u"\"Lei, Li\" <li@x.cn>"_s << u"li@x.cn"_s << ok;
        QTest::addRow("mailto") << u"mailto:Li@X.cn"_s << u"li@x.cn"_s << ok;
        QTest::addRow("bracketed mailto") << u"<MAILTO:li@x.cn?subject=Hi>"_s << u"li@x.cn"_s << ok;
        QTest::addRow("full-width") << u"ｌｉ＠ｘ．ｃｎ"_s << u"li@x.cn"_s << ok;
        QTest::addRow("no domain dot") << u"li@x"_s << QString() << u"not an e-mail address"_s;
        QTest::addRow("two addresses")
            << u"a@b.cn; c@d.cn"_s << QString() << u"not an e-mail address"_s;
        QTest::addRow("empty") << QString() << QString() << u"not an e-mail address"_s;
    }

    void email()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        verifyResult(parse::email(text), expected, error);
    }

    void yesNo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("error");
        const QString ok;
        for (const QString& yes : {u"yes"_s, u"YES"_s, u"Y"_s, u"true"_s, u"True"_s, u"1"_s,
                                   u"on"_s, u"是"_s, u"√"_s, u"✓"_s, u" ＹＥＳ "_s})
            QTest::addRow("yes: %s", qPrintable(yes)) << yes << true << ok;
        for (const QString& no : {u"no"_s, u"No"_s, u"n"_s, u"FALSE"_s, u"0"_s, u"off"_s, u"否"_s,
                                  u"×"_s, u"✗"_s, u"０"_s})
            QTest::addRow("no: %s", qPrintable(no)) << no << false << ok;
        QTest::addRow("maybe") << u"maybe"_s << false << u"not yes or no: “maybe”"_s;
        QTest::addRow("empty") << QString() << false << u"not yes or no"_s;
    }

    void yesNo()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QFETCH(QString, error);
        verifyResult(parse::yesNo(text), expected, error);
    }
};

QTEST_GUILESS_MAIN(TestValueParsers)
#include "test_valueparsers.moc"
