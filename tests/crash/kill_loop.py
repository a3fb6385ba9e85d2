#!/usr/bin/python3
"""Kills a writing rapport-cli at random moments and checks every file it leaves.

For each operation (a CSV import, a mining run, a scoring run, a schema
migration) the script first runs it to the end once to learn how long it takes
and what "all" looks like, then repeats: a fresh copy of the starting database,
the operation started, SIGKILL after a random delay within its duration, and
checks on what is left:
  * the file opens (rapport-cli stats) and PRAGMA integrity_check says ok;
  * the operation's effect is all or nothing (counts before or after, never in
    between; a stored run always has all its rows).
Prints one line per operation and a total; exit status 1 on any failure.
"""
import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time


def sql(path, statement, *args):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(statement, args).fetchall()
    finally:
        connection.close()


def one(path, statement, *args):
    return sql(path, statement, *args)[0][0]


class Operation:
    """One kind of write: how to start it and what 'none' and 'all' look like."""

    def __init__(self, name, template, command, state, valid):
        self.name = name
        self.template = template  # the database every attempt starts from
        self.command = command    # argv after `rapport-cli --db FILE`
        self.state = state        # file -> a comparable summary of the data
        self.valid = valid        # (state, before, after) -> problem or None


def counts(*tables):
    def state(path):
        return tuple(one(path, "SELECT count(*) FROM " + t) for t in tables)
    return state


def all_or_nothing(state, before, after):
    if state in (before, after):
        return None
    return "partial: %s (before %s, after %s)" % (state, before, after)


def mining_state(path):
    runs = sql(path, "SELECT id, rule_count FROM mining_runs ORDER BY id")
    for run_id, rule_count in runs:
        stored = one(path, "SELECT count(*) FROM association_rules WHERE run_id = ?", run_id)
        if stored != rule_count:
            return ("torn run", run_id, stored, rule_count)
    return (len(runs), one(path, "SELECT count(*) FROM association_rules"))


def scoring_state(path):
    runs = one(path, "SELECT count(*) FROM scoring_runs")
    latest = one(path, "SELECT max(id) FROM scoring_runs")
    rows = one(path, "SELECT count(*) FROM customer_scores")
    of_latest = one(path, "SELECT count(*) FROM customer_scores WHERE run_id = ?", latest)
    return (runs, rows, rows == of_latest)


def schema_state(path):
    version = one(path, "PRAGMA user_version")
    objects = sql(path, "SELECT type, name FROM sqlite_schema ORDER BY type, name")
    return (version, len(objects))


def run_cli(cli, db, args, timeout=600):
    return subprocess.run([cli, "--db", db] + args, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=timeout)


def fresh_copy(template, work, name):
    path = os.path.join(work, name)
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    for leftover in os.listdir(work):
        if leftover.startswith(name + ".v"):
            os.remove(os.path.join(work, leftover))
    shutil.copyfile(template, path)
    return path


def make_import_csv(path, rows, seed):
    rng = random.Random(seed)
    cities = ["上海", "北京", "Hangzhou", "Shenzhen", "Lyon", "Berlin"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("Name,E-mail,Phone,City\n")
        for i in range(rows):
            f.write("Crash Test %d,crash%d@example.com,+86 138 %04d %04d,%s\n"
                    % (i, i, i % 10000, rng.randrange(10000), rng.choice(cities)))


def attempt(cli, op, work, delay):
    path = fresh_copy(op.template, work, op.name + ".db")
    process = subprocess.Popen([cli, "--db", path] + op.command,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    finished = process.poll() is not None
    if not finished:
        process.send_signal(signal.SIGKILL)
    code = process.wait()
    return path, finished, code


def check(cli, op, path, before, after, outcomes):
    integrity = one(path, "PRAGMA integrity_check")
    if integrity != "ok":
        return "integrity_check: " + integrity
    state = op.state(path)
    problem = op.valid(state, before, after)
    if problem:
        return problem
    outcomes["all" if state == after else "none"] += 1
    # A copy kept before a migration is whole or absent, never torn.
    folder, name = os.path.split(path)
    for other in os.listdir(folder):
        if other.startswith(name + ".v") and other.endswith(".backup"):
            copy = os.path.join(folder, other)
            if one(copy, "PRAGMA integrity_check") != "ok":
                return "torn pre-migration backup " + other
    opened = run_cli(cli, path, ["stats", "--json"])
    if opened.returncode != 0:
        return "does not open: " + opened.stderr.decode(errors="replace").strip()
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--v1-fixture", required=True)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--report", help="write the figures as JSON here")
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    rng = random.Random(args.seed)

    # The starting databases: a demo company (scored once, so a re-score must
    # replace the scores whole), the import file, and the version 1 fixture.
    base = os.path.join(args.work, "base.db")
    for step in (["demo", "--customers", "3000", "--seed", "11"], ["score"]):
        result = run_cli(args.cli, base, step)
        if result.returncode != 0:
            sys.exit("setting up failed: %s" % result.stderr.decode(errors="replace"))
    sql(base, "PRAGMA wal_checkpoint(TRUNCATE)")
    csv = os.path.join(args.work, "customers.csv")
    make_import_csv(csv, 20000, args.seed)

    operations = [
        Operation("import", base, ["import", "customers", csv],
                  counts("customers", "import_runs", "import_changes"), all_or_nothing),
        Operation("mining", base, ["mine", "--min-support", "0.002", "--min-confidence", "0.05"],
                  mining_state, all_or_nothing),
        Operation("scoring", base, ["score"], scoring_state, all_or_nothing),
        Operation("migration", args.v1_fixture, ["init"], schema_state, all_or_nothing),
    ]

    figures = {}
    failures = 0
    per_operation = args.kills // len(operations)
    for op in operations:
        before = op.state(op.template)
        path = fresh_copy(op.template, args.work, op.name + ".db")
        started = time.monotonic()
        done = run_cli(args.cli, path, op.command)
        duration = time.monotonic() - started
        if done.returncode != 0:
            sys.exit("%s failed when run to the end: %s"
                     % (op.name, done.stderr.decode(errors="replace")))
        after = op.state(path)
        if after == before:
            sys.exit("%s changed nothing; the check would prove nothing" % op.name)
        killed = completed = bad = 0
        outcomes = {"none": 0, "all": 0}
        for _ in range(per_operation):
            delay = rng.uniform(0.0, duration * 1.3)
            path, finished, code = attempt(args.cli, op, args.work, delay)
            problem = check(args.cli, op, path, before, after, outcomes)
            # A run that ended by itself must have succeeded and done it all.
            if not problem and finished and (code != 0 or op.state(path) != after):
                problem = "finished with exit status %d without doing it all" % code
            if finished:
                completed += 1
            else:
                killed += 1
            if problem:
                bad += 1
                kept = os.path.join(args.work, "failed-%s-%d.db" % (op.name, bad))
                shutil.copyfile(path, kept)
                print("FAIL %s after %.3f s: %s (kept as %s)" % (op.name, delay, problem, kept))
        failures += bad
        figures[op.name] = {"attempts": per_operation, "killed": killed,
                            "finished_before_kill": completed, "failures": bad,
                            "left_none": outcomes["none"], "left_all": outcomes["all"],
                            "duration_s": round(duration, 2)}
        print("%-9s %3d attempts over %.2f s: %3d killed, %2d finished first; left none %d, "
              "all %d; %d failures" % (op.name, per_operation, duration, killed, completed,
                                       outcomes["none"], outcomes["all"], bad))
    # A long loop where nothing was ever cut short, or nothing ever completed,
    # would prove nothing. (A short run of two attempts per operation may
    # legitimately see either by chance.)
    if per_operation >= 10:
        for name, f in figures.items():
            if f["killed"] == 0:
                print("FAIL %s: no attempt was killed mid-way" % name)
                failures += 1
        if sum(f["left_all"] for f in figures.values()) == 0:
            print("FAIL: no attempt ever completed; the operations may be failing")
            failures += 1
    total = sum(f["attempts"] for f in figures.values())
    print("total: %d attempts, %d failures" % (total, failures))
    if args.report:
        with open(args.report, "w") as f:
            json.dump(figures, f, indent=2)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
