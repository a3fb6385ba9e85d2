#pragma once

// Helpers shared by ValueParsers*.cpp; not part of the API.

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::core::parse::detail {

// User-visible messages, translated in the "rapport::core::ValueParsers" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::ValueParsers)
};

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// The character a parser should see: full-width ASCII forms (U+FF01..U+FF5E, as
// Chinese and Japanese input methods type them) become ASCII, full-width currency
// signs become their usual form, U+2212 MINUS SIGN becomes '-', and every kind of
// white space becomes ' '.
inline QChar narrowed(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u == u' ' || !c.isSpace()) ? c : QChar(u' ');
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(static_cast<char16_t>(u - 0xFEE0));
    switch (u) {
    case 0xFFE5: // FULLWIDTH YEN SIGN
        return QChar(u'\u00A5');
    case 0xFFE1: // FULLWIDTH POUND SIGN
        return QChar(u'\u00A3');
    case 0xFFE6: // FULLWIDTH WON SIGN
        return QChar(u'\u20A9');
    case 0x2212: // MINUS SIGN
        return QChar(u'-');
    default:
        return c.isSpace() ? QChar(u' ') : c;
    }
}

// The text with narrowed() applied and outer white space removed. Returns the
// (implicitly shared) input when nothing changes, which is the common case.
inline QString narrowed(const QString& text)
{
    qsizetype first = 0;
    qsizetype last = text.size();
    while (first < last && narrowed(text.at(first)) == u' ')
        ++first;
    while (last > first && narrowed(text.at(last - 1)) == u' ')
        --last;
    qsizetype i = first;
    while (i < last && narrowed(text.at(i)) == text.at(i))
        ++i;
    if (i == last)
        return (first == 0 && last == text.size()) ? text : text.mid(first, last - first);
    QString out = text.mid(first, last - first);
    QChar* data = out.data();
    for (qsizetype j = i - first; j < out.size(); ++j)
        data[j] = narrowed(data[j]);
    return out;
}

// The value as shown inside a message: long values are cut, so a stray paragraph
// in a number column does not flood the error report.
inline QString shown(const QString& text)
{
    constexpr qsizetype kMaxShown = 40;
    const QString trimmed = text.trimmed();
    if (trimmed.size() <= kMaxShown)
        return trimmed;
    return trimmed.left(kMaxShown) + QChar(u'\u2026');
}

inline Error invalid(QString message)
{
    return Error::make(Error::Code::Validation, std::move(message));
}

} // namespace rapport::core::parse::detail
