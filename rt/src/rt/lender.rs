//! [`Lender`]: values that must live for the rest of a call, lent out by
//! reference while more are added.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::RefCell;

/// Keeps values alive for as long as the lender lives and lends each out as
/// a shared reference, also while more are added: an export that receives
/// borrowed handles of imported resources inside list elements gets
/// `&Resource`s to wrappers that must outlive the element loop.
///
/// Values are dropped (in order) when the lender is.
pub struct Lender<T> {
    // Each value is boxed so that its address stays put while the vector
    // grows; boxes are only ever added, never removed or touched, until drop.
    values: RefCell<Vec<Box<T>>>,
}

impl<T> Lender<T> {
    /// An empty lender; allocates nothing until the first value.
    #[inline]
    pub const fn new() -> Self {
        Lender { values: RefCell::new(Vec::new()) }
    }

    /// Keeps `value` until the lender is dropped and lends it out.
    pub fn lend(&self, value: T) -> &T {
        let mut values = self.values.borrow_mut();
        values.push(Box::new(value));
        // Taken after the push, so no later move of the `Box` invalidates it.
        let ptr: *const T = values.last().map(|b| &**b as *const T).unwrap_or(core::ptr::null());
        drop(values);
        // SAFETY: `ptr` points into the heap allocation of the box just
        // pushed (so it is not null). Boxes are never removed, mutated or
        // moved out of until `self` is dropped, and a growing vector moves
        // only the `Box` pointers, not what they point to; so the value stays
        // valid, and no `&mut` to it exists, for as long as `&self` is
        // borrowed.
        unsafe { &*ptr }
    }

    /// How many values have been lent.
    pub fn len(&self) -> usize {
        self.values.borrow().len()
    }

    /// Whether nothing has been lent.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T> Default for Lender<T> {
    fn default() -> Self {
        Lender::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Lender;
    use alloc::rc::Rc;
    use alloc::string::String;
    use alloc::vec::Vec;

    #[test]
    fn lent_values_stay_valid_while_more_are_added_and_drop_with_the_lender() {
        let witness = Rc::new(());
        let lender = Lender::new();
        let refs: Vec<&(String, Rc<()>)> =
            (0..1000).map(|i| lender.lend((alloc::format!("v{i}"), witness.clone()))).collect();
        // Every reference still reads its own value after the vector grew.
        assert!(refs.iter().enumerate().all(|(i, r)| r.0 == alloc::format!("v{i}")));
        assert_eq!(lender.len(), 1000);
        assert_eq!(Rc::strong_count(&witness), 1001);
        drop(refs);
        drop(lender);
        assert_eq!(Rc::strong_count(&witness), 1);
        assert!(Lender::<u8>::default().is_empty());
    }
}
