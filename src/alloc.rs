//! The memory allocator: mimalloc, in place of the C library's.
//!
//! `messages` makes and frees a few small texts per record, millions of times: with glibc's
//! allocator that was 8 % of its instructions, and mimalloc's thread-local free lists made
//! `messages -f ndjson` 11 % faster and `summary` 1–2 % (bench/HISTORY.md). Its defaults keep
//! freed memory for a while and commit its arenas whole, which doubled the peak RSS (to 70 MB on a
//! rotated set of `.gz` files); [`tune`] sets what keeps it near glibc's.

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

/// mimalloc as Rust's allocator. The `mimalloc` crate's own adapter asks `mi_malloc_aligned` for
/// every allocation, whose fast path costs about 81 instructions (72 924 allocations in `summary`
/// on 30 MB: 1.5 % of its instructions); `mi_malloc`'s is cheaper, and taking it saved 0.5 % of
/// `summary`'s instructions and 0.9 % of `messages`' (bench/HISTORY.md, session 23). Every block
/// mimalloc hands out is aligned to a machine word at least (its size classes are whole words), so
/// an alignment up to a word needs no more than `mi_malloc`; a larger one still goes to the aligned
/// calls.
struct MiMalloc;

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: each call hands the layout's size (and, above a word, its alignment) to the mimalloc call
// made for it; blocks are freed and grown by the same allocator that made them.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

// mimalloc's `mi_option_set`, from the C library `libmimalloc-sys` builds and links (declared
// here: that crate's own declarations of the options are those of mimalloc 2, whose numbers differ)
extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

// `mi_option_e` of mimalloc 3's `mimalloc.h` (libmimalloc-sys 0.1.49, `c_src/mimalloc/v3`; the
// version is pinned in Cargo.toml so these numbers cannot drift)
/// Commit an arena's memory when it is reserved (1) or as it is used (0).
const ARENA_EAGER_COMMIT: std::ffi::c_int = 4;
/// Milliseconds before freed memory is given back to the system.
const PURGE_DELAY: std::ffi::c_int = 15;

/// Sets mimalloc's options: arenas committed as they are used, freed memory given back after 5 ms
/// (mimalloc's default: a second; `MIMALLOC_VERBOSE=1 esa-tls --version` prints the options).
/// Measured on 1 GB: peak RSS 28–41 MB across the benchmark's commands (up to 70 MB with the
/// defaults, 27–44 MB with glibc's allocator), time unchanged.
///
/// Whether an arena is committed whole is decided when it is reserved, and the first is reserved
/// before `main`; so on ELF systems this runs before mimalloc's own start (its constructor has
/// priority 101, which runs after 100), and `main` calls it again for the others.
pub fn tune() {
    // SAFETY: `mi_option_set` takes any option number and value, and may be called at any time
    // (it only stores the value, which mimalloc reads when it next needs it)
    unsafe {
        mi_option_set(ARENA_EAGER_COMMIT, 0);
        mi_option_set(PURGE_DELAY, 5);
    }
}

#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array.00100"]
static TUNE_AT_START: extern "C" fn() = {
    extern "C" fn tune_at_start() {
        tune()
    }
    tune_at_start
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every layout gets memory of its alignment, zeroed when asked, and keeps its bytes when grown
    /// or shrunk: the plain calls up to a word, the aligned ones above (sizes that are not a
    /// multiple of the alignment, whose size class alone would not give it).
    #[test]
    fn each_layout_gets_its_alignment_and_keeps_its_bytes() {
        let a = MiMalloc;
        for align in [1, 2, 4, 8, 16, 32, 64, 256, 4096] {
            for size in [1, 3, 8, 24, 40, 100, 1000, 5000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // several at once, so that a block that happened to be aligned does not hide a miss
                let blocks: Vec<*mut u8> = (0..8)
                    .map(|i| {
                        // SAFETY: the layout has a non-zero size; every block is freed below
                        let p = unsafe {
                            if i % 2 == 0 {
                                a.alloc(layout)
                            } else {
                                a.alloc_zeroed(layout)
                            }
                        };
                        assert!(!p.is_null());
                        assert_eq!(p as usize % align, 0, "size {size}, align {align}");
                        if i % 2 == 1 {
                            // SAFETY: `size` bytes were just allocated at `p`
                            assert!(unsafe { std::slice::from_raw_parts(p, size) }.iter().all(|&b| b == 0));
                        }
                        p
                    })
                    .collect();
                for (i, p) in blocks.into_iter().enumerate() {
                    // SAFETY: `p` holds `size` bytes of `layout`, reallocated to sizes of the same
                    // alignment and freed with the layout of its last size
                    unsafe {
                        std::ptr::write_bytes(p, i as u8 + 1, size);
                        let new_size = if i % 2 == 0 { size * 3 } else { size.div_ceil(2) };
                        let q = a.realloc(p, layout, new_size);
                        assert!(!q.is_null());
                        assert_eq!(q as usize % align, 0, "realloc: size {size} -> {new_size}, align {align}");
                        let kept = size.min(new_size);
                        assert!(std::slice::from_raw_parts(q, kept).iter().all(|&b| b == i as u8 + 1));
                        a.dealloc(q, Layout::from_size_align(new_size, align).unwrap());
                    }
                }
            }
        }
    }
}
