#!/usr/bin/env bash
# Side-by-side wall time and peak RSS of esa-tls and the baselines (grep, cat, zcat) on simulated
# 1 GB and 4 GB mail logs, generated once into $BENCH_DIR. Prints a Markdown table.
#
#   bench/compare.sh            # both sizes
#   SIZES="1G" bench/compare.sh # only 1 GB
#   ONLY='--to|--mid|summary -f json /' bench/compare.sh # only the commands matching a regex
#   PGO_BIN=$(bench/pgo.sh) bench/compare.sh # each esa-tls command also with a PGO build, beside it
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-/tmp/esa-tls-bench}
SIZES=${SIZES:-"1G 4G"}
RUNS=${RUNS:-3}
mkdir -p "$BENCH_DIR"
cargo build --release --quiet
BIN=target/release/esa-tls
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

# best of $RUNS: "<seconds> <peak RSS MB>"
measure() {
  local best_t="" best_m=""
  for _ in $(seq "$RUNS"); do
    local out
    out=$( { /usr/bin/time -f "%e %M" bash -c "$1" >/dev/null; } 2>&1 | tail -1 )
    local t=${out% *} m=${out#* }
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; best_m=$m; fi
  done
  echo "$best_t $((best_m / 1024))"
}

PGO_BIN=${PGO_BIN:-}
if [ -n "$PGO_BIN" ]; then
  echo "| file | command | wall s | peak RSS MB | PGO build: wall s | PGO build: peak RSS MB |"
  echo "|---|---|---:|---:|---:|---:|"
else
  echo "| file | command | wall s | peak RSS MB |"
  echo "|---|---|---:|---:|"
fi
for size in $SIZES; do
  log="$BENCH_DIR/mail_$size.log"
  [ -s "$log" ] || "$BIN" simulate --seed 3 --size "$size" > "$log"
  [ -s "$log.gz" ] || gzip -1 -k -c "$log" > "$log.gz"
  # the same log as a rotated set of four gzip files, the way an ESA log folder keeps it
  rot="$BENCH_DIR/rotated_$size"
  if [ ! -s "$rot/mail_logs.@20240310T030000.s.gz" ]; then
    mkdir -p "$rot"
    split -n l/4 -d "$log" "$rot/part."
    for i in 0 1 2 3; do gzip -1 -c "$rot/part.0$i" > "$rot/mail_logs.@20240310T0${i}0000.s.gz"; rm "$rot/part.0$i"; done
  fi
  # the same traffic as a log server's file: syslog lines of two appliances
  sys="$BENCH_DIR/sys_$size.log"
  [ -s "$sys" ] || "$BIN" simulate --seed 3 --size "$size" --syslog --appliances 2 > "$sys"
  # every round from the same page cache: each file's pages dropped, then read in sequence
  for f in "$log" "$sys" "$log.gz" "$rot"/*.gz; do
    dd if="$f" iflag=nocache count=0 status=none 2>/dev/null || true
    cat "$f" > /dev/null
  done
  for cmd in \
    "cat $log" \
    "grep -c 'TLS success' $log > $BENCH_DIR/grep.out" \
    "$BIN summary -f json $log" \
    "$BIN summary -f json -j 1 $log" \
    "$BIN summary -f json --no-mmap $log" \
    "$BIN messages -f ndjson $log" \
    "$BIN messages -f ndjson --to gmail.example $log" \
    "$BIN messages -f ndjson --mid 500032 $log" \
    "$BIN connections -f ndjson --dcid 20002 $log" \
    "$BIN messages -f ndjson --message-id 500006.346154542708@outlook.example $log" \
    "$BIN messages -f ndjson --to judy0@gmail.example $log" \
    "$BIN messages -f ndjson --to ivan7@legacy-law.example $log" \
    "$BIN summary -f json --to gmail.example $log" \
    "$BIN summary -f json --mid 500032 $log" \
    "zcat $log.gz" \
    "$BIN summary -f json $log.gz" \
    "zcat $rot/*.gz" \
    "$BIN summary -f json $rot" \
    "$BIN summary -f json -j 1 $rot" \
    "grep -c 'TLS success' $sys > $BENCH_DIR/grep.out" \
    "$BIN summary -f json $sys" \
    "$BIN messages -f ndjson $sys"; do
    if [ -n "${ONLY:-}" ] && ! grep -qE -- "$ONLY" <<<"$cmd"; then continue; fi
    read -r t m < <(measure "$cmd")
    pgo=""
    if [ -n "$PGO_BIN" ]; then
      pgo=" | |"
      if [[ $cmd == "$BIN "* ]]; then
        read -r pt pm < <(measure "$PGO_BIN${cmd#"$BIN"}")
        pgo=" $pt | $pm |"
      fi
    fi
    file=$(basename "$log")
    [[ $cmd == *"$sys"* ]] && file=$(basename "$sys")
    echo "| $file | \`${cmd//$BENCH_DIR\//}\` | $t | $m |$pgo"
  done
done
