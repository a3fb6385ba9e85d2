#include "io/FormulaGuard.h"

namespace rapport::core::formula {

namespace {

bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// Zero or more apostrophes, then a character that starts a formula.
bool isGuarded(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i < text.size() && isFormulaStart(text.at(i));
}

} // namespace

QString neutralize(const QString& text)
{
    return isGuarded(text) ? QLatin1Char('\'') + text : text;
}

QString restore(const QString& text)
{
    return text.startsWith(u'\'') && isGuarded(text) ? text.mid(1) : text;
}

} // namespace rapport::core::formula
