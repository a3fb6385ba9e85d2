#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::core::vcard {

// Contacts in and out of address books and phones. Phones and most address books
// still export vCard 2.1 (quoted-printable UTF-8) or 3.0, so the reader accepts
// 2.1, 3.0 and 4.0; the writer produces 4.0. Only what a customer record can hold
// is kept; photos, keys and vendor extensions are skipped.

struct Contact
{
    QString formattedName;
    QString familyName;
    QString givenName;
    QString organization; // the first ORG component
    QStringList emails;   // preferred ones first
    QStringList phones;   // preferred ones first
    // One line: the components of the preferred (else first) ADR joined with ", "
    // as street, extended address, P.O. box, locality, region, postal code, country.
    QString address;
    QString note;    // several NOTEs are joined with line breaks
    qint64 line = 0; // line of the text where BEGIN:VCARD stood (1-based)
};

// Reads every card of a file the caller has decoded (UTF-8 or otherwise; no BOM).
// Handles line folding, groups ("item1.EMAIL"), 2.1 bare parameters, quoted-
// printable values with soft line breaks and CHARSET, BASE64 values (skipped),
// and value escapes. A card without FN gets one built from N (family name first
// and no space for Chinese, Japanese and Korean names; else given then family
// name). A card with neither FN nor N comes back with an empty name: the caller
// decides. BEGIN:VCARD without END:VCARD, and END:VCARD without BEGIN:VCARD, are
// Validation errors whose message names the line.
Result<QList<Contact>> read(const QString& text);

// vCard 4.0 with CRLF line ends, text escaped, lines folded at 75 octets of UTF-8
// without splitting a character. The caller encodes the result as UTF-8. TEL is
// written as TYPE=voice text, which address books read more reliably than tel:
// URIs, and the one-line address goes into the street component of ADR.
QString write(const QList<Contact>& contacts);

} // namespace rapport::core::vcard
