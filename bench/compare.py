#!/usr/bin/env python3
"""Measures esa-tls beside its baselines, and says where the speed targets stand.

Called by bench/compare.sh, which builds the binary and prepares the files; arguments and
environment as it passes them. Each esa-tls command is run RUNS times, each run paired with a run of
its baseline on the same file (`grep -c 'TLS success'` for a plain file, `zcat` for gzip input), the
two in alternating order (A B, B A, …). A host whose speed drifts by a third within the hour (seen on
the guests this is measured on) moves both runs of a pair alike, so the median of the pairs' ratios
holds where a best-of-N time compared with a baseline measured minutes earlier does not. A search
(`--to`, `--mid`, `--dcid`, `--message-id`) is paired with the same build's `summary` on the same
file instead, the baseline its target names.

Prints a Markdown table (best wall time of the runs, the median ratio to the baseline, peak RSS),
then the targets: summary <= 1.0x grep, messages -f ndjson <= 2x grep, a search no slower than
summary, peak RSS <= 64 MB, .gz no slower than zcat.
"""

import glob
import os
import re
import statistics
import subprocess
import sys


def run(cmd):
    """Wall seconds and peak RSS in MB of one run of a shell command, its output discarded."""
    r = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M", "bash", "-c", cmd + " > /dev/null"],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        sys.exit(f"compare.py: '{cmd}' failed ({r.returncode}): {r.stderr.strip()[-400:]}")
    wall, rss_kb = r.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss_kb) // 1024


def alternated(a, b, runs, measure=run):
    """`runs` pairs of runs of the commands a and b, the first of a pair alternating (A B, B A, …):
    yields (measure(a), measure(b)) for each pair. (bench/pairs.py times its pairs so too.)"""
    for i in range(runs):
        if i % 2 == 0:
            x = measure(a)
            y = measure(b)
        else:
            y = measure(b)
            x = measure(a)
        yield x, y


def paired(cmd, base, runs):
    """(best wall, median ratio to the baseline, peak RSS of the best run) over `runs` pairs."""
    best, ratios = None, []
    for (t, m), (b, _) in alternated(cmd, base, runs):
        ratios.append(t / b if b > 0 else float("inf"))
        if best is None or t < best[0]:
            best = (t, m)
    return best[0], statistics.median(ratios), best[1]


def best_of(cmd, runs):
    out = [run(cmd) for _ in range(runs)]
    return min(out)


def settle(files):
    """Every size's round from the same page cache: each file's pages dropped, then read in sequence."""
    for f in files:
        subprocess.run(["dd", f"if={f}", "iflag=nocache", "count=0", "status=none"], capture_output=True)
        with open(f, "rb") as src:
            while src.read(1 << 20):
                pass


def main():
    bench_dir, bin_, runs = os.environ["BENCH_DIR"], os.environ["BIN"], int(os.environ.get("RUNS", "3"))
    pgo = os.environ.get("PGO_BIN", "")
    only = os.environ.get("ONLY", "")
    sizes = sys.argv[1:]
    grep_out = f"{bench_dir}/grep.out"

    cols = "| file | command | wall s | × baseline | peak RSS MB |"
    rule = "|---|---|---:|---:|---:|"
    if pgo:
        cols += " PGO build: wall s | PGO: × baseline | PGO: peak RSS MB |"
        rule += "---:|---:|---:|"
    print(cols)
    print(rule)
    # (size, file, command key) -> {"plain": ratio, "pgo": ratio}; and every esa-tls row's RSS
    ratios, rss = {}, []
    for size in sizes:
        log, sys_log = f"{bench_dir}/mail_{size}.log", f"{bench_dir}/sys_{size}.log"
        rot = f"{bench_dir}/rotated_{size}"
        settle([log, sys_log, f"{log}.gz", *sorted(glob.glob(f"{rot}/*.gz"))])
        grep = lambda f: f"{{ grep -c 'TLS success' {f} > {grep_out}; }}"  # noqa: E731
        zcat = lambda f: f"zcat {f}"  # noqa: E731
        summary = lambda f: f"$BIN summary -f json {f}"  # noqa: E731
        rows = [
            (log, f"cat {log}", None),
            (log, grep(log), None),
            (log, f"$BIN summary -f json {log}", grep(log)),
            (log, f"$BIN summary -f json -j 1 {log}", grep(log)),
            (log, f"$BIN summary -f json --no-mmap {log}", grep(log)),
            (log, f"$BIN messages -f ndjson {log}", grep(log)),
            # a search against the same build's `summary` on the same file
            (log, f"$BIN messages -f ndjson --to gmail.example {log}", summary(log)),
            (log, f"$BIN messages -f ndjson --mid 500032 {log}", summary(log)),
            (log, f"$BIN connections -f ndjson --dcid 20002 {log}", summary(log)),
            (log, f"$BIN messages -f ndjson --message-id 500006.346154542708@outlook.example {log}", summary(log)),
            (log, f"$BIN messages -f ndjson --to judy0@gmail.example {log}", summary(log)),
            (log, f"$BIN messages -f ndjson --to ivan7@legacy-law.example {log}", summary(log)),
            (log, f"$BIN summary -f json --to gmail.example {log}", summary(log)),
            (log, f"$BIN summary -f json --mid 500032 {log}", summary(log)),
            (log, zcat(f"{log}.gz"), None),
            (log, f"$BIN summary -f json {log}.gz", zcat(f"{log}.gz")),
            (log, zcat(f"{rot}/*.gz"), None),
            (log, f"$BIN summary -f json {rot}", zcat(f"{rot}/*.gz")),
            (log, f"$BIN summary -f json -j 1 {rot}", zcat(f"{rot}/*.gz")),
            (sys_log, grep(sys_log), None),
            (sys_log, f"$BIN summary -f json {sys_log}", grep(sys_log)),
            (sys_log, f"$BIN messages -f ndjson {sys_log}", grep(sys_log)),
        ]
        for file, cmd, base in rows:
            if only and not re.search(only, cmd):
                continue
            shown = cmd.replace(f"{bench_dir}/", "").replace("$BIN", "esa-tls")
            shown = re.sub(r"^\{ (.*) > grep\.out; \}$", r"\1", shown)
            name = os.path.basename(file)
            key = (size, name, shown)
            if base is None:
                t, m = best_of(cmd, runs)
                line = f"| {name} | `{shown}` | {t:.2f} | | {m} |"
                if pgo:
                    line += " | | |"
                print(line, flush=True)
                continue
            against = "summary" if base.startswith("$BIN") else base.split()[0 if base.startswith("zcat") else 1]
            t, r, m = paired(cmd.replace("$BIN", bin_), base.replace("$BIN", bin_), runs)
            ratios[key] = {"plain": r}
            rss.append(m)
            line = f"| {name} | `{shown}` | {t:.2f} | {r:.2f} {against} | {m} |"
            if pgo:
                pt, pr, pm = paired(cmd.replace("$BIN", pgo), base.replace("$BIN", pgo), runs)
                ratios[key]["pgo"] = pr
                rss.append(pm)
                line += f" {pt:.2f} | {pr:.2f} {against} | {pm} |"
            print(line, flush=True)
    print()
    targets(ratios, rss, pgo)


def targets(ratios, rss, pgo):
    """Where the targets stand, from the median ratios of the table."""
    builds = ["plain", "pgo"] if pgo else ["plain"]

    def fmt(v):
        return " / ".join(f"{v[b]:.2f}×" for b in builds if b in v)

    def find(size, name, pattern):
        return next((v for (s, n, c), v in ratios.items() if s == size and n == name and re.fullmatch(pattern, c)), None)

    print(f"Targets ({' / '.join(builds)} build; median ratio of alternated pairs):")
    sizes = sorted({s for s, _, _ in ratios})
    for size in sizes:
        for name in sorted({n for s, n, _ in ratios if s == size}):
            summary = find(size, name, rf"esa-tls summary -f json {re.escape(name)}")
            messages = find(size, name, rf"esa-tls messages -f ndjson {re.escape(name)}")
            if summary:
                met = all(summary[b] <= 1.0 for b in summary)
                print(f"- {name}: summary ≤ 1.0× grep: {fmt(summary)} — {'met' if met else 'not met'}")
            if messages:
                met = all(messages[b] <= 2.0 for b in messages)
                print(f"- {name}: messages -f ndjson ≤ 2× grep: {fmt(messages)} — {'met' if met else 'not met'}")
            if ratios:
                for (s, n, c), v in sorted(ratios.items()):
                    if s == size and n == name and re.search(r" --(to|mid|dcid|message-id) ", c):
                        # (paired with the same build's `summary`: the ratio is to it)
                        rel = v
                        worst = max(rel.values())
                        verdict = "met" if worst <= 1.0 else "within 5 %" if worst <= 1.05 else "not met"
                        search = c.removeprefix("esa-tls ").removesuffix(f" {name}")
                        print(f"- {name}: `{search}` against summary: {fmt(rel)} — {verdict}")
            gz = find(size, name, rf"esa-tls summary -f json {re.escape(name)}\.gz")
            if gz:
                met = all(gz[b] <= 1.0 for b in gz)
                print(f"- {name}.gz: summary ≤ 1.0× zcat: {fmt(gz)} — {'met' if met else 'not met'}")
    if rss:
        print(f"- peak RSS ≤ 64 MB: at most {max(rss)} MB — {'met' if max(rss) <= 64 else 'not met'}")


if __name__ == "__main__":
    main()
