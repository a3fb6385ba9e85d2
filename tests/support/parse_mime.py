#!/usr/bin/python3
"""Parses one e-mail message with Python's `email` package and prints what a
mail reader would see as JSON, so C++ tests can check our MIME output against
a real, independent parser.

Usage: /usr/bin/python3 parse_mime.py MESSAGE_FILE
"""

import email.header
import email.parser
import email.policy
import email.utils
import json
import re
import sys


def mailbox(header, raw_values):
    """The modern parser's view of an address header, plus the display names
    decoded the RFC 2047 way: Python before the fix for gh-128110 (3.11 here)
    puts a space between adjacent encoded words in a display name, which RFC
    2047 section 6.2 says must be dropped; the legacy decode_header() drops it."""
    if header is None:
        return None
    # RFC 5322 unfolding first: the legacy address parser does not unfold.
    legacy = email.utils.getaddresses([re.sub(r"\r?\n(?=[ \t])", "", v) for v in raw_values])
    result = []
    for i, a in enumerate(header.addresses):
        entry = {"name": a.display_name, "address": a.addr_spec}
        if i < len(legacy):
            entry["name_rfc2047"] = str(email.header.make_header(
                email.header.decode_header(legacy[i][0])))
        result.append(entry)
    return result


def defects(message):
    found = [type(d).__name__ for d in message.defects]
    for name, value in message.items():
        found.extend(type(d).__name__ + ":" + name for d in getattr(value, "defects", ()))
    return found


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(data)
    legacy = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)

    parts = []
    plain = html = None
    all_defects = defects(message)
    for part in message.walk():
        parts.append(part.get_content_type())
        if part is not message:
            all_defects.extend(defects(part))
        if part.is_multipart():
            continue
        content = part.get_content()
        if part.get_content_type() == "text/plain" and plain is None:
            plain = content
        elif part.get_content_type() == "text/html" and html is None:
            html = content

    result = {
        "subject": message["Subject"],
        "from": mailbox(message["From"], legacy.get_all("From", [])),
        "to": mailbox(message["To"], legacy.get_all("To", [])),
        "bcc": message["Bcc"],
        "cc": message["Cc"],
        "content_types": parts,
        "charsets": [p.get_content_charset() for p in message.walk() if not p.is_multipart()],
        "transfer_encodings": [p.get("Content-Transfer-Encoding")
                               for p in message.walk() if not p.is_multipart()],
        "text": plain,
        "html": html,
        "message_id": message["Message-ID"],
        "date": message["Date"],
        "date_iso": message["Date"].datetime.isoformat() if message["Date"] else None,
        "list_unsubscribe": message["List-Unsubscribe"],
        "mime_version": message["MIME-Version"],
        "header_names": list(message.keys()),
        "headers": {k: str(v) for k, v in message.items()},
        "defects": all_defects,
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
