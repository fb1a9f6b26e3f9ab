//! Waitables and the set they wait in.
//!
//! Every task (an async export call, or a [`block_on`](super::block_on))
//! owns one [`Registry`]: a waitable set, created on first use, and a table
//! from each waitable joined to it (a subtask; futures and streams later) to
//! the [`Waiter`] that the Rust future awaiting it polls.

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::sync::Arc;
use core::cell::{Cell, RefCell};
use core::task::Waker;

use super::doorbell::Doorbell;
use super::intrinsics::{self as cm, event};

/// The latest event of one waitable and the waker of the future awaiting it.
#[derive(Default)]
pub(crate) struct Waiter {
    event: Cell<Option<(u32, u32)>>,
    waker: RefCell<Option<Waker>>,
}

impl Waiter {
    /// Takes the event delivered since the last call, if any.
    pub(crate) fn take(&self) -> Option<(u32, u32)> {
        self.event.take()
    }

    /// Remembers the waker to wake on the next event.
    pub(crate) fn set_waker(&self, waker: &Waker) {
        let mut slot = self.waker.borrow_mut();
        match &*slot {
            Some(w) if w.will_wake(waker) => {}
            _ => *slot = Some(waker.clone()),
        }
    }
}

/// One task's waitable set and who listens to each waitable in it.
pub(crate) struct Registry {
    set: Cell<u32>,
    entries: RefCell<BTreeMap<u32, Rc<Waiter>>>,
    /// Rung by the task's wakers from other tasks.
    pub(crate) doorbell: Arc<Doorbell>,
}

impl Registry {
    pub(crate) fn new() -> Self {
        Registry { set: Cell::new(0), entries: RefCell::new(BTreeMap::new()), doorbell: Arc::new(Doorbell::default()) }
    }

    /// The task is about to sleep on its set: returns the set.
    pub(crate) fn sleep(&self) -> u32 {
        let set = self.set();
        self.doorbell.sleep(set);
        set
    }

    /// The task resumed: its wakers need not ring any more.
    pub(crate) fn awake(&self) {
        self.doorbell.awake();
    }

    /// The waitable set, created on first use.
    pub(crate) fn set(&self) -> u32 {
        match self.set.get() {
            0 => {
                let set = cm::waitable_set_new();
                self.set.set(set);
                set
            }
            set => set,
        }
    }

    /// Joins `waitable` to the set; its events go to the returned waiter.
    pub(crate) fn listen(&self, waitable: u32) -> Rc<Waiter> {
        let waiter = Rc::new(Waiter::default());
        self.entries.borrow_mut().insert(waitable, waiter.clone());
        let set = self.set();
        // SAFETY: `waitable` is a handle the caller owns (a subtask it got
        // from an async-lowered call); an invalid one traps, it is not UB.
        unsafe { cm::waitable_join(waitable, set) };
        waiter
    }

    /// Takes `waitable` out of the set: no more events for it.
    pub(crate) fn forget(&self, waitable: u32) {
        if self.entries.borrow_mut().remove(&waitable).is_some() {
            // SAFETY: as in `listen`; joining set 0 removes it from its set.
            unsafe { cm::waitable_join(waitable, 0) };
        }
    }

    /// Routes one event to its listener.
    pub(crate) fn deliver(&self, code: u32, waitable: u32, payload: u32) {
        if code == event::NONE || code == event::TASK_CANCELLED {
            return;
        }
        if self.doorbell.answer(waitable) {
            // The woken futures' flags are set: the next pass polls them.
            return;
        }
        let entries = self.entries.borrow();
        if let Some(w) = entries.get(&waitable) {
            w.event.set(Some((code, payload)));
            let waker = w.waker.borrow_mut().take();
            drop(entries);
            if let Some(waker) = waker {
                waker.wake();
            }
        }
    }

    /// Delivers every event that is ready without blocking.
    pub(crate) fn drain(&self) {
        let set = self.set.get();
        if set == 0 {
            return;
        }
        loop {
            let mut payload = [0u32; 2];
            // SAFETY: `set` is this registry's live set; `payload` is a valid
            // place for the two words the built-in writes.
            let code = unsafe { cm::waitable_set_poll(set, &mut payload) };
            if code == event::NONE {
                return;
            }
            self.deliver(code, payload[0], payload[1]);
        }
    }

    /// Blocks until one event arrives, and delivers it.
    pub(crate) fn wait(&self) {
        let set = self.sleep();
        let mut payload = [0u32; 2];
        // SAFETY: as in `drain`.
        let code = unsafe { cm::waitable_set_wait(set, &mut payload) };
        self.awake();
        self.deliver(code, payload[0], payload[1]);
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        if self.doorbell.ringing() {
            // A ring's read completed but its event was not delivered: the
            // stream end is busy until it is, so take it (from the set,
            // without blocking) before the stream is dropped.
            self.drain();
        }
        self.doorbell.hang_up();
        let set = self.set.get();
        if set != 0 {
            // SAFETY: the set is ours and empty: every listener holds an `Rc`
            // of this registry and leaves the set when it is dropped.
            unsafe { cm::waitable_set_drop(set) };
        }
    }
}
