#pragma once

#include "domain/Entities.h"

#include <QString>

#include <cstdint>

namespace rapport::ui {

// How the GUI writes values for people: money with the locale's separators,
// translated order states. Shared by models, panes and dialogs.
class Format
{
public:
    // 1234550, "CNY" -> "¥12,345.50" (or "CNY 12,345.50" for codes without a symbol).
    static QString money(std::int64_t minor, const QString& currency = QStringLiteral("CNY"));
    // Minor units as the plain "12.50" a price field takes.
    static QString plainAmount(std::int64_t minor);
    static QString status(core::OrderStatus status);
    static QString statusFromKey(const QString& key);
    static QString date(const QDate& date);
    static QString count(qint64 n);
    // 0.823 -> "82%", or "82.3%" with one decimal (the locale's digits).
    static QString percent(double fraction, int decimals = 0);
};

} // namespace rapport::ui
