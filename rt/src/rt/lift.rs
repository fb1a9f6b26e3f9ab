//! Lifting what the host placed in this module's memory: adopting its
//! strings and lists (checked to be in memory, aligned and, for strings,
//! UTF-8), lifting element by element, maps, and the scalar checks. A value
//! the canonical ABI rules out traps before any Rust value holds it.

use alloc::string::String;
use alloc::vec::Vec;

use super::dealloc;

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
    if !bytes.is_empty() && !is_utf8(&bytes) {
        host_broke_the_abi()
    }
    // SAFETY: checked just above.
    unsafe { String::from_utf8_unchecked(bytes) }
}

/// Whether `bytes` is UTF-8. The ASCII prefix is skipped 32, then 8 bytes
/// at a time with 64-bit loads (wasm has them; `core`'s own fast path goes
/// a `usize`, 4 bytes on wasm32, at a time, after an alignment prelude that
/// dominates short strings); `core` checks whatever follows it. Out of
/// line, so that `string_lift` inlines and the compiler sees the string's
/// capacity is its length.
#[inline(never)]
fn is_utf8(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
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
    // Not under the benchmark's `wit_guest_bench_unchecked` either (see
    // `checked_list`): the cost measured there is the checks' alone.
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
///
/// Built with `--cfg wit_guest_bench_unchecked` (only `wit-guest-bench` does,
/// to measure what these checks cost per call), nothing is checked: the
/// callers' own contracts (`list_lift`'s and `list_lift_with`'s) already
/// promise what is checked here, so no safe function is affected, but the
/// checks stand between those promises and a peer that breaks the
/// canonical ABI. Never build a component for use that way.
#[inline]
fn checked_list(ptr: i32, len: i32, size: usize, align: usize) -> (*mut u8, usize) {
    #[cfg(wit_guest_bench_unchecked)]
    {
        let _ = (size, align);
        (ptr as u32 as usize as *mut u8, len as u32 as usize)
    }
    #[cfg(not(wit_guest_bench_unchecked))]
    checked_list_inner(ptr, len, size, align)
}

/// [`checked_list`]'s checks.
#[cfg(not(wit_guest_bench_unchecked))]
#[inline]
fn checked_list_inner(ptr: i32, len: i32, size: usize, align: usize) -> (*mut u8, usize) {
    let base = ptr as u32 as u64;
    let len = len as u32 as usize;
    let end = (len as u64).checked_mul(size as u64).and_then(|bytes| bytes.checked_add(base));
    if base & (align as u64 - 1) != 0 || end.is_none_or(|end| end > memory_end()) {
        host_broke_the_abi()
    }
    (base as usize as *mut u8, len)
}

/// One past the last byte of linear memory.
#[cfg(not(wit_guest_bench_unchecked))]
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

#[cfg(test)]
mod tests {
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
    #[cfg(not(wit_guest_bench_unchecked))]
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
