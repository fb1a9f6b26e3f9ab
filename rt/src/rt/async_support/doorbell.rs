//! Waking a task from another task.
//!
//! A task sleeping in the component model (its callback returned `WAIT`, or
//! [`block_on`](super::block_on) is in `waitable-set.wait`) resumes only on
//! an event of a waitable in its set. When a waker of one of its futures is
//! woken by another task — a channel between two export calls, say — the
//! waker rings the sleeper's *doorbell*: it makes a `stream` (unit payload),
//! starts a read on its readable end, joins that end to the sleeper's set
//! and writes one unit, which completes the read; the event wakes the task,
//! which drops the stream. Waitables and sets belong to the component
//! instance, so any task may do this for another.
//!
//! Nothing is made until a waker is actually woken from elsewhere while its
//! task sleeps: a task woken only by its own waitables pays nothing.

use core::sync::atomic::{AtomicU32, Ordering};

use super::intrinsics::{self as cm, BLOCKED};

/// What the wakers of a task share with it.
#[derive(Default)]
pub(crate) struct Doorbell {
    /// The set the task sleeps on; 0 while it runs (or is about to).
    sleeping_on: AtomicU32,
    /// The readable end of a ring not yet answered; 0 if none.
    ringing: AtomicU32,
}

impl Doorbell {
    /// The task is about to sleep on `set`.
    pub(crate) fn sleep(&self, set: u32) {
        self.sleeping_on.store(set, Ordering::Relaxed);
    }

    /// The task runs: its wakers need not ring.
    pub(crate) fn awake(&self) {
        self.sleeping_on.store(0, Ordering::Relaxed);
    }

    /// Wakes the task if it sleeps: called by its wakers after setting their
    /// flag (a task that runs, or yielded, polls woken futures anyway).
    pub(crate) fn ring(&self) {
        let set = self.sleeping_on.swap(0, Ordering::Relaxed);
        if set == 0 || self.ringing.load(Ordering::Relaxed) != 0 {
            return;
        }
        let ends = cm::unit_stream_new();
        let (reader, writer) = (ends as u32, (ends >> 32) as u32);
        // SAFETY: both ends were just made and are ours; unit reads and
        // writes touch no memory; `set` is the sleeping task's live set (it
        // cannot end while it sleeps).
        unsafe {
            let read = cm::unit_stream_read(reader, core::ptr::null_mut(), 1);
            debug_assert_eq!(read, BLOCKED, "nothing was written yet");
            cm::waitable_join(reader, set);
            if cm::unit_stream_write(writer, core::ptr::null(), 1) == BLOCKED {
                cm::unit_stream_cancel_write(writer);
            }
            cm::unit_stream_drop_writable(writer);
        }
        self.ringing.store(reader, Ordering::Relaxed);
    }

    /// Whether a ring is unanswered.
    pub(crate) fn ringing(&self) -> bool {
        self.ringing.load(Ordering::Relaxed) != 0
    }

    /// If `waitable` is a ring's readable end: answers it (drops the stream)
    /// and returns `true`.
    pub(crate) fn answer(&self, waitable: u32) -> bool {
        if waitable == 0 || self.ringing.load(Ordering::Relaxed) != waitable {
            return false;
        }
        self.hang_up();
        true
    }

    /// Drops a ring's stream once its event was delivered.
    pub(crate) fn hang_up(&self) {
        let reader = self.ringing.swap(0, Ordering::Relaxed);
        if reader != 0 {
            // SAFETY: the readable end is ours and its read is complete;
            // out of the set before it is dropped.
            unsafe {
                cm::waitable_join(reader, 0);
                cm::unit_stream_drop_readable(reader);
            }
        }
    }
}
