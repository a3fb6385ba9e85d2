#pragma once

#include <QString>

namespace rapport::core {

// The stored key that orders names the way people expect: Chinese by pinyin,
// Latin alphabetically, ignoring case and accents, mixed in one order
// ("Li Na" and 李娜 both sort as "li na"). Stored in a column when the row is
// written, so sorting needs no custom collation and outside tools (the sqlite3
// shell) still read and check the file.
QString sortKeyFor(const QString& name);

// The sort key of a person's name: as sortKeyFor(), but a Chinese surname is
// read as a surname (曾 zeng, 单 shan, 解 xie, 仇 qiu, 朴 piao...), where the
// everyday reading of the character differs (ceng, dan, jie, chou, pu).
QString personSortKeyFor(const QString& name);

// Pinyin (or the Latin transliteration) of any text, lower case, words separated
// by single spaces. sortKeyFor() is this of the name.
QString latinize(const QString& text);

} // namespace rapport::core
