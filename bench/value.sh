#!/usr/bin/env bash
# Customer value benchmark: scoring every customer of the big demo database
# (RFM, BG/NBD + Gamma-Gamma fitted and checked on a holdout, CLV, XGBoost
# churn and next-category models trained, tested and applied, every score
# stored), end to end through `rapport-cli score`, with its peak memory; next
# to the sqlite3 shell computing RFM quintiles alone over the same orders (one
# GROUP BY and three NTILE windows: the floor for a single pass over the data).
#   bash bench/value.sh BUILD_DIR DATABASE
# Prints a Markdown table for the README.
set -euo pipefail

BUILD=${1:-build-release}
DB=${2:?"value.sh: give the benchmark database (bench/run.sh makes it)"}
CLI="$BUILD/app/rapport-cli"
[[ -x "$CLI" ]] || { echo "value.sh: $CLI is missing; build $BUILD first" >&2; exit 1; }
DIR=$(dirname "$DB")
export LC_ALL=C.UTF-8

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

echo "== score every customer (rapport-cli score)" >&2
t0=$(now)
/usr/bin/time -v "$CLI" --db "$DB" score --json >"$DIR/score.json" 2>"$DIR/score.time"
t1=$(now)
SCORE=$(secs "$t0" "$t1")
PEAK=$(awk -F: '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$DIR/score.time")
json() { python3 -c "import json,sys; d=json.load(open('$DIR/score.json')); print($1)"; }
CUSTOMERS=$(json "d['customers']")
CHURN=$(json "' / '.join('%.3f' % m[k] for m in d['models'] if m['name'] == 'churn' for k in ('auc', 'baseline_auc', 'p_alive_auc', 'bgnbd_auc'))")
NEXT=$(json "' / '.join('%.3f' % m[k] for m in d['models'] if m['name'] == 'next_category' for k in ('auc', 'baseline_auc'))")
LIFT=$(json "' / '.join('%.2f' % m[k] for m in d['models'] if m['name'] == 'churn' for k in ('lift_top_decile', 'baseline_lift'))")
BG=$(json "'r = %.3f, α = %.2f, a = %.3f, b = %.3f (fitted on %d of %d)' % tuple(d['bgnbd'][k] for k in ('r', 'alpha', 'a', 'b', 'fitted_on', 'customers'))")
echo "   $CUSTOMERS customers in $SCORE s, peak RSS $PEAK MiB" >&2

RFM_PEER="–"
if command -v sqlite3 >/dev/null; then
    echo "== peer: RFM quintiles alone in the sqlite3 shell" >&2
    RFM_SQL="WITH p AS (SELECT o.customer_id AS c, max(o.ordered_on) AS last,
        count(DISTINCT o.ordered_on) AS f, sum(o.total_minor) AS m FROM orders o
        WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' GROUP BY o.customer_id)
        SELECT count(*), sum(r + fq + mq) FROM (SELECT ntile(5) OVER (ORDER BY last) AS r,
        ntile(5) OVER (ORDER BY f) AS fq, ntile(5) OVER (ORDER BY m) AS mq FROM p)"
    t0=$(now)
    sqlite3 -readonly "$DB" "$RFM_SQL" >"$DIR/rfm-peer.txt"
    t1=$(now)
    RFM_PEER="$(secs "$t0" "$t1") s"
    echo "   $RFM_PEER ($(cat "$DIR/rfm-peer.txt"))" >&2
fi

cat <<TABLE

#### Customer value — $(date -u +%Y-%m-%d)

\`bash bench/value.sh $BUILD DB\` (run by \`make bench\`) on the benchmark database above, $(nproc) cores, Release build.

| measurement | Rapport | peer |
|---|---|---|
| score $CUSTOMERS customers end to end (\`rapport-cli --db FILE score\`: load every order line, RFM, BG/NBD + Gamma-Gamma fitted twice, CLV, two XGBoost models trained, tested and applied, all scores stored) | $SCORE s, peak RSS $PEAK MiB | RFM quintiles alone, sqlite3 shell (GROUP BY + 3 × NTILE): $RFM_PEER |
| churn in the next period, holdout AUC: model / recency / 1 − P(alive) / BG/NBD P(no purchase) | $CHURN | |
| churn, lift in the top decile: model / recency | $LIFT | |
| next category, holdout AUC (macro one-vs-rest): model / past category share | $NEXT | |
| BG/NBD on the whole history | $BG | |
TABLE
