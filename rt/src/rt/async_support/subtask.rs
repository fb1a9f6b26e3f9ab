//! Async-lowered import calls: the future the generated `pub async fn`
//! awaits, which owns the call's memory until the callee is done with it.
//!
//! The generated code lowers the arguments (into a [`CallArea`] when they do
//! not fit in four flat values), calls the `[async-lower]` import, and hands
//! the packed status, the area and the owned arguments to [`Subtask`]. The
//! arguments' strings and lists are read by the callee in place, so they stay
//! in the future until the subtask resolves. Dropping the future first
//! cancels the subtask (`subtask.cancel`, which waits until the callee lets
//! go) and frees the results the callee may have written meanwhile.

use alloc::alloc::{alloc, dealloc};
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::alloc::Layout;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use super::executor::Executor;
use super::intrinsics::{self as cm, state};
use super::waitable::{Registry, Waiter};

/// Heap memory for an import call's spilled arguments and its results, at a
/// fixed address while the callee holds it.
pub struct CallArea {
    ptr: *mut u8,
    layout: Layout,
}

impl CallArea {
    /// `size` bytes aligned to `align` (a power of two, at most 8 as every
    /// canonical ABI alignment); `size` 0 allocates nothing.
    pub fn new(size: usize, align: usize) -> CallArea {
        let layout = match Layout::from_size_align(size, align) {
            Ok(l) if align <= 8 => l,
            _ => panic!("invalid call area layout"),
        };
        if size == 0 {
            return CallArea { ptr: align as *mut u8, layout };
        }
        // SAFETY: `layout` has a non-zero size.
        let ptr = unsafe { alloc(layout) };
        if ptr.is_null() {
            alloc::alloc::handle_alloc_error(layout);
        }
        CallArea { ptr, layout }
    }

    /// The start of the area.
    pub fn as_mut_ptr(&self) -> *mut u8 {
        self.ptr
    }
}

impl Drop for CallArea {
    fn drop(&mut self) {
        if self.layout.size() != 0 {
            // SAFETY: allocated in `new` with this layout.
            unsafe { dealloc(self.ptr, self.layout) }
        }
    }
}

/// Lifts an import's result from its place in the call area and drops it:
/// how a cancelled call frees what the callee returned all the same.
pub type DropResult = unsafe fn(*mut u8);

/// The future of one async-lowered import call; resolves to the area the
/// results were written into.
#[must_use = "an import call does nothing useful unless awaited"]
pub struct Subtask<A> {
    handle: u32,
    state: u32,
    /// Where the results go, and the arguments the callee reads in place.
    parts: Option<(CallArea, A)>,
    ret: *mut u8,
    drop_result: Option<DropResult>,
    /// Owned handles moved out of the arguments, with how to drop each: ours
    /// again if the call is cancelled before it started.
    taken: Vec<(u32, fn(u32))>,
    listening: Option<(Rc<Registry>, Rc<Waiter>)>,
}

impl<A> Subtask<A> {
    /// Takes over a call just made: `status` is what the `[async-lower]`
    /// import returned, `args` what the lowered arguments point into.
    ///
    /// # Safety
    /// `status` comes from the call; `ret` points into `area` where the
    /// callee writes the results (or is unused without results), and
    /// `drop_result` lifts and drops a result written there; `taken` are the
    /// owned handles lowered for the call, each with a function that drops
    /// it.
    pub unsafe fn new(
        status: i32,
        area: CallArea,
        args: A,
        ret: *mut u8,
        drop_result: Option<DropResult>,
        taken: Vec<(u32, fn(u32))>,
    ) -> Self {
        let status = status as u32;
        Subtask {
            handle: status >> 4,
            state: status & 0xf,
            parts: Some((area, args)),
            ret,
            drop_result,
            taken,
            listening: None,
        }
    }

    fn resolved(&self) -> bool {
        self.state >= state::RETURNED
    }

    /// Stops listening and gives the subtask back to the component model.
    fn finish(&mut self) {
        if let Some((registry, _)) = self.listening.take() {
            registry.forget(self.handle);
        }
        if self.handle != 0 {
            // SAFETY: the subtask is ours, resolved and its resolution was
            // delivered (by an event or by `subtask.cancel`'s result).
            unsafe { cm::subtask_drop(self.handle) };
            self.handle = 0;
        }
    }
}

// The arguments are never pinned: they are only kept alive and dropped.
impl<A> Unpin for Subtask<A> {}

impl<A> Future for Subtask<A> {
    /// The call area, holding the results at the pointer given to `new`.
    type Output = CallArea;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<CallArea> {
        let this = self.get_mut();
        if !this.resolved() {
            // Listened to by the task polling it (another one than the last
            // time if the future moved between tasks).
            let current = Executor::with_current(|e| e.registry.clone())
                .unwrap_or_else(|| panic!("an async import was awaited outside of a task: use block_on"));
            if let Some((old, waiter)) = this.listening.take_if(|(r, _)| !Rc::ptr_eq(r, &current)) {
                if let Some((_, state)) = waiter.take() {
                    this.state = state;
                }
                old.forget(this.handle);
            }
            if this.resolved() {
                this.finish();
                return match this.parts.take() {
                    Some((area, _args)) => Poll::Ready(area),
                    None => panic!("import call polled after it finished"),
                };
            }
            let (_, waiter) = this.listening.get_or_insert_with(|| {
                let waiter = current.listen(this.handle);
                (current, waiter)
            });
            if let Some((_, state)) = waiter.take() {
                this.state = state;
            }
            if this.state < state::RETURNED {
                waiter.set_waker(cx.waker());
                return Poll::Pending;
            }
        }
        this.finish();
        match this.parts.take() {
            Some((area, _args)) => Poll::Ready(area),
            None => panic!("import call polled after it finished"),
        }
    }
}

impl<A> Drop for Subtask<A> {
    fn drop(&mut self) {
        if self.parts.is_none() {
            return;
        }
        if let Some((_, waiter)) = &self.listening
            && let Some((_, state)) = waiter.take()
        {
            self.state = state;
        }
        if !self.resolved() {
            // The set would make a synchronous cancel trap.
            if let Some((registry, _)) = self.listening.take() {
                registry.forget(self.handle);
            }
            // SAFETY: the subtask is ours and unresolved; the synchronous
            // form waits until the callee lets go of the call's memory.
            self.state = unsafe { cm::subtask_cancel(self.handle) };
        }
        if self.state == state::CANCELLED_BEFORE_STARTED {
            // The callee never took the handles: they are ours to drop.
            for (handle, release) in self.taken.drain(..) {
                release(handle);
            }
        }
        if self.state == state::RETURNED
            && let Some(drop_result) = self.drop_result
        {
            // SAFETY: the callee wrote the results at `ret` (per `new`'s
            // contract) and nothing lifted them yet.
            unsafe { drop_result(self.ret) };
        }
        self.finish();
    }
}
