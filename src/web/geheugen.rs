//! The module's memory allocator: blocks of a power-of-two size, from 16 bytes up, with one free
//! list per size; memory comes from `memory.grow` and is kept for reuse. The standard allocator
//! (dlmalloc) is 8 KB of the module; this one is a few hundred bytes. The widget's memory stays
//! small and steady (figures in docs/metingen.md): a freed block serves the next request
//! of its size, and a keystroke frees what the one before it used.
//!
//! Single-threaded by construction: wasm32 without the `atomics` feature has one thread.

use std::alloc::{GlobalAlloc, Layout};
use std::arch::wasm32;
use std::cell::UnsafeCell;
use std::ptr;

const PAGINA: usize = 65536;
/// Blocks are aligned to their size up to this; no type here asks for more.
const MAX_UITLIJNING: usize = 4096;

struct Blokken {
    /// Per size class `k` (blocks of `1 << k` bytes): the first free block, which holds the
    /// address of the next.
    vrij: UnsafeCell<[*mut u8; usize::BITS as usize]>,
    /// The part of memory not yet handed out: from `begin` to `einde`.
    begin: UnsafeCell<usize>,
    einde: UnsafeCell<usize>,
}

// SAFETY: one thread (see the module doc), so no two calls ever overlap.
unsafe impl Sync for Blokken {}

#[global_allocator]
static BLOKKEN: Blokken = Blokken {
    vrij: UnsafeCell::new([ptr::null_mut(); usize::BITS as usize]),
    begin: UnsafeCell::new(0),
    einde: UnsafeCell::new(0),
};

/// The size class of a request: the smallest power of two that holds it, at least 16 bytes;
/// `None` for more than the address space holds (the request then fails, it does not panic).
fn klasse(layout: Layout) -> Option<usize> {
    let grootte = layout.size().max(layout.align()).max(16).checked_next_power_of_two()?;
    Some(grootte.trailing_zeros() as usize)
}

impl Blokken {
    /// A block of `1 << k` bytes from the memory not yet handed out, growing it when needed.
    unsafe fn nieuw(&self, k: usize) -> *mut u8 {
        let (begin, einde) = (&mut *self.begin.get(), &mut *self.einde.get());
        let grootte = 1usize << k;
        let uitlijning = grootte.min(MAX_UITLIJNING);
        let uitgelijnd = |adres: usize| (adres + uitlijning - 1) & !(uitlijning - 1);
        if uitgelijnd(*begin) + grootte > *einde {
            let paginas = (grootte + uitlijning).div_ceil(PAGINA);
            let vorige = wasm32::memory_grow(0, paginas);
            if vorige == usize::MAX {
                return ptr::null_mut();
            }
            // New pages continue the free part when they follow it; the first time they start
            // it, above the data and the stack.
            if vorige * PAGINA != *einde {
                *begin = vorige * PAGINA;
            }
            *einde = (vorige + paginas) * PAGINA;
        }
        let adres = uitgelijnd(*begin);
        *begin = adres + grootte;
        adres as *mut u8
    }
}

unsafe impl GlobalAlloc for Blokken {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() > MAX_UITLIJNING {
            return ptr::null_mut();
        }
        let Some(k) = klasse(layout) else { return ptr::null_mut() };
        let vrij = &mut (*self.vrij.get())[k];
        if vrij.is_null() {
            return self.nieuw(k);
        }
        let blok = *vrij;
        *vrij = *(blok as *mut *mut u8);
        blok
    }

    unsafe fn dealloc(&self, blok: *mut u8, layout: Layout) {
        if let Some(k) = klasse(layout) {
            let vrij = &mut (*self.vrij.get())[k];
            *(blok as *mut *mut u8) = *vrij;
            *vrij = blok;
        }
    }

    unsafe fn realloc(&self, blok: *mut u8, layout: Layout, nieuwe_grootte: usize) -> *mut u8 {
        let nieuw_layout = Layout::from_size_align_unchecked(nieuwe_grootte, layout.align());
        if klasse(nieuw_layout) == klasse(layout) {
            return blok;
        }
        let nieuw = self.alloc(nieuw_layout);
        if !nieuw.is_null() {
            ptr::copy_nonoverlapping(blok, nieuw, layout.size().min(nieuwe_grootte));
            self.dealloc(blok, layout);
        }
        nieuw
    }
}
