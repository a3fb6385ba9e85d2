#pragma once

#include <QString>

// Spreadsheet formula injection ("CSV injection"): Excel, LibreOffice and WPS run a
// cell that begins with = + - @ (and, through some import paths, TAB or CR) as a
// formula, so a customer named "=HYPERLINK(...)" could act when a user opens an
// export. Exported text cells are therefore neutralized with a leading apostrophe,
// which spreadsheets show as plain text and hide, and the importer restores them.
//
// The rule, chosen so that restore(neutralize(s)) == s for every string s:
// - a value is "guarded" when it begins with zero or more apostrophes followed by
//   one of = + - @ TAB CR ("=x", "'=x", "''+1" are guarded; "'a", "'", "x=" are not);
// - neutralize adds one apostrophe in front of a guarded value, and leaves every
//   other value as it is;
// - restore removes the first apostrophe of a value that begins with an apostrophe
//   and is guarded; every other value is left as it is.
// The apostrophes in the rule are what make the round trip exact: "'=x" (a value
// that really begins with an apostrophe) is exported as "''=x" and restored to
// "'=x". A value that really begins with an apostrophe otherwise ("'quoted'")
// passes through both unchanged.
namespace rapport::core::formula {

// "=SUM(A1)" -> "'=SUM(A1)", "+86 138 0013 8000" -> "'+86 138 0013 8000".
QString neutralize(const QString& text);

// The importer's inverse: "'=SUM(A1)" -> "=SUM(A1)", "''=x" -> "'=x";
// "'quoted'" stays as it is.
QString restore(const QString& text);

} // namespace rapport::core::formula
