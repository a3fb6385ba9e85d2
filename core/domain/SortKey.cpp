#include "domain/SortKey.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <memory>

namespace rapport::core {

namespace {

bool isHan(char32_t cp)
{
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_HAN;
}

// ICU transliterators are not thread-safe and take ~0.2 s to build, so each
// thread builds one once and caches what each character becomes: names repeat
// a few thousand characters, which makes a million sort keys cheap.
class Latinizer
{
public:
    QString of(char32_t cp)
    {
        auto cached = m_cache.constFind(cp);
        if (cached != m_cache.constEnd())
            return *cached;
        QString result;
        if (ensureTransliterator()) {
            icu::UnicodeString text(static_cast<UChar32>(cp));
            m_transliterator->transliterate(text);
            std::string utf8;
            text.toUTF8String(utf8);
            result = QString::fromStdString(utf8).trimmed();
        }
        m_cache.insert(cp, result);
        return result;
    }

private:
    bool ensureTransliterator()
    {
        if (!m_transliterator && !m_failed) {
            UErrorCode status = U_ZERO_ERROR;
            m_transliterator.reset(icu::Transliterator::createInstance(
                "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
            m_failed = U_FAILURE(status) || !m_transliterator;
        }
        return !m_failed;
    }

    std::unique_ptr<icu::Transliterator> m_transliterator;
    bool m_failed = false;
    QHash<char32_t, QString> m_cache;
};

} // namespace

QString latinize(const QString& text)
{
    thread_local Latinizer latinizer;
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(composed.size() * 2);
    bool pendingSpace = false;
    auto appendWord = [&](const QString& word, bool standalone) {
        if (word.isEmpty())
            return;
        if ((pendingSpace || standalone) && !out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
        out += word;
        pendingSpace = standalone;
    };
    for (char32_t cp : composed.toUcs4()) {
        if (cp < 0x80) {
            const char c = static_cast<char>(cp);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                appendWord(QString(QLatin1Char(c)), false);
            else if (c >= 'A' && c <= 'Z')
                appendWord(QString(QLatin1Char(static_cast<char>(c - 'A' + 'a'))), false);
            else
                pendingSpace = true; // spaces and punctuation separate words
        } else if (isHan(cp)) {
            appendWord(latinizer.of(cp), true); // one syllable per character
        } else if (u_isspace(static_cast<UChar32>(cp))) {
            pendingSpace = true;
        } else {
            QString latin = latinizer.of(cp);
            latin.remove(QLatin1Char(' '));
            appendWord(latin, false);
        }
    }
    return out;
}

QString sortKeyFor(const QString& name)
{
    return latinize(name);
}

QString personSortKeyFor(const QString& name)
{
    // Surnames whose surname reading differs from the character's everyday one
    // (Xinhua Zidian readings); the character-by-character transliteration
    // gets the rest of a name right.
    static const QHash<char32_t, QString> surnames{
        {U'曾', QStringLiteral("zeng")},  {U'单', QStringLiteral("shan")},
        {U'解', QStringLiteral("xie")},   {U'仇', QStringLiteral("qiu")},
        {U'朴', QStringLiteral("piao")},  {U'区', QStringLiteral("ou")},
        {U'查', QStringLiteral("zha")},   {U'盖', QStringLiteral("ge")},
        {U'乐', QStringLiteral("yue")},   {U'覃', QStringLiteral("qin")},
        {U'缪', QStringLiteral("miao")},  {U'翟', QStringLiteral("zhai")},
        {U'召', QStringLiteral("shao")},  {U'种', QStringLiteral("chong")},
        {U'重', QStringLiteral("chong")},
    };
    const QString trimmed = name.trimmed();
    const QList<uint> chars = trimmed.left(2).toUcs4();
    if (chars.isEmpty())
        return QString();
    const auto surname = surnames.constFind(char32_t(chars.first()));
    if (surname == surnames.constEnd())
        return latinize(trimmed);
    const QString rest = latinize(trimmed.mid(QChar::requiresSurrogates(chars.first()) ? 2 : 1));
    return rest.isEmpty() ? *surname : *surname + QLatin1Char(' ') + rest;
}

} // namespace rapport::core
