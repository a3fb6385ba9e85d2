"""aiosmtpd handler for Rapport's SMTP tests.

It stores every accepted message so that a test can read back exactly what the
client sent, and it answers by rule on the recipient's local part so that a
test can provoke each server reply it needs:

  temp*      451 4.3.0 at RCPT            (temporary failure)
  perm*      550 5.1.1 at RCPT            (permanent failure)
  slowdata*  stored, then RAPPORT_SMTP_SLOW_SECONDS of silence before the 250
             to DATA (a crash test kills the client inside that window)
  dropdata*  stored, then the connection is cut without a reply to DATA
             (the client cannot know whether the message arrived)
  rejectdata* 554 5.6.0 to DATA, nothing stored
  anything else: 250, stored

Configuration comes from the environment because aiosmtpd builds the handler
with no arguments when used as `python3 -m aiosmtpd -c rapport_smtp_handler.Handler`:

  RAPPORT_SMTP_SPOOL          directory for the stored messages (required)
  RAPPORT_SMTP_SLOW_SECONDS   the slowdata delay (default 5)
  RAPPORT_SMTP_USER/_PASSWORD the only credentials `authenticate` accepts

Each message is stored once per accepted recipient as two files named after a
sequence number that grows in arrival order: NNNNNN-RR.eml (the DATA exactly as
received, dot-unstuffed) and NNNNNN-RR.json (envelope and connection facts).
Both are written under a temporary name and renamed into place, the .json
last, so a reader that lists *.json never sees a half-written message.
"""

import asyncio
import json
import os
import re

from aiosmtpd.smtp import AuthResult, LoginPassword

_SEQUENCE_FILE = re.compile(r"^(\d{6})-\d{2}\.json$")


def _local_part(address):
    return address.split("@", 1)[0].lower()


def _write_atomically(path, data):
    temporary = path + ".tmp"
    with open(temporary, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)


class Handler:
    def __init__(self):
        self.spool = os.environ["RAPPORT_SMTP_SPOOL"]
        self.slow_seconds = float(os.environ.get("RAPPORT_SMTP_SLOW_SECONDS", "5"))
        # Bytes, as the client sends them: a UTF-8 password must compare equal
        # whatever locale the server runs in.
        self.user = os.environb.get(b"RAPPORT_SMTP_USER", b"")
        self.password = os.environb.get(b"RAPPORT_SMTP_PASSWORD", b"")
        os.makedirs(self.spool, exist_ok=True)
        # Continue numbering after what a previous server left in the spool,
        # so a restarted server keeps the arrival order readable.
        numbers = [int(m.group(1)) for m in map(_SEQUENCE_FILE.match, os.listdir(self.spool)) if m]
        self.sequence = max(numbers, default=0)

    # aiosmtpd's `authenticator` callback (SMTP(..., authenticator=...)).
    def authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.user
            and auth_data.password == self.password
        )
        # handled=False: aiosmtpd then sends the 535 itself on failure.
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = _local_part(address)
        if local.startswith("temp"):
            return "451 4.3.0 Try again later"
        if local.startswith("perm"):
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        locals_ = [_local_part(r) for r in envelope.rcpt_tos]
        if any(l.startswith("rejectdata") for l in locals_):
            return "554 5.6.0 Message rejected"
        sequence = self._store(server, session, envelope)
        if any(l.startswith("slowdata") for l in locals_):
            await asyncio.sleep(self.slow_seconds)
        if any(l.startswith("dropdata") for l in locals_):
            server.transport.abort()
            return "421 4.4.2 Connection dropped"  # never reaches the client
        return "250 2.0.0 OK queued as %06d" % sequence

    def _store(self, server, session, envelope):
        self.sequence += 1
        content = envelope.original_content
        if content is None:
            content = envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8", errors="surrogateescape")
        for index, recipient in enumerate(envelope.rcpt_tos):
            stem = os.path.join(self.spool, "%06d-%02d" % (self.sequence, index))
            _write_atomically(stem + ".eml", content)
            meta = {
                "sequence": self.sequence,
                "mailFrom": envelope.mail_from,
                "recipient": recipient,
                "recipients": list(envelope.rcpt_tos),
                "connection": getattr(server, "rapport_connection", 0),
                "peerPort": session.peer[1] if session.peer else 0,
                "tls": server.transport.get_extra_info("ssl_object") is not None,
                "authenticated": bool(session.authenticated),
                "eml": os.path.basename(stem + ".eml"),
            }
            _write_atomically(stem + ".json", json.dumps(meta).encode())
        return self.sequence
