#include "domain/ContactRules.h"

#include <QRegularExpression>

namespace rapport::core::contact {

namespace {

// Full-width forms (＠, ０-９) that Chinese input methods produce become ASCII.
QString compatible(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

} // namespace

QString simplified(const QString& text)
{
    return text.simplified();
}

QString normalizedEmail(const QString& email)
{
    return compatible(email).trimmed().toLower();
}

bool isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString normalized = normalizedEmail(email);
    return normalized.size() <= 254 && pattern.match(normalized).hasMatch()
           && !normalized.contains(QStringLiteral(".."));
}

QString phoneDigits(const QString& phone)
{
    const QString text = compatible(phone).trimmed();
    QString digits;
    if (text.startsWith(QLatin1Char('+')))
        digits += QLatin1Char('+');
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    return digits;
}

bool isValidPhone(const QString& phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ()./-]+$"));
    const QString text = compatible(phone).trimmed();
    if (!pattern.match(text).hasMatch())
        return false;
    QString digits = phoneDigits(text);
    digits.remove(QLatin1Char('+'));
    return digits.size() >= 5 && digits.size() <= 20;
}

} // namespace rapport::core::contact
