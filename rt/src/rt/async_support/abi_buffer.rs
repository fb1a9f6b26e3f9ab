//! The values of a stream write, in their Rust and their lowered form.

use alloc::vec::Vec;
use core::fmt;

use super::stream::StreamVtable;
use crate::rt::Cleanup;

/// Values offered to a stream's reader, and how many it took so far.
///
/// Canonical payloads are offered from the `Vec`'s own buffer. Others are
/// lowered once, when first offered, into an area that points into the
/// values (strings and lists are read where they are), so the values stay
/// here until the reader took them: those it never took come back whole
/// from [`into_vec`](Self::into_vec).
pub struct AbiBuffer<T: 'static> {
    values: Vec<T>,
    /// `values[..taken]` went to the reader (their handles are the
    /// reader's); they are dropped with the buffer.
    taken: usize,
    vtable: &'static StreamVtable<T>,
    /// The lowered form of all `values`, and the arrays built for it.
    lowered: Option<(*mut u8, Cleanup)>,
}

impl<T> AbiBuffer<T> {
    pub(crate) fn new(values: Vec<T>, vtable: &'static StreamVtable<T>) -> Self {
        AbiBuffer { values, taken: 0, vtable, lowered: None }
    }

    /// How many values the reader has not taken.
    pub fn remaining(&self) -> usize {
        self.values.len() - self.taken
    }

    /// The values the reader has not taken.
    pub fn into_vec(mut self) -> Vec<T> {
        self.free_lowered();
        let mut values = core::mem::take(&mut self.values);
        values.drain(..self.taken);
        values
    }

    /// The lowered form of the values not taken: where it starts, and how
    /// many there are.
    pub(crate) fn lowered(&mut self) -> (*const u8, usize) {
        let vt = self.vtable;
        let n = self.remaining();
        if vt.canonical {
            // SAFETY: `taken <= len`: within the allocation (or one past).
            return (unsafe { self.values.as_ptr().add(self.taken) }.cast(), n);
        }
        let base = match &self.lowered {
            Some((base, _)) => *base,
            None => {
                let mut cleanup = Cleanup::new();
                let bytes = self.values.len().checked_mul(vt.size).expect("a stream write's values fit in memory");
                let base = crate::rt::alloc(bytes, vt.align);
                for (i, v) in self.values.iter().enumerate() {
                    // SAFETY: element `i` of the area; `v` outlives the area
                    // (both are this buffer's, freed together).
                    unsafe { (vt.lower)(v, base.add(i * vt.size), &mut cleanup) };
                }
                self.lowered = Some((base, cleanup));
                base
            }
        };
        // SAFETY: `taken <= len` elements into the area.
        (unsafe { base.add(self.taken * vt.size) }, n)
    }

    /// The reader took the next `n` values.
    pub(crate) fn advance(&mut self, n: usize) {
        let end = self.taken + n;
        assert!(end <= self.values.len(), "the reader took more than was offered");
        if let Some(disown) = self.vtable.disown {
            self.values[self.taken..end].iter().for_each(disown);
        }
        self.taken = end;
    }

    fn free_lowered(&mut self) {
        if let Some((base, cleanup)) = self.lowered.take() {
            drop(cleanup);
            // SAFETY: allocated in `lowered` for all the values.
            unsafe { crate::rt::dealloc(base, self.values.len() * self.vtable.size, self.vtable.align) }
        }
    }
}

impl<T> fmt::Debug for AbiBuffer<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AbiBuffer").field("remaining", &self.remaining()).finish()
    }
}

impl<T> Drop for AbiBuffer<T> {
    fn drop(&mut self) {
        self.free_lowered();
    }
}
