#!/usr/bin/env bash
# Import benchmark, run by bench/run.sh after it has its demo database:
#   bash bench/import.sh BUILD_DIR DEMO_DB WORK_DIR
# Writes the customers (1,000,000 by default) and every order line of the demo
# database as CSV, imports them into a fresh database with rapport-cli, and
# does the same with the sqlite3 shell in the same run:
#   floor:        .import into a plain table (no checks, no indexes);
#   like-for-like: .import, then the same indexes and an FTS5 index with the
#                 same options over the same text columns.
# Prints "RESULT key value" lines (seconds) for run.sh's table.
set -euo pipefail
BUILD=$1
DB=$2
DIR=$3
CLI="$BUILD/app/rapport-cli"
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

CUSTOMERS_CSV="$DIR/import-customers.csv"
LINES_CSV="$DIR/import-lines.csv"
# Customer numbers ("C" + id) tie the order lines to their customers.
sqlite3 -csv -header "$DB" "SELECT 'C' || c.id AS code, c.name AS name, c.email AS email,
    c.phone AS phone, coalesce(co.name, '') AS company, c.city AS city, c.notes AS notes
    FROM customers c LEFT JOIN companies co ON co.id = c.company_id
    WHERE c.deleted_at IS NULL ORDER BY c.id" >"$CUSTOMERS_CSV"
sqlite3 -csv -header "$DB" "SELECT o.number AS number, o.ordered_on AS date,
    'C' || o.customer_id AS customer_code, o.status AS status, p.sku AS sku,
    p.name AS product, l.quantity AS quantity,
    printf('%d.%02d', l.unit_price_minor / 100, l.unit_price_minor % 100) AS unit_price
    FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id
    WHERE o.deleted_at IS NULL ORDER BY o.id, l.position" >"$LINES_CSV"
ROWS=$(($(wc -l <"$CUSTOMERS_CSV") - 1))
LINES=$(($(wc -l <"$LINES_CSV") - 1))
echo "RESULT customer_rows $ROWS"
echo "RESULT order_line_rows $LINES"

# Rapport: customers into a fresh database, then the order lines on top.
OURS="$DIR/import-ours.db"
rm -f "$OURS" "$OURS-wal" "$OURS-shm"
"$CLI" --db "$OURS" init >/dev/null
t0=$(now)
# --on-duplicate create: every row is stored, as the peers store them (the demo
# data shares e-mails and phones between customers; duplicates are still looked up).
"$CLI" --db "$OURS" import customers "$CUSTOMERS_CSV" --on-duplicate create --json \
    >"$DIR/import-customers.json"
t1=$(now)
"$CLI" --db "$OURS" import orders "$LINES_CSV" --json >"$DIR/import-lines.json"
t2=$(now)
echo "RESULT ours_customers $(secs "$t0" "$t1")"
echo "RESULT ours_lines $(secs "$t1" "$t2")"

# The sqlite3 shell: the floor.
PEER="$DIR/import-peer.db"
rm -f "$PEER"
t0=$(now)
sqlite3 "$PEER" ".import --csv $CUSTOMERS_CSV customers"
t1=$(now)
sqlite3 "$PEER" ".import --csv $LINES_CSV lines"
t2=$(now)
echo "RESULT floor_customers $(secs "$t0" "$t1")"
echo "RESULT floor_lines $(secs "$t1" "$t2")"

# The sqlite3 shell, like for like: the same indexes and full-text index.
rm -f "$PEER"
t0=$(now)
sqlite3 "$PEER" <<SQL
.import --csv $CUSTOMERS_CSV customers
CREATE INDEX c_name ON customers (name);
CREATE INDEX c_email ON customers (email);
CREATE INDEX c_phone ON customers (phone);
CREATE INDEX c_city ON customers (city);
CREATE INDEX c_code ON customers (code);
CREATE INDEX c_company ON customers (company);
CREATE VIRTUAL TABLE customers_fts USING fts5(name_text, other_text, content = '',
    prefix = '1 2 3', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO customers_fts (rowid, name_text, other_text)
    SELECT rowid, name, email || ' ' || phone || ' ' || company || ' ' || notes FROM customers;
SQL
t1=$(now)
sqlite3 "$PEER" <<SQL
.import --csv $LINES_CSV lines
CREATE INDEX l_number ON lines (number);
CREATE INDEX l_sku ON lines (sku);
CREATE INDEX l_date ON lines (date);
CREATE INDEX l_customer ON lines (customer_code);
SQL
t2=$(now)
echo "RESULT peer_customers $(secs "$t0" "$t1")"
echo "RESULT peer_lines $(secs "$t1" "$t2")"
rm -f "$PEER" "$OURS" "$OURS-wal" "$OURS-shm" "$CUSTOMERS_CSV" "$LINES_CSV"
