#include "import/ValueParsers.h"

#include "domain/ContactRules.h"
#include "import/ValueParsersInternal.h"

#include <QStringView>
#include <QtNumeric>

#include <array>
#include <optional>

// Text, numbers, money, e-mail and yes/no. Dates are in ValueParsersDate.cpp and
// phones (the only user of libphonenumber) in ValueParsersPhone.cpp.

namespace rapport::core::parse {

using detail::invalid;
using detail::isAsciiDigit;
using detail::shown;
using detail::Text;

// ---- Text -------------------------------------------------------------------

QString singleLine(const QString& text)
{
    // Most cells are already clean; return them without allocating.
    bool clean = true;
    bool previousSpace = true; // a leading space is not clean
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (space && (previousSpace || c != u' ')) {
            clean = false;
            break;
        }
        previousSpace = space;
    }
    if (clean && (text.isEmpty() || !previousSpace))
        return text;
    return text.simplified();
}

QString multiLine(const QString& text)
{
    QString out;
    out.reserve(text.size());
    qsizetype lineStart = 0;
    qsizetype pendingBreaks = 0; // blank lines seen since the last line with text
    bool anyText = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool atBreak = i == n || text.at(i) == u'\n' || text.at(i) == u'\r';
        if (!atBreak)
            continue;
        qsizetype lineEnd = i;
        while (lineEnd > lineStart && text.at(lineEnd - 1).isSpace())
            --lineEnd;
        if (lineEnd > lineStart) {
            if (anyText)
                out.append(QString(pendingBreaks + 1, u'\n'));
            out.append(QStringView(text).mid(lineStart, lineEnd - lineStart));
            anyText = true;
            pendingBreaks = 0;
        } else if (anyText) {
            ++pendingBreaks;
        }
        if (i < n && text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i;
        lineStart = i + 1;
    }
    return out;
}

// ---- Numbers ----------------------------------------------------------------

namespace {

struct CurrencyToken
{
    const char16_t* text;
    const char16_t* code;
};

// Longer tokens first, so "US$" wins over "$" at either end of the number.
constexpr std::array<CurrencyToken, 20> kCurrencyTokens{{
    {u"人民币", u"CNY"},   {u"RMB", u"CNY"},    {u"CNY", u"CNY"},    {u"CN\u00A5", u"CNY"},
    {u"JP\u00A5", u"JPY"}, {u"US$", u"USD"},    {u"USD", u"USD"},    {u"HK$", u"HKD"},
    {u"HKD", u"HKD"},      {u"EUR", u"EUR"},    {u"GBP", u"GBP"},    {u"JPY", u"JPY"},
    {u"KRW", u"KRW"},      {u"\u00A5", u"CNY"}, // see money(): ¥ alone is the yuan
    {u"元", u"CNY"},       {u"$", u"USD"},      {u"\u20AC", u"EUR"}, {u"\u00A3", u"GBP"},
    {u"円", u"JPY"},       {u"\u20A9", u"KRW"},
}};

// Length of the currency token that starts (atEnd: ends) the view, or 0.
qsizetype matchCurrency(QStringView view, bool atEnd, QString& code)
{
    if (view.isEmpty())
        return 0;
    const QChar edge = atEnd ? view.back() : view.front();
    if (isAsciiDigit(edge) || edge == u'.' || edge == u',')
        return 0; // the common case: a bare number
    for (const CurrencyToken& token : kCurrencyTokens) {
        const QStringView t(token.text);
        const bool match =
            atEnd ? view.endsWith(t, Qt::CaseInsensitive) : view.startsWith(t, Qt::CaseInsensitive);
        if (match) {
            code = QString::fromUtf16(token.code);
            return t.size();
        }
    }
    return 0;
}

// A number cell taken apart: sign, currency, and the digits with their separators.
struct NumberText
{
    QStringView core;
    bool negative = false;
    QString currency;
    QString problem; // why it is not a number; empty when it may be one
};

NumberText splitNumber(const QString& s)
{
    NumberText result;
    qsizetype begin = 0;
    qsizetype end = s.size();
    bool sign = false;
    bool open = false;
    bool close = false;
    const auto takeCurrency = [&result](const QString& code) {
        if (!result.currency.isEmpty() && result.currency != code) {
            result.problem = Text::tr("two currencies, %1 and %2").arg(result.currency, code);
            return false;
        }
        result.currency = code;
        return true;
    };
    QString code;
    while (begin < end && result.problem.isEmpty()) {
        const QChar c = s.at(begin);
        if (c == u' ') {
            ++begin;
        } else if (c == u'-' || c == u'+') {
            if (sign)
                result.problem = Text::tr("more than one sign");
            sign = true;
            result.negative = c == u'-';
            ++begin;
        } else if (c == u'(' && !open) {
            open = true;
            ++begin;
        } else if (const qsizetype n =
                       matchCurrency(QStringView(s).mid(begin, end - begin), false, code)) {
            takeCurrency(code);
            begin += n;
        } else {
            break;
        }
    }
    while (end > begin && result.problem.isEmpty()) {
        const QChar c = s.at(end - 1);
        if (c == u' ') {
            --end;
        } else if (c == u')' && !close) {
            close = true;
            --end;
        } else if (c == u'-' || c == u'+') {
            result.problem = Text::tr("a sign after the number");
        } else if (const qsizetype n =
                       matchCurrency(QStringView(s).mid(begin, end - begin), true, code)) {
            takeCurrency(code);
            end -= n;
        } else {
            break;
        }
    }
    if (!result.problem.isEmpty())
        return result;
    if (open != close)
        result.problem = Text::tr("unbalanced parentheses");
    else if (open && sign)
        result.problem = Text::tr("both parentheses and a sign");
    else if (begin == end)
        result.problem = Text::tr("no digits");
    result.negative = result.negative || open;
    result.core = QStringView(s).mid(begin, end - begin);
    return result;
}

bool isGroupMark(QChar c)
{
    return c == u' ' || c == u'\'' || c == u'\u2019';
}

// The digits of a number, without leading zeros (integer) and trailing zeros
// (fraction), or the problem that keeps it from being a number.
struct Digits
{
    QString integer = QStringLiteral("0");
    QString fraction;
    QString problem;
};

Digits readDigits(QStringView core, NumberStyle style)
{
    Digits result;
    const QChar decimalMark = style == NumberStyle::DotDecimal ? u'.' : u',';
    const QChar otherMark = style == NumberStyle::DotDecimal ? u',' : u'.';
    qsizetype decimalAt = -1;
    for (qsizetype i = 0; i < core.size(); ++i) {
        const QChar c = core.at(i);
        if (c == decimalMark) {
            if (decimalAt >= 0) {
                result.problem = Text::tr("more than one decimal separator “%1”").arg(decimalMark);
                return result;
            }
            decimalAt = i;
        } else if (!isAsciiDigit(c) && c != otherMark && !isGroupMark(c)) {
            result.problem = Text::tr("unexpected “%1”").arg(c);
            return result;
        }
    }
    const QStringView integerPart = decimalAt < 0 ? core : core.left(decimalAt);
    if (decimalAt >= 0) {
        const QStringView fraction = core.mid(decimalAt + 1);
        if (fraction.isEmpty()) {
            result.problem = Text::tr("no digits after the decimal separator");
            return result;
        }
        for (QChar c : fraction) {
            if (!isAsciiDigit(c)) {
                result.problem = Text::tr("a thousands separator after the decimal separator");
                return result;
            }
        }
        qsizetype significant = fraction.size();
        while (significant > 0 && fraction.at(significant - 1) == u'0')
            --significant;
        result.fraction = fraction.left(significant).toString();
    } else if (integerPart.isEmpty()) {
        result.problem = Text::tr("no digits");
        return result;
    }

    QChar groupMark;
    qsizetype groupLength = 0;
    int groups = 0;
    QString digits;
    digits.reserve(integerPart.size());
    const QString badGroup = QStringLiteral("bad group");
    for (QChar c : integerPart) {
        if (isAsciiDigit(c)) {
            ++groupLength;
            if (c != u'0' || !digits.isEmpty())
                digits.append(c);
            continue;
        }
        if (groupMark.isNull())
            groupMark = c;
        else if (c != groupMark)
            result.problem = Text::tr("mixed thousands separators “%1” and “%2”").arg(groupMark, c);
        if (groups == 0 ? (groupLength < 1 || groupLength > 3) : groupLength != 3)
            result.problem = badGroup;
        ++groups;
        groupLength = 0;
    }
    if (groups > 0 && groupLength != 3)
        result.problem = badGroup;
    if (result.problem == badGroup)
        result.problem = Text::tr("thousands separators must separate groups of three digits");
    if (!digits.isEmpty())
        result.integer = digits;
    return result;
}

Error notANumber(const QString& text, const QString& problem)
{
    return invalid(Text::tr("Not a number: “%1” (%2).").arg(shown(text), problem));
}

struct Number
{
    Digits digits;
    bool negative = false;
    QString currency;
};

Result<Number> readNumber(const QString& text, NumberStyle style)
{
    const QString s = detail::narrowed(text);
    if (s.isEmpty())
        return notANumber(text, Text::tr("empty"));
    const NumberText split = splitNumber(s);
    if (!split.problem.isEmpty())
        return notANumber(text, split.problem);
    Number number;
    number.digits = readDigits(split.core, style);
    if (!number.digits.problem.isEmpty())
        return notANumber(text, number.digits.problem);
    number.currency = split.currency;
    number.negative = split.negative;
    return number;
}

bool isZero(const Digits& digits)
{
    return digits.integer == u"0" && digits.fraction.isEmpty();
}

// Accumulates decimal digits into value, failing on overflow.
bool appendDigits(qint64& value, QStringView digits)
{
    for (QChar c : digits) {
        if (qMulOverflow(value, qint64(10), &value)
            || qAddOverflow(value, qint64(c.unicode() - u'0'), &value))
            return false;
    }
    return true;
}

// Which style a single value shows, if any.
std::optional<NumberStyle> styleShownBy(QStringView core)
{
    qsizetype dots = 0;
    qsizetype commas = 0;
    for (QChar c : core) {
        if (c == u'.')
            ++dots;
        else if (c == u',')
            ++commas;
        else if (!isAsciiDigit(c) && !isGroupMark(c))
            return std::nullopt;
    }
    if (dots > 0 && commas > 0) {
        return core.lastIndexOf(u'.') > core.lastIndexOf(u',') ? NumberStyle::DotDecimal
                                                               : NumberStyle::CommaDecimal;
    }
    if (dots + commas == 0)
        return std::nullopt;
    const QChar mark = dots > 0 ? u'.' : u',';
    const NumberStyle markIsDecimal =
        mark == u'.' ? NumberStyle::DotDecimal : NumberStyle::CommaDecimal;
    const NumberStyle markIsGroup =
        mark == u'.' ? NumberStyle::CommaDecimal : NumberStyle::DotDecimal;
    if (dots + commas > 1)
        return markIsGroup; // "1.234.567"
    const qsizetype at = core.indexOf(mark);
    const qsizetype after = core.size() - at - 1;
    if (after == 0)
        return std::nullopt;
    if (after != 3)
        return markIsDecimal; // "12,5", "1,2345"
    // "1,234" could be either, except when what comes before cannot lead a group.
    const QStringView before = core.left(at).trimmed();
    if (before.isEmpty() || before == u"0")
        return markIsDecimal;
    return std::nullopt;
}

} // namespace

NumberStyleGuess detectNumberStyle(const QStringList& columnSample)
{
    int dot = 0;
    int comma = 0;
    for (const QString& value : columnSample) {
        const QString s = detail::narrowed(value);
        if (s.isEmpty())
            continue;
        const NumberText split = splitNumber(s);
        if (!split.problem.isEmpty())
            continue;
        if (const auto style = styleShownBy(split.core))
            ++(*style == NumberStyle::DotDecimal ? dot : comma);
    }
    NumberStyleGuess guess;
    guess.style = comma > dot ? NumberStyle::CommaDecimal : NumberStyle::DotDecimal;
    guess.decided = (dot > 0) != (comma > 0);
    return guess;
}

Result<QString> decimal(const QString& text, NumberStyle style)
{
    auto number = readNumber(text, style);
    if (!number)
        return number.error();
    const Digits& d = number->digits;
    QString out;
    out.reserve(d.integer.size() + d.fraction.size() + 2);
    if (number->negative && !isZero(d))
        out.append(u'-');
    out.append(d.integer);
    if (!d.fraction.isEmpty()) {
        out.append(u'.');
        out.append(d.fraction);
    }
    return out;
}

Result<qint64> integer(const QString& text, NumberStyle style)
{
    auto number = readNumber(text, style);
    if (!number)
        return number.error();
    if (!number->digits.fraction.isEmpty())
        return invalid(Text::tr("Not a whole number: “%1”.").arg(shown(text)));
    qint64 value = 0;
    if (!appendDigits(value, number->digits.integer))
        return invalid(Text::tr("The number “%1” is too large.").arg(shown(text)));
    return number->negative ? -value : value;
}

Result<MoneyValue> money(const QString& text, NumberStyle style, int fractionDigits)
{
    constexpr int kMaxFractionDigits = 6;
    if (fractionDigits < 0 || fractionDigits > kMaxFractionDigits) {
        return Error::make(
            Error::Code::InvalidArgument,
            Text::tr("A currency cannot have %1 decimal places.").arg(fractionDigits));
    }
    auto number = readNumber(text, style);
    if (!number)
        return number.error();
    const QString& fraction = number->digits.fraction;
    if (fraction.size() > fractionDigits) {
        return invalid(Text::tr("“%1” has more decimal places than the currency allows (%2).")
                           .arg(shown(text))
                           .arg(fractionDigits));
    }
    qint64 minor = 0;
    const QString padded = fraction + QString(fractionDigits - fraction.size(), u'0');
    if (!appendDigits(minor, number->digits.integer) || !appendDigits(minor, padded))
        return invalid(Text::tr("The amount “%1” is too large.").arg(shown(text)));
    MoneyValue value;
    value.minor = number->negative ? -minor : minor;
    value.currency = number->currency;
    return value;
}

// ---- E-mail and yes/no ------------------------------------------------------

Result<QString> email(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    // "Li Lei <li@x.cn>": the address is what the angle brackets hold.
    if (s.endsWith(u'>')) {
        const qsizetype open = s.lastIndexOf(u'<');
        if (open >= 0)
            s = s.mid(open + 1, s.size() - open - 2).trimmed();
    }
    if (s.startsWith(u"mailto:", Qt::CaseInsensitive)) {
        s = s.mid(7);
        const qsizetype query = s.indexOf(u'?');
        if (query >= 0)
            s.truncate(query);
        s = s.trimmed();
    }
    s = s.toLower();
    if (!contact::isValidEmail(s))
        return invalid(Text::tr("Not an e-mail address: “%1”.").arg(shown(text)));
    return s;
}

Result<bool> yesNo(const QString& text)
{
    static const std::array<const char16_t*, 11> yes{u"yes", u"y", u"true", u"1",  u"on", u"是",
                                                     u"√",   u"✓", u"✔",    u"对", u"t"};
    static const std::array<const char16_t*, 11> no{u"no", u"n", u"false", u"0",  u"off", u"否",
                                                    u"×",  u"✗", u"✘",     u"错", u"f"};
    const QString s = detail::narrowed(text);
    for (const char16_t* word : yes) {
        if (QStringView(s).compare(QStringView(word), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char16_t* word : no) {
        if (QStringView(s).compare(QStringView(word), Qt::CaseInsensitive) == 0)
            return false;
    }
    return invalid(Text::tr("Not yes or no: “%1”.").arg(shown(text)));
}

} // namespace rapport::core::parse
