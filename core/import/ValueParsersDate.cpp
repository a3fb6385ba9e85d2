#include "import/ValueParsers.h"

#include "import/ValueParsersInternal.h"

#include <QStringView>
#include <QTimeZone>

#include <algorithm>
#include <utility>

// Dates and times of imported cells. A cell is first scanned into numbers and
// separators (DateText) without deciding anything; the order (day-month or
// month-day) is applied afterwards, so detectDateOrder() can look at the same
// scan that date() uses.

namespace rapport::core::parse {

using detail::invalid;
using detail::isAsciiDigit;
using detail::shown;
using detail::Text;

namespace {

constexpr qint64 kLastExcelSerial = 2958465; // 9999-12-31
constexpr int kExcelPhantomLeapDay = 60;     // "1900-02-29", a Lotus 1-2-3 bug Excel kept
constexpr qint64 kMsecsPerDay = 86400000;

struct DateText
{
    bool serial = false; // an Excel day number in part[0], with serialFraction
    QString serialFraction;
    bool yearFirst = false; // "2024-…", "20240305" or "24年…": the order does not apply
    int part[3] = {0, 0, 0};
    int length[3] = {0, 0, 0};

    int hour = 0, minute = 0, second = 0, msec = 0;
    bool hasOffset = false;
    int offsetSeconds = 0;

    QString problem; // why the cell is not a date
};

class Cursor
{
public:
    explicit Cursor(QStringView text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    QStringView rest() const { return m_text.mid(m_pos); }
    void skip(qsizetype n) { m_pos += n; }
    bool take(QChar c)
    {
        if (atEnd() || m_text.at(m_pos) != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpaces()
    {
        while (take(u' ')) {
        }
    }
    // The length of the run of digits here (read or not).
    qsizetype digitRun() const
    {
        qsizetype n = 0;
        while (m_pos + n < m_text.size() && isAsciiDigit(m_text.at(m_pos + n)))
            ++n;
        return n;
    }
    // Reads a run of 1..maxDigits digits; returns its length, 0 when the run is
    // empty or longer than maxDigits.
    int number(int& value, int maxDigits)
    {
        const qsizetype run = digitRun();
        if (run == 0 || run > maxDigits)
            return 0;
        value = 0;
        for (qsizetype i = 0; i < run; ++i)
            value = value * 10 + (m_text.at(m_pos + i).unicode() - u'0');
        m_pos += run;
        return int(run);
    }
    // Reads exactly n digits, even when more follow ("0800" as 08 and 00).
    bool exactly(int& value, int n)
    {
        if (digitRun() < n)
            return false;
        value = 0;
        for (int i = 0; i < n; ++i)
            value = value * 10 + (m_text.at(m_pos + i).unicode() - u'0');
        m_pos += n;
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

QString unexpected(const Cursor& c)
{
    return c.atEnd() ? Text::tr("it ends too early") : Text::tr("unexpected “%1”").arg(c.peek());
}

// "8:26", "08:26:00.250", "8:26 PM", "08:26:00Z", "08:26+08:00", "08:26 -0500".
void scanTime(Cursor& c, DateText& t)
{
    if (c.number(t.hour, 2) == 0 || !c.take(u':') || c.number(t.minute, 2) != 2) {
        t.problem = Text::tr("the time must be written like 08:26");
        return;
    }
    if (c.take(u':')) {
        if (c.number(t.second, 2) != 2) {
            t.problem = Text::tr("the seconds need two digits");
            return;
        }
        if (c.take(u'.') || c.take(u',')) {
            const qsizetype run = c.digitRun();
            if (run == 0) {
                t.problem = unexpected(c);
                return;
            }
            const QStringView digits = c.rest().left(run);
            for (qsizetype i = 0; i < 3; ++i)
                t.msec = t.msec * 10 + (i < run ? digits.at(i).unicode() - u'0' : 0);
            c.skip(run);
        }
    }
    c.skipSpaces();
    int halfDay = -1; // 0 AM, 1 PM
    for (const auto& [word, half] :
         {std::pair{u"AM", 0}, std::pair{u"PM", 1}, std::pair{u"A.M.", 0}, std::pair{u"P.M.", 1}}) {
        if (c.rest().startsWith(QStringView(word), Qt::CaseInsensitive)) {
            halfDay = half;
            c.skip(QStringView(word).size());
            break;
        }
    }
    c.skipSpaces();
    if (c.rest().startsWith(u"UTC", Qt::CaseInsensitive)
        || c.rest().startsWith(u"GMT", Qt::CaseInsensitive)) {
        c.skip(3); // "08:26 UTC", "08:26 GMT+8" (an offset may follow)
        t.hasOffset = true;
    }
    if (c.take(u'Z') || c.take(u'z')) {
        t.hasOffset = true;
    } else if (c.peek() == u'+' || c.peek() == u'-') {
        const int sign = c.peek() == u'-' ? -1 : 1;
        c.skip(1);
        int hours = 0;
        int minutes = 0;
        bool written = c.exactly(hours, c.digitRun() == 1 ? 1 : 2); // "+8", "+08", "+0800"
        if (written) {
            c.take(u':');
            if (c.digitRun() > 0)
                written = c.exactly(minutes, 2);
        }
        if (!written || c.digitRun() > 0 || hours > 14 || minutes > 59) {
            t.problem = Text::tr("the time zone offset must be written like +08:00");
            return;
        }
        t.hasOffset = true;
        t.offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    if (!c.atEnd()) {
        t.problem = unexpected(c);
        return;
    }
    if (halfDay >= 0) {
        if (t.hour < 1 || t.hour > 12) {
            t.problem = Text::tr("there is no hour %1 in a 12-hour clock").arg(t.hour);
            return;
        }
        t.hour = t.hour % 12 + 12 * halfDay;
    }
    if (t.hour > 23 || t.minute > 59 || t.second > 59)
        t.problem =
            Text::tr("there is no time %1:%2").arg(t.hour).arg(t.minute, 2, 10, QChar(u'0'));
}

DateText scanDate(const QString& s)
{
    DateText t;
    Cursor c(s);
    const qsizetype firstRun = c.digitRun();
    if (firstRun == 0) {
        t.problem = Text::tr("it does not start with a number");
        return t;
    }
    // A bare number: an Excel serial day, or "20240305".
    const QStringView afterFirst = QStringView(s).mid(firstRun);
    const bool bareNumber = afterFirst.isEmpty()
                            || (afterFirst.size() > 1 && afterFirst.front() == u'.'
                                && std::all_of(afterFirst.begin() + 1, afterFirst.end(),
                                               [](QChar ch) { return isAsciiDigit(ch); }));
    if (bareNumber) {
        int value = 0;
        if (firstRun == 8 && afterFirst.isEmpty() && c.number(value, 8) == 8) {
            t.yearFirst = true;
            t.part[0] = value / 10000;
            t.part[1] = value / 100 % 100;
            t.part[2] = value % 100;
            t.length[0] = 4;
            t.length[1] = t.length[2] = 2;
        } else if (firstRun <= 7 && c.number(value, 7) > 0) {
            t.serial = true;
            t.part[0] = value;
            t.serialFraction = afterFirst.mid(1).toString();
        } else {
            t.problem = Text::tr("too many digits for an Excel day number");
        }
        return t;
    }

    t.length[0] = c.number(t.part[0], 4);
    const QChar separator = c.peek();
    const bool chinese = separator == u'年';
    if (t.length[0] == 0
        || !(separator == u'-' || separator == u'/' || separator == u'.' || chinese)) {
        t.problem = t.length[0] == 0 ? Text::tr("too many digits in a row") : unexpected(c);
        return t;
    }
    c.skip(1);
    t.length[1] = c.number(t.part[1], 2);
    if (t.length[1] == 0) {
        t.problem = c.digitRun() > 0 ? Text::tr("the month or day has more than two digits")
                                     : unexpected(c);
        return t;
    }
    if (!c.take(chinese ? QChar(u'月') : separator)) {
        const QChar other = c.peek();
        t.problem = (other == u'-' || other == u'/' || other == u'.')
                        ? Text::tr("the separators differ")
                        : unexpected(c);
        return t;
    }
    t.length[2] = c.number(t.part[2], 4);
    if (t.length[2] == 0) {
        t.problem = c.digitRun() > 0 ? Text::tr("too many digits in a row") : unexpected(c);
        return t;
    }
    if (chinese && !c.take(u'日'))
        c.take(u'号');
    if (chinese && t.length[0] != 2 && t.length[0] != 4) {
        t.problem = Text::tr("a year needs four or two digits");
        return t;
    }
    t.yearFirst = chinese || t.length[0] == 4;
    if (c.atEnd())
        return t;
    if (!c.take(u'T') && !c.take(u' ') && !(chinese && isAsciiDigit(c.peek()))) {
        t.problem = unexpected(c);
        return t;
    }
    c.skipSpaces();
    scanTime(c, t);
    return t;
}

int withCentury(int twoDigitYear)
{
    // POSIX strptime's pivot: 69-99 are 1969-1999, 00-68 are 2000-2068.
    return twoDigitYear < 69 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QChar(u'0'));
}

struct Parsed
{
    QDate date;
    QTime time;
    bool hasOffset = false;
    int offsetSeconds = 0;
};

QTime timeFromDayFraction(const QString& digits, qint64& carryDays)
{
    // Up to ten digits are exact to a hundredth of a millisecond, and keep
    // value * kMsecsPerDay within 64 bits.
    const qsizetype used = std::min<qsizetype>(digits.size(), 10);
    qint64 value = 0;
    qint64 scale = 1;
    for (qsizetype i = 0; i < used; ++i) {
        value = value * 10 + (digits.at(i).unicode() - u'0');
        scale *= 10;
    }
    qint64 msecs = (value * kMsecsPerDay + scale / 2) / scale;
    carryDays = msecs / kMsecsPerDay;
    msecs %= kMsecsPerDay;
    return QTime::fromMSecsSinceStartOfDay(int(msecs));
}

Result<Parsed> parseDateTime(const QString& text, DateOrder order)
{
    const auto notADate = [&text](const QString& problem) {
        return invalid(Text::tr("Not a date: “%1” (%2).").arg(shown(text), problem));
    };
    const QString s = detail::narrowed(text);
    if (s.isEmpty())
        return notADate(Text::tr("empty"));
    const DateText t = scanDate(s);
    if (!t.problem.isEmpty())
        return notADate(t.problem);

    Parsed parsed;
    if (t.serial) {
        const qint64 serial = t.part[0];
        if (serial < 1 || serial > kLastExcelSerial)
            return notADate(Text::tr("Excel day numbers run from 1 to %1").arg(kLastExcelSerial));
        if (serial == kExcelPhantomLeapDay) {
            return notADate(
                Text::tr("Excel's day 60 is 29 February 1900, a day that did not exist"));
        }
        // Excel counts 1900-01-01 as day 1 and, wrongly, 1900 as a leap year.
        const QDate epoch =
            serial < kExcelPhantomLeapDay ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
        qint64 carryDays = 0;
        parsed.time = t.serialFraction.isEmpty() ? QTime(0, 0)
                                                 : timeFromDayFraction(t.serialFraction, carryDays);
        parsed.date = epoch.addDays(serial + carryDays);
        return parsed;
    }

    int year = 0;
    int month = 0;
    int day = 0;
    QString readAs; // how the order was applied, for messages
    if (t.yearFirst) {
        if (t.length[2] > 2)
            return notADate(Text::tr("the day has more than two digits"));
        year = t.length[0] == 2 ? withCentury(t.part[0]) : t.part[0];
        month = t.part[1];
        day = t.part[2];
    } else {
        if (t.length[0] == 3)
            return notADate(Text::tr("a year needs four digits"));
        const bool yearLast = t.length[2] == 4;
        DateOrder applied = order;
        if (applied == DateOrder::Auto || (applied == DateOrder::Ymd && yearLast)) {
            // Let the value speak; day first when it does not.
            if (!yearLast && t.part[0] > 31)
                applied = DateOrder::Ymd;
            else if (t.part[0] <= 12 && t.part[1] > 12)
                applied = DateOrder::Mdy;
            else
                applied = DateOrder::Dmy;
        }
        switch (applied) {
        case DateOrder::Ymd:
            if (t.length[0] != 2 || t.length[2] > 2)
                return notADate(Text::tr("a year needs four or two digits"));
            year = withCentury(t.part[0]);
            month = t.part[1];
            day = t.part[2];
            readAs = Text::tr("read as year/month/day");
            break;
        case DateOrder::Mdy:
            month = t.part[0];
            day = t.part[1];
            readAs = Text::tr("read as month/day/year");
            break;
        case DateOrder::Auto:
        case DateOrder::Dmy:
            day = t.part[0];
            month = t.part[1];
            readAs = Text::tr("read as day/month/year");
            break;
        }
        if (applied != DateOrder::Ymd) {
            if (!yearLast && t.length[2] != 2)
                return notADate(Text::tr("a year needs four or two digits"));
            year = yearLast ? t.part[2] : withCentury(t.part[2]);
        }
    }
    if (year == 0)
        return notADate(Text::tr("there is no year 0"));
    if (month < 1 || month > 12) {
        const QString problem = Text::tr("there is no month %1").arg(month);
        return notADate(readAs.isEmpty() ? problem : problem + QStringLiteral(", ") + readAs);
    }
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        return notADate(Text::tr("%1-%2 has %3 days")
                            .arg(QString::number(year), twoDigits(month), QString::number(days)));
    }
    parsed.date = QDate(year, month, day);
    parsed.time = QTime(t.hour, t.minute, t.second, t.msec);
    parsed.hasOffset = t.hasOffset;
    parsed.offsetSeconds = t.offsetSeconds;
    return parsed;
}

} // namespace

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto:
        return QStringLiteral("auto");
    case DateOrder::Ymd:
        return QStringLiteral("ymd");
    case DateOrder::Dmy:
        return QStringLiteral("dmy");
    case DateOrder::Mdy:
        return QStringLiteral("mdy");
    }
    return QStringLiteral("auto");
}

Result<DateOrder> parseDateOrderKey(const QString& key)
{
    for (DateOrder order : {DateOrder::Auto, DateOrder::Ymd, DateOrder::Dmy, DateOrder::Mdy}) {
        if (key.trimmed().compare(dateOrderKey(order), Qt::CaseInsensitive) == 0)
            return order;
    }
    return invalid(
        Text::tr("Unknown date order “%1” (use auto, ymd, dmy or mdy).").arg(shown(key)));
}

DateOrderGuess detectDateOrder(const QStringList& columnSample)
{
    int selfDescribing = 0; // year first, Excel serials
    int ymd = 0;            // "99/12/31": a first part above 31 is a two-digit year
    int dmy = 0;
    int mdy = 0;
    int ambiguous = 0;
    for (const QString& value : columnSample) {
        const QString s = detail::narrowed(value);
        if (s.isEmpty())
            continue;
        const DateText t = scanDate(s);
        if (!t.problem.isEmpty())
            continue;
        if (t.serial || t.yearFirst) {
            ++selfDescribing;
            continue;
        }
        if (t.length[2] != 2 && t.length[2] != 4)
            continue;
        const int first = t.part[0];
        const int second = t.part[1];
        if (first > 31 && t.length[2] == 2 && second <= 12)
            ++ymd;
        else if (first > 12 && first <= 31 && second <= 12)
            ++dmy;
        else if (first <= 12 && second > 12 && second <= 31)
            ++mdy;
        else if (first <= 12 && second <= 12)
            ++ambiguous;
    }

    DateOrderGuess guess;
    const int kinds = (ymd > 0) + (dmy > 0) + (mdy > 0);
    if (kinds > 1) {
        guess.conflict = true;
        guess.evidenceRows = ymd + dmy + mdy;
        guess.order = dmy >= mdy && dmy >= ymd ? DateOrder::Dmy
                      : mdy >= ymd             ? DateOrder::Mdy
                                               : DateOrder::Ymd;
    } else if (kinds == 1) {
        guess.decided = true;
        guess.evidenceRows = ymd + dmy + mdy;
        guess.order = dmy > 0 ? DateOrder::Dmy : mdy > 0 ? DateOrder::Mdy : DateOrder::Ymd;
    } else if (ambiguous > 0) {
        guess.order = DateOrder::Dmy; // see the header: most of the world writes the day first
    } else if (selfDescribing > 0) {
        guess.decided = true;
        guess.evidenceRows = selfDescribing;
        guess.order = DateOrder::Ymd;
    }
    return guess;
}

Result<QDate> date(const QString& text, DateOrder order)
{
    auto parsed = parseDateTime(text, order);
    if (!parsed)
        return parsed.error();
    return parsed->date;
}

Result<QDateTime> dateTime(const QString& text, DateOrder order)
{
    auto parsed = parseDateTime(text, order);
    if (!parsed)
        return parsed.error();
    if (!parsed->hasOffset)
        return QDateTime(parsed->date, parsed->time, Qt::UTC);
    return QDateTime(parsed->date, parsed->time, QTimeZone(parsed->offsetSeconds)).toUTC();
}

} // namespace rapport::core::parse
