"""Compresses the module with LZMA for the script to carry (www/lzma.js unpacks it): 11 % smaller
than the best gzip (Zopfli) on this module, which keeps a page's first download within 100 KiB.
The stream: the unpacked size (4 bytes, little-endian), then raw LZMA1 with lc=3, lp=0, pb=0 (the
parameters www/lzma.js is written for; lc=3 measured smallest on the module).
Usage: python3 tests/tools/lzma.py FILE  ->  FILE.lzma next to it"""
import lzma
import struct
import sys

FILTER = {"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, "lc": 3, "lp": 0, "pb": 0, "nice_len": 273}

for bestand in sys.argv[1:]:
    with open(bestand, "rb") as f:
        inhoud = f.read()
    ingepakt = struct.pack("<I", len(inhoud)) + lzma.compress(inhoud, format=lzma.FORMAT_RAW, filters=[FILTER])
    with open(bestand + ".lzma", "wb") as f:
        f.write(ingepakt)
    print(f"{bestand}.lzma: {len(ingepakt)} B (from {len(inhoud)} B)")
