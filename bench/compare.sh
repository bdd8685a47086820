#!/usr/bin/env bash
# Side-by-side wall time and peak RSS of esa-tls and the baselines (grep, cat, zcat) on simulated
# 1 GB and 4 GB mail logs, generated once into $BENCH_DIR. Prints a Markdown table, each esa-tls
# command's runs paired with runs of its baseline (grep -c on a plain file, zcat on gzip input) and
# given as the median ratio of the pairs, then where the speed targets stand (bench/compare.py).
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

PGO_BIN=${PGO_BIN:-}
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
done
# shellcheck disable=SC2086 # the sizes are meant to split
BENCH_DIR="$BENCH_DIR" BIN="$BIN" RUNS="$RUNS" PGO_BIN="$PGO_BIN" ONLY="${ONLY:-}" python3 bench/compare.py $SIZES
