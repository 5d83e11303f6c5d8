#!/usr/bin/env python3
"""Batch figures: `wijzer advies --jsonl` vs `jq -c .` over the same cases, and peak RSS; the
worklist of a caseload (`wijzer werklijst`), against which the browser's caseload view is to be
measured as a ratio.

Usage: cli.py WIJZER CASES.jsonl SMALL.jsonl CASELOAD.csv  -> one JSON object on stdout.
Each run is timed as wall clock with output to a file. Peak RSS is VmHWM from /proc/PID/status,
polled while the process runs: getrusage/wait4 cannot be used here, because Linux carries the
parent's high-water mark across fork+exec, so every child of this Python process would report at
least Python's own ~17 MB.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 3  # median of three: both programs run in the same conditions, interleaved


def vm_hwm(pid):
    """Peak resident set of the running process in bytes; 0 once it has exited."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run(cmd, invoer):
    with open(invoer, "rb") as stdin, tempfile.TemporaryFile() as stdout:
        begin = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL)
        hwm = 0
        while proc.poll() is None:
            hwm = max(hwm, vm_hwm(proc.pid))
            time.sleep(0.001)
        seconds = time.perf_counter() - begin
        stdout.seek(0)
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: stdout.read(1 << 20), b""))
    return seconds, hwm, proc.returncode, lines


def main():
    wijzer, cases, small, caseload = sys.argv[1:5]
    with open(cases, "rb") as f:
        n = sum(1 for _ in f)
    with open(small, "rb") as f:
        n_small = sum(1 for _ in f)
    wijzer_cmd = [wijzer, "advies", "--jsonl"]
    # jq stops at the first bad line; its reference is the valid lines of the same file.
    valid = cases + ".valid"
    with open(cases, encoding="utf-8") as src, open(valid, "w", encoding="utf-8") as dst:
        for line in src:
            try:
                json.loads(line)
                dst.write(line)
            except ValueError:
                pass
    w, j = [], []
    for _ in range(RUNS):
        w.append(run(wijzer_cmd, cases))
        j.append(run(["jq", "-c", "."], valid))
    small_runs = [run(wijzer_cmd, small) for _ in range(RUNS)]
    with open(caseload, "rb") as f:
        klanten = sum(1 for _ in f) - 1
    werklijst = [run([wijzer, "werklijst", "--op", "2026-12-07"], caseload) for _ in range(RUNS)]
    os.unlink(valid)
    out = {
        "cases": n,
        "cases_small": n_small,
        "wijzer_s": statistics.median(r[0] for r in w),
        "jq_s": statistics.median(r[0] for r in j),
        "wijzer_exit": max(r[2] for r in w),
        "wijzer_lines": w[0][3],
        "jq_lines": j[0][3],
        "wijzer_rss": max(r[1] for r in w),
        "wijzer_rss_small": max(r[1] for r in small_runs),
        "jq_rss": max(r[1] for r in j),
        "werklijst_klanten": klanten,
        "werklijst_s": statistics.median(r[0] for r in werklijst),
        "werklijst_rss": max(r[1] for r in werklijst),
        "werklijst_exit": max(r[2] for r in werklijst),
        "werklijst_lines": werklijst[0][3],
    }
    out["ratio"] = out["wijzer_s"] / out["jq_s"]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
