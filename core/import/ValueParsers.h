#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport::core::parse {

// Cleaning and parsing of the cells of an imported file. The importer calls these
// once per cell, so they scan by hand instead of using regular expressions, and
// only build an error message when there is an error. Amounts never go through
// floating point: they stay decimal strings and then integers of minor units.
// Errors are Validation errors without a field key (the caller knows the column).

// Trimmed, with every run of white space (tabs, line breaks, NBSP, U+3000 and the
// other Unicode spaces) turned into one ASCII space.
QString singleLine(const QString& text);
// Line breaks become LF; each line loses its trailing white space; blank lines at
// the start and end go; the line breaks and indentation inside are kept.
QString multiLine(const QString& text);

// ---- Numbers ----------------------------------------------------------------

enum class NumberStyle {
    DotDecimal,   // "1,234.56" (also "1 234.56", "1'234.56")
    CommaDecimal, // "1.234,56" (also "1 234,56")
};

struct NumberStyleGuess
{
    NumberStyle style = NumberStyle::DotDecimal;
    bool decided = false; // false: no value settled it, or values disagreed
};

// Looks at a whole column. A value with both separators settles it by the one that
// comes last; a single comma followed by 1-2 or 4+ digits ("12,5") or repeated dots
// ("1.234.567") mean CommaDecimal; the mirror images ("12.5", "1,234,567") mean
// DotDecimal. "1,234" and "1.234" decide nothing. When values disagree the
// majority wins but decided is false, so the caller asks the user.
NumberStyleGuess detectNumberStyle(const QStringList& columnSample);

// The canonical decimal form of a number written by a person or a spreadsheet:
// an optional '-', digits without leading zeros, and a fraction without trailing
// zeros ("-1234.56", "0.5", "12"). Accepts currency symbols and codes before or
// after the number, "-12", "−12" (U+2212), "(12.00)" (accounting negative),
// full-width digits, and thousands separators (the other separator of the style,
// a space, NBSP or an apostrophe) in groups of three.
Result<QString> decimal(const QString& text, NumberStyle style);

// A whole number: "12", "12.0" and "1,200" (DotDecimal); "1.5" is an error.
Result<qint64> integer(const QString& text, NumberStyle style);

struct MoneyValue
{
    qint64 minor = 0; // in units of 10^-fractionDigits
    QString currency; // ISO 4217 code when the text carried a symbol or code, else empty
};

// decimal(), then exact conversion to minor units with fractionDigits (0..6;
// 2 for CNY, USD, EUR, GBP; 0 for JPY, KRW). Extra fraction digits are an error
// unless they are zeros ("2.550" is fine, "0.001" is not).
// Currencies recognised: ¥ ￥ 元 RMB 人民币 CNY -> CNY; $ US$ USD -> USD; € EUR;
// £ GBP; 円 JPY -> JPY; ₩ KRW; HK$ HKD. "¥" alone means CNY: the yen and the
// yuan share the sign, our users are mostly in China, and a Japanese file usually
// writes 円 or JPY. Two different currencies in one cell are an error.
Result<MoneyValue> money(const QString& text, NumberStyle style, int fractionDigits = 2);

// ---- Dates ------------------------------------------------------------------

enum class DateOrder {
    Auto, // per value: a part above 12 decides, otherwise day first
    Ymd,
    Dmy,
    Mdy,
};

// "auto", "ymd", "dmy", "mdy": for settings, saved mappings and the CLI.
QString dateOrderKey(DateOrder order);
Result<DateOrder> parseDateOrderKey(const QString& key);

struct DateOrderGuess
{
    DateOrder order = DateOrder::Ymd;
    bool decided = false;
    bool conflict = false; // some values need day-month, others month-day
    int evidenceRows = 0;  // values that showed their order
};

// Looks at a whole column. A value whose first (second) number is above 12 is
// day-month (month-day); a value that starts with a four-digit year, an Excel
// serial and "20240305" describe themselves. When values disagree, conflict is
// set and the majority is proposed. When nothing decides (all values like
// "5/3/2024"), decided is false and the proposal is Dmy: most of the world writes
// the day first, and the year-first habit of China and ISO 8601 is recognised by
// its four-digit year anyway. A column of only year-first values decides Ymd.
DateOrderGuess detectDateOrder(const QStringList& columnSample);

// Accepts ISO 8601 ("2024-03-05", "2024-03-05T08:26:00Z", "…+08:00",
// "2024-03-05 08:26[:00]"), "2024/3/5", "2024.3.5", "2024年3月5日" (full-width
// digits too), "20240305", "05.03.2024", "5/3/2024", "5-3-2024", two-digit years
// ("5/3/24": 00-68 are 2000-2068 and 69-99 are 1969-1999, the POSIX strptime
// pivot), and Excel serial day numbers ("45356", "45356.5"; 1900 date system,
// 1..2958465, where serial 60 is Excel's phantom 1900-02-29 and is an error).
// A time may follow ("12/1/2010 8:26", "8:26 PM"); date() checks it and ignores
// it, and returns the calendar date as written (an offset does not move it).
// A value starting with a four-digit year is always year-month-day; order decides
// the others (Ymd only applies when all parts have one or two digits).
Result<QDate> date(const QString& text, DateOrder order);

// The same grammar, keeping the time (00:00 when there is none). Without an
// offset the wall-clock time is returned as UTC, since the file's time zone is
// unknown; with "Z" or an offset it is converted to UTC.
Result<QDateTime> dateTime(const QString& text, DateOrder order);

// ---- Contact fields ---------------------------------------------------------

// One canonical form per phone number: libphonenumber's international format
// ("+86 138 0013 8000", "+44 20 7946 0958 ext. 12") when the number is possible
// for defaultRegion (an ISO 3166 code such as "CN"; a leading + or 00 names the
// country itself). Otherwise its digits, as contact::phoneDigits gives them.
// Empty text gives an empty string. Thread-safe.
QString phone(const QString& text, const QString& defaultRegion);
// The same, with an error saying why when the number is not possible.
Result<QString> checkedPhone(const QString& text, const QString& defaultRegion);

// Trimmed, NFKC, lower-cased, without "mailto:" or a display name
// ("Li Lei <LI@x.cn>" -> "li@x.cn"); an error when not a plausible address.
Result<QString> email(const QString& text);

// yes/no, y/n, true/false, t/f, 1/0, on/off, 是/否, 对/错, √ ✓ ✔ / × ✗ ✘,
// case-insensitive, full-width forms too.
Result<bool> yesNo(const QString& text);

} // namespace rapport::core::parse
