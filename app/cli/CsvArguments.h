#pragma once

#include "common/Result.h"

#include <QChar>
#include <QString>

namespace rapport::cli {

// --delimiter as import and export take it: ',', ';', '|', tab (also "\t"),
// and, where the reader may detect it, auto (a null QChar).
core::Result<QChar> parseDelimiter(const QString& text, bool allowAuto);
// How a delimiter is printed back: "tab" for a tab.
QString delimiterName(QChar delimiter);

} // namespace rapport::cli
