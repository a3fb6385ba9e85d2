#include "import/ValueParsers.h"

#include "domain/ContactRules.h"
#include "import/ValueParsersInternal.h"

#include <QHash>

// libphonenumber lives only in this file; nothing of it reaches our headers.
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <optional>
#include <string>

// Phone numbers through Google's libphonenumber (Debian: libphonenumber-dev).
//
// Speed: Debian builds libphonenumber with ICU regular expressions, and one Parse()
// plus one Format() costs about 20-30 µs, i.e. some 35-50 thousand numbers a
// second on one core (see the report in test_valueparsers' benchmark). Imports
// repeat numbers (a customer's phone on every order line), so each thread keeps
// the results of recent inputs.

namespace rapport::core::parse {

using detail::invalid;
using detail::shown;
using detail::Text;

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Why a number is not accepted; the message is built only when asked for, so
// cached outcomes do not hold translated text.
enum class Problem {
    None,
    Empty,
    NotANumber,
    UnknownCountry,
    TooShort,
    TooLong,
    WrongLength,
    LocalOnly,
};

struct Outcome
{
    QString text; // the canonical form, or the digits when problem != None
    Problem problem = Problem::None;
};

Problem problemOf(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return Problem::None;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return Problem::UnknownCountry;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return Problem::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return Problem::TooLong;
    case PhoneNumberUtil::NOT_A_NUMBER:
        break;
    }
    return Problem::NotANumber;
}

Problem problemOf(PhoneNumberUtil::ValidationResult result)
{
    switch (result) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return Problem::None;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return Problem::LocalOnly;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return Problem::UnknownCountry;
    case PhoneNumberUtil::TOO_SHORT:
        return Problem::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return Problem::TooLong;
    case PhoneNumberUtil::INVALID_LENGTH:
        break;
    }
    return Problem::WrongLength;
}

// What libphonenumber is given. "00 44 20…" names its country in every region, as
// the caller asked; in regions whose international prefix is not 00 (the US
// dials 011) libphonenumber would otherwise read the zeros as part of a national
// number. Chinese extensions ("010-6552 9988转12", "分机 12") become "ext.", which
// the library understands.
QString prepared(const QString& text)
{
    QString s = detail::narrowed(text);
    if (s.startsWith(u"00"))
        s = QChar(u'+') + s.mid(2);
    if (s.contains(u'转') || s.contains(u"分机")) {
        s.replace(QStringLiteral("分机"), QStringLiteral(" ext. "));
        s.replace(u'转', QStringLiteral(" ext. "));
    }
    return s;
}

// Chinese mobile numbers, by far the most common numbers our users import, in
// the form libphonenumber gives them ("+86 138 0013 8000"), without its
// regular expressions: those cost ~30 us a number, this ~0.1 us. Only 11
// digits starting 13-19 (mobile) with nothing else but separators and an
// optional +86; anything else goes to the library. test_valueparsers checks the
// two agree.
std::optional<QString> chineseMobile(const QString& input, const QString& region)
{
    QString digits;
    digits.reserve(16);
    bool plus = false;
    for (const QChar c : input) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return std::nullopt;
    }
    if (plus || region.compare(QLatin1String("CN"), Qt::CaseInsensitive) != 0) {
        if (!digits.startsWith(QLatin1String("86")))
            return std::nullopt;
        digits.remove(0, 2);
    } else if (digits.size() == 13 && digits.startsWith(QLatin1String("86"))) {
        return std::nullopt; // "86138…" without +: leave the reading to the library
    }
    if (digits.size() != 11 || digits[0] != u'1' || digits[1] < u'3')
        return std::nullopt;
    QString out = QStringLiteral("+86 ");
    out += QStringView(digits).mid(0, 3);
    out += u' ';
    out += QStringView(digits).mid(3, 4);
    out += u' ';
    out += QStringView(digits).mid(7, 4);
    return out;
}

Outcome canonical(const QString& text, const QString& region)
{
    Outcome outcome;
    const QString input = prepared(text);
    if (input.isEmpty()) {
        outcome.problem = Problem::Empty;
        return outcome;
    }
    if (auto fast = chineseMobile(input, region)) {
        outcome.text = *fast;
        return outcome;
    }
    // GetInstance() is a thread-safe singleton, and its const members may be
    // called from any thread (the library guards its regular-expression cache).
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    outcome.problem =
        problemOf(util->Parse(input.toStdString(), region.toUpper().toStdString(), &number));
    if (outcome.problem == Problem::None)
        outcome.problem = problemOf(util->IsPossibleNumberWithReason(number));
    if (outcome.problem != Problem::None) {
        outcome.text = contact::phoneDigits(text);
        return outcome;
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    outcome.text = QString::fromStdString(formatted);
    return outcome;
}

// The last few thousand inputs of this thread and what they became.
const Outcome& cachedCanonical(const QString& text, const QString& region)
{
    constexpr qsizetype kCapacity = 4096;
    thread_local QHash<QString, Outcome> cache;
    QString key = region;
    key.append(QChar(u'\x1f'));
    key.append(text);
    auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    if (cache.size() >= kCapacity)
        cache.clear(); // cheaper than LRU bookkeeping, and imports come in runs
    return *cache.insert(key, canonical(text, region));
}

QString describe(Problem problem, const QString& region)
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Empty:
        return Text::tr("empty");
    case Problem::NotANumber:
        return Text::tr("not a phone number");
    case Problem::UnknownCountry:
        return region.isEmpty() ? Text::tr("no country code; write it as +country code")
                                : Text::tr("unknown country code");
    case Problem::TooShort:
        return Text::tr("too few digits");
    case Problem::TooLong:
        return Text::tr("too many digits");
    case Problem::WrongLength:
        return Text::tr("wrong number of digits for the country");
    case Problem::LocalOnly:
        return Text::tr("a local number without its area code");
    }
    return {};
}

} // namespace

QString phone(const QString& text, const QString& defaultRegion)
{
    return cachedCanonical(text, defaultRegion).text;
}

Result<QString> checkedPhone(const QString& text, const QString& defaultRegion)
{
    const Outcome& outcome = cachedCanonical(text, defaultRegion);
    if (outcome.problem == Problem::None)
        return outcome.text;
    return invalid(Text::tr("Not a phone number: “%1” (%2).")
                       .arg(shown(text), describe(outcome.problem, defaultRegion)));
}

} // namespace rapport::core::parse
