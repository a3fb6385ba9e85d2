#!/usr/bin/env bash
# Mining benchmark, run at the end of bench/run.sh and by `make bench-mining`:
#   bash bench/mining.sh BUILD_DIR
# Mines the FIMI sets in ../shared/data/fimi and Online Retail baskets (made
# here from the order lines: one basket per invoice, StockCodes as items,
# cancelled invoices "C…" left out) with our Apriori, Eclat and FP-Growth
# (`rapport-cli mine --json`: itemset count and seconds, reading included; the
# fastest again writing every itemset to a file) and, in the same run, with
# ELKI's APRIORI, Eclat and FPGrowth (Debian package `elki`). Prints a Markdown
# table; every count that differs from ours or from the reference counts
# (consensus of several tools, ../shared/docs/mining-notes.md) is called out
# under the table.
# Environment: BENCH_DATA (default ROOT/../shared/data), BENCH_ELKI_TIMEOUT
# (seconds per ELKI run, default 120), BENCH_ELKI_ALGORITHMS (default
# "APRIORI Eclat FPGrowth"; empty skips ELKI), BENCH_ELKI_HEAP (default 8g),
# BENCH_ELKI_STACK (default 512m: ELKI's FPGrowth recurses once per item of a
# path and overflows Java's default stack on retail at 0.01%).
set -euo pipefail

BUILD=${1:-build-release}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA=${BENCH_DATA:-$ROOT/../shared/data}
CLI="$BUILD/app/rapport-cli"
ELKI_JAR=/usr/share/java/elki.jar
ELKI_TIMEOUT=${BENCH_ELKI_TIMEOUT:-120}
ELKI_ALGORITHMS=${BENCH_ELKI_ALGORITHMS-APRIORI Eclat FPGrowth}
ELKI_HEAP=${BENCH_ELKI_HEAP:-8g}
ELKI_STACK=${BENCH_ELKI_STACK:-512m}
OURS=(apriori eclat fpgrowth)
[[ -x "$CLI" ]] || { echo "mining.sh: $CLI is missing; build $BUILD first" >&2; exit 1; }
if [[ -n "$ELKI_ALGORITHMS" ]] && ! { [[ -f "$ELKI_JAR" ]] && command -v java >/dev/null; }; then
    echo "mining.sh: ELKI is not installed (apt-get install elki); measuring ours only" >&2
    ELKI_ALGORITHMS=""
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rapport-mining.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export LC_ALL=C.UTF-8

# The reference counts of ../shared/docs/mining-notes.md ("data support").
declare -A REFERENCE=(
    ["retail 0.001"]=7589 ["retail 0.0001"]=240852
    ["T10I4D100K 0.001"]=27532 ["T10I4D100K 0.0001"]=411365
    ["chess 0.6"]=254944 ["mushroom 0.1"]=574431
)
# Borgelt's programs on this kind of machine, as the issue gives them.
declare -A BORGELT=(
    ["retail 0.0001"]="Eclat 0.18 s, FP-Growth 0.32 s, Apriori 0.70 s"
    ["T10I4D100K 0.0001"]="Eclat 0.28 s" ["chess 0.6"]="FP-Growth 0.02 s"
    ["mushroom 0.1"]="FP-Growth 0.03 s"
)

# Online Retail: one basket per invoice, each StockCode numbered once, an item
# once per basket. InvoiceNo and StockCode are the first two (quoted, comma-free)
# columns, so splitting at commas is safe for them.
ONLINE=$WORK/online_retail.dat
if [[ -f "$DATA/online_retail/online_retail.csv" ]]; then
    awk -F',' 'NR > 1 {
        inv = $1; code = $2; gsub(/"/, "", inv); gsub(/"/, "", code)
        if (inv ~ /^[Cc]/ || inv == "" || code == "") next
        if (!(code in id)) id[code] = n++
        if (!(inv in basket)) { order[m++] = inv; basket[inv] = "" }
        key = inv SUBSEP id[code]
        if (key in seen) next
        seen[key] = 1
        basket[inv] = basket[inv] (basket[inv] == "" ? "" : " ") id[code]
    } END { for (i = 0; i < m; i++) print basket[order[i]] }' \
        "$DATA/online_retail/online_retail.csv" >"$ONLINE"
    echo "== Online Retail: $(wc -l <"$ONLINE") invoices as baskets" >&2
fi

RUNS=(
    "retail fimi/retail.dat 0.001" "retail fimi/retail.dat 0.0001"
    "T10I4D100K fimi/T10I4D100K.dat 0.001" "T10I4D100K fimi/T10I4D100K.dat 0.0001"
    "chess fimi/chess.dat 0.6" "mushroom fimi/mushroom.dat 0.1"
    "online_retail $ONLINE 0.01" "online_retail $ONLINE 0.005" "online_retail $ONLINE 0.002"
)

# json KEY FILE: a number from rapport-cli's indented JSON.
json() { awk -v k="\"$1\":" '$1 == k { v = $2; sub(/,$/, "", v); print v }' "$2"; }
percent() { awk -v s="$1" 'BEGIN { printf "%g%%", s * 100 }'; }
seconds() { awk -v s="$1" 'BEGIN { if (s == "") print "–"; else if (s < 10) printf "%.3f", s; else printf "%.1f", s }'; }
# ratio PEER OURS: how many times our time the peer takes
ratio() { awk -v p="$1" -v o="$2" 'BEGIN { if (p + 0 > 0 && o + 0 > 0) printf "%.0f×", p / o; else print "–" }'; }
thousands() { awk -v n="$1" 'BEGIN { if (n !~ /^[0-9]+$/) { print n; exit } s = ""; while (n >= 1000) { s = sprintf(",%03d", n % 1000) s; n = int(n / 1000) } print n s }'; }
now() { date +%s.%N; }
# join A B C: "A / B / C"
join() { local IFS="/"; echo "$*" | sed 's|/| / |g'; }

# elki ALGORITHM FILE SUPPORT LOG: prints "COUNT RUNTIME_SECONDS WALL_SECONDS
# MINCOUNT"; COUNT is "timeout" or "failed" when it did not finish (ELKI exits
# with status 0 after some errors, such as a StackOverflowError, so a run that
# printed no count failed too).
elki() {
    local t0 t1 status=0
    t0=$(now)
    timeout "$ELKI_TIMEOUT" java -Xmx"$ELKI_HEAP" -Xss"$ELKI_STACK" -jar "$ELKI_JAR" KDDCLIApplication \
        -dbc.in "$2" -dbc.parser SimpleTransactionParser -algorithm "itemsetmining.$1" \
        -itemsetmining.minsupp "$3" -resulthandler DiscardResultHandler -time >"$4" 2>&1 ||
        status=$?
    t1=$(now)
    local wall
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    if ((status == 124)); then echo "timeout - $wall -"; return; fi
    if ((status != 0)); then echo "failed - $wall -"; return; fi
    # FPGrowth and Eclat print the total; APRIORI prints each size's count, some
    # of them twice, so the last line per size counts.
    awk -v wall="$wall" -F': ' '
        /\.frequent-itemsets: / { total = $2; found = 1 }
        /-items\.frequent: / { n = split($1, p, "."); size[p[n - 1]] = $2; found = 1 }
        /Exception|Error/ { failed = 1 }
        /\.runtime: / { runtime = $2; sub(/ ms/, "", runtime) }
        /minsupp-absolute: / { minc = $2 }
        END {
            if (failed || !found) { printf "failed - %s -\n", wall; exit }
            if (total == "") { total = 0; for (k in size) total += size[k] }
            printf "%s %.3f %s %s\n", total, runtime / 1000, wall, (minc == "" ? "-" : minc)
        }' "$4"
}

ROWS=()
NOTES=()
for run in "${RUNS[@]}"; do
    read -r name file support <<<"$run"
    [[ "$file" = /* ]] || file="$DATA/$file"
    if [[ ! -s "$file" ]]; then
        echo "mining.sh: $file is missing; skipping $name" >&2
        continue
    fi
    key="$name $support"
    echo "== $name at $(percent "$support")" >&2
    declare -A count=() secs=()
    for algorithm in "${OURS[@]}"; do
        "$CLI" mine --input "$file" --format fimi --algorithm "$algorithm" \
            --min-support "$support" --json >"$WORK/ours.json"
        count[$algorithm]=$(json itemsets "$WORK/ours.json")
        secs[$algorithm]=$(json seconds "$WORK/ours.json")
        echo "   ours $algorithm: ${count[$algorithm]} itemsets, ${secs[$algorithm]} s" >&2
    done
    ours=${count[fpgrowth]}
    minCount=$(json min_count "$WORK/ours.json")
    for algorithm in apriori eclat; do
        [[ "${count[$algorithm]}" = "$ours" ]] ||
            NOTES+=("**$name at $(percent "$support")**: our $algorithm finds ${count[$algorithm]} itemsets, our fpgrowth $ours.")
    done
    if [[ -n "${REFERENCE[$key]:-}" && "${REFERENCE[$key]}" != "$ours" ]]; then
        NOTES+=("**$name at $(percent "$support")**: we find $ours itemsets, the reference count is ${REFERENCE[$key]}.")
    fi
    # The fastest of ours again, writing every itemset ("a b c (n)" lines).
    fastest=$(for a in "${OURS[@]}"; do echo "${secs[$a]} $a"; done | sort -g | head -1 | cut -d' ' -f2)
    "$CLI" mine --input "$file" --format fimi --algorithm "$fastest" --min-support "$support" \
        --itemsets-out "$WORK/itemsets.txt" --json >"$WORK/out.json"
    written=$(wc -l <"$WORK/itemsets.txt")
    outSecs=$(json seconds "$WORK/out.json")
    [[ "$written" = "$ours" ]] ||
        NOTES+=("**$name at $(percent "$support")**: --itemsets-out wrote $written lines for $ours itemsets.")
    echo "   ours $fastest writing $written itemsets: $outSecs s" >&2
    rm -f "$WORK/itemsets.txt"

    elkiCounts=() elkiTimes=() elkiRatios=()
    for algorithm in $ELKI_ALGORITHMS; do
        read -r c runtime wall minc < <(elki "$algorithm" "$file" "$support" "$WORK/elki.log")
        echo "   ELKI $algorithm: $c itemsets, $runtime s (wall $wall s, min count $minc)" >&2
        case $algorithm in APRIORI) mine=apriori ;; Eclat) mine=eclat ;; *) mine=fpgrowth ;; esac
        if [[ "$c" =~ ^[0-9]+$ ]]; then
            elkiCounts+=("$(thousands "$c")")
            elkiTimes+=("$(seconds "$runtime") ($(seconds "$wall"))")
            elkiRatios+=("$(ratio "$runtime" "${secs[$mine]}")")
            if [[ "$c" != "$ours" ]]; then
                ref=${REFERENCE[$key]:-none}
                NOTES+=("**$name at $(percent "$support")**: ELKI $algorithm finds $c itemsets, we find $ours (our three algorithms agree; reference count: $ref; ELKI's minimum count $minc, ours $minCount).")
            fi
        else
            elkiCounts+=("$c")
            elkiTimes+=("$c after $(seconds "$wall")")
            elkiRatios+=("–")
        fi
    done
    ROWS+=("| $name | $(percent "$support") | $(thousands "$ours") | ${REFERENCE[$key]:+$(thousands "${REFERENCE[$key]}")} | $(join "${elkiCounts[@]:-–}") | $(seconds "${secs[apriori]}") / $(seconds "${secs[eclat]}") / $(seconds "${secs[fpgrowth]}") | $(seconds "$outSecs") ($fastest) | $(join "${elkiTimes[@]:-–}") | $(join "${elkiRatios[@]:-–}") | ${BORGELT[$key]:-} |")
    unset count secs
done

CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
if [[ -n "$ELKI_ALGORITHMS" ]]; then
    ELKI_TEXT="ELKI 0.7.1 ($ELKI_ALGORITHMS): its own runtime, and in parentheses the wall time with the JVM and parsing; timeout ${ELKI_TIMEOUT} s, heap $ELKI_HEAP, stack $ELKI_STACK. Ratios: ELKI's runtime / ours, same algorithm."
else
    ELKI_TEXT="ELKI was not run."
fi
cat <<HEAD

### Frequent itemsets — $(date -u +%Y-%m-%d)

\`bash bench/mining.sh $BUILD\` on $(nproc) × $CPU. Ours: \`rapport-cli mine --input FILE --algorithm A --min-support S --json\` (seconds from reading the file to the last itemset counted, as the command reports them); "with output": the fastest of ours again with \`--itemsets-out FILE\` (every itemset written as text). $ELKI_TEXT

| data | support | itemsets (ours) | reference | ELKI itemsets (APRIORI / Eclat / FPGrowth) | ours s: apriori / eclat / fpgrowth | ours with output, s | ELKI s: APRIORI / Eclat / FPGrowth | ELKI / ours | Borgelt (issue #4) |
|---|---|---|---|---|---|---|---|---|---|
HEAD
printf '%s\n' "${ROWS[@]}"
echo
if ((${#NOTES[@]} == 0)); then
    echo "All counts agree: our three algorithms, ELKI's, and the reference counts."
else
    echo "Counts that differ:"
    printf -- '- %s\n' "${NOTES[@]}"
fi
