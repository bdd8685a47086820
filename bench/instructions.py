#!/usr/bin/env python3
"""Instructions executed by esa-tls commands, counted by callgrind: the figure HISTORY.md decides by.

Wall times on the guests this is measured on move by a fifth within the hour; the number of
instructions a command executes does not (the same binary, input and environment give the same
count, whatever else the machine is doing). Each command runs with one thread (`-j 1`, so the count
does not depend on how the threads split the work) over the 30 MB log of
`esa-tls simulate --seed 3 --size 30M` (and, for the log server's form, `--syslog --appliances 2`),
written once into $BENCH_DIR.

    bench/instructions.py BIN [BASE_BIN]      # a Markdown table; with BASE_BIN, both and the change
    ONLY='summary' bench/instructions.py BIN  # only the commands matching a regex

Needs valgrind. Each command's output must be the same from both binaries when two are given: a
change measured here is meant to keep every answer, so a difference stops the script (exit 1).
"""

import os
import re
import subprocess
import sys
import tempfile

BENCH_DIR = os.environ.get("BENCH_DIR", "/tmp/esa-tls-bench")

# (file, arguments): the commands of bench/compare.sh's table, on the small files
COMMANDS = [
    ("mail_30M.log", "summary -f json"),
    ("mail_30M.log", "messages -f ndjson"),
    ("mail_30M.log", "connections -f ndjson"),
    ("mail_30M.log", "summary -f json --mid 500032"),
    ("mail_30M.log", "messages -f ndjson --mid 500032"),
    ("mail_30M.log", "connections -f ndjson --dcid 20002"),
    ("mail_30M.log", "messages -f ndjson --message-id 500006.346154542708@outlook.example"),
    ("mail_30M.log", "summary -f json --to gmail.example"),
    ("mail_30M.log", "messages -f ndjson --to gmail.example"),
    ("mail_30M.log", "messages -f ndjson --to ivan7@legacy-law.example"),
    ("sys_30M.log", "summary -f json"),
    ("sys_30M.log", "messages -f ndjson"),
]


def prepare(bin_path):
    os.makedirs(BENCH_DIR, exist_ok=True)
    for name, extra in [("mail_30M.log", []), ("sys_30M.log", ["--syslog", "--appliances", "2"])]:
        path = os.path.join(BENCH_DIR, name)
        if not os.path.exists(path) or os.path.getsize(path) == 0:
            with open(path, "wb") as f:
                subprocess.run([bin_path, "simulate", "--seed", "3", "--size", "30M", *extra], stdout=f, check=True)


def count(bin_path, args, path):
    """(instructions, output bytes) of one run under callgrind."""
    with tempfile.TemporaryDirectory() as d:
        out_file = os.path.join(d, "callgrind.out")
        r = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}", bin_path, *args.split(), "-j", "1", path],
            capture_output=True,
        )
        if r.returncode != 0:
            sys.exit(f"instructions.py: {bin_path} {args} {path}: exit {r.returncode}: {r.stderr.decode()[-400:]}")
        m = re.search(rb"Collected : (\d+)", r.stderr)
        if not m:
            sys.exit(f"instructions.py: no count from callgrind for {args}: {r.stderr.decode()[-400:]}")
        return int(m.group(1)), r.stdout


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    new, base = sys.argv[1], (sys.argv[2] if len(sys.argv) == 3 else None)
    try:
        subprocess.run(["valgrind", "--version"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        sys.exit("instructions.py: needs valgrind (apt-get install valgrind)")
    prepare(new)
    only = re.compile(os.environ.get("ONLY", ""))
    if base:
        print("| file | command | base: instructions | instructions | change |")
        print("|---|---|---:|---:|---:|")
    else:
        print("| file | command | instructions |")
        print("|---|---|---:|")
    for name, args in COMMANDS:
        if not only.search(f"{args} {name}"):
            continue
        path = os.path.join(BENCH_DIR, name)
        n, out = count(new, args, path)
        if base:
            b, base_out = count(base, args, path)
            if out != base_out:
                print(f"instructions.py: `{args} {name}`: the two binaries answer differently", file=sys.stderr)
                sys.exit(1)
            print(f"| {name} | `{args}` | {b:,} | {n:,} | {100.0 * (n - b) / b:+.2f} % |", flush=True)
        else:
            print(f"| {name} | `{args}` | {n:,} |", flush=True)


if __name__ == "__main__":
    main()
