#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace rapport::core::mail {

// One party of a message: a display name (any language, may be empty) and an
// address. The address is ASCII (we do not send to internationalised
// addresses) and never holds CR, LF, '<', '>', '"', ',' or spaces.
struct Mailbox
{
    QString name;
    QString address;

    friend bool operator==(const Mailbox&, const Mailbox&) = default;
};

// Everything a marketing message carries, before it becomes MIME. The outbox
// keeps these fields per recipient; buildMime() turns them into the bytes that
// go to the SMTP server.
struct MailMessage
{
    Mailbox from;
    Mailbox to;
    QString subject;
    QString html; // empty: a text/plain message only
    QString text; // the plain-text alternative (required)
    // "<random@domain>" with the angle brackets; empty: buildMime() refuses.
    QString messageId;
    QDateTime date; // written in RFC 5322 form with its UTC offset
    // The List-Unsubscribe header value, e.g.
    // "<mailto:shop@example.com?subject=unsubscribe%20TOKEN>" (required for marketing mail; empty:
    // buildMime() refuses).
    QString listUnsubscribe;
    // Extra headers (name, value), e.g. {"X-Rapport-Outbox", "uuid"}. Names are
    // ASCII tokens; values are folded/encoded like the subject.
    QList<QPair<QByteArray, QString>> extraHeaders;
};

// True for an address we will put into a header or an SMTP envelope: one '@',
// a non-empty local part and a domain with a dot, printable ASCII only, no
// CR/LF, spaces, quotes, angle brackets, commas or semicolons. Precisely: the
// local part is an RFC 5322 dot-atom of at most 64 characters, the domain is
// two or more host-name labels (letters, digits, inner hyphens), the whole at
// most 254 characters. Quoted local parts, address literals and
// internationalised addresses are refused.
bool isValidAddress(const QString& address);

// The whole RFC 5322 message (CRLF line endings, lines <= 998 octets):
// MIME-Version 1.0, multipart/alternative (text/plain first, then text/html)
// when `html` is set, else a single text/plain part; UTF-8 bodies in
// quoted-printable; non-ASCII subjects and display names as RFC 2047 encoded
// words (base64, UTF-8, folded at 76 columns, never splitting a character);
// Date, Message-ID, List-Unsubscribe and List-Unsubscribe-Post is not set (that
// needs an HTTPS endpoint, which an offline desktop has not got).
//
// Header injection is impossible: an address that fails isValidAddress(), a
// CR or LF in the message id, the List-Unsubscribe value or a header name is
// refused (Error::Code::InvalidArgument naming the field: "from", "to",
// "message_id", "list_unsubscribe", "header"); CR/LF and other control
// characters in a subject, a display name or an extra header value are turned
// into spaces before encoding, so they can never start a header line.
// Also refused: a message id not of the form "<left@right>" (printable ASCII,
// no blanks), a List-Unsubscribe value with non-ASCII characters, an invalid
// `date` ("date"), and an extra header name that is not RFC 5322 ftext of at
// most 64 characters or that names a header buildMime() writes itself (Date,
// From, To, Cc, Bcc, Sender, Subject, Message-ID, MIME-Version, Content-Type,
// Content-Transfer-Encoding, List-Unsubscribe), since a second copy would be
// read differently by different readers ("header").
// The multipart boundary is random and contains "=_", which quoted-printable
// output cannot contain, so it never occurs in a body.
Result<QByteArray> buildMime(const MailMessage& message);

// Pieces of buildMime(), public for tests and for the SMTP test send.
// RFC 2047: `text` as it goes into a header after "Name: " (`headerNameLength`
// characters already used on the first line, e.g. 9 for "Subject: "): control
// characters become spaces and outer blanks go; plain ASCII stays as it is
// (folded at its blanks when long), else, or when it holds "=?" or a word too
// long for a line, "=?UTF-8?B?...?=" words folded with CRLF + space. No CRLF
// at the end.
QByteArray encodeHeaderText(const QString& text, int headerNameLength);
// RFC 2045 quoted-printable of UTF-8 text with CRLF line breaks (any of CRLF,
// LF or CR in `text` is a line break; soft breaks keep lines at most 76
// characters). Also encoded: '=', blanks at a line's end, and at a line's
// start a '.' (=2E) or the 'F' of "From " (=46), which transports and mbox
// files would otherwise alter.
QByteArray quotedPrintable(const QString& text);
// A new "<random@domain>" message id for mail from `fromAddress`'s domain:
// 128 random bits from the system generator as 32 hex digits, the domain in
// lower case ("localhost" when `fromAddress` is not valid).
QString newMessageId(const QString& fromAddress);

} // namespace rapport::core::mail
