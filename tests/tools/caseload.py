#!/usr/bin/env python3
"""Generated caseloads of fictional clients, the same bytes on every run (fixed seeds, no clock).

    python3 tests/tools/caseload.py            # writes the files below
    python3 tests/tools/caseload.py --check    # exit 1 when a file differs from what it writes
    python3 tests/tools/caseload.py --aantal 10000 > /tmp/caseload-10000.csv   # for make bench

- www/caseload-voorbeeld.csv: about 200 clients across Haarlem's traject on 2026-12-07, for the
  demo and for gemeente IT (README, "Caseload op het intranet"). Every line reads.
- tests/caseload/duizend-met-fouten.csv: 1,000 lines, some of them bad on purpose, and
  tests/caseload/duizend-met-fouten.verwacht: each bad line's number, field and error code, which
  tests/caseload.rs compares with what the engine finds.

The clients are made up: a `klant` reference, no names. Dates lie around the reference day
2026-12-07: permits from mid-2023 on, DUO's letter some weeks later, a PIP for most, a
leerbaarheidstoets score as DUO sends it ("28,00"), bijstand and housing for status holders, and
parts passed as time went by. Dates are written as ISO or, for some columns, as DD-MM-YYYY.
"""
import datetime as dt
import os
import random
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OP = dt.date(2026, 12, 7)

KOLOMMEN = [
    "klant", "verblijf", "geboortedatum", "nationaliteit", "verblijfsdatum", "duoBriefDatum",
    "huisvestingDatum", "pipDatum", "leerbaarheidstoets.score", "leerbaarheidstoets.datum",
    "leerplichtig", "nlDiploma", "wilOpleiding", "bijstand", "bijstandSinds", "behaald",
]
VERBLIJVEN = [("asiel", 62), ("gezin_van_asielstatushouder", 12), ("gezin", 16), ("regulier_overig", 4),
              ("geestelijk_bedienaar", 1), ("tijdelijk", 3), ("eu_familie", 2)]
LANDEN = {
    "asiel": ["SY", "ER", "AF", "YE", "IR", "SO", "IQ", "SD", "TR"],
    "gezin_van_asielstatushouder": ["SY", "ER", "AF", "YE", "SO"],
    "gezin": ["MA", "IN", "CN", "BR", "PH", "ID", "US", "TR"],
    "regulier_overig": ["IN", "CN", "US", "BR"],
    "geestelijk_bedienaar": ["MA", "PK"],
    "tijdelijk": ["US", "JP", "IN"],
    "eu_familie": ["MA", "US"],
}
# The order in which parts are usually passed, and the codes of the contract's `behaald`.
DELEN = ["knm", "pvt", "lezen", "luisteren", "map", "schrijven", "spreken"]


def iso(d):
    return d.isoformat()


def nl(d):
    return d.strftime("%d-%m-%Y")


def kies(r, gewogen):
    return r.choices([w for w, _ in gewogen], weights=[g for _, g in gewogen])[0]


def klant(r, nummer):
    """One fictional client as a dict of cells (empty: not known)."""
    verblijf = kies(r, VERBLIJVEN)
    rij = {k: "" for k in KOLOMMEN}
    rij["klant"] = f"HLM-{nummer:05d}"
    rij["verblijf"] = verblijf
    leeftijd = r.choice([17, 19, 22, 25, 28, 31, 35, 40, 45, 52, 58, 63, 66])
    geboren = OP - dt.timedelta(days=leeftijd * 365 + r.randrange(365))
    rij["geboortedatum"] = iso(geboren)
    rij["nationaliteit"] = r.choice(LANDEN[verblijf])
    vergunning = OP - dt.timedelta(days=r.randrange(20, 1250))
    rij["verblijfsdatum"] = iso(vergunning)
    if verblijf in ("tijdelijk", "eu_familie"):
        return rij
    rij["leerplichtig"] = "nee" if leeftijd > 17 else "ja"
    rij["nlDiploma"] = "ja" if r.random() < 0.03 else r.choice(["nee", "nee", "nee", ""])
    asiel = verblijf in ("asiel", "gezin_van_asielstatushouder")
    if asiel:
        rij["bijstand"] = "ja"
        rij["bijstandSinds"] = nl(vergunning + dt.timedelta(days=r.randrange(0, 60)))
        if r.random() < 0.8:
            rij["huisvestingDatum"] = iso(vergunning + dt.timedelta(days=r.randrange(0, 90)))
    else:
        rij["bijstand"] = r.choice(["nee", "nee", ""])
    brief = vergunning + dt.timedelta(days=r.randrange(14, 60))
    if brief > OP or r.random() < 0.08:
        return rij
    rij["duoBriefDatum"] = iso(brief)
    toets = brief + dt.timedelta(days=r.randrange(7, 50))
    if toets <= OP and r.random() < 0.9:
        # The higher of two draws: most clients reach the B1-route's cut-off, some do not.
        rij["leerbaarheidstoets.score"] = f"{max(r.randrange(12, 41), r.randrange(12, 41))},00"
        rij["leerbaarheidstoets.datum"] = iso(toets)
        if leeftijd < 28:
            rij["wilOpleiding"] = r.choice(["ja", "nee", ""])
        else:
            rij["wilOpleiding"] = "nee"
    pip = brief + dt.timedelta(days=r.randrange(35, 110))
    if pip > OP or r.random() < 0.05:
        return rij
    rij["pipDatum"] = nl(pip)
    # Parts passed: more as the term goes on, each on a day after the PIP.
    maanden = (OP - pip).days / 30
    gehaald = []
    for deel in DELEN[: min(len(DELEN), int(maanden / 5))]:
        if r.random() < 0.85:
            dag = pip + dt.timedelta(days=r.randrange(30, max(31, (OP - pip).days)))
            gehaald.append(deel if r.random() < 0.15 else f"{deel}:{iso(min(dag, OP))}")
    rij["behaald"] = " ".join(gehaald)
    return rij


def regel(cellen):
    """Cells as one CSV line with `;`, quoted as RFC 4180 where needed."""
    def cel(c):
        return '"' + c.replace('"', '""') + '"' if any(t in c for t in ';"\n\r') else c
    return ";".join(cel(c) for c in cellen) + "\r\n"


def caseload(seed, aantal):
    r = random.Random(seed)
    return [klant(r, i + 1) for i in range(aantal)]


# Bad lines for the 1,000-line file: how each is made bad, and the field and code the engine gives.
KAPOT = [
    (lambda rij: rij.update({"verblijf": "statushouder"}), "verblijf", "onbekende_waarde"),
    (lambda rij: rij.update({"leerbaarheidstoets.score": "41,00",
                             "leerbaarheidstoets.datum": rij["leerbaarheidstoets.datum"] or "2026-01-05"}),
     "leerbaarheidstoets.score", "buiten_bereik"),
    (lambda rij: rij.update({"verblijfsdatum": "31-02-2026"}), "verblijfsdatum", "ongeldige_datum"),
    (lambda rij: rij.update({"nlDiploma": "misschien"}), "nlDiploma", "verkeerd_type"),
    (lambda rij: rij.update({"klant": "HLM-" + "x" * 70}), "klant", "te_groot"),
    (lambda rij: rij.update({"nationaliteit": "Syrië"}), "nationaliteit", "ongeldige_nationaliteit"),
    (lambda rij: rij.update({"geboortedatum": "2027-01-01", "behaald": ""}), "geboortedatum", "datum_na_peildatum"),
    (lambda rij: rij.update({"verblijf": ""}), "verblijf", "verplicht"),
    (lambda rij: rij.update({"behaald": "knm rekenen:2026-01-01"}), "behaald[1].onderdeel", "onbekende_waarde"),
]


def met_fouten(seed, aantal):
    """`aantal` lines: clients, some made bad, a blank line and a line with a cell too many.
    Returns the CSV text and the expected bad lines."""
    r = random.Random(seed)
    tekst = regel(KOLOMMEN)
    verwacht = []
    for i in range(1, aantal):
        nummer = i + 1  # the header is line 1
        rij = klant(r, i)
        if i % 97 == 0:
            tekst += "\r\n"
            continue
        cellen = [rij[k] for k in KOLOMMEN]
        if i % 89 == 0:
            cellen.append("over")
            verwacht.append((nummer, "", "cel_zonder_kolom"))
        elif i % 19 == 0:
            maak, veld, code = KAPOT[(i // 19) % len(KAPOT)]
            # Only the verblijf of a status holder takes every check the bad cell needs.
            rij.update({"verblijf": "asiel", "nationaliteit": "SY", "geboortedatum": "1990-01-01"})
            maak(rij)
            cellen = [rij[k] for k in KOLOMMEN]
            verwacht.append((nummer, veld, code))
        tekst += regel(cellen)
    return tekst, verwacht


def bestanden():
    voorbeeld = "\ufeff" + regel(KOLOMMEN) + "".join(regel([rij[k] for k in KOLOMMEN]) for rij in caseload(24, 200))
    fout_tekst, verwacht = met_fouten(1000, 1000)
    verwacht_tekst = "".join(f"{n};{veld};{code}\n" for n, veld, code in verwacht)
    return {
        "www/caseload-voorbeeld.csv": voorbeeld,
        "tests/caseload/duizend-met-fouten.csv": fout_tekst,
        "tests/caseload/duizend-met-fouten.verwacht": verwacht_tekst,
    }


def main():
    if "--aantal" in sys.argv:
        aantal = int(sys.argv[sys.argv.index("--aantal") + 1])
        sys.stdout.buffer.write((regel(KOLOMMEN) + "".join(regel([rij[k] for k in KOLOMMEN]) for rij in caseload(10_000, aantal))).encode())
        return 0
    controle = "--check" in sys.argv
    anders = []
    for pad, tekst in bestanden().items():
        vol = os.path.join(ROOT, pad)
        if controle:
            with open(vol, encoding="utf-8", newline="") as f:
                if f.read() != tekst:
                    anders.append(pad)
        else:
            os.makedirs(os.path.dirname(vol), exist_ok=True)
            with open(vol, "w", encoding="utf-8", newline="") as f:
                f.write(tekst)
    for pad in anders:
        print(f"{pad} is not what tests/tools/caseload.py writes", file=sys.stderr)
    return 1 if anders else 0


if __name__ == "__main__":
    sys.exit(main())
