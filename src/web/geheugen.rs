//! The module's memory allocator: blocks of a power-of-two size, from 16 bytes up, with one free
//! list per size; memory comes from `memory.grow` and is kept for reuse. The standard allocator
//! (dlmalloc) is 8 KB of the module; this one is a few hundred bytes. The widget's memory stays
//! small and steady (figures in docs/metingen.md): a freed block serves the next request of its
//! size, and a keystroke frees what the one before it used.
//!
//! Where the memory comes from is a seam ([`Bron`]): `memory.grow` in the module, a buffer of
//! the test's own natively, so the model test below runs under `cargo test` and under Miri
//! (`cargo +nightly miri test --lib geheugen`, with nightly's `miri` and `rust-src` components;
//! smaller there, since Miri is some thousand times slower).
//!
//! Single-threaded by construction: wasm32 without the `atomics` feature has one thread.
#![deny(clippy::undocumented_unsafe_blocks)]

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr;

const PAGINA: usize = 65536;
/// Blocks are aligned to their size up to this; no type here asks for more.
const MAX_UITLIJNING: usize = 4096;

/// Where new pages come from.
pub trait Bron {
    /// `paginas` more pages of 64 KiB: the address of the first, or `None` when there is no more.
    /// Pages of successive calls follow each other, except the first time (the memory below is
    /// the program's own).
    fn groei(&self, paginas: usize) -> Option<usize>;
}

/// The module's linear memory.
#[cfg(target_arch = "wasm32")]
pub struct Lineair;

#[cfg(target_arch = "wasm32")]
impl Bron for Lineair {
    fn groei(&self, paginas: usize) -> Option<usize> {
        let vorige = std::arch::wasm32::memory_grow(0, paginas);
        (vorige != usize::MAX).then_some(vorige * PAGINA)
    }
}

pub struct Blokken<B: Bron> {
    bron: B,
    /// Per size class `k` (blocks of `1 << k` bytes): the first free block, which holds the
    /// address of the next.
    vrij: UnsafeCell<[*mut u8; usize::BITS as usize]>,
    /// The part of memory not yet handed out: from `begin` to `einde`.
    begin: UnsafeCell<usize>,
    einde: UnsafeCell<usize>,
}

// SAFETY: one thread (see the module doc), so no two calls ever overlap.
unsafe impl<B: Bron> Sync for Blokken<B> {}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static BLOKKEN: Blokken<Lineair> = Blokken::new(Lineair);

/// The size class of a request: the smallest power of two that holds it, at least 16 bytes;
/// `None` for more than the address space holds (the request then fails, it does not panic).
fn klasse(layout: Layout) -> Option<usize> {
    let grootte = layout.size().max(layout.align()).max(16).checked_next_power_of_two()?;
    Some(grootte.trailing_zeros() as usize)
}

impl<B: Bron> Blokken<B> {
    pub const fn new(bron: B) -> Blokken<B> {
        Blokken {
            bron,
            vrij: UnsafeCell::new([ptr::null_mut(); usize::BITS as usize]),
            begin: UnsafeCell::new(0),
            einde: UnsafeCell::new(0),
        }
    }

    /// A block of `1 << k` bytes from the memory not yet handed out, growing it when needed.
    fn nieuw(&self, k: usize) -> *mut u8 {
        // SAFETY: one thread and no call re-enters the allocator (see `Sync`), so these are the
        // only references to `begin` and `einde` while they live.
        let (begin, einde) = unsafe { (&mut *self.begin.get(), &mut *self.einde.get()) };
        let grootte = 1usize << k;
        let uitlijning = grootte.min(MAX_UITLIJNING);
        let uitgelijnd = |adres: usize| (adres + uitlijning - 1) & !(uitlijning - 1);
        if uitgelijnd(*begin) + grootte > *einde {
            let paginas = (grootte + uitlijning).div_ceil(PAGINA);
            let Some(nieuw) = self.bron.groei(paginas) else { return ptr::null_mut() };
            // New pages continue the free part when they follow it; the first time they start
            // it, above the data and the stack.
            if nieuw != *einde {
                *begin = nieuw;
            }
            *einde = nieuw + paginas * PAGINA;
        }
        let adres = uitgelijnd(*begin);
        *begin = adres + grootte;
        // An address in memory from `groei`, which exposed it (natively: the test's buffer).
        adres as *mut u8
    }
}

// SAFETY: every block handed out lies in memory from `Bron::groei` that no other block overlaps
// (the free part only moves up, and a freed block returns to its own class's list), aligned to
// its size up to `MAX_UITLIJNING` (larger alignments are refused); a null pointer reports a
// failure.
unsafe impl<B: Bron> GlobalAlloc for Blokken<B> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() > MAX_UITLIJNING {
            return ptr::null_mut();
        }
        let Some(k) = klasse(layout) else { return ptr::null_mut() };
        // SAFETY: one thread, no re-entry: the only reference to the free lists while it lives.
        let vrij = unsafe { &mut (*self.vrij.get())[k] };
        if vrij.is_null() {
            return self.nieuw(k);
        }
        let blok = *vrij;
        // SAFETY: a free block of class `k` (at least 16 bytes, aligned to 16) holds the address
        // of the next one, written by `dealloc`.
        *vrij = unsafe { *(blok as *mut *mut u8) };
        blok
    }

    unsafe fn dealloc(&self, blok: *mut u8, layout: Layout) {
        if let Some(k) = klasse(layout) {
            // SAFETY: one thread, no re-entry: the only reference to the free lists while it lives.
            let vrij = unsafe { &mut (*self.vrij.get())[k] };
            // SAFETY: the caller returns a block `alloc` gave for this layout, of class `k`: at
            // least 16 bytes aligned to 16, no longer used, so it can hold the next free address.
            unsafe { *(blok as *mut *mut u8) = *vrij };
            *vrij = blok;
        }
    }

    unsafe fn realloc(&self, blok: *mut u8, layout: Layout, nieuwe_grootte: usize) -> *mut u8 {
        // SAFETY: the caller guarantees a non-zero size that, rounded up to the alignment, does
        // not overflow `isize`, and the alignment is the block's own, a power of two.
        let nieuw_layout = unsafe { Layout::from_size_align_unchecked(nieuwe_grootte, layout.align()) };
        if klasse(nieuw_layout) == klasse(layout) {
            return blok;
        }
        // SAFETY: a valid layout of non-zero size (above).
        let nieuw = unsafe { self.alloc(nieuw_layout) };
        if !nieuw.is_null() {
            // SAFETY: `blok` holds `layout.size()` bytes, `nieuw` at least `nieuwe_grootte`, and
            // they are different blocks (another class); `blok` is the caller's, of `layout`.
            unsafe {
                ptr::copy_nonoverlapping(blok, nieuw, layout.size().min(nieuwe_grootte));
                self.dealloc(blok, layout);
            }
        }
        nieuw
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;
    use std::cell::Cell;

    /// Memory of the test's own: `PAGINAS` pages from the system allocator, handed out in order.
    struct Proef {
        begin: *mut u8,
        gebruikt: Cell<usize>,
    }

    const PAGINAS: usize = if cfg!(miri) { 16 } else { 512 };
    const GEHEEL: Layout = match Layout::from_size_align(PAGINAS * PAGINA, PAGINA) {
        Ok(l) => l,
        Err(_) => panic!(),
    };

    impl Proef {
        fn new() -> Proef {
            // SAFETY: a layout of non-zero size.
            let begin = unsafe { System.alloc(GEHEEL) };
            assert!(!begin.is_null());
            Proef { begin, gebruikt: Cell::new(0) }
        }
    }

    impl Drop for Proef {
        fn drop(&mut self) {
            // SAFETY: allocated in `new` with this layout.
            unsafe { System.dealloc(self.begin, GEHEEL) };
        }
    }

    impl Bron for Proef {
        fn groei(&self, paginas: usize) -> Option<usize> {
            let gebruikt = self.gebruikt.get();
            if gebruikt + paginas > PAGINAS {
                return None;
            }
            self.gebruikt.set(gebruikt + paginas);
            // `as usize` exposes the buffer's provenance, which the allocator's addresses take up.
            Some(self.begin as usize + gebruikt * PAGINA)
        }
    }

    /// The allocator under random requests against a model (issue 13): blocks of random size and
    /// alignment are allocated, grown, shrunk and freed in random order. After every step each
    /// live block is aligned, apart from every other and still holds what was written into it;
    /// and a request is served from the freed blocks of its size class, last freed first, as the
    /// model's free lists say.
    #[test]
    fn the_allocator_agrees_with_a_model_under_random_requests() {
        let blokken = Blokken::new(Proef::new());
        // xorshift: deterministic, so a failure repeats.
        let mut toestand = 0x9e37_79b9_7f4a_7c15u64;
        let mut toeval = move |n: usize| {
            toestand ^= toestand << 13;
            toestand ^= toestand >> 7;
            toestand ^= toestand << 17;
            (toestand % n as u64) as usize
        };
        // Under Miri: fewer steps, no blocks above 5,000 bytes, every block checked every step.
        let (stappen, groot) = if cfg!(miri) { (30, 5_000) } else { (1_500, 70_000) };
        // Live blocks: address, layout, the byte written into every byte.
        let mut levend: Vec<(*mut u8, Layout, u8)> = Vec::new();
        // The model's free lists: per class, the freed addresses, last on top.
        let mut vrij: Vec<Vec<usize>> = vec![Vec::new(); 32];
        let klasse = |l: Layout| klasse(l).unwrap();
        for stap in 0..stappen {
            let merk = (stap % 251) as u8;
            match toeval(10) {
                0..=4 => {
                    let grootte = match toeval(10) {
                        0..=3 => toeval(17),
                        4..=6 => toeval(300),
                        7 | 8 => toeval(5_000),
                        _ => toeval(groot),
                    }
                    .max(1);
                    let layout = Layout::from_size_align(grootte, 1 << toeval(7)).unwrap();
                    // SAFETY: a layout of non-zero size.
                    let blok = unsafe { blokken.alloc(layout) };
                    assert!(!blok.is_null(), "step {stap}: {layout:?}");
                    if let Some(verwacht) = vrij[klasse(layout)].pop() {
                        assert_eq!(blok as usize, verwacht, "step {stap}: the last freed block of its class");
                    }
                    // SAFETY: the block holds `grootte` bytes.
                    unsafe { blok.write_bytes(merk, grootte) };
                    levend.push((blok, layout, merk));
                }
                5..=7 if !levend.is_empty() => {
                    let (blok, layout, _) = levend.swap_remove(toeval(levend.len()));
                    // SAFETY: a live block of this layout.
                    unsafe { blokken.dealloc(blok, layout) };
                    vrij[klasse(layout)].push(blok as usize);
                }
                _ if !levend.is_empty() => {
                    let i = toeval(levend.len());
                    let (blok, layout, oud) = levend[i];
                    let grootte = (toeval(3 * layout.size() + 40)).max(1);
                    let nieuw_layout = Layout::from_size_align(grootte, layout.align()).unwrap();
                    // SAFETY: a live block of `layout`, a non-zero new size.
                    let nieuw = unsafe { blokken.realloc(blok, layout, grootte) };
                    assert!(!nieuw.is_null(), "step {stap}: realloc");
                    // SAFETY: the block holds at least `grootte` bytes, the first of them kept.
                    let gehouden = unsafe { std::slice::from_raw_parts(nieuw, grootte.min(layout.size())) };
                    assert!(gehouden.iter().all(|&b| b == oud), "step {stap}: realloc keeps the contents");
                    if klasse(nieuw_layout) == klasse(layout) {
                        assert_eq!(nieuw, blok, "step {stap}: the same class stays in place");
                    } else {
                        // Served like a new request, then the old block freed.
                        if let Some(verwacht) = vrij[klasse(nieuw_layout)].pop() {
                            assert_eq!(nieuw as usize, verwacht, "step {stap}: realloc takes the last freed block");
                        }
                        vrij[klasse(layout)].push(blok as usize);
                    }
                    // SAFETY: as above.
                    unsafe { nieuw.write_bytes(merk, grootte) };
                    levend[i] = (nieuw, nieuw_layout, merk);
                }
                _ => {}
            }
            let mut bereiken: Vec<(usize, usize)> =
                levend.iter().map(|&(b, l, _)| (b as usize, b as usize + l.size())).collect();
            bereiken.sort_unstable();
            assert!(bereiken.windows(2).all(|w| w[0].1 <= w[1].0), "step {stap}: blocks overlap");
            // Every block's contents now and then (every step would take long in a debug build).
            for &(blok, layout, merk) in levend.iter().filter(|_| stap % 100 == 99 || cfg!(miri)) {
                assert_eq!(blok as usize % layout.align(), 0, "step {stap}: aligned");
                // SAFETY: a live block of `layout.size()` bytes.
                let inhoud = unsafe { std::slice::from_raw_parts(blok, layout.size()) };
                assert!(inhoud.iter().all(|&b| b == merk), "step {stap}: a live block was overwritten");
            }
        }
    }

    #[test]
    fn a_request_beyond_the_memory_or_its_alignment_fails_with_null() {
        let blokken = Blokken::new(Proef::new());
        // SAFETY: valid layouts of non-zero size.
        unsafe {
            assert!(blokken.alloc(Layout::from_size_align(PAGINAS * PAGINA, 1).unwrap()).is_null());
            assert!(blokken.alloc(Layout::from_size_align(16, 2 * MAX_UITLIJNING).unwrap()).is_null());
            assert!(!blokken.alloc(Layout::from_size_align(16, MAX_UITLIJNING).unwrap()).is_null());
        }
    }
}
