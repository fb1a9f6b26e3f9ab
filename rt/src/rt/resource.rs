//! Resource handles.
//!
//! An imported resource's Rust type wraps a [`Resource<T>`]: an owned handle
//! that calls the resource's `[resource-drop]` import exactly once when the
//! value is dropped, unless generated code moved the handle out
//! ([`Resource::take_handle`]) to pass ownership to the other side.
//!
//! An exported resource keeps the user's value behind a stable pointer (the
//! handle's *rep*). [`Resource`] and [`ResourceRep`] describe how that value
//! is stored; the generated `GuestR` traits let a user override where the
//! storage comes from (an arena instead of a `Box`).

use core::any::TypeId;
use core::cell::Cell;
use core::fmt;
use core::marker::PhantomData;
use core::sync::atomic::{AtomicU32, Ordering::Relaxed};

/// Marks a handle that was moved out of its wrapper.
const MOVED: u32 = u32::MAX;

/// The drop intrinsic of a resource type; implemented by generated code.
///
/// # Safety
/// `drop` must call the `[resource-drop]` intrinsic of the right resource.
pub unsafe trait WasmResource {
    /// Drops the handle.
    ///
    /// # Safety
    /// `handle` is an owned handle of this resource type, dropped once.
    unsafe fn drop(handle: u32);
}

/// An owned handle to a resource of type `T`.
#[repr(transparent)]
pub struct Resource<T: WasmResource> {
    handle: AtomicU32,
    _marker: PhantomData<T>,
}

impl<T: WasmResource> Resource<T> {
    /// Wraps an owned handle received from the other side.
    ///
    /// # Safety
    /// `handle` is an owned handle of `T` that nothing else will drop.
    #[doc(hidden)]
    #[inline]
    pub unsafe fn from_handle(handle: u32) -> Self {
        debug_assert!(handle != 0 && handle != MOVED, "invalid resource handle {handle}");
        Resource { handle: AtomicU32::new(handle), _marker: PhantomData }
    }

    /// Moves the handle out, to pass ownership across the boundary; the
    /// wrapper no longer drops it.
    #[doc(hidden)]
    #[inline]
    pub fn take_handle(resource: &Resource<T>) -> u32 {
        match resource.handle.swap(MOVED, Relaxed) {
            MOVED => moved(),
            h => h,
        }
    }

    /// The handle, still owned by the wrapper.
    #[doc(hidden)]
    #[inline]
    pub fn handle(resource: &Resource<T>) -> u32 {
        match resource.handle.load(Relaxed) {
            MOVED => moved(),
            h => h,
        }
    }
}

#[cold]
fn moved() -> ! {
    panic!("resource handle used after its ownership was passed to the other side")
}

impl<T: WasmResource> fmt::Debug for Resource<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Resource").field("handle", &self.handle.load(Relaxed)).finish()
    }
}

impl<T: WasmResource> Drop for Resource<T> {
    fn drop(&mut self) {
        match self.handle.load(Relaxed) {
            MOVED => {}
            // SAFETY: the wrapper owns the handle and drops it once.
            h => unsafe { T::drop(h) },
        }
    }
}

/// Every `'static` type can back an exported resource; its value is stored
/// as `Option<T>` so that `into_inner` can move it out before the destructor runs.
pub trait RustResource: Sized + 'static {
    /// The storage behind a rep pointer.
    type Rep: ResourceRep<Self>;
}

impl<T: 'static> RustResource for T {
    type Rep = Option<T>;
}

/// Storage of an exported resource's value.
///
/// # Safety
/// The accessors are only called with pointers to live storage created by `rep_new`.
pub unsafe trait ResourceRep<T> {
    /// Storage holding `inner`.
    fn rep_new(inner: T) -> Self;
    /// # Safety
    /// `ptr` points to live storage.
    unsafe fn rep_as_ref<'a>(ptr: *const Self) -> &'a T;
    /// # Safety
    /// `ptr` points to live storage not otherwise borrowed.
    unsafe fn rep_as_mut<'a>(ptr: *mut Self) -> &'a mut T;
    /// # Safety
    /// `ptr` points to live storage; the value is moved out.
    unsafe fn rep_take(ptr: *mut Self) -> T;
}

// SAFETY: `rep_new` makes `Some`; the accessors read the storage they are
// given (live, per the trait) and a taken value leaves `None`, which they
// report instead of reading.
unsafe impl<T> ResourceRep<T> for Option<T> {
    #[inline]
    fn rep_new(inner: T) -> Self {
        Some(inner)
    }
    #[inline]
    unsafe fn rep_as_ref<'a>(ptr: *const Self) -> &'a T {
        // SAFETY: the trait's contract: `ptr` is a live rep, not borrowed
        // mutably for `'a`.
        unsafe { (*ptr).as_ref() }.unwrap_or_else(|| taken())
    }
    #[inline]
    unsafe fn rep_as_mut<'a>(ptr: *mut Self) -> &'a mut T {
        // SAFETY: the trait's contract: `ptr` is a live rep, not borrowed
        // otherwise for `'a`.
        unsafe { (*ptr).as_mut() }.unwrap_or_else(|| taken())
    }
    #[inline]
    unsafe fn rep_take(ptr: *mut Self) -> T {
        // SAFETY: the trait's contract: `ptr` is a live rep, not borrowed.
        unsafe { (*ptr).take() }.unwrap_or_else(|| taken())
    }
}

#[cold]
fn taken() -> ! {
    panic!("resource value used after `into_inner` moved it out")
}

/// Remembers which Rust type backs an exported resource, so that using a
/// second type with the same resource panics instead of misreading memory.
pub struct TypeGuard(Cell<Option<TypeId>>);

// SAFETY: a component instance is single-threaded.
unsafe impl Sync for TypeGuard {}

impl TypeGuard {
    /// A guard that has seen no type yet.
    pub const fn new() -> Self {
        TypeGuard(Cell::new(None))
    }

    /// Records `T` the first time; panics if another type was recorded.
    #[inline]
    pub fn check<T: 'static>(&self, resource: &str) {
        let id = TypeId::of::<T>();
        match self.0.get() {
            Some(seen) if seen != id => wrong_type(resource),
            Some(_) => {}
            None => self.0.set(Some(id)),
        }
    }
}

impl Default for TypeGuard {
    fn default() -> Self {
        Self::new()
    }
}

#[cold]
fn wrong_type(resource: &str) -> ! {
    panic!("resource `{resource}` used with a Rust type other than the one it was first created with")
}
