#!/usr/bin/env bash
# The store, measured: ingest rate against `summary` over the same 1 GB log; the store's size; lookups
# of one message (by MID, Message-ID, recipient) and `summary` / `peers` over a store of about ten
# million messages (made by piping `simulate` into `ingest`, so the 14 GB log never touches the disk).
# Prints a Markdown table. With CLICKHOUSE=clickhouse://127.0.0.1:8123/bench, the 1 GB ingest and the
# reports are measured on that server too.
#
#   bench/store.sh                    # both (the big store takes a while: about 15 minutes here)
#   BIG=0 bench/store.sh              # only the 1 GB part
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-/tmp/esa-tls-bench}
BIG=${BIG:-1}
BIG_SIZE=${BIG_SIZE:-14G}
RUNS=${RUNS:-5}
mkdir -p "$BENCH_DIR"
cargo build --release --quiet
BIN=target/release/esa-tls
log="$BENCH_DIR/mail_1G.log"
[ -s "$log" ] || "$BIN" simulate --seed 3 --size 1G > "$log"

timing=$(mktemp)
# one run, wall seconds
once() {
  /usr/bin/time -f "%e" -o "$timing" bash -c "$1" >/dev/null 2>&1
  cat "$timing"
}
# best wall time of $RUNS runs, in seconds
best() {
  local b=""
  for _ in $(seq "$RUNS"); do
    local t
    t=$(once "$1")
    if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
  done
  echo "$b"
}
mb() { du -b "$@" | awk '{s+=$1} END {printf "%.0f", s/1e6}'; }

echo "| store | what | wall s | note |"
echo "|---|---|---:|---|"
db="$BENCH_DIR/store_1G.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
t=$(once "$BIN ingest -q --store $db $log")
n=$("$BIN" summary -f json --store "$db" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["messages_total"])')
echo "| SQLite, 1 GB log | ingest | $t | $n messages; store $(mb "$db"*) MB |"
echo "| (logs) | summary over the same 1 GB log | $(best "$BIN summary -f json $log") | |"
echo "| SQLite, 1 GB log | summary | $(best "$BIN summary -f json --store $db") | |"
echo "| (logs) | peers over the same 1 GB log | $(best "$BIN peers -f json $log") | |"
echo "| SQLite, 1 GB log | peers | $(best "$BIN peers -f json --store $db") | |"
if [ -n "${CLICKHOUSE:-}" ]; then
  t=$(once "$BIN ingest -q --store $CLICKHOUSE $log")
  echo "| ClickHouse, 1 GB log | ingest | $t | |"
  echo "| ClickHouse, 1 GB log | summary | $(best "$BIN summary -f json --store $CLICKHOUSE") | |"
  echo "| ClickHouse, 1 GB log | peers | $(best "$BIN peers -f json --store $CLICKHOUSE") | |"
  echo "| ClickHouse, 1 GB log | messages --mid | $(best "$BIN messages -f json --mid 600000 --store $CLICKHOUSE") | |"
fi
[ "$BIG" = 1 ] || exit 0

big="$BENCH_DIR/store_big.sqlite"
if [ ! -s "$big" ]; then
  t=$(once "$BIN simulate --seed 4 --size $BIG_SIZE | $BIN ingest -q --store $big -")
  echo "| SQLite, $BIG_SIZE simulated | simulate and ingest, piped | $t | |"
fi
n=$("$BIN" summary -f json --store "$big" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["messages_total"])')
echo "| SQLite, $n messages | size | | $(mb "$big"*) MB, $(awk "BEGIN{printf \"%.0f\", $(du -b "$big" | cut -f1)/($n/1e6)/1e6}") MB per million messages |"
mid=$("$BIN" messages -f ndjson --store "$big" --since 2024-03-12 --until 2024-03-12T00:00:05 | head -1)
m=$(echo "$mid" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["mid"])')
msgid=$(echo "$mid" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["message_id"])')
rcpt=$(echo "$mid" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["recipients"][0]["to"])')
echo "| SQLite, $n messages | messages --mid $m | $(best "$BIN messages -f json --mid $m --store $big") | whole command: process start, open, lookup |"
echo "| SQLite, $n messages | messages --message-id | $(best "$BIN messages -f json --message-id '$msgid' --store $big") | |"
hits=$("$BIN" messages -f ndjson --to "$rcpt" --store "$big" | wc -l)
echo "| SQLite, $n messages | messages --to $rcpt | $(best "$BIN messages -f json --to $rcpt --store $big") | $hits messages found (the simulator reuses its few hundred addresses) |"
echo "| SQLite, $n messages | messages --to $rcpt --since 2024-03-12 --until 2024-03-12T01:00 | $(best "$BIN messages -f json --to $rcpt --since 2024-03-12 --until 2024-03-12T01:00 --store $big") | |"
echo "| SQLite, $n messages | summary | $(best "$BIN summary -f json --store $big") | |"
echo "| SQLite, $n messages | summary --bucket day | $(best "$BIN summary -f json --bucket day --store $big") | |"
echo "| SQLite, $n messages | peers | $(best "$BIN peers -f json --store $big") | |"
echo "| SQLite, $n messages | peers --since (a cut hour) | $(best "$BIN peers -f json --since 2024-03-12T00:30 --store $big") | |"
