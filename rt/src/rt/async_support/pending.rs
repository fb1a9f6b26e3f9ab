//! One stream or future end waiting for its copy to finish.
//!
//! A read or write that returns `BLOCKED` goes on in the background; its end
//! is joined to the waitable set of the task polling it, and the copy's
//! result arrives as that end's event. Ends are joined only while a copy is
//! pending, so an end can move between tasks between copies freely.

use alloc::rc::Rc;
use core::task::{Context, Poll};

use super::executor::Executor;
use super::waitable::{Registry, Waiter};

/// The packed result of a finished copy: `count << 4 | code`.
pub(crate) mod copy {
    pub const COMPLETED: u32 = 0;
    pub const DROPPED: u32 = 1;
    pub const CANCELLED: u32 = 2;

    /// `(code, count)` of a packed copy result.
    pub fn split(packed: u32) -> (u32, usize) {
        (packed & 0xf, (packed >> 4) as usize)
    }
}

/// A copy in flight on the end `handle`, and who listens for its result.
pub(crate) struct Pending {
    pub(crate) handle: u32,
    listening: Option<(Rc<Registry>, Rc<Waiter>)>,
}

impl Pending {
    pub(crate) fn new(handle: u32) -> Self {
        Pending { handle, listening: None }
    }

    /// The packed result once the copy's event has arrived; otherwise the
    /// end listens in the current task and `cx` is woken on the event.
    pub(crate) fn poll(&mut self, cx: &mut Context<'_>) -> Poll<u32> {
        let current = Executor::with_current(|e| e.registry.clone())
            .unwrap_or_else(|| panic!("a stream or future was awaited outside of a task: use block_on"));
        if let Some((old, waiter)) = self.listening.take_if(|(r, _)| !Rc::ptr_eq(r, &current)) {
            old.forget(self.handle);
            if let Some((_, result)) = waiter.take() {
                return Poll::Ready(result);
            }
        }
        let (_, waiter) = self.listening.get_or_insert_with(|| (current.clone(), current.listen(self.handle)));
        match waiter.take() {
            Some((_, result)) => {
                self.stop();
                Poll::Ready(result)
            }
            None => {
                waiter.set_waker(cx.waker());
                Poll::Pending
            }
        }
    }

    /// Stops listening: the result if it arrived meanwhile, else `None` (the
    /// copy is still going on and must be cancelled).
    pub(crate) fn stop(&mut self) -> Option<u32> {
        let (registry, waiter) = self.listening.take()?;
        registry.forget(self.handle);
        waiter.take().map(|(_, result)| result)
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        self.stop();
    }
}
