// An LZMA decoder for the one stream this build writes (tests/tools/lzma.py): the module, 11 %
// smaller than the best gzip (Zopfli), which keeps a page's first download within 100 KiB.
// The stream: the unpacked size (4 bytes, little-endian), then raw LZMA1 with lc=3, lp=0, pb=0
// and the whole output as its dictionary. The algorithm is the LZMA specification's
// (LzmaSpec.cpp in the LZMA SDK, public domain), written out for these parameters only.
// The stream must end as the encoder ends it: the end marker right after the last byte of the
// size, the range decoder's code 0 and every input byte read, no more and no fewer (LzmaSpec's
// IsFinishedOK). Anything else throws (a cut or damaged stream would otherwise read zeros past
// its end and return wrong bytes); the loader then says so.

const LC = 3;

// The range decoder: bits by their adaptive probabilities (11-bit, in Uint16Arrays), and bits
// without one. Fields rather than variables its helpers close over: measured in Node 20, the
// module unpacked in 24 to 30 ms cold instead of 31 to 35 ms.
class Bereik {
  constructor(invoer) {
    if (invoer[4] !== 0) throw new Error('lzma: not a stream of this build');
    this.invoer = invoer;
    this.i = 9;
    this.bereik = 0xffffffff;
    this.code = ((invoer[5] << 24) | (invoer[6] << 16) | (invoer[7] << 8) | invoer[8]) >>> 0;
  }

  bit(kansen, k) {
    const p = kansen[k];
    let { bereik, code } = this;
    const grens = (bereik >>> 11) * p;
    let b = 0;
    if (code < grens) {
      bereik = grens;
      kansen[k] = p + ((2048 - p) >>> 5);
    } else {
      bereik -= grens;
      code -= grens;
      kansen[k] = p - (p >>> 5);
      b = 1;
    }
    if (bereik < 0x1000000) {
      bereik = (bereik * 256) >>> 0;
      code = ((code << 8) | this.invoer[this.i++]) >>> 0;
    }
    this.bereik = bereik;
    this.code = code;
    return b;
  }

  direct(bits) {
    let r = 0;
    for (; bits > 0; bits--) {
      this.bereik >>>= 1;
      const b = this.code >= this.bereik ? 1 : 0;
      if (b) this.code -= this.bereik;
      r = (r << 1) | b;
      if (this.bereik < 0x1000000) {
        this.bereik = (this.bereik * 256) >>> 0;
        this.code = ((this.code << 8) | this.invoer[this.i++]) >>> 0;
      }
    }
    return r;
  }

  // A bit tree of `bits` bits whose nodes start after `basis`; reversed: least significant first.
  boom(kansen, basis, bits) {
    let m = 1;
    for (let n = 0; n < bits; n++) m = (m << 1) | this.bit(kansen, basis + m);
    return m - (1 << bits);
  }

  omgekeerd(kansen, basis, bits) {
    let m = 1;
    let r = 0;
    for (let n = 0; n < bits; n++) {
      const b = this.bit(kansen, basis + m);
      m = (m << 1) | b;
      r |= b << n;
    }
    return r;
  }

  // A length: choice, choice 2, then 3, 3 or 8 bits (pb = 0: one position state).
  lengte(kansen) {
    if (this.bit(kansen, 0) === 0) return this.boom(kansen, 2, 3);
    return this.bit(kansen, 1) === 0 ? 8 + this.boom(kansen, 10, 3) : 16 + this.boom(kansen, 18, 8);
  }
}

const kansen = (n) => new Uint16Array(n).fill(1024);

export function lzma(invoer) {
  const grootte = (invoer[0] | (invoer[1] << 8) | (invoer[2] << 16) | (invoer[3] << 24)) >>> 0;
  const uit = new Uint8Array(grootte);
  const rc = new Bereik(invoer);
  const letters = kansen(0x300 << LC);
  // Per state (12): a match or a literal, and which kind of repeated match.
  const [isMatch, isRep, isRepG0, isRepG1, isRepG2, isRep0Long] = Array.from({ length: 6 }, () => kansen(12));
  const slots = kansen(4 << 6);
  const afstanden = kansen(115);
  const uitlijning = kansen(16);
  const matchLengte = kansen(2 + 8 + 8 + 256);
  const repLengte = kansen(2 + 8 + 8 + 256);
  let toestand = 0;
  let rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
  let pos = 0;
  let einde = false;
  // One symbol past the size: there the end marker must stand. A literal or a repeat written
  // there is lost (a typed array ignores it) and leaves `pos` past the size.
  while (pos <= grootte) {
    if (rc.bit(isMatch, toestand) === 0) {
      const basis = 0x300 * ((pos > 0 ? uit[pos - 1] : 0) >> (8 - LC));
      let s = 1;
      if (toestand >= 7) {
        let vorig = uit[pos - rep0 - 1];
        do {
          const m = (vorig >> 7) & 1;
          vorig <<= 1;
          const b = rc.bit(letters, basis + ((1 + m) << 8) + s);
          s = (s << 1) | b;
          if (m !== b) break;
        } while (s < 0x100);
      }
      while (s < 0x100) s = (s << 1) | rc.bit(letters, basis + s);
      uit[pos++] = s & 0xff;
      toestand = toestand < 4 ? 0 : toestand < 10 ? toestand - 3 : toestand - 6;
      continue;
    }
    let len;
    if (rc.bit(isRep, toestand)) {
      if (pos === 0) break;
      if (rc.bit(isRepG0, toestand) === 0) {
        if (rc.bit(isRep0Long, toestand) === 0) {
          toestand = toestand < 7 ? 9 : 11;
          uit[pos] = uit[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        let afstand;
        if (rc.bit(isRepG1, toestand) === 0) afstand = rep1;
        else {
          if (rc.bit(isRepG2, toestand) === 0) afstand = rep2;
          else {
            afstand = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = afstand;
      }
      len = rc.lengte(repLengte);
      toestand = toestand < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = rc.lengte(matchLengte);
      toestand = toestand < 7 ? 7 : 10;
      const slot = rc.boom(slots, (len < 3 ? len : 3) << 6, 6);
      if (slot < 4) rep0 = slot;
      else {
        const bits = (slot >> 1) - 1;
        rep0 = (2 | (slot & 1)) << bits;
        if (slot < 14) rep0 += rc.omgekeerd(afstanden, rep0 - slot, bits);
        else rep0 = (rep0 + (rc.direct(bits - 4) << 4) + rc.omgekeerd(uitlijning, 0, 4)) >>> 0;
        if (rep0 === 0xffffffff) {
          einde = true;
          break;
        }
      }
    }
    len += 2;
    if (rep0 >= pos || pos + len > grootte) break;
    for (; len > 0; len--, pos++) uit[pos] = uit[pos - rep0 - 1];
  }
  if (!einde || pos !== grootte || rc.code !== 0 || rc.i !== invoer.length) throw new Error('lzma: damaged stream');
  return uit;
}
