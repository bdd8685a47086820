#!/usr/bin/env python3
"""Two commands timed in alternated pairs (A B, B A, A B, …): the wall and CPU ratios HISTORY.md gives.

On the guests this is measured on, speed drifts by a fifth within minutes; both runs of a pair see
about the same machine, so the median of the pairs' ratios holds where two best-of-N times taken
minutes apart do not. Each command's output is discarded (so time `grep -c` with its output to a
file, as bench/compare.py does: GNU grep writing to /dev/null stops at the first match).

    bench/pairs.py N 'CMD_A' 'CMD_B'
    bench/pairs.py 12 'target/release/esa-tls summary /tmp/esa-tls-bench/mail_1G.log' \
                      '/tmp/esa-new summary /tmp/esa-tls-bench/mail_1G.log'

Prints each pair, then the medians: B's wall and CPU time as a multiple of A's (below 1: B faster).
A command that fails stops the script (exit 1).
"""

import resource
import statistics
import subprocess
import sys
import time

from compare import alternated


def run(cmd):
    """Wall and CPU seconds (user + system, its children included) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    r = subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"pairs.py: '{cmd}' failed ({r.returncode}): {r.stderr.decode()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    if len(sys.argv) != 4 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit(__doc__)
    n, a, b = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    walls, cpus = [], []
    for i, (ra, rb) in enumerate(alternated(a, b, n, measure=run)):
        walls.append(rb[0] / ra[0])
        cpus.append(rb[1] / ra[1] if ra[1] > 0 else float("inf"))
        print(f"pair {i + 1}: A {ra[0]:.3f} s (CPU {ra[1]:.3f}), B {rb[0]:.3f} s (CPU {rb[1]:.3f}): {walls[-1]:.3f}", flush=True)
    print(f"B / A over {n} pairs, median: wall {statistics.median(walls):.3f}x, CPU {statistics.median(cpus):.3f}x")


if __name__ == "__main__":
    main()
