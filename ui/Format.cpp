#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace rapport::ui {

QString Format::money(std::int64_t minor, const QString& currency)
{
    const bool negative = minor < 0;
    const std::int64_t magnitude = negative ? -minor : minor;
    const QLocale locale;
    // Integer arithmetic: the whole units and the cents never pass through a double.
    QString text = locale.toString(static_cast<qlonglong>(magnitude / 100)) + locale.decimalPoint()
                   + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    QString symbol;
    if (currency == QLatin1String("CNY"))
        symbol = QStringLiteral("¥");
    else if (currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (currency == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    else
        symbol = currency + QLatin1Char(' ');
    return (negative ? QStringLiteral("-") : QString()) + symbol + text;
}

QString Format::plainAmount(std::int64_t minor)
{
    core::Money money;
    money.minor = minor;
    return money.toPlainString();
}

QString Format::status(core::OrderStatus status)
{
    switch (status) {
    case core::OrderStatus::Open:
        return QCoreApplication::translate("Format", "Open");
    case core::OrderStatus::Paid:
        return QCoreApplication::translate("Format", "Paid");
    case core::OrderStatus::Shipped:
        return QCoreApplication::translate("Format", "Shipped");
    case core::OrderStatus::Cancelled:
        return QCoreApplication::translate("Format", "Cancelled");
    }
    return {};
}

QString Format::statusFromKey(const QString& key)
{
    const auto status = core::orderStatusFromKey(key);
    return status ? Format::status(*status) : key;
}

QString Format::date(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString Format::count(qint64 n)
{
    return QLocale().toString(n);
}

QString Format::percent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100, 'f', decimals) + QLatin1Char('%');
}

} // namespace rapport::ui
