//! Runtime support shared by every expansion of `generate!`.
//!
//! Generated code calls into this module for everything that does not depend
//! on the WIT: memory allocation for the canonical ABI (`cabi_realloc`),
//! adopting host-allocated strings and lists, keeping an export's results
//! alive until its post-return, and temporary buffers freed after an import
//! call. Nothing here is a stable API: it is versioned with the macro.

use core::alloc::Layout;
use core::cell::UnsafeCell;
use core::mem::MaybeUninit;

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
/// list arguments, or for an export's results until its post-return.
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
/// it and calls the post-return function.
///
/// The host reads results straight out of the Rust value's own heap buffers
/// (strings, canonical lists): nothing is copied, and post-return is a drop
/// (after freeing any element arrays lowering built, see [`Untracked`]).
pub struct ReturnSlot<T> {
    value: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: a component instance is single-threaded and never re-entered
// between an export's return and its post-return.
unsafe impl<T> Sync for ReturnSlot<T> {}

impl<T> ReturnSlot<T> {
    /// An empty slot.
    pub const fn new() -> Self {
        ReturnSlot { value: UnsafeCell::new(MaybeUninit::uninit()) }
    }

    /// Stores an export's result; the reference stays valid until
    /// [`ReturnSlot::clear`]. The canonical ABI calls the post-return before
    /// the next export call, so the slot is empty here (if a host skipped the
    /// post-return, the earlier value would leak, never be freed twice).
    ///
    /// # Safety
    /// No reference from an earlier `put` is still in use.
    #[inline]
    #[allow(clippy::mut_from_ref, reason = "the slot is the single owner; see the safety contract")]
    pub unsafe fn put(&self, value: T) -> &mut T {
        // SAFETY: no other reference into the slot is in use (the caller's
        // promise); the instance is single-threaded.
        unsafe { (*self.value.get()).write(value) }
    }

    /// Drops the stored result (the post-return).
    ///
    /// # Safety
    /// Called once after each `put`, when no reference from it is in use.
    #[inline]
    pub unsafe fn clear(&self) {
        // SAFETY: a `put` initialised the slot, and it is dropped once.
        unsafe { (*self.value.get()).assume_init_drop() }
    }
}

impl<T> Default for ReturnSlot<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A Rust buffer (`String` or `Vec<T>`) an export returned, handed to the
/// host in place: the return area gets its pointer and length, this slot its
/// capacity in bytes, and the post-return frees it. Cheaper than keeping the
/// whole value in a [`ReturnSlot`].
pub struct ReturnBuffer(UnsafeCell<usize>);

// SAFETY: single-threaded instance, see `ReturnSlot`.
unsafe impl Sync for ReturnBuffer {}

/// A value an export may return as a [`ReturnBuffer`].
pub trait Buffer {
    /// Pointer, length (in elements) and capacity (in bytes); the value is
    /// leaked until [`ReturnBuffer::free`].
    fn into_raw(self) -> (*mut u8, usize, usize);
    /// The alignment the buffer was allocated with.
    const ALIGN: usize;
}

impl<T> Buffer for Vec<T> {
    #[inline]
    fn into_raw(self) -> (*mut u8, usize, usize) {
        let mut v = core::mem::ManuallyDrop::new(self);
        (v.as_mut_ptr().cast(), v.len(), v.capacity() * core::mem::size_of::<T>())
    }
    const ALIGN: usize = core::mem::align_of::<T>();
}

impl Buffer for String {
    #[inline]
    fn into_raw(self) -> (*mut u8, usize, usize) {
        self.into_bytes().into_raw()
    }
    const ALIGN: usize = 1;
}

impl ReturnBuffer {
    /// An empty slot.
    pub const fn new() -> Self {
        ReturnBuffer(UnsafeCell::new(0))
    }

    /// Writes `value`'s pointer and length at `ret` and keeps its capacity.
    ///
    /// # Safety
    /// `ret` is an 8-byte return area; the previous value was freed.
    #[inline]
    pub unsafe fn put<B: Buffer>(&self, value: B, ret: *mut u8) {
        let (ptr, len, cap) = value.into_raw();
        // SAFETY: `ret` is an 8-byte, 4-aligned return area (the caller's
        // promise); the capacity cell is only touched by `put` and `free`.
        unsafe {
            *ret.cast::<i32>() = ptr_i32(ptr);
            *ret.add(4).cast::<i32>() = len_i32(len);
            *self.0.get() = cap;
        }
    }

    /// Frees the buffer whose pointer is at `ret` (the post-return).
    ///
    /// # Safety
    /// Called once after each [`ReturnBuffer::put`] with the same return area.
    #[inline]
    pub unsafe fn free<B: Buffer>(&self, ret: i32) {
        // SAFETY: `ret` is the area `put` wrote, holding the buffer of
        // `cap` bytes at `B::ALIGN` it handed over (the caller's promise).
        unsafe {
            let cap = *self.0.get();
            if cap != 0 {
                let ptr = *i32_ptr(ret).cast::<i32>();
                alloc::alloc::dealloc(i32_ptr(ptr), Layout::from_size_align_unchecked(cap, B::ALIGN));
            }
        }
    }
}

impl Default for ReturnBuffer {
    fn default() -> Self {
        Self::new()
    }
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
    fn return_slot_and_buffer_hold_results_until_the_post_return() {
        let slot = ReturnSlot::<std::string::String>::new();
        // SAFETY: no earlier reference; cleared once below.
        unsafe {
            slot.put("kept".into()).push('!');
            slot.clear();
        }
        let buf = ReturnBuffer::new();
        let mut area = RetArea::<8>::new();
        // SAFETY: an 8-byte area. On the host an address does not fit the
        // area's `i32`, so instead of `free` the buffer is taken back by
        // hand, from the pointer kept aside.
        unsafe {
            let v: Vec<u16> = Vec::with_capacity(10);
            let raw = v.as_ptr().cast_mut();
            buf.put(v, area.as_mut_ptr());
            assert_eq!(*area.as_mut_ptr().add(4).cast::<i32>(), 0, "the length");
            assert_eq!(*buf.0.get(), 20, "the capacity in bytes");
            drop(Vec::from_raw_parts(raw, 0, 10));
        }
    }
}
