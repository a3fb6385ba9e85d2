"""Starts aiosmtpd's SMTP server for Rapport's tests (run with /usr/bin/python3).

`python3 -m aiosmtpd` cannot configure authentication, so this launcher builds
the same aiosmtpd SMTP protocol itself with our handler (rapport_smtp_handler)
and the options a test needs:

  --host H --port P      listen address; port 0 lets the system pick a free port
  --starttls CERT KEY    offer STARTTLS and require it before mail
  --tls CERT KEY         TLS from the first byte (SMTPS)
  --require-auth         refuse mail until the client logs in (LOGIN or PLAIN)
  --no-auth              offer no AUTH at all

Once listening it prints "READY <port>" on stdout, so the test knows the port
without racing another process for it. SIGTERM stops it at once; every stored
message is already on disk by then (the handler writes before it replies).
Each new TCP connection is counted (the first line of a STARTTLS session is
not a new one) and appended to <spool>/connections.log, and the number is
kept on the protocol object for the handler to store with each message.
"""

import argparse
import asyncio
import logging
import os
import signal
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP

from rapport_smtp_handler import Handler


class CountingSMTP(SMTP):
    connections = 0
    log_path = None

    def connection_made(self, transport):
        # aiosmtpd calls this again on the same object after STARTTLS; only a
        # protocol object without a transport yet is a new connection.
        if self.transport is None:
            CountingSMTP.connections += 1
            self.rapport_connection = CountingSMTP.connections
            with open(CountingSMTP.log_path, "a") as log:
                log.write("%d %s\n" % (self.rapport_connection, transport.get_extra_info("peername")))
        super().connection_made(transport)


def server_context(cert, key):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.check_hostname = False
    context.load_cert_chain(cert, key)
    return context


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--require-auth", action="store_true")
    parser.add_argument("--no-auth", action="store_true")
    args = parser.parse_args()
    # aiosmtpd warns about deprecated attributes it sets itself; keep stderr
    # for real errors, which the test prints when the server fails.
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")

    handler = Handler()
    CountingSMTP.log_path = os.path.join(handler.spool, "connections.log")
    starttls = server_context(*args.starttls) if args.starttls else None
    smtps = server_context(*args.tls) if args.tls else None

    def factory():
        return CountingSMTP(
            handler,
            hostname="rapport-test",  # socket.getfqdn() may wait for DNS
            tls_context=starttls,
            require_starttls=starttls is not None,
            authenticator=handler.authenticate,
            auth_required=args.require_auth and not args.no_auth,
            # Real servers hide AUTH until STARTTLS; on plain loopback (and
            # SMTPS, which aiosmtpd does not see as TLS) tests must log in
            # anyway. Without TLS, requiring it hides AUTH completely.
            auth_require_tls=starttls is not None or args.no_auth,
            auth_exclude_mechanism=["LOGIN", "PLAIN"] if args.no_auth else None,
        )

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(
        loop.create_server(factory, host=args.host, port=args.port, ssl=smtps)
    )
    port = server.sockets[0].getsockname()[1]
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.add_signal_handler(signal.SIGINT, loop.stop)
    print("READY %d" % port, flush=True)
    loop.run_forever()
    server.close()
    sys.stdout.flush()
    sys.stderr.flush()
    # Sessions still sleeping in a handler would only print "task destroyed"
    # noise on a normal interpreter exit.
    os._exit(0)


if __name__ == "__main__":
    main()
