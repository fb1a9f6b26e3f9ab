//! The canonical ABI's allocator entry point, `cabi_realloc`, for components
//! built with wit-guest.
//!
//! A component has one `cabi_realloc`. The `wit-guest` runtime used to define
//! it itself, so two semver-incompatible versions of the runtime in one
//! component (two dependencies, each on its own major version) defined the
//! symbol twice and did not link. It lives here instead: this crate stays at
//! 1.x, every major version of `wit-guest` depends on it, and cargo builds it
//! once per component whatever the runtimes' versions.
//!
//! The body only uses the global allocator, so any version of it serves any
//! runtime. Guests do not use this crate directly.
#![no_std]
#![deny(missing_docs)]
#![deny(clippy::undocumented_unsafe_blocks, unsafe_op_in_unsafe_fn)]

extern crate alloc;

use core::alloc::Layout;

/// The allocator entry point the component model calls to place strings,
/// lists and spilled arguments in this module's memory.
///
/// Exported with the `export` feature (turned on by `wit-guest`'s `realloc`
/// feature, on by default); without it the component must export its own
/// `cabi_realloc`.
///
/// # Safety
/// Called by the host with the canonical ABI's contract (see [`realloc`]).
#[cfg(all(target_arch = "wasm32", feature = "export"))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cabi_realloc(old_ptr: *mut u8, old_len: usize, align: usize, new_len: usize) -> *mut u8 {
    // SAFETY: the caller's contract is `realloc`'s.
    unsafe { realloc(old_ptr, old_len, align, new_len) }
}

/// The body of `cabi_realloc`, callable on every target.
///
/// `old_len == 0` allocates; `new_len == 0` frees and returns a dangling,
/// aligned pointer so that zero-length lists never reach the allocator.
/// Allocation failure traps (aborts off wasm32).
///
/// # Safety
/// `align` is a power of two, `new_len` rounded up to `align` fits in
/// `isize`, and `old_ptr` is null with `old_len` 0 or was returned by an
/// earlier call with the same `align` and `old_len`.
#[inline]
pub unsafe fn realloc(old_ptr: *mut u8, old_len: usize, align: usize, new_len: usize) -> *mut u8 {
    // SAFETY: the caller promises `align` is a power of two and that
    // `old_ptr`/`old_len` is a live block of this alignment (or null/0);
    // a zero `new_len` frees and returns a dangling, aligned address.
    let ptr = unsafe {
        if new_len == 0 {
            if old_len != 0 {
                alloc::alloc::dealloc(old_ptr, Layout::from_size_align_unchecked(old_len, align));
            }
            return align as *mut u8;
        }
        let layout = Layout::from_size_align_unchecked(new_len, align);
        if old_len == 0 {
            alloc::alloc::alloc(layout)
        } else {
            let old = Layout::from_size_align_unchecked(old_len, align);
            alloc::alloc::realloc(old_ptr, old, new_len)
        }
    };
    if ptr.is_null() {
        out_of_memory(new_len, align);
    }
    ptr
}

/// Referenced from generated code (through `wit-guest`) so that
/// `cabi_realloc` is linked into every component that uses the bindings.
#[inline(never)]
pub fn link() {
    #[cfg(all(target_arch = "wasm32", feature = "export"))]
    {
        static REALLOC: unsafe extern "C" fn(*mut u8, usize, usize, usize) -> *mut u8 = cabi_realloc;
        let _ = core::hint::black_box(&REALLOC);
    }
}

/// Allocation failure. A release build on wasm32 traps right away: the
/// standard handler's message would link in the formatting machinery, tens
/// of kilobytes in every component.
#[cold]
fn out_of_memory(len: usize, align: usize) -> ! {
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    {
        let _ = (len, align);
        core::arch::wasm32::unreachable()
    }
    #[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
    // SAFETY: the layout of the request that failed, valid as it was made.
    alloc::alloc::handle_alloc_error(unsafe { Layout::from_size_align_unchecked(len, align) })
}

#[cfg(test)]
mod tests {
    use super::realloc;

    #[test]
    fn allocates_grows_and_frees() {
        // SAFETY: each call passes back what the previous returned, with the
        // same alignment and the length it was made with.
        unsafe {
            let p = realloc(core::ptr::null_mut(), 0, 8, 16);
            assert_eq!(p as usize % 8, 0);
            p.write_bytes(7, 16);
            let q = realloc(p, 16, 8, 64);
            assert_eq!(q as usize % 8, 0);
            assert_eq!(core::slice::from_raw_parts(q, 16), &[7; 16]);
            let d = realloc(q, 64, 8, 0);
            assert_eq!(d as usize, 8);
        }
    }

    #[test]
    fn zero_length_is_dangling_and_aligned() {
        // SAFETY: a zero-length request with nothing to free.
        let p = unsafe { realloc(core::ptr::null_mut(), 0, 16, 0) };
        assert_eq!(p as usize, 16);
    }
}
