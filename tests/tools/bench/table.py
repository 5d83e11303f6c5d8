#!/usr/bin/env python3
"""Prints the bench tables. Usage: table.py cli.json browser.json [sdk-package-dir]

First the slow phone of issue 17: navigation to a usable form against the physical floor of the
same load and against the reference element measured in the same run; then the rest.

Sizes of what a page loads first: the script, with the module and the Dutch inside, and for a
page in another language that language's pack beside it: as shipped (the precompressed `.gz`
files in pkg/, Zopfli, what a server with static gzip sends) and with the gzip command at -9 (as a server compressing on the fly at its best would send it, and as the issue's
reference figures were measured).
The verdict column compares with the targets of issues 6 and 17; it informs and never fails.
"""
import datetime
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
SCRIPT = "pkg/inburgering-wijzer.js"
# The languages that come as a pack of their own beside the script (Makefile TALEN).
TALEN = ("en", "ar", "ti", "tr", "fa")
ISSUE_SDK = (1_042_503, 83_991)  # the issue's figure, shown when npm pack is not possible
KIB, MIB = 1024, 1024 * 1024


def gzip9(path):
    return len(subprocess.run(["gzip", "-9c", path], check=True, capture_output=True).stdout)


def b(n):
    return f"{n:,} B"


def ms(x):
    return "n/a" if x is None else (f"{x:.3f} ms" if x < 10 else f"{x:.1f} ms")


def mib(n):
    return f"{n / MIB:.2f} MiB"


def verdict(value, target):
    return "n/a" if value is None else ("ok" if value <= target else "OVER")


def main():
    with open(sys.argv[1]) as f:
        cli = json.load(f)
    with open(sys.argv[2]) as f:
        br = json.load(f)
    sdk_dir = sys.argv[3] if len(sys.argv) > 3 else ""
    rows, notes = [], []

    # 1. What an embedding page downloads.
    script = os.path.join(ROOT, SCRIPT)
    ours = gzip9(script)
    shipped = os.path.getsize(script + ".gz")
    if sdk_dir:
        with open(os.path.join(sdk_dir, "package.json")) as f:
            meta = json.load(f)
        js = gzip9(os.path.join(sdk_dir, meta["main"]))
        css = gzip9(os.path.join(sdk_dir, meta["exports"]["./styles.css"]))
        ref = f"OF SDK {meta['version']}: {b(js)} JS + {b(css)} CSS = {b(js + css)} ({(js + css) / ours:.0f}x)"
    else:
        ref = f"OF SDK 3.3.0 (issue figure, not measured): {b(ISSUE_SDK[0])} JS + {b(ISSUE_SDK[1])} CSS"
    # A Dutch page loads the script alone (the module holds the Dutch); a page in another language
    # also that language's pack, beside the script.
    rows.append(("download as shipped, a Dutch page (the precompressed script: wasm, CSS, Dutch inside)", b(shipped), "",
                 "<= 100 KiB", verdict(shipped, 100 * KIB)))
    rows.append(("download, gzip -9 on the fly (same file)", b(ours), ref, "<= 100 KiB",
                 verdict(ours, 100 * KIB)))
    for taal in TALEN:
        pakket = script.replace(".js", f".{taal}.bin")
        pakket_shipped = os.path.getsize(pakket + ".gz")
        rows.append((f"download as shipped, a page in {taal}: the script + its pack", f"{b(shipped + pakket_shipped)}",
                     f"pack {b(pakket_shipped)}; on the fly {b(ours + gzip9(pakket))}", "<= 100 KiB",
                     verdict(shipped + pakket_shipped, 100 * KIB)))

    # 2. Load to usable, unthrottled: our code's share against the reference's in the same run.
    laden = br["laden"]
    wij, ref = laden["wijzer"], laden["referentie"]
    rows.append((f"script arrival -> usable form, median of {laden['n']} cold loads, unthrottled",
                 ms(wij["naAankomst"]), f"reference element: {ms(ref['naAankomst'])}", "(information)",
                 "n/a" if None in (wij["naAankomst"], ref["naAankomst"])
                 else f"{wij['naAankomst'] / ref['naAankomst']:.1f}x the reference"))
    for naam, r in (("widget", wij), ("reference", ref)):
        if r["aantal"] < laden["n"]:
            notes.append(f"{naam}: usable in {r['aantal']} of {laden['n']} unthrottled loads")

    # 3. One recompute.
    h = br["herberekenen"]
    for naam in ("advies", "ontzorgen"):
        x = h[naam]
        rows.append((f"{naam}() from JS, p99 of the first {x['n']:,} calls, {x['pauze'] / 1000:g} s after loading",
                     ms(x["p99"]), f"p50 {ms(x['p50'])}, max {ms(x['max'])}; next {x['n']:,}: p99 {ms(x['warmP99'])}",
                     "<= 1 ms", verdict(x["p99"], 1)))
        if x["fouten"]:
            notes.append(f"{naam}(): {x['fouten']:,} of {x['n']:,} calls threw, e.g. {x['eersteFout']}")
    if not h["isolatie"]:
        notes.append("page not cross-origin isolated: timer resolution 100 us")
    # Input events: the bar is the main thread's CPU time per event (traced, right after loading);
    # wall time also counts the moments the system runs other threads or processes instead (a
    # trace shows the page's thread not running in the slow events), shown for information.
    for invoer in br["invoer"]:
        if not invoer or not invoer["n"]:
            rows.append(("input event -> recomputed widget, p99", "n/a",
                         "widget not interactive or without a select/date/number control", "<= 1 ms", "n/a"))
            continue
        wanneer = f"{invoer['pauze'] / 1000:g} s after" if invoer["pauze"] else "right after"
        wat = "main-thread CPU time (traced)" if invoer["cpu"] else "wall time"
        rows.append((f"input event -> recomputed widget, p99 of the first {invoer['n']} ({invoer['soort']}), "
                     f"{wanneer} the form is interactive, {wat}", ms(invoer["p99"]),
                     f"p50 {ms(invoer['p50'])}, max {ms(invoer['max'])}; next {invoer['n']}: p99 {ms(invoer['warmP99'])}",
                     "<= 1 ms" if invoer["cpu"] else "(information)", verdict(invoer["p99"], 1) if invoer["cpu"] else "info"))
    w = br["widget"]

    # 4. Batch.
    n = cli["cases"]
    rows.append((f"wijzer advies --jsonl, {n:,} cases", f"{cli['wijzer_s']:.2f} s ({n / cli['wijzer_s']:,.0f}/s)",
                 f"jq -c . same file: {cli['jq_s']:.2f} s", "<= 3x jq", ""))
    rows.append(("  ratio wijzer / jq", f"{cli['ratio']:.2f}x", "", "<= 3x", verdict(cli["ratio"], 3)))
    if cli["wijzer_lines"] != n or cli["wijzer_exit"] != 0:
        notes.append(f"wijzer wrote {cli['wijzer_lines']:,} lines for {n:,} (exit {cli['wijzer_exit']})")
    notes.append(f"jq reads the {cli['jq_lines']:,} valid lines (it stops at a bad one); "
                 "wijzer reads them all, bad lines included")
    k = cli["werklijst_klanten"]
    rows.append((f"wijzer werklijst, a caseload CSV of {k:,} clients", f"{cli['werklijst_s']:.2f} s",
                 f"peak RSS {mib(cli['werklijst_rss'])}", "(the reference of the caseload view's rows)", "info"))
    if len(sys.argv) > 4:
        with open(sys.argv[4]) as f:
            rows.extend(caseload(json.load(f)))
    if cli["werklijst_lines"] != k + 1 or cli["werklijst_exit"] != 0:
        notes.append(f"wijzer werklijst wrote {cli['werklijst_lines']:,} lines for {k:,} clients (exit {cli['werklijst_exit']})")

    # 5. Memory.
    stappen = w.get("stappen")
    if stappen:
        label = f"wasm memory after a journey in {len(stappen)} languages"
        notes.append("journey: controls filled in per language (until none is left empty): " + ", ".join(f"{t} {s}" for t, s in stappen.items()))
    else:
        label = "wasm memory, widget page (widget not interactive yet: no journey)"
    rows.append((label, mib(w["geheugen"]), "", "<= 2 MiB", verdict(w["geheugen"], 2 * MIB)))
    rows.append((f"wasm memory after {h['advies']['n']:,} advies + {h['ontzorgen']['n']:,} ontzorgen calls",
                 mib(h["geheugen"]), "", "<= 2 MiB", verdict(h["geheugen"], 2 * MIB)))
    rows.append((f"peak RSS wijzer advies --jsonl, {n:,} cases", mib(cli["wijzer_rss"]),
                 f"jq -c .: {mib(cli['jq_rss'])}", "<= 20 MiB", verdict(cli["wijzer_rss"], 20 * MIB)))
    rows.append((f"peak RSS wijzer advies --jsonl, {cli['cases_small']:,} cases", mib(cli["wijzer_rss_small"]),
                 f"growth x{n / cli['cases_small']:.0f} cases: {cli['wijzer_rss'] - cli['wijzer_rss_small']:+,} B",
                 "constant", ""))

    if w.get("fouten"):
        notes.append("page errors in the widget: " + "; ".join(w["fouten"][:3]))

    built = datetime.datetime.fromtimestamp(os.path.getmtime(script), datetime.timezone.utc)
    now = datetime.datetime.now(datetime.timezone.utc)
    last = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nInburgeringswijzer bench, {now:%Y-%m-%d %H:%M} UTC (pkg/ built {built:%Y-%m-%d %H:%M} UTC); "
          f"{os.cpu_count()} cores, load average {last}\n")
    tabel(traag(br["traag"]), ("figure", "widget", "reference element (same run)", "target", "verdict"))
    print()
    tabel(rows, ("figure", "ours", "reference (same run)", "target", "verdict"))
    for note in notes:
        print(f"- {note}")


def caseload(c):
    """The caseload view at scale (tests/tools/bench/caseload.mjs): each figure as the median of the
    runs with their range, and as a ratio to `wijzer werklijst` timed right before it in each run."""
    runs = c["runs"]
    mediaan = statistics.median
    cli_ms = [r["cli"] for r in runs]
    rows = [(f"caseload view, {c['klanten']:,} clients: wijzer werklijst on the same file, median of {len(runs)}",
             f"{ms(mediaan(cli_ms))} ({ms(min(cli_ms))}-{ms(max(cli_ms))})", "(the reference)", "", "info")]
    for sleutel, wat in (("voortgang", "file chosen -> progress shown"),
                         ("tabel", "file chosen -> first rows (the table: its order needs every line)"),
                         ("werklijst", "file chosen -> werklijst.csv downloaded (the whole table)")):
        xs = [r[sleutel] for r in runs if r[sleutel] is not None]
        if not xs:
            continue
        ratios = [r[sleutel] / r["cli"] for r in runs if r[sleutel] is not None]
        rows.append((f"  {wat}", f"{ms(mediaan(xs))} ({ms(min(xs))}-{ms(max(xs))})",
                     f"{mediaan(ratios):.1f}x the CLI (runs {min(ratios):.1f}-{max(ratios):.1f}x)", "", "info"))
    taken = [r["langsteTaak"] for r in runs]
    rows.append(("  longest task while the file is read (the page cannot answer input)",
                 f"{ms(mediaan(taken))} ({ms(min(taken))}-{ms(max(taken))})", "", "<= 200 ms",
                 verdict(mediaan(taken), 200)))
    tabel_ = [r["langsteTaakTabel"] for r in runs]
    rows.append(("  longest task drawing the table and writing werklijst.csv",
                 f"{ms(mediaan(tabel_))} ({ms(min(tabel_))}-{ms(max(tabel_))})", "", "(information)", "info"))
    fout = [r for r in runs if r["regels"] != r["cliRegels"] or r["regels"] != c["klanten"]]
    if fout:
        rows.append(("  werklijst.csv lines browser / CLI differ", f"{fout[0]['regels']} / {fout[0]['cliRegels']}", "", "", "FAIL"))
    return rows


def tabel(rows, head):
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |"
    print(line(head))
    print("|" + "|".join("-" * (w_ + 2) for w_ in widths) + "|")
    for r in rows:
        print(line(r))


def traag(t):
    """The slow phone's rows: navigation -> usable against the floor, widget and reference."""
    p = t["traag"]
    profiel = (f"{p['cpu']:g}x CPU, {p['downBps'] / 1e6:g} Mbps down, {p['upBps'] / 1e3:g} kbps up, "
               f"{p['rttMs']:g} ms RTT")
    wij, ref = t["wijzer"], t["referentie"]
    s = lambda x: "n/a" if x is None else f"{x / 1000:.2f} s"

    def figuur(r):
        if not r["aantal"]:
            return "never usable"
        return (f"{s(r['bruikbaar'])} = {r['ratio']:.2f}x its floor (loads {r['ratioMin']:.2f}-{r['ratioMax']:.2f}x; "
                f"{s(r['min'])}-{s(r['max'])})")

    def vloer(r):
        v = r["vloer"]
        return "n/a" if not v else f"{s(v['ms'])}: {b(v['bytes'])} at {p['downBps'] / 1e6:g} Mbps + {v['rondes']} x {p['rttMs']:g} ms"

    rows = [
        (f"slow phone ({profiel}): navigation -> usable form, median of {t['n']} cold loads", figuur(wij), figuur(ref),
         "<= 1.5x floor", verdict(wij["ratio"], 1.5) if wij["aantal"] else "n/a"),
        ("  its physical floor: bytes delivered before usable / bandwidth + round trips in series x RTT", vloer(wij),
         vloer(ref), "", ""),
        ("  script arrival -> usable form", ms(wij["naAankomst"]), ms(ref["naAankomst"]), "(information)",
         "n/a" if None in (wij["naAankomst"], ref["naAankomst"])
         else f"our code: +{ms(wij['naAankomst'] - ref['naAankomst'])}"),
    ]
    ar = t.get("arabisch")
    if ar:
        rows.append(("  the same page in Arabic (the script and the Arabic pack, in parallel)", figuur(ar), "",
                     "<= 1.5x floor", verdict(ar["ratio"], 1.5) if ar["aantal"] else "n/a"))
        rows.append(("  its physical floor", vloer(ar), "", "", ""))
    c = t.get("cpu")
    if c and c["wijzer"]["n"] and c["referentie"]["n"]:
        rows.append((f"  main thread's CPU time, script arrival -> usable form (traced, median of {c['wijzer']['n']})",
                     f"{ms(c['wijzer']['mediaan'])} ({ms(c['wijzer']['min'])}-{ms(c['wijzer']['max'])})",
                     f"{ms(c['referentie']['mediaan'])} ({ms(c['referentie']['min'])}-{ms(c['referentie']['max'])})",
                     "(information)", f"{c['wijzer']['mediaan'] / c['referentie']['mediaan']:.1f}x the reference"))
    return rows


if __name__ == "__main__":
    main()
