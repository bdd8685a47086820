#!/usr/bin/env bash
# Builds esa-tls with profile-guided optimisation (PGO): an instrumented build runs a training
# workload on a simulated log (another seed than the benchmarks' log, so that the benchmark does not
# measure its own training), llvm-profdata merges the profiles, and a second build lays the code
# out by them. Same source, same behaviour (checked below against the plain release build on
# every command of the workload); faster (bench/HISTORY.md).
#
#   bench/pgo.sh                  # -> target/pgo/<host>/dist/esa-tls (fat LTO, one codegen unit)
#   PROFILE=release bench/pgo.sh  # -> target/pgo/<host>/release/esa-tls (builds in half the time)
#   BOLT=1 bench/pgo.sh           # -> target/pgo/<host>/dist/esa-tls-bolt (and BOLT after PGO)
#
# Needs llvm-profdata of rustc's own LLVM: `rustup component add llvm-tools` (tried here if missing).
# BOLT=1 also lays the PGO build's code out again with LLVM's post-link optimiser, profiled by an
# instrumented copy running the same workload; needs llvm-bolt and merge-fdata (Debian: bolt-19).
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILE=${PROFILE:-dist}
BOLT=${BOLT:-0}
if [ "$BOLT" = 1 ]; then
  # the tool itself, not a versioned link to it: it finds its instrumentation runtime beside it
  bolt=$(command -v llvm-bolt || command -v llvm-bolt-19 || command -v llvm-bolt-18 || command -v llvm-bolt-17 || true)
  [ -n "$bolt" ] || { echo "pgo.sh: BOLT=1 needs llvm-bolt (Debian: apt-get install bolt-19)" >&2; exit 2; }
  bolt=$(readlink -f "$bolt")
  merge_fdata="$(dirname "$bolt")/merge-fdata"
  [ -x "$merge_fdata" ] || { echo "pgo.sh: BOLT=1 needs merge-fdata beside $bolt" >&2; exit 2; }
  # BOLT reads the symbols and keeps the relocations of the linked binary; it is stripped after
  export CARGO_PROFILE_DIST_STRIP=false
  relocs="-Clink-arg=-Wl,--emit-relocs"
else
  relocs=""
fi
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
  rustup component add llvm-tools >&2 || true
  [ -x "$profdata" ] || { echo "pgo.sh: needs $profdata (rustup component add llvm-tools)" >&2; exit 2; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --target: the flags reach esa-tls alone, not build scripts and proc macros
build() { # build TARGET_DIR RUSTFLAGS
  RUSTFLAGS="$2" cargo build --quiet --profile "$PROFILE" --target "$host" --target-dir "$1" --bin esa-tls
}
echo "pgo.sh: instrumented build" >&2
build target/pgo-gen "-Cprofile-generate=$work/raw"
gen="target/pgo-gen/$host/$PROFILE/esa-tls"

"$gen" simulate --seed 11 --size 64M > "$work/mail.log"
gzip -1 -k "$work/mail.log"
log="$work/mail.log"
# and as a log server keeps it: syslog lines of two appliances
"$gen" simulate --seed 12 --size 32M --syslog --appliances 2 > "$work/sys.log"
sys="$work/sys.log"
# what admins run: the reports, the records in each format, searches of each kind, gzip input
workload=(
  "summary -f json $log"
  "summary -f table -j 1 $log"
  "summary -f json --to gmail.example $log"
  "summary -f json $log.gz"
  "messages -f ndjson $log"
  "messages -f json $log"
  "messages -f csv $log"
  "messages -f ndjson --mid 500032 $log"
  "messages -f ndjson --to gmail.example $log"
  "messages -f ndjson --to ivan7@legacy-law.example $log"
  "connections -f ndjson $log"
  "connections -f ndjson --dcid 20002 $log"
  "peers -f json $log"
  "failures -f json $log"
  "ciphers -f json $log"
  "summary -f json $sys"
  "messages -f ndjson $sys"
)
echo "pgo.sh: training on simulated logs (seed 11, 64 MB; seed 12, 32 MB of syslog)" >&2
for c in "${workload[@]}"; do
  # shellcheck disable=SC2086 # the workload's words are meant to split
  "$gen" $c > /dev/null
done
"$profdata" merge -o "$work/esa-tls.profdata" "$work/raw"

echo "pgo.sh: optimised build" >&2
build target/pgo "-Cprofile-use=$work/esa-tls.profdata $relocs"
pgo="target/pgo/$host/$PROFILE/esa-tls"
"$pgo" --version | grep -q ', PGO)' || { echo "pgo.sh: $pgo was not built with the profile" >&2; exit 1; }

if [ "$BOLT" = 1 ]; then
  echo "pgo.sh: BOLT: instrumented copy, training, layout" >&2
  "$bolt" "$pgo" -instrument -instrumentation-file="$work/bolt.fdata" -instrumentation-file-append-pid \
    -o "$work/esa-tls-inst" > "$work/bolt-instrument.log" 2>&1 || { cat "$work/bolt-instrument.log" >&2; exit 1; }
  for c in "${workload[@]}"; do
    # shellcheck disable=SC2086
    "$work/esa-tls-inst" $c > /dev/null
  done
  "$merge_fdata" "$work"/bolt.fdata.* > "$work/bolt.fdata" 2> "$work/merge-fdata.log"
  out="$pgo-bolt"
  "$bolt" "$pgo" -data="$work/bolt.fdata" -reorder-blocks=ext-tsp -reorder-functions=cdsort \
    -split-functions -split-all-cold -icf=1 -use-gnu-stack -o "$out" > "$work/bolt.log" 2>&1 ||
    { cat "$work/bolt.log" >&2; exit 1; }
  strip "$out"
  pgo=$out
fi

# the same answers as the plain build, command by command
cargo build --quiet --release --bin esa-tls
for c in "${workload[@]}"; do
  # shellcheck disable=SC2086
  if ! cmp -s <(target/release/esa-tls $c 2>&1) <("$pgo" $c 2>&1); then
    echo "pgo.sh: the PGO build answers 'esa-tls $c' differently from the plain build" >&2
    exit 1
  fi
done
echo "$pgo"
