#!/usr/bin/env bash
# Sustained syslog intake over TCP on loopback, with correlation: a simulated log sent as fast as a
# client can write it to `esa-tls listen`, timed from the first byte to the last frame counted, and
# checked for loss (frames counted = lines sent; messages written = a batch run's).
#
#   bench/listen.sh            # 200 MB of log
#   SIZE=1G bench/listen.sh
#   BIN=$(bench/pgo.sh) bench/listen.sh   # the PGO build
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-200M}
DIR=${BENCH_DIR:-/tmp/esa-tls-bench}
mkdir -p "$DIR"
# BIN=path measures another build (bench/pgo.sh's); by default the release build, built here
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=target/release/esa-tls
fi
LOG="$DIR/syslog_$SIZE.log"
[ -s "$LOG" ] || "$BIN" simulate --seed 9 --syslog --size "$SIZE" > "$LOG"
LINES=$(wc -l < "$LOG")
PORT=$((20000 + RANDOM % 20000)); MPORT=$((PORT + 1))
rm -f "$DIR/listen.out"
"$BIN" listen --tcp "$PORT" --metrics "$MPORT" --records messages -o "$DIR/listen.out" -q &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
sleep 0.5
python3 - "$LOG" "$PORT" "$MPORT" "$LINES" <<'PY'
import socket, sys, time, urllib.request
log, port, mport, lines = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def count(prefix):
    m = urllib.request.urlopen(f"http://127.0.0.1:{mport}/metrics").read().decode()
    return sum(int(l.rsplit(" ", 1)[1]) for l in m.splitlines() if l.startswith(prefix))
s = socket.create_connection(("127.0.0.1", port))
t0 = time.time()
with open(log, "rb") as f:
    while True:
        b = f.read(1 << 20)
        if not b:
            break
        s.sendall(b)
s.close()
sent = time.time() - t0
while count("esa_tls_frames_total") < lines:
    time.sleep(0.02)
received = time.time() - t0
# correlated: every line folded by the pipeline
while count("esa_tls_lines_total") < lines:
    time.sleep(0.02)
took = time.time() - t0
print(f"lines {lines}, sent in {sent:.2f} s, all received after {received:.2f} s, all correlated after {took:.2f} s: {lines / took:,.0f} lines/s with correlation")
PY
kill -TERM $PID; wait $PID || true
trap - EXIT
GOT=$(wc -l < "$DIR/listen.out")
WANT=$("$BIN" messages -f ndjson --year 2024 "$LOG" | wc -l)
echo "messages written live: $GOT; by a batch run of the same log: $WANT"
