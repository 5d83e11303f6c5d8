"""Compresses the module with LZMA for the script to carry (www/lzma.js unpacks it): 11 % smaller
than the best gzip (Zopfli) on this module, which keeps a page's first download within 100 KiB.
The stream: the unpacked size (4 bytes, little-endian), then raw LZMA1 with lc=3, lp=0, pb=0 (the
parameters www/lzma.js is written for; lc=3 measured smallest on the module), ending in the end
marker; the smallest of the encoder's searches in ZOEKEN.
Usage: python3 tests/tools/lzma.py FILE  ->  FILE.lzma next to it
       python3 tests/tools/lzma.py --uitpakken  ->  the decoder's oracle (tests/e2e/lzma.test.mjs):
       reads streams from stdin, each as its length (4 bytes, little-endian) and its bytes, and
       writes for each what Python's lzma makes of it, the same way: the bytes, or the length
       0xFFFFFFFF alone where it refuses the stream (no end marker, data after it, a size other
       than the one declared, or an error of its own)."""
import lzma
import struct
import sys

FILTER = {"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, "lc": 3, "lp": 0, "pb": 0, "nice_len": 273}
# The encoder's own search (match finder, match length it settles for) changes only how the
# stream is found, not how it is read: each is tried and the smallest stream kept. Measured on
# the residents' module (2026-12-07): 73 to 83 B smaller than nice_len 273 with bt4 alone, and a
# different setting wins from one build to the next.
ZOEKEN = [
    dict(FILTER, nice_len=lengte, mf=vinder)
    for lengte in (273, 128, 96, 64, 48, 32)
    for vinder in (lzma.MF_BT4, lzma.MF_BT3, lzma.MF_HC4)
]
GEWEIGERD = 0xFFFFFFFF


def uitpakken(stroom):
    """The bytes a stream of this build stands for, or None where it is not exactly one."""
    if len(stroom) < 4:
        return None
    (grootte,) = struct.unpack_from("<I", stroom)
    ontcijferaar = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[FILTER])
    try:
        uit = ontcijferaar.decompress(stroom[4:])
    except lzma.LZMAError:
        return None
    if not ontcijferaar.eof or ontcijferaar.unused_data or len(uit) != grootte:
        return None
    return uit


def orakel():
    invoer, uitvoer = sys.stdin.buffer, sys.stdout.buffer
    while kop := invoer.read(4):
        (lengte,) = struct.unpack("<I", kop)
        uit = uitpakken(invoer.read(lengte))
        uitvoer.write(struct.pack("<I", GEWEIGERD) if uit is None else struct.pack("<I", len(uit)) + uit)
    uitvoer.flush()


if sys.argv[1:] == ["--uitpakken"]:
    orakel()
    sys.exit()

for bestand in sys.argv[1:]:
    with open(bestand, "rb") as f:
        inhoud = f.read()
    stromen = (lzma.compress(inhoud, format=lzma.FORMAT_RAW, filters=[zoeken]) for zoeken in ZOEKEN)
    ingepakt = struct.pack("<I", len(inhoud)) + min(stromen, key=len)
    with open(bestand + ".lzma", "wb") as f:
        f.write(ingepakt)
    print(f"{bestand}.lzma: {len(ingepakt)} B (from {len(inhoud)} B)")
