#pragma once

#include "common/Result.h"

#include <QString>

namespace rapport::core {

// Cleaning and validation of contact data, shared by dialogs, the CLI and import.
namespace contact {

// Trims and collapses runs of white space to one space (single-line fields).
QString simplified(const QString& text);
// Trimmed and lower-cased: addresses compare case-insensitively in practice.
QString normalizedEmail(const QString& email);
bool isValidEmail(const QString& email);
// The digits of a phone number, with a leading + kept ("+86 138-0013-8000" -> "+8613800138000").
QString phoneDigits(const QString& phone);
bool isValidPhone(const QString& phone);

} // namespace contact
} // namespace rapport::core
