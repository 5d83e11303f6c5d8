#!/usr/bin/env python3
"""Offline supply-chain check (issue 7): licenses and duplicate versions.

Rust: `cargo metadata --locked --offline` (everything is in Cargo.lock and the local registry
cache after a build). Every package in the lock file must carry an SPDX expression that the
allowlist satisfies; duplicate versions of one crate fail in the normal (non-dev) tree of the
wasm32 target (what residents download) and are reported as information elsewhere.
npm: every package in package-lock.json (and its installed package.json, when present) must
carry an allowed license. Exit 1 on any failure; nothing is downloaded.
"""
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

ALLOWED = {
    "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Zlib",
    "Unicode-3.0", "Unicode-DFS-2016",
    # Needed: axe-core, @axe-core/playwright and ical.js (test tooling only, never shipped).
    "MPL-2.0",
}
ALLOWED_EXCEPTIONS = {"LLVM-exception"}
# The crate's own license; only our own packages may carry it.
OWN = {"EUPL-1.2"}
WASM = "wasm32-unknown-unknown"


def tokens(expr):
    # Legacy crates write "MIT/Apache-2.0" for "MIT OR Apache-2.0".
    return re.findall(r"\(|\)|[A-Za-z0-9.+\-]+", expr.replace("/", " OR "))


def satisfied(expr, allowed):
    """True when the SPDX expression can be met with allowed licenses only.

    Grammar (SPDX annex D): or := and ("OR" and)*; and := with ("AND" with)*;
    with := atom ["WITH" exception]; atom := id | "(" or ")". AND binds tighter than OR.
    Raises ValueError on a malformed expression.
    """
    toks = tokens(expr)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def atom():
        t = peek()
        if t is None or t in ("AND", "OR", "WITH", ")"):
            raise ValueError(f"unexpected {t!r}")
        take()
        if t == "(":
            value = disjunction()
            if take_if(")") is None:
                raise ValueError("missing )")
        else:
            value = t in allowed
        if peek() == "WITH":
            take()
            exception = take() if peek() else None
            value = value and exception in ALLOWED_EXCEPTIONS
        return value

    def take_if(t):
        return take() if peek() == t else None

    def conjunction():
        value = atom()
        while take_if("AND"):
            value = atom() and value  # evaluate both sides: a syntax error must not hide
        return value

    def disjunction():
        value = conjunction()
        while take_if("OR"):
            value = conjunction() or value
        return value

    if not toks:
        raise ValueError("empty")
    result = disjunction()
    if pos != len(toks):
        raise ValueError(f"trailing {toks[pos]!r}")
    return result


def check(what, expr, allowed):
    """One failure line, or None."""
    if not expr:
        return f"{what}: no license"
    try:
        return None if satisfied(expr, allowed) else f"{what}: {expr!r} not in the allowlist"
    except ValueError as e:
        return f"{what}: unreadable license expression {expr!r} ({e})"


def metadata(*extra):
    cmd = ["cargo", "metadata", "--format-version", "1", "--locked", "--offline", *extra]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        # A build only downloads the crates of the platforms it built for; metadata reads the
        # manifests of every crate in Cargo.lock (Windows-only ones too). `cargo fetch --locked`
        # gets exactly those, checksummed against the lock file; afterwards all is offline.
        print("supply: some crates of Cargo.lock are not in the local cache: cargo fetch --locked", file=sys.stderr)
        subprocess.run(["cargo", "fetch", "--locked"], cwd=ROOT, check=True)
        out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def duplicates(meta, with_dev):
    """Crate name -> versions reachable from the workspace members (dev edges only at the top)."""
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    packages = {p["id"]: p for p in meta["packages"]}
    members = set(meta["workspace_members"])
    seen, todo = set(), list(members)
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        for dep in nodes[pid]["deps"]:
            kinds = {k["kind"] for k in dep["dep_kinds"]}
            # Dev edges only count for our own crate: nothing else's tests are built.
            if kinds - {"dev"} or (with_dev and pid in members):
                todo.append(dep["pkg"])
    versions = defaultdict(set)
    for pid in seen:
        versions[packages[pid]["name"]].add(packages[pid]["version"])
    return {name: sorted(v) for name, v in versions.items() if len(v) > 1}


def rust(failures):
    meta = metadata()
    members = set(meta["workspace_members"])
    count = 0
    for p in meta["packages"]:
        allowed = ALLOWED | OWN if p["id"] in members else ALLOWED
        expr = p.get("license") or ""
        what = f"crate {p['name']} {p['version']}"
        # A license file without an SPDX expression cannot be checked mechanically: it fails
        # as "no license" until someone reads it and adds an exception here.
        if not expr and p.get("license_file"):
            what += f" (license-file {os.path.basename(p['license_file'])} only)"
        failure = check(what, expr, allowed)
        if failure:
            failures.append(failure)
        count += 1
    print(f"crates: {count} packages in Cargo.lock checked against the allowlist")

    wasm = duplicates(metadata("--filter-platform", WASM), with_dev=False)
    native = duplicates(meta, with_dev=False)
    everything = duplicates(meta, with_dev=True)
    for name, versions in sorted(wasm.items()):
        failures.append(f"crate {name}: {len(versions)} versions in the {WASM} tree: {', '.join(versions)}")
    print(f"crates: duplicate versions in the normal {WASM} tree: {len(wasm)}")
    for label, found in (("normal tree, all targets", native), ("with dev-dependencies", everything)):
        extra = {n: v for n, v in found.items() if n not in wasm}
        listed = "; ".join(f"{n} {', '.join(v)}" for n, v in sorted(extra.items())) or "none"
        print(f"crates: duplicate versions ({label}, information): {listed}")


def npm_license(manifest):
    lic = manifest.get("license")
    if isinstance(lic, dict):  # old form {"type": "MIT"}
        lic = lic.get("type")
    if not lic and isinstance(manifest.get("licenses"), list):  # older form, a list
        lic = " OR ".join(x.get("type", "") for x in manifest["licenses"] if isinstance(x, dict))
    return lic or ""


def npm(failures):
    lock_path = os.path.join(ROOT, "package-lock.json")
    with open(lock_path, encoding="utf-8") as f:
        lock = json.load(f)
    versions = defaultdict(set)
    count = 0
    for path, entry in lock.get("packages", {}).items():
        if not path:  # the root project itself is private
            continue
        name = entry.get("name") or path.rsplit("node_modules/", 1)[-1]
        what = f"npm {name} {entry.get('version', '?')}"
        expr = entry.get("license") or ""
        installed = os.path.join(ROOT, path, "package.json")
        if os.path.exists(installed):
            with open(installed, encoding="utf-8") as f:
                found = npm_license(json.load(f))
            if expr and found and found != expr:
                failures.append(f"{what}: lock says {expr!r}, installed package.json says {found!r}")
            expr = expr or found
        failure = check(what, expr, ALLOWED)
        if failure:
            failures.append(failure)
        versions[name].add(entry.get("version", "?"))
        count += 1
    print(f"npm: {count} packages in package-lock.json checked against the allowlist")
    dup = "; ".join(f"{n} {', '.join(sorted(v))}" for n, v in sorted(versions.items()) if len(v) > 1)
    print(f"npm: duplicate versions (dev tooling only, information): {dup or 'none'}")


def selftest():
    ok = {"MIT", "Apache-2.0"}
    assert satisfied("MIT OR Apache-2.0", ok)
    assert satisfied("MIT/Apache-2.0", ok)
    assert satisfied("Unlicense OR MIT", ok)
    assert not satisfied("Unlicense AND MIT", ok)
    assert satisfied("(MIT OR Apache-2.0) AND MIT", ok)
    assert not satisfied("(MIT OR Apache-2.0) AND Unicode-3.0", ok)
    assert not satisfied("GPL-3.0 OR LGPL-2.1", ok)
    assert satisfied("GPL-3.0 OR MIT AND Apache-2.0", ok)  # AND binds tighter
    assert not satisfied("MIT AND GPL-3.0 OR GPL-2.0", ok)
    assert satisfied("Apache-2.0 WITH LLVM-exception", ok)
    for bad in ("", "MIT OR", "(MIT", "MIT Apache-2.0"):
        try:
            satisfied(bad, ok)
            raise AssertionError(f"accepted {bad!r}")
        except ValueError:
            pass


def main():
    selftest()
    failures = []
    rust(failures)
    npm(failures)
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print("supply: ok" if not failures else f"supply: {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
