#pragma once

#include <QString>
#include <QStringList>

namespace rapport::core::search {

// What the full-text index holds for a customer: the name part, a unit
// separator (U+001F), then everything else (e-mail, phone, company, notes). The
// index keeps the parts in two columns and weighs a name match ten times a
// match elsewhere. SQLite's unicode61 tokenizer splits on spaces and
// punctuation, so the text is prepared for it:
//  - Chinese characters are spaced out, one token each, so any run of them is a
//    phrase query ("伟明" finds 张伟明);
//  - the pinyin of a Chinese name is added, so "zhang" finds 张伟明 too (not of
//    company names: place names such as 长沙 read differently from the
//    character-by-character pinyin);
//  - a phone number is indexed as every suffix of its digits, so any run of
//    digits is a prefix query on one of them, whatever spaces and dashes it had;
//  - e-mail addresses split at "@" and ".", so either side finds them.
QString indexText(const QString& name, const QString& email, const QString& phone,
                  const QString& company, const QString& notes);

// An FTS5 MATCH expression for what a user typed: every term must match; a
// Latin term matches word prefixes, a Chinese term any run of characters, a
// digit run any part of a phone number. Quotes, %, _ and FTS5 operators in the
// input are plain text. Empty when nothing searchable was typed.
QString matchExpression(const QString& userText);

} // namespace rapport::core::search
