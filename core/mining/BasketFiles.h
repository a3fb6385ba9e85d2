#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "mining/Baskets.h"

#include <QString>

namespace rapport::core::mining {

enum class BasketFormat {
    Fimi, // one transaction per line, items are non-negative integers separated by blanks
    Csv,  // one basket per line, items are CSV fields (quoted fields allowed)
};

// Reads a basket file. Every line is a transaction, blank ones included (they
// count towards the support denominator, as in the FIMI tools). Items are
// labelled with their text ("39", "whole milk"); an item twice on a line counts
// once. Errors name the file, the line and the offending item: a non-numeric
// FIMI item, an unreadable file, a file with no transactions at all.
//
// FIMI: items are numbered in the order they first appear; their label is the
// number in decimal ("007" and "7" are the same item, "7"). Lines end at LF; a
// CR (CRLF files), tabs and runs of spaces separate items; a final line without
// LF is a transaction; a UTF-8 BOM is skipped. An item twice on a line is kept
// twice in the BasketSet (the miners count it once). The file is mapped and
// parsed in one pass without a string per item: retail.dat (4 MB) takes a few
// milliseconds.
// CSV (io/CsvReader: encoding and delimiter detected): one basket per record,
// items are the trimmed non-empty fields; an empty line is an empty basket.
// Errors: Io when the file cannot be read; Validation ("retail.dat line 12: item
// \"abc\" is not a non-negative integer.") for a bad item, a CSV the reader
// rejects, or a file without a single item; Cancelled when `progress` is.
Result<BasketSet> readBasketFile(const QString& path, BasketFormat format, Progress& progress);

} // namespace rapport::core::mining
