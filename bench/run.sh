#!/usr/bin/env bash
# Rapport benchmark: a big demo database (1,000,000 customers, ~10,000,000 order
# lines by default), then the customer table, memory and search, each next to a
# peer measured in the same run. Prints a Markdown table for the README.
#   bash bench/run.sh BUILD_DIR
# Environment: BENCH_CUSTOMERS (default 1000000), BENCH_SEED (1), BENCH_VALUE_ONLY
# (1: only the customer-value step, bench/value.sh), BENCH_DIR
# (where the database is kept and reused: default $TMPDIR/rapport-bench).
set -euo pipefail

BUILD=${1:-build-release}
CUSTOMERS=${BENCH_CUSTOMERS:-1000000}
SEED=${BENCH_SEED:-1}
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/rapport-bench}
CLI="$BUILD/app/rapport-cli"
TABLE="$BUILD/bench/bench_table"
SEARCH="$BUILD/bench/bench_search"
EXPORT="$BUILD/bench/bench_export"
CUSTOMFIELD="$BUILD/bench/bench_customfield"
TOOLS=("$CLI" "$TABLE" "$SEARCH" "$EXPORT" "$CUSTOMFIELD")
[[ "${BENCH_VALUE_ONLY:-0}" = 1 ]] && TOOLS=("$CLI")
for tool in "${TOOLS[@]}"; do
    [[ -x "$tool" ]] || { echo "run.sh: $tool is missing; build $BUILD first" >&2; exit 1; }
done
mkdir -p "$DIR"
# The cached database is only reused while the schema and the generator are
# the same as the ones that wrote it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOURCES_HASH=$(cat "$ROOT"/core/storage/migrations/*.sql "$ROOT"/core/demo/*.cpp \
    "$ROOT"/core/storage/DemoWriter.cpp "$ROOT"/core/storage/SearchText.cpp \
    "$ROOT"/core/domain/SortKey.cpp | sha1sum | cut -c1-10)
DB="$DIR/demo-$CUSTOMERS-seed$SEED-$SOURCES_HASH.db"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# value KEY FILE: the number a bench program printed as "RESULT KEY value"
value() { awk -v k="$2" '$1 == "RESULT" && $2 == k { v = $3 + 0; if (v == int(v)) printf "%d", v; else if (v >= 100) printf "%.0f", v; else printf "%.2f", v }' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.1f×", b / a; else print "–" }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f MiB", b / 1048576 }'; }

echo "== database: $CUSTOMERS customers, seed $SEED ($DB)" >&2
if [[ -f "$DB" && -f "$DB.done" ]]; then
    GEN="reused"
    GEN_CMD="(reused from an earlier run)"
else
    rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.done"
    GEN_CMD="rapport-cli --db FILE demo --customers $CUSTOMERS --seed $SEED"
    t0=$(now)
    "$CLI" --db "$DB" demo --customers "$CUSTOMERS" --seed "$SEED" --json >"$DIR/demo.json"
    t1=$(now)
    GEN="$(secs "$t0" "$t1") s"
    touch "$DB.done"
fi
SIZE=$(stat -c %s "$DB")
STATS=$("$CLI" --db "$DB" stats --json | tr -d ' \n')
echo "   $STATS, $(mib "$SIZE"), generated: $GEN" >&2
if [[ "${BENCH_VALUE_ONLY:-0}" = 1 ]]; then
    bash "$ROOT/bench/value.sh" "$BUILD" "$DB"
    exit 0
fi

# Peer for generation: the sqlite3 shell rewriting the finished file (VACUUM
# INTO builds every table and index from sorted rows: the floor for writing it).
VAC="–"
if command -v sqlite3 >/dev/null; then
    rm -f "$DIR/vacuum.db"
    t0=$(now)
    sqlite3 "$DB" "VACUUM INTO '$DIR/vacuum.db'"
    t1=$(now)
    VAC="$(secs "$t0" "$t1") s"
    rm -f "$DIR/vacuum.db"
fi

echo "== customer table (offscreen QTableView, warm OS cache)" >&2
"$TABLE" "$DB" rapport >"$DIR/table-rapport.txt"
"$TABLE" "$DB" core >"$DIR/table-core.txt"
"$TABLE" "$DB" peer >"$DIR/table-peer.txt"
cat "$DIR"/table-*.txt >&2

echo "== search" >&2
"$SEARCH" "$DB" >"$DIR/search.txt"
cat "$DIR/search.txt" >&2

echo "== export every customer to CSV" >&2
"$EXPORT" "$DB" "$DIR/export.csv" >"$DIR/export.txt"
cat "$DIR/export.txt" >&2
# Peer: the sqlite3 shell writing the same columns of the same rows with -csv.
EXPORT_PEER_MS=""
if command -v sqlite3 >/dev/null; then
    EXPORT_SQL="SELECT c.name, c.code, c.email, c.phone, coalesce((SELECT name FROM companies
        WHERE id = c.company_id AND deleted_at IS NULL), ''), c.city, c.address, c.owner,
        CASE c.opted_out WHEN 1 THEN 'yes' ELSE 'no' END, c.notes, c.uuid, c.created_at
        FROM customers c WHERE c.deleted_at IS NULL ORDER BY c.id"
    t0=$(now)
    sqlite3 -readonly -csv -header "$DB" "$EXPORT_SQL" >"$DIR/export-peer.csv"
    t1=$(now)
    EXPORT_PEER_MS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
    echo "   sqlite3 -csv: $EXPORT_PEER_MS ms, $(mib "$(stat -c %s "$DIR/export-peer.csv")")" >&2
fi
rm -f "$DIR/export.csv" "$DIR/export-peer.csv"

# Last of the read-mostly steps: it writes custom fields and values into the
# cached database (idempotently: a second run reuses the fields).
echo "== custom fields: fill, then first page sorted and filtered on them" >&2
"$CUSTOMFIELD" "$DB" >"$DIR/customfield.txt"
cat "$DIR/customfield.txt" >&2

echo "== import customers and order lines from CSV (bench/import.sh)" >&2
bash "$ROOT/bench/import.sh" "$BUILD" "$DB" "$DIR" >"$DIR/import.txt"
cat "$DIR/import.txt" >&2
I=$DIR/import.txt
# times A B: "A / B" as a factor (how many times the peer's time Rapport takes)
times() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.1f× the peer", a / b; else print "–" }'; }

R=$DIR/table-rapport.txt C=$DIR/table-core.txt P=$DIR/table-peer.txt S=$DIR/search.txt
E=$DIR/export.txt F=$DIR/customfield.txt
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
cat <<TABLE

### Rapport benchmark — $(date -u +%Y-%m-%d)

\`make bench\` (\`bash bench/run.sh $BUILD\`, BENCH_CUSTOMERS=$CUSTOMERS, seed $SEED) on $(nproc) × $CPU, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, Release build, warm OS page cache.
Data: $STATS; file $(mib "$SIZE").

| measurement | Rapport | peer | peer / Rapport |
|---|---|---|---|
| generate the database (\`$GEN_CMD\`) | $GEN | sqlite3 shell \`VACUUM INTO\` of the same file (write floor): $VAC | – |
| open + first page of 256 customers by name, in a QTableView | $(value "$R" open_first_page_ms) ms | QSqlTableModel + QTableView, sorted on the same index: $(value "$P" open_first_page_ms) ms | $(ratio "$(value "$R" open_first_page_ms)" "$(value "$P" open_first_page_ms)") |
| … same, core::TableQuery alone (count + page) | $(value "$C" open_first_page_ms) ms | | |
| scroll to the last row | $(value "$R" last_page_ms) ms | QSqlTableModel (fetches every row first): $(value "$P" last_page_ms) ms | $(ratio "$(value "$R" last_page_ms)" "$(value "$P" last_page_ms)") |
| read every page, first to last | $(value "$R" scan_all_pages_ms) ms (TableQuery keyset: $(value "$C" scan_all_pages_ms) ms) | $(value "$P" scan_all_pages_ms) ms (rows already in memory) | |
| peak RSS (VmHWM) over the whole run | $(value "$R" peak_rss_mib) MiB | $(value "$P" peak_rss_mib) MiB | $(ratio "$(value "$R" peak_rss_mib)" "$(value "$P" peak_rss_mib)") |
| search, median of $(value "$S" queries) queries (limit 50) | $(value "$S" search_median_ms) ms | \`LIKE '%…%'\` on name/e-mail/phone, plain QSqlQuery: $(value "$S" like_median_ms) ms | $(ratio "$(value "$S" search_median_ms)" "$(value "$S" like_median_ms)") |
| search, 95th percentile | $(value "$S" search_p95_ms) ms | $(value "$S" like_p95_ms) ms | $(ratio "$(value "$S" search_p95_ms)" "$(value "$S" like_p95_ms)") |
| rows found by the 100 queries | $(value "$S" search_hits) | $(value "$S" like_hits) | |
| export every customer to CSV (\`core::exporting::Exporter\`, as \`rapport-cli export customers\`) | $(value "$E" export_ms) ms, $(value "$E" export_mib) MiB, RSS grew $(value "$E" export_rss_growth_mib) MiB | \`sqlite3 -csv\` of the same columns: ${EXPORT_PEER_MS:-–} ms | $(ratio "$(value "$E" export_ms)" "${EXPORT_PEER_MS:-0}") |
| fill two custom fields (\`tier\`, \`score\`) on every customer, one \`UPDATE … json_set\` | $(value "$F" fill_values_ms) ms | | |
| first page of 256 customers sorted on custom.score, filtered on custom.tier = gold: no index / with the field's expression index (built in $(value "$F" create_index_ms) ms) | $(value "$F" first_page_unindexed_ms) ms / $(value "$F" first_page_indexed_ms) ms | | |
| import $(value "$I" customer_rows) customers from CSV (\`rapport-cli import customers\`: cleaning, checks, duplicates, sort keys, full-text index) | $(value "$I" ours_customers) s | sqlite3 \`.import\` + the same indexes + an FTS5 index with the same options over the raw columns: $(value "$I" peer_customers) s (plain \`.import\`, the floor: $(value "$I" floor_customers) s) | $(times "$(value "$I" ours_customers)" "$(value "$I" peer_customers)") |
| import $(value "$I" order_line_rows) order lines (\`rapport-cli import orders\`: orders, lines, customers by number, products) | $(value "$I" ours_lines) s | sqlite3 \`.import\` + 4 indexes: $(value "$I" peer_lines) s (floor: $(value "$I" floor_lines) s) | $(times "$(value "$I" ours_lines)" "$(value "$I" peer_lines)") |

Queries: 25 Chinese name parts (伟明, 张伟), 25 Latin name prefixes, 25 e-mail parts (either side of @), 25 phone digit runs typed with a dash; drawn from the data (bench/bench_search.cpp). Memory per quarter of the scan is in the log above the table.
TABLE

# Scoring every customer of the same database (writes customer_scores into it).
bash "$ROOT/bench/value.sh" "$BUILD" "$DB"

# Frequent-itemset mining on the public FIMI sets and Online Retail, next to ELKI.
bash "$ROOT/bench/mining.sh" "$BUILD"
