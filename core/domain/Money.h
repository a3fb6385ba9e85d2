#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace rapport::core {

// An amount in minor units (cents, fen) of an ISO 4217 currency. Integers, so
// totals never drift the way binary floating point does.
struct Money
{
    std::int64_t minor = 0;
    QString currency = QStringLiteral("CNY");

    friend bool operator==(const Money&, const Money&) = default;

    // "1234.50" in the C locale; for files, logs and the CLI.
    QString toPlainString() const;
    // Parses "12", "12.5", "12.50", "-3.07" (C locale, up to two decimals).
    static std::optional<std::int64_t> parseMinor(const QString& text);
};

} // namespace rapport::core
