#!/usr/bin/env python3
"""Self-test of sql_scan.py on planted snippets (tests/hardening/fixtures/).

fixtures/bad/*.cpp: every line carrying the comment EXPECT-FINDING must be
reported, and no other line. fixtures/good/*.cpp: nothing may be reported.
The command line is checked too: exit status 1 and file:line output for the bad
fixtures, exit status 0 for the good ones.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sql_scan  # noqa: E402

FIXTURES = os.path.join(HERE, 'fixtures')


def expected_lines(source):
    return {n for n, text in enumerate(source.split('\n'), 1) if 'EXPECT-FINDING' in text}


def main():
    failures = []
    checked = 0
    for kind in ('bad', 'good'):
        folder = os.path.join(FIXTURES, kind)
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            with open(path, encoding='utf-8') as f:
                source = f.read()
            shared = sql_scan.constants_of(source)
            found = {f.line for f in sql_scan.scan_source(source, shared)}
            wanted = expected_lines(source) if kind == 'bad' else set()
            if kind == 'bad' and not wanted:
                failures.append(f'{path}: a bad fixture without EXPECT-FINDING lines')
            for line in sorted(wanted - found):
                failures.append(f'{path}:{line}: planted SQL building not found')
            for line in sorted(found - wanted):
                failures.append(f'{path}:{line}: reported, but nothing was planted there')
            checked += 1

    scanner = os.path.join(HERE, 'sql_scan.py')
    bad = subprocess.run([sys.executable, scanner, os.path.join(FIXTURES, 'bad')],
                         capture_output=True, text=True)
    if bad.returncode != 1 or 'values_in_sql.cpp:8:' not in bad.stdout:
        failures.append(f'command line on bad fixtures: exit {bad.returncode}, '
                        f'output {bad.stdout!r}')
    good = subprocess.run([sys.executable, scanner, os.path.join(FIXTURES, 'good')],
                          capture_output=True, text=True)
    if good.returncode != 0 or good.stdout:
        failures.append(f'command line on good fixtures: exit {good.returncode}, '
                        f'output {good.stdout!r}')

    for failure in failures:
        print(failure)
    print(f'sql_scan_selftest: {checked} fixture files, {len(failures)} failure(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
