#include "domain/Money.h"

#include <QRegularExpression>

namespace rapport::core {

QString Money::toPlainString() const
{
    const std::int64_t whole = minor / 100;
    const std::int64_t cents = (minor < 0 ? -minor : minor) % 100;
    const QString sign = (minor < 0 && whole == 0) ? QStringLiteral("-") : QString();
    return sign + QString::number(whole) + QLatin1Char('.')
           + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

std::optional<std::int64_t> Money::parseMinor(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(-)?(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    std::int64_t value = match.captured(2).toLongLong() * 100;
    QString fraction = match.captured(3);
    if (!fraction.isEmpty())
        value += (fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong());
    return match.captured(1).isEmpty() ? value : -value;
}

} // namespace rapport::core
