//! Async-lifted exports: the task behind one call, from the entry point
//! ([`start_task`]) through the callbacks ([`callback`]) to `EXIT`.
//!
//! The task's root future lifts nothing and returns nothing: the generated
//! code awaits the user's method, then calls `task.return` itself. The task
//! lives in a `Box` whose address sits in context slot 0 between callbacks,
//! and exits once the root and every future it spawned have finished. When
//! the caller cancels, the root is dropped (which cancels its import calls)
//! and `task.cancel` confirms it, unless the results were returned already;
//! spawned futures keep running.

use alloc::boxed::Box;
use alloc::sync::Arc;
use core::future::Future;
use core::task::Context;

use super::executor::{BoxFuture, Executor, Wakeup, assert_supported};
use super::intrinsics::{self as cm, code, event};

struct Task {
    exec: Executor,
    root: Option<BoxFuture>,
    wake: Arc<Wakeup>,
}

impl Task {
    /// Polls what is woken; the code for the component model, freeing the
    /// task on `EXIT`.
    ///
    /// # Safety
    /// `task` came from `Box::into_raw` in `start_task` and is not used
    /// again after this returns `EXIT`.
    unsafe fn resume(task: *mut Task) -> i32 {
        // SAFETY: per this function's contract; callbacks of one task never
        // overlap, so this is the only reference.
        let this = unsafe { &mut *task };
        if let Some(root) = &mut this.root {
            let mut poll = |cx: &mut Context<'_>| root.as_mut().poll(cx).is_ready();
            if this.exec.pass(Some((&mut poll, &this.wake))) {
                this.root = None;
            }
        } else {
            this.exec.pass(None);
        }
        if this.root.is_none() && this.exec.spawned_done() {
            // SAFETY: per this function's contract.
            drop(unsafe { Box::from_raw(task) });
            // SAFETY: slot 0 is this runtime's; nothing of the task is left.
            unsafe { cm::context_set(0) };
            return code::EXIT as i32;
        }
        if this.exec.take_yield() {
            return code::YIELD as i32;
        }
        (code::WAIT | (this.exec.registry.sleep() << 4)) as i32
    }

    fn event(&mut self, code: u32, p1: u32, p2: u32) {
        self.exec.registry.awake();
        match code {
            event::NONE => self.exec.registry.drain(),
            event::TASK_CANCELLED => {
                if let Some(root) = self.root.take() {
                    // Dropped as the current task: what its destructors do
                    // (cancel imports, spawn cleanup work) reaches this task.
                    self.exec.enter(|| drop(root));
                    // SAFETY: the cancellation was delivered and the results
                    // were not returned (the root, which returns them, had
                    // not finished).
                    unsafe { cm::task_cancel() };
                }
            }
            _ => self.exec.registry.deliver(code, p1, p2),
        }
    }
}

/// Starts the task of an async export call with its root future (the
/// user's method followed by `task.return`); returns the callback code.
///
/// # Safety
/// Called only by the entry point of an async-lifted export (it takes the
/// task's context slot 0), whose callback is [`callback`].
#[doc(hidden)]
pub unsafe fn start_task(root: impl Future<Output = ()> + 'static) -> i32 {
    assert_supported();
    let exec = Executor::new();
    let wake = Wakeup::new(&exec.registry.doorbell);
    let task = Box::new(Task { exec, root: Some(Box::pin(root)), wake });
    let task = Box::into_raw(task);
    // SAFETY: context slot 0 holds this task's pointer until `EXIT`;
    // `resume`'s contract holds for a pointer fresh from `Box::into_raw`.
    unsafe {
        cm::context_set(task as usize);
        Task::resume(task)
    }
}

/// The callback of every async export: delivers the event to the task in
/// context slot 0 and resumes it.
///
/// # Safety
/// Called by the component model with the arguments of a callback, in a
/// task started by [`start_task`].
#[doc(hidden)]
pub unsafe fn callback(code: u32, p1: u32, p2: u32) -> i32 {
    let task = cm::context_get() as *mut Task;
    assert!(!task.is_null(), "an async export callback ran outside of its task");
    // SAFETY: slot 0 holds the pointer `start_task` stored, valid until the
    // task returned `EXIT`, after which no callback comes.
    unsafe {
        (*task).event(code, p1, p2);
        Task::resume(task)
    }
}
