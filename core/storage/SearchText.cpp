#include "storage/SearchText.h"

#include "domain/ContactRules.h"
#include "domain/SortKey.h"

#include <QRegularExpression>

#include <unicode/uscript.h>

namespace rapport::core::search {

namespace {

constexpr int kShortestPhoneSuffix = 3;

// Characters written without spaces between words: each is its own token.
bool isCjk(char32_t cp)
{
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

bool hasCjk(const QString& text)
{
    for (char32_t cp : text.toUcs4()) {
        if (isCjk(cp))
            return true;
    }
    return false;
}

QString spaceOutCjk(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (char32_t cp : text.toUcs4()) {
        if (isCjk(cp)) {
            out += QLatin1Char(' ');
            out += QString::fromUcs4(&cp, 1);
            out += QLatin1Char(' ');
        } else {
            out += QString::fromUcs4(&cp, 1);
        }
    }
    return out.simplified();
}

QString phoneSuffixes(const QString& phone)
{
    QString digits = contact::phoneDigits(phone);
    digits.remove(QLatin1Char('+'));
    QStringList suffixes;
    for (int i = 0; i + kShortestPhoneSuffix <= digits.size(); ++i)
        suffixes << digits.mid(i);
    return suffixes.join(QLatin1Char(' '));
}

bool isPhoneLike(const QString& term)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9()./-]*[0-9][0-9()./-]*$"));
    return pattern.match(term).hasMatch();
}

struct Token
{
    QString text;
    bool cjk = false;
};

QList<Token> tokensOf(const QString& term)
{
    QList<Token> tokens;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            tokens.append({word, false});
        word.clear();
    };
    for (char32_t cp : term.toUcs4()) {
        if (isCjk(cp)) {
            flush();
            tokens.append({QString::fromUcs4(&cp, 1), true});
        } else if (QChar::isLetterOrNumber(cp) || QChar::category(cp) == QChar::Mark_NonSpacing) {
            word += QString::fromUcs4(&cp, 1);
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

} // namespace

QString indexText(const QString& name, const QString& email, const QString& phone,
                  const QString& company, const QString& notes)
{
    QStringList namePart{spaceOutCjk(name)};
    if (hasCjk(name))
        namePart << personSortKeyFor(name);
    QStringList rest{email, phoneSuffixes(phone), spaceOutCjk(company), spaceOutCjk(notes)};
    namePart.removeAll(QString());
    rest.removeAll(QString());
    return namePart.join(QLatin1Char(' ')) + QChar(0x1f) + rest.join(QLatin1Char(' '));
}

QString matchExpression(const QString& userText)
{
    const QString text = userText.normalized(QString::NormalizationForm_KC).toLower();
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList clauses;
    for (const QString& term : text.split(whitespace, Qt::SkipEmptyParts)) {
        if (isPhoneLike(term)) {
            QString digits = contact::phoneDigits(term);
            digits.remove(QLatin1Char('+'));
            clauses << QLatin1Char('"') + digits + QStringLiteral("\"*");
            continue;
        }
        const QList<Token> tokens = tokensOf(term);
        if (tokens.isEmpty())
            continue;
        QStringList words;
        for (const Token& token : tokens)
            words << token.text;
        // Only letters and digits reach the quotes, so nothing needs escaping.
        QString phrase = QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
        if (!tokens.last().cjk)
            phrase += QLatin1Char('*');
        clauses << phrase;
    }
    return clauses.join(QLatin1Char(' '));
}

} // namespace rapport::core::search
