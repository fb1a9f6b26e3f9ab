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
mod resource;
pub use lender::Lender;
pub use resource::{Resource, ResourceRep, RustResource, TypeGuard, WasmResource};

pub use alloc::boxed::Box;
pub use alloc::string::String;
pub use alloc::vec::Vec;

#[cfg(feature = "bitflags")]
pub use bitflags;

/// The allocator entry point the component model calls to place strings,
/// lists and spilled arguments in this module's memory.
///
/// `old_len == 0` allocates; `new_len == 0` returns a dangling, aligned
/// pointer so that zero-length lists never reach the allocator.
///
/// Exported with the `realloc` feature (on by default); without it the
/// crate must export its own `cabi_realloc` (one allocator per component).
///
/// # Safety
/// Called by the host with the canonical ABI's contract: `old_ptr` is null or
/// was returned by an earlier call with the same `align` and `old_len`.
#[cfg(all(target_arch = "wasm32", feature = "realloc"))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cabi_realloc(old_ptr: *mut u8, old_len: usize, align: usize, new_len: usize) -> *mut u8 {
    // SAFETY: the caller's contract is `realloc`'s.
    unsafe { realloc(old_ptr, old_len, align, new_len) }
}

/// The body of `cabi_realloc`, callable on every target.
///
/// # Safety
/// See [`cabi_realloc`].
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

/// Adopts a host-allocated buffer as a `String` without copying, after
/// checking it is UTF-8: a peer that does not validate what it lowers (not
/// every runtime does) gets a trap, never an invalid `String`.
///
/// # Safety
/// As [`list_lift`] for `u8`.
#[inline]
pub unsafe fn string_lift(ptr: i32, len: i32) -> String {
    // SAFETY: the caller's promise, passed on.
    let bytes = unsafe { list_lift::<u8>(ptr, len) };
    if !is_utf8(&bytes) {
        host_broke_the_abi()
    }
    // SAFETY: checked just above.
    unsafe { String::from_utf8_unchecked(bytes) }
}

/// Whether `bytes` is UTF-8. The ASCII prefix is skipped 32, then 8 bytes
/// at a time with 64-bit loads (wasm has them; `core`'s own fast path goes
/// a `usize`, 4 bytes on wasm32, at a time, after an alignment prelude that
/// dominates short strings); `core` checks whatever follows it.
#[inline]
fn is_utf8(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if bytes.is_empty() {
        return true;
    }
    let start = bytes.as_ptr();
    // SAFETY: `start` plus a multiple of 32 no greater than the length
    // stays within (or one past) `bytes`.
    let blocks_end = unsafe { start.add(bytes.len() & !31) };
    let mut at = start;
    while at < blocks_end {
        // SAFETY: `at + 32 <= blocks_end`: the four words are within
        // `bytes`; unaligned reads of plain bytes.
        let any_high = unsafe {
            let w = at.cast::<u64>();
            (w.read_unaligned() | w.add(1).read_unaligned() | w.add(2).read_unaligned() | w.add(3).read_unaligned())
                & HIGH
        };
        if any_high != 0 {
            break;
        }
        // SAFETY: still within (or one past) `bytes`, as `at < blocks_end`.
        at = unsafe { at.add(32) };
    }
    let mut ascii = at as usize - start as usize;
    while ascii + 8 <= bytes.len() {
        // SAFETY: the 8 bytes at `ascii` are within `bytes`.
        if unsafe { start.add(ascii).cast::<u64>().read_unaligned() } & HIGH != 0 {
            break;
        }
        ascii += 8;
    }
    while ascii < bytes.len() && bytes[ascii] < 0x80 {
        ascii += 1;
    }
    // The ASCII prefix ends on a character boundary.
    ascii == bytes.len() || core::str::from_utf8(&bytes[ascii..]).is_ok()
}

/// [`string_lift`] without the UTF-8 check, for bindings generated with
/// `assume_valid_utf8` (the component only ever runs where the runtime
/// validates strings, as the canonical ABI asks).
///
/// # Safety
/// As [`list_lift`] for `u8`, and the bytes are UTF-8.
#[inline]
pub unsafe fn string_lift_unchecked(ptr: i32, len: i32) -> String {
    // SAFETY: the caller's promises, passed on.
    unsafe { String::from_utf8_unchecked(list_lift::<u8>(ptr, len)) }
}

/// Adopts a host-allocated list whose canonical layout is `T`'s own. A
/// list that is misaligned for `T`, or that overflows or ends past linear
/// memory, traps before anything is adopted.
///
/// # Safety
/// `ptr`/`len` describe an allocation of `len` `T`s through `cabi_realloc`
/// with `T`'s alignment, holding valid `T`s, now owned by the caller.
#[inline]
pub unsafe fn list_lift<T>(ptr: i32, len: i32) -> Vec<T> {
    let (base, len) = checked_list(ptr, len, core::mem::size_of::<T>(), core::mem::align_of::<T>());
    if len == 0 {
        // Nothing was allocated (`cabi_realloc` hands out no memory for
        // zero bytes), and the address may be 0, which no `Vec` may hold.
        return Vec::new();
    }
    // SAFETY: the caller's promise; `base` is aligned and in memory.
    unsafe { Vec::from_raw_parts(base.cast::<T>(), len, len) }
}

/// The address and length of a list of `len` elements of `size` bytes at
/// `align` that a peer placed at `ptr`. Traps (as any ABI violation) when
/// the address is misaligned or the list overflows or ends past linear
/// memory, before anyone reads or adopts it.
#[inline]
fn checked_list(ptr: i32, len: i32, size: usize, align: usize) -> (*mut u8, usize) {
    let base = ptr as u32 as u64;
    let len = len as u32 as usize;
    let end = (len as u64).checked_mul(size as u64).and_then(|bytes| bytes.checked_add(base));
    if base & (align as u64 - 1) != 0 || end.is_none_or(|end| end > memory_end()) {
        host_broke_the_abi()
    }
    (base as usize as *mut u8, len)
}

/// One past the last byte of linear memory.
#[inline]
fn memory_end() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) as u64) << 16
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // Host builds (tests): an address space, not a linear memory.
        u64::MAX
    }
}

/// Lifts a list element by element, then frees the host's buffer.
///
/// # Safety
/// `ptr`/`len` describe a `cabi_realloc` allocation of `len` elements of
/// `size` bytes at `align`; `lift` reads one element at the given address.
#[inline]
pub unsafe fn list_lift_with<T>(
    ptr: i32,
    len: i32,
    size: usize,
    align: usize,
    mut lift: impl FnMut(*mut u8) -> T,
) -> Vec<T> {
    // SAFETY: the caller's promise, passed on.
    unsafe { lift_elements(ptr, len, size, align, Vec::with_capacity, |v, at| v.push(lift(at))) }
}

/// Builds a collection from the `len` elements of `size` bytes at `ptr`
/// (`new` gets the count, `push` each element's address), then frees them.
///
/// # Safety
/// As [`list_lift_with`].
#[inline]
unsafe fn lift_elements<C>(
    ptr: i32,
    len: i32,
    size: usize,
    align: usize,
    new: impl FnOnce(usize) -> C,
    mut push: impl FnMut(&mut C, *mut u8),
) -> C {
    let (base, len) = checked_list(ptr, len, size, align);
    let mut out = new(len);
    for i in 0..len {
        push(&mut out, base.wrapping_add(i * size));
    }
    // SAFETY: the caller's promise: the host allocated the elements for us.
    unsafe { dealloc(base, len * size, align) };
    out
}

/// The Rust type of a WIT `map<K, V>` unless `map_type` names another.
pub type Map<K, V> = alloc::collections::BTreeMap<K, V>;

/// What the glue needs from the Rust type of a WIT `map<K, V>`: building one
/// entry by entry when lifting and its length when lowering (entries are
/// read through `&M: IntoIterator<Item = (&K, &V)>`). Implemented for
/// `BTreeMap` and, with `std`, `HashMap`; implement it for the type given to
/// the `map_type` option.
pub trait WitMap<K, V>: Sized {
    /// An empty map with room for `capacity` entries.
    fn wit_map_new(capacity: usize) -> Self;
    /// Adds an entry; a repeated key replaces the earlier value.
    fn wit_map_push(&mut self, key: K, value: V);
    /// The number of entries.
    fn wit_map_len(&self) -> usize;
}

impl<K: Ord, V> WitMap<K, V> for alloc::collections::BTreeMap<K, V> {
    fn wit_map_new(_capacity: usize) -> Self {
        Self::new()
    }
    fn wit_map_push(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
    fn wit_map_len(&self) -> usize {
        self.len()
    }
}

#[cfg(feature = "std")]
impl<K: core::hash::Hash + Eq, V, S: core::hash::BuildHasher + Default> WitMap<K, V>
    for std::collections::HashMap<K, V, S>
{
    fn wit_map_new(capacity: usize) -> Self {
        Self::with_capacity_and_hasher(capacity, S::default())
    }
    fn wit_map_push(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
    fn wit_map_len(&self) -> usize {
        self.len()
    }
}

/// Lifts a map from a host-allocated list of entries of `size` bytes, each
/// read by `lift`, and frees the list.
///
/// # Safety
/// As [`list_lift_with`].
pub unsafe fn map_lift_with<M: WitMap<K, V>, K, V>(
    ptr: i32,
    len: i32,
    size: usize,
    align: usize,
    mut lift: impl FnMut(*mut u8) -> (K, V),
) -> M {
    // SAFETY: the caller's promise, passed on.
    unsafe {
        lift_elements(ptr, len, size, align, M::wit_map_new, |m, at| {
            let (k, v) = lift(at);
            m.wit_map_push(k, v);
        })
    }
}

/// A map's length and entries, for lowering: called with method syntax so
/// that the glue reaches the map through any number of references.
pub trait MapEntries<'a, K: 'a, V: 'a> {
    /// The iterator over `(&K, &V)`.
    type Iter: Iterator<Item = (&'a K, &'a V)>;
    /// The number of entries and an iterator over them.
    fn wit_map_entries(&'a self) -> (usize, Self::Iter);
}

impl<'a, M: WitMap<K, V> + 'a, K: 'a, V: 'a> MapEntries<'a, K, V> for M
where
    &'a M: IntoIterator<Item = (&'a K, &'a V)>,
{
    type Iter = <&'a M as IntoIterator>::IntoIter;
    fn wit_map_entries(&'a self) -> (usize, Self::Iter) {
        (self.wit_map_len(), self.into_iter())
    }
}

/// Frees a buffer the host allocated for spilled arguments after they are read.
///
/// # Safety
/// As [`dealloc`].
#[inline]
pub unsafe fn free_params(ptr: *mut u8, size: usize, align: usize) {
    // SAFETY: the caller's promise, passed on.
    unsafe { dealloc(ptr, size, align) }
}

/// Lifts a canonical `bool`: any non-zero value is `true`, as the
/// canonical ABI lifts it.
#[inline]
pub fn bool_lift(v: i32) -> bool {
    v != 0
}

/// Lifts a canonical `char`. A peer that does not validate what it lowers
/// may send a surrogate or a value past U+10FFFF: that traps (a range check,
/// no formatting code in release builds), in every build.
#[inline]
pub fn char_lift(v: i32) -> char {
    char::from_u32(v as u32).unwrap_or_else(|| host_broke_the_abi())
}

/// Called when a discriminant from the host names no case of the type.
#[cold]
pub fn invalid_discriminant() -> ! {
    host_broke_the_abi()
}

/// A value the canonical ABI rules out arrived from the host. Debug builds
/// say so; release builds on wasm32 trap without linking a message (and the
/// source paths a panic location carries) into every component.
#[cold]
#[inline(never)]
fn host_broke_the_abi() -> ! {
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    {
        core::arch::wasm32::unreachable()
    }
    #[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
    panic!(
        "the host passed a value the canonical ABI rules out (an invalid char, string or discriminant, or a list outside memory)"
    )
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

/// Referenced from generated code so that this crate's `cabi_realloc` is
/// linked into every component that uses the bindings.
#[inline(never)]
pub fn maybe_link_cabi_realloc() {
    #[cfg(all(target_arch = "wasm32", feature = "realloc"))]
    {
        static REALLOC: unsafe extern "C" fn(*mut u8, usize, usize, usize) -> *mut u8 = cabi_realloc;
        let _ = core::hint::black_box(&REALLOC);
    }
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
mod lift_tests {
    use super::*;

    #[test]
    fn bool_is_true_for_any_non_zero_value() {
        assert!(!bool_lift(0));
        for v in [1, 2, 255, 256, -1, i32::MIN] {
            assert!(bool_lift(v), "{v}");
        }
    }

    #[test]
    fn char_accepts_every_scalar_value() {
        assert_eq!(char_lift(0), '\0');
        assert_eq!(char_lift(0xD7FF), '\u{D7FF}');
        assert_eq!(char_lift(0xE000), '\u{E000}');
        assert_eq!(char_lift(0x10FFFF), '\u{10FFFF}');
    }

    #[test]
    #[should_panic(expected = "canonical ABI rules out")]
    fn a_surrogate_char_traps() {
        char_lift(0xD800);
    }

    #[test]
    #[should_panic(expected = "canonical ABI rules out")]
    fn a_char_past_the_last_scalar_value_traps() {
        char_lift(0x11_0000);
    }

    #[test]
    fn lists_outside_memory_or_misaligned_trap_before_adoption() {
        // Fine: aligned, in memory (the host's address space here).
        assert_eq!(checked_list(8, 3, 8, 8), (8 as *mut u8, 3));
        assert_eq!(checked_list(0, 0, 8, 8), (core::ptr::null_mut(), 0));
        for (ptr, len, size, align) in [(4, 1, 8, 8), (1, 1, 2, 2), (3, 0, 4, 4)] {
            let r = std::panic::catch_unwind(|| checked_list(ptr, len, size, align));
            assert!(r.is_err(), "misaligned {ptr} at {align}");
        }
        // Wrapping in 64 bits is caught as well (the wasm32 bound is memory's end).
        let r = std::panic::catch_unwind(|| checked_list(-1, -1, usize::MAX, 1));
        assert!(r.is_err());
    }

    #[test]
    fn an_empty_list_at_address_zero_is_an_empty_vec() {
        // SAFETY: a zero-length list owns nothing.
        let v = unsafe { list_lift::<u64>(0, 0) };
        assert!(v.is_empty() && v.capacity() == 0);
        // SAFETY: as above.
        let s = unsafe { string_lift(0, 0) };
        assert_eq!(s, "");
    }

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
    fn realloc_keeps_the_contents_and_frees_on_zero() {
        // SAFETY: each call passes the block the previous one returned,
        // with its length and alignment.
        unsafe {
            let p = realloc(core::ptr::null_mut(), 0, 4, 8);
            p.copy_from(b"abcdefgh".as_ptr(), 8);
            let q = realloc(p, 8, 4, 4096);
            assert_eq!(core::slice::from_raw_parts(q, 8), b"abcdefgh");
            assert_eq!(realloc(q, 4096, 4, 0) as usize, 4);
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

    #[test]
    fn utf8_is_checked_past_the_ascii_prefix() {
        let mut text = "0123456789abcdef".repeat(4);
        assert!(is_utf8(text.as_bytes()));
        text.push_str("héllo wörld, ünïcode ✓ 😀");
        assert!(is_utf8(text.as_bytes()));
        for bad in [&b"\xff"[..], b"\xed\xa0\x80", b"\xc0\x80", b"\xf4\x90\x80\x80", b"abc\xe2\x82"] {
            for prefix in [0, 5, 16, 31, 32] {
                let mut b = b"x".repeat(prefix);
                b.extend_from_slice(bad);
                assert!(!is_utf8(&b), "{b:?}");
                assert_eq!(is_utf8(&b), core::str::from_utf8(&b).is_ok());
            }
        }
        assert!(is_utf8(b""));
    }
}
