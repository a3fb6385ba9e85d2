#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>

namespace rapport::core::csv {

// The text encodings a CSV file reaches us in. Our users' spreadsheets save UTF-8
// (Excel's "CSV UTF-8", with a BOM), UTF-16 (Excel's "Unicode text", always with a
// BOM) or GB18030/GBK (plain "CSV" on a Chinese Windows, no BOM). Auto tells these
// apart by sniffing the first bytes; the user can still choose one explicitly.
enum class Encoding {
    Auto,
    Utf8,
    Utf16, // little or big endian, told by the BOM
    Gb18030,
};

// The stable key of an encoding, for settings, the CLI and JSON:
// "auto", "utf-8", "utf-16", "gb18030".
QString encodingKey(Encoding encoding);

// Reads a key back, case-insensitively; also accepts the aliases "utf8", "utf16",
// "gbk" and "gb2312" (GB18030 is a superset of both). Anything else is an
// InvalidArgument error whose message lists the valid keys.
Result<Encoding> parseEncodingKey(const QString& key);

// Sniffs the encoding of the first bytes of a file:
// - a BOM wins: EF BB BF is UTF-8, FF FE and FE FF are UTF-16 (LE, BE);
// - otherwise bytes that are valid UTF-8 are UTF-8 (plain ASCII included). When
//   `atEnd` is false the sample is only the start of the file, so a multi-byte
//   sequence cut by the end of the sample still counts as valid;
// - anything else is GB18030, the encoding of Chinese Windows' "ANSI" files.
// Never returns Auto. `hasBom`, when given, tells whether the sample starts with a BOM.
Encoding detectEncoding(QByteArrayView sample, bool atEnd, bool* hasBom = nullptr);

} // namespace rapport::core::csv
