//! Runtime support shared by every expansion of `generate!`.
//!
//! Generated code calls into this module for everything that does not depend
//! on the WIT: memory allocation for the canonical ABI (`cabi_realloc`),
//! adopting host-allocated strings and lists, handing an export's strings
//! and lists to the host until its post-return frees them, and temporary
//! buffers freed after an import call. Nothing here is a stable API: it is
//! versioned with the macro.

use core::alloc::Layout;
use core::cell::UnsafeCell;

#[cfg(feature = "async")]
pub mod async_support;
mod lender;
mod lift;
mod resource;
pub use lender::Lender;
pub use lift::{
    Map, MapEntries, WitMap, bool_lift, char_lift, free_params, invalid_discriminant, list_lift, list_lift_with,
    map_lift_with, string_lift, string_lift_unchecked,
};
pub use resource::{Resource, ResourceRep, RustResource, TypeGuard, WasmResource};

pub use alloc::boxed::Box;
pub use alloc::string::String;
pub use alloc::vec::Vec;

#[cfg(feature = "bitflags")]
pub use bitflags;

/// The canonical ABI's `cabi_realloc` and its body, from the
/// `wit-guest-cabi` crate: every major version of this runtime shares that
/// crate (it stays 1.x), so a component using two of them links one
/// `cabi_realloc`. The `realloc` feature (on by default) exports it; without
/// it the crate must export its own (one allocator per component).
#[cfg(all(target_arch = "wasm32", feature = "realloc"))]
pub use wit_guest_cabi::cabi_realloc;
pub use wit_guest_cabi::realloc;

/// Allocates `size` bytes aligned to `align` (a dangling pointer for 0).
/// Panics unless `align` is a power of two and `size` rounded up to it fits
/// in `isize`.
#[inline]
pub fn alloc(size: usize, align: usize) -> *mut u8 {
    let Ok(layout) = Layout::from_size_align(size, align) else { bad_layout() };
    // SAFETY: a null `old_ptr` with `old_len` 0 asks for a new block, and
    // `layout` vouches for `size` and `align`.
    unsafe { realloc(core::ptr::null_mut(), 0, layout.align(), layout.size()) }
}

/// The body of a host-target stand-in for a wasm import or intrinsic:
/// panics with `message`. A function rather than a `panic!` in each
/// stand-in, so that the bindings expand no macro per import.
#[cold]
#[track_caller]
pub fn wasm32_only(message: &str) -> ! {
    panic!("{message}")
}

#[cold]
#[inline(never)]
fn bad_layout() -> ! {
    panic!("wit-guest: an allocation's alignment is not a power of two, or its size overflows")
}

/// Frees memory from [`alloc`] or from the host's `cabi_realloc` calls.
///
/// # Safety
/// `ptr` came from an allocation of exactly `size` bytes at `align`.
#[inline]
pub unsafe fn dealloc(ptr: *mut u8, size: usize, align: usize) {
    if size != 0 {
        // SAFETY: the caller's promise: a live block of this layout.
        unsafe { alloc::alloc::dealloc(ptr, Layout::from_size_align_unchecked(size, align)) }
    }
}

/// Lowers a pointer to the canonical ABI's 32-bit address.
#[inline]
pub fn ptr_i32<T: ?Sized>(p: *const T) -> i32 {
    p.cast::<u8>() as usize as i32
}

/// Lowers a length to the canonical ABI's 32-bit length.
#[inline]
pub fn len_i32(len: usize) -> i32 {
    len as i32
}

/// Turns a canonical 32-bit address into a pointer.
#[inline]
pub fn i32_ptr(v: i32) -> *mut u8 {
    v as u32 as usize as *mut u8
}

/// Zero-extends an `i32` into a joined `i64` flat slot.
#[inline]
pub fn i32_i64(v: i32) -> i64 {
    v as u32 as i64
}

/// Buffers that must outlive a call: element arrays built for an import's
/// list arguments, or for an async export's result until `task.return`.
/// Everything is freed on drop.
#[derive(Default)]
pub struct Cleanup {
    allocs: Vec<(*mut u8, Layout)>,
}

impl Cleanup {
    /// An empty list; allocates nothing until the first buffer.
    #[inline]
    pub const fn new() -> Self {
        Cleanup { allocs: Vec::new() }
    }

    /// Allocates `size` bytes at `align` that live as long as `self`.
    #[inline]
    pub fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        let ptr = alloc(size, align);
        if size != 0 {
            // SAFETY: `alloc` just checked this layout.
            let layout = unsafe { Layout::from_size_align_unchecked(size, align) };
            self.allocs.push((ptr, layout));
        }
        ptr
    }
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        for (ptr, layout) in self.allocs.drain(..) {
            // SAFETY: allocated by `alloc` with this layout, freed once.
            unsafe { alloc::alloc::dealloc(ptr, layout) }
        }
    }
}

/// Allocates element arrays for an export's result without tracking them:
/// the post-return finds them again through the lowered memory.
pub struct Untracked;

impl Untracked {
    /// Allocates `size` bytes at `align`.
    #[inline]
    pub fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        alloc(size, align)
    }
}

/// Where an export keeps the Rust value it returned until the host has read
/// it: used for results holding a map, which lowers by borrowing its entries
/// (other results are handed over, see [`give`] and
/// [`Buffer::give_in_place`]), or an `error-context`, whose handle the host
/// lifts after the export returns.
///
/// The post-return drops the value, except one holding an `error-context`:
/// `error-context.drop` traps in a post-return (the canonical ABI forbids
/// leaving the instance there), so the next `put` drops it instead.
pub struct ReturnSlot<T> {
    value: UnsafeCell<Option<T>>,
}

// SAFETY: a component instance is single-threaded and never re-entered
// between an export's return and its post-return.
unsafe impl<T> Sync for ReturnSlot<T> {}

impl<T> ReturnSlot<T> {
    /// An empty slot.
    pub const fn new() -> Self {
        ReturnSlot { value: UnsafeCell::new(None) }
    }

    /// Stores an export's result, after dropping the one still there (kept
    /// since the last call, or left by a host that skipped the post-return);
    /// the reference stays valid until the next `put` or [`ReturnSlot::clear`].
    ///
    /// # Safety
    /// No reference from an earlier `put` is still in use.
    #[inline]
    #[allow(clippy::mut_from_ref, reason = "the slot is the single owner; see the safety contract")]
    pub unsafe fn put(&self, value: T) -> &mut T {
        // SAFETY: no other reference into the slot is in use (the caller's
        // promise); the instance is single-threaded.
        let slot = unsafe { &mut *self.value.get() };
        drop(slot.take());
        slot.insert(value)
    }

    /// Drops the stored result (the post-return).
    ///
    /// # Safety
    /// No reference from a `put` is still in use.
    #[inline]
    pub unsafe fn clear(&self) {
        // SAFETY: as for `put`.
        unsafe { *self.value.get() = None }
    }
}

impl<T> Default for ReturnSlot<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A string or canonical list an export hands the host with [`give`].
/// Sealed: the post-return trusts `into_exact`'s length for the layout it
/// frees.
pub trait Buffer: sealed::Sealed {
    /// Pointer and length (in elements) of the buffer shrunk to its length
    /// (a comparison when it has no spare capacity), so that it is freed
    /// with the layout its length gives; the value is leaked until then.
    fn into_exact(self) -> (*mut u8, usize);

    /// [`give`] without moving the value: writes the pointer and length at
    /// `at` of the buffer shrunk to its length (moved out, leaving an empty
    /// one, only when it has spare capacity).
    ///
    /// # Safety
    /// As [`give`], and the value is forgotten, never dropped: the host owns
    /// the buffer until the post-return frees it.
    unsafe fn give_in_place(&mut self, at: *mut u8);
}

mod sealed {
    /// Implemented only for `Vec<T>` and `String`.
    pub trait Sealed {}
    impl<T> Sealed for super::Vec<T> {}
    impl Sealed for super::String {}
}

impl<T> Buffer for Vec<T> {
    #[inline]
    fn into_exact(self) -> (*mut u8, usize) {
        let mut v = core::mem::ManuallyDrop::new(self);
        if v.capacity() > v.len() {
            return shrunk(core::mem::ManuallyDrop::into_inner(v));
        }
        (v.as_mut_ptr().cast(), v.len())
    }
    #[inline]
    unsafe fn give_in_place(&mut self, at: *mut u8) {
        // SAFETY: the caller's promises, passed on; with spare capacity the
        // buffer is moved out (an empty vector, owning nothing, stays).
        unsafe {
            if self.capacity() > self.len() {
                give(core::mem::take(self), at)
            } else {
                write_buffer(at, self.as_mut_ptr().cast(), self.len())
            }
        }
    }
}

/// [`Buffer::into_exact`] of a vector with spare capacity: a box of its
/// elements has exactly their layout.
#[cold]
#[inline(never)]
fn shrunk<T>(v: Vec<T>) -> (*mut u8, usize) {
    let exact = v.into_boxed_slice();
    let len = exact.len();
    (Box::into_raw(exact).cast(), len)
}

impl Buffer for String {
    #[inline]
    fn into_exact(self) -> (*mut u8, usize) {
        self.into_bytes().into_exact()
    }
    #[inline]
    unsafe fn give_in_place(&mut self, at: *mut u8) {
        // SAFETY: the bytes are left as they are, or the vector empty, so
        // they stay UTF-8; `at` and forgetting are the caller's promises.
        unsafe { self.as_mut_vec().give_in_place(at) }
    }
}

/// Any value, or a `&mut` to one, as a `&mut`: in-place lowering matches a
/// nested variant through it, whether a binding (already a reference) or a
/// field (a place) names it.
pub trait ByMut {
    /// `self`, reborrowed.
    #[inline]
    fn by_mut(&mut self) -> &mut Self {
        self
    }
}

impl<T: ?Sized> ByMut for T {}

/// Writes a buffer's pointer and length as the canonical ABI lays them out.
///
/// # Safety
/// `at` is 4-aligned and valid for writing two `i32`s.
#[inline]
unsafe fn write_buffer(at: *mut u8, ptr: *mut u8, len: usize) {
    // SAFETY: the caller's promise.
    unsafe {
        *at.cast::<i32>() = ptr_i32(ptr);
        *at.add(4).cast::<i32>() = len_i32(len);
    }
}

/// Hands the host a string or canonical list of an export's result: writes
/// its pointer and length at `at` and leaks it. The post-return frees it with
/// the layout its length and element type give, read back from the lowered
/// memory ([`Buffer::into_exact`] makes that layout the buffer's own).
///
/// # Safety
/// `at` is 4-aligned and valid for writing two `i32`s.
#[inline]
pub unsafe fn give<B: Buffer>(value: B, at: *mut u8) {
    let (ptr, len) = value.into_exact();
    // SAFETY: the caller's promise.
    unsafe { write_buffer(at, ptr, len) }
}

/// Calls `f` with each element of `v` and its index, moving the elements
/// out, then frees `v`'s buffer. Unlike `into_iter`, nothing is left to drop
/// if `f` returns early by panicking (the rest leaks), so no drop code for
/// the remaining elements is emitted.
///
/// (Measured: this costs 6 instructions less per list than emptying the
/// vector with `set_len(0)` and dropping it.)
#[inline]
pub fn for_each_owned<T>(v: Vec<T>, mut f: impl FnMut(usize, T)) {
    let mut v = core::mem::ManuallyDrop::new(v);
    let (ptr, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
    for i in 0..len {
        // SAFETY: `i < len`, and each element is read once; the buffer
        // below is freed without dropping any of them.
        f(i, unsafe { ptr.add(i).read() });
    }
    // SAFETY: the pointer and capacity of the vector taken apart above (the
    // documented `into_raw_parts` round trip, zero-sized `T` included), with
    // no elements.
    drop(unsafe { Vec::from_raw_parts(ptr, 0, cap) });
}

/// Word-aligned scratch memory for results an import writes through a pointer
/// (or spilled arguments), or for results an export returns through one.
///
/// Imports keep it in a `MaybeUninit<RetArea<N>>` local, which the compiler
/// leaves untouched: building the value (even from `uninit()`) lets LLVM fill
/// it with stores the glue does not need.
#[repr(C, align(8))]
pub struct RetArea<const N: usize>(pub [u8; N]);

impl<const N: usize> RetArea<N> {
    /// Zeroed space (for statics, which cost nothing to initialise).
    #[inline]
    pub const fn new() -> Self {
        RetArea([0; N])
    }

    /// The area's address.
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut u8 {
        self.0.as_mut_ptr()
    }
}

impl<const N: usize> Default for RetArea<N> {
    fn default() -> Self {
        Self::new()
    }
}

/// A static [`RetArea`] for exports that return through a pointer.
pub struct StaticRetArea<const N: usize>(UnsafeCell<RetArea<N>>);

// SAFETY: single-threaded instance, see `ReturnSlot`.
unsafe impl<const N: usize> Sync for StaticRetArea<N> {}

impl<const N: usize> StaticRetArea<N> {
    /// Uninitialised scratch space.
    pub const fn new() -> Self {
        StaticRetArea(UnsafeCell::new(RetArea::new()))
    }

    /// The area's address.
    #[inline]
    pub fn as_mut_ptr(&self) -> *mut u8 {
        self.0.get().cast()
    }
}

impl<const N: usize> Default for StaticRetArea<N> {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs the module's static constructors once, before the first export runs.
#[inline]
///
/// A `cdylib` built for `wasm32-wasip2` is a reactor that nobody initialises;
/// exports call this first.
pub fn run_ctors_once() {
    #[cfg(target_arch = "wasm32")]
    {
        /// A flag in a single-threaded instance: a plain load and store.
        struct Ran(core::cell::Cell<bool>);
        // SAFETY: a component instance is single-threaded.
        unsafe impl Sync for Ran {}
        static RAN: Ran = Ran(core::cell::Cell::new(false));
        if !RAN.0.get() {
            RAN.0.set(true);
            unsafe extern "C" {
                fn __wasm_call_ctors();
            }
            // SAFETY: the linker's constructor entry point, run once.
            unsafe { __wasm_call_ctors() }
        }
    }
}

/// Referenced from generated code so that `cabi_realloc` is linked into
/// every component that uses the bindings.
#[inline]
pub fn maybe_link_cabi_realloc() {
    wit_guest_cabi::link();
}

macro_rules! flat_conv {
    ($trait:ident $fn:ident -> $out:ty: $($t:ty),*) => {
        /// Converts a scalar (or a reference to one) to its flat core value.
        pub trait $trait {
            /// The flat value.
            fn lower(self) -> $out;
        }
        $(impl $trait for $t {
            #[inline]
            fn lower(self) -> $out { self as $out }
        })*
        impl<T: $trait + Copy> $trait for &T {
            #[inline]
            fn lower(self) -> $out { (*self).lower() }
        }
        impl<T: $trait + Copy> $trait for &mut T {
            #[inline]
            fn lower(self) -> $out { (*self).lower() }
        }
        /// Lowers a scalar, by value or by reference.
        #[inline]
        pub fn $fn<T: $trait>(t: T) -> $out { t.lower() }
    };
}

flat_conv!(AsI32 as_i32 -> i32: bool, i8, u8, i16, u16, i32, u32, char);
flat_conv!(AsI64 as_i64 -> i64: i64, u64);
flat_conv!(AsF32 as_f32 -> f32: f32);
flat_conv!(AsF64 as_f64 -> f64: f64);

#[cfg(test)]
mod memory_tests {
    use super::*;

    #[test]
    fn alloc_checks_its_layout() {
        let p = alloc(24, 8);
        assert_eq!(p as usize % 8, 0);
        // SAFETY: just allocated with this layout.
        unsafe { dealloc(p, 24, 8) };
        assert_eq!(alloc(0, 16) as usize, 16, "zero bytes: a dangling, aligned address");
        for (size, align) in [(8, 3), (8, 0), (usize::MAX - 4, 8)] {
            let r = std::panic::catch_unwind(|| alloc(size, align));
            assert!(r.is_err(), "{size} at {align}");
        }
    }

    #[test]
    fn cleanup_frees_what_it_allocated() {
        let mut c = Cleanup::new();
        let a = c.alloc(16, 8);
        let b = c.alloc(0, 4);
        assert_eq!((a as usize % 8, b as usize), (0, 4));
        // SAFETY: 16 bytes live as long as `c`.
        unsafe { a.write_bytes(1, 16) };
        drop(c); // frees `a` once (a double free would abort the test)
    }

    #[test]
    fn return_slot_holds_results_until_the_post_return() {
        let slot = ReturnSlot::<std::string::String>::new();
        // SAFETY: no earlier reference; cleared once below.
        unsafe {
            slot.put("kept".into()).push('!');
            slot.clear();
        }
    }

    #[test]
    fn buffers_are_handed_over_at_their_length() {
        for (cap, len) in [(10, 3), (3, 3), (4, 0), (0, 0)] {
            let mut v: Vec<u16> = Vec::with_capacity(cap);
            v.extend((0..len).map(|i| i as u16 * 7));
            let (ptr, n) = v.into_exact();
            assert_eq!(n, len);
            // SAFETY: `into_exact` promises a buffer of exactly `n`
            // elements; a box of them frees it with that layout (the test
            // allocator, and Miri, would catch another).
            let back = unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr.cast::<u16>(), n)) };
            assert!(back.iter().enumerate().all(|(i, x)| *x == i as u16 * 7));
        }
        let mut s = String::with_capacity(40);
        s.push_str("héllo");
        let (ptr, n) = s.into_exact();
        // SAFETY: as above, for bytes.
        let back = unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr, n)) };
        assert_eq!(&*back, "héllo".as_bytes());
    }

    #[test]
    fn for_each_owned_moves_every_element_once() {
        let drops = std::rc::Rc::new(());
        let v: Vec<_> = (0..5).map(|i| (i, drops.clone())).collect();
        let mut seen = Vec::new();
        for_each_owned(v, |i, (n, rc)| {
            seen.push((i, n));
            drop(rc);
        });
        assert_eq!(seen, (0..5).map(|i| (i, i)).collect::<Vec<_>>());
        assert_eq!(std::rc::Rc::strong_count(&drops), 1, "each element dropped once, by the callback");
    }
}
