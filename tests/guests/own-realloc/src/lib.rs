//! A component whose `cabi_realloc` is its own (the runtime's `realloc`
//! feature is off): it counts the calls, then allocates as the runtime would.

use std::sync::atomic::{AtomicU32, Ordering};

wit_guest::generate!({
    inline: "
        package test:own-realloc;
        world own-realloc {
            /// The string reversed.
            export reverse: func(s: string) -> string;
            /// Calls of this crate's `cabi_realloc` so far.
            export reallocs: func() -> u32;
        }
    ",
});

static CALLS: AtomicU32 = AtomicU32::new(0);

/// The canonical ABI's allocator, exported by this crate.
///
/// # Safety
/// The canonical ABI's contract: `old_ptr` is null (with `old_len` 0) or a
/// block an earlier call returned with this `align` and `old_len`.
#[cfg(target_arch = "wasm32")]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cabi_realloc(old_ptr: *mut u8, old_len: usize, align: usize, new_len: usize) -> *mut u8 {
    CALLS.fetch_add(1, Ordering::Relaxed);
    if new_len == 0 {
        return align as *mut u8;
    }
    use std::alloc::Layout;
    let layout = Layout::from_size_align(new_len, align).expect("a valid layout");
    // SAFETY: a non-zero size; `old_ptr` per the contract above.
    let p = unsafe {
        if old_len == 0 {
            std::alloc::alloc(layout)
        } else {
            std::alloc::realloc(old_ptr, Layout::from_size_align_unchecked(old_len, align), new_len)
        }
    };
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    p
}

struct Component;

impl Guest for Component {
    fn reverse(s: String) -> String {
        s.chars().rev().collect()
    }

    fn reallocs() -> u32 {
        CALLS.load(Ordering::Relaxed)
    }
}

export!(Component);
