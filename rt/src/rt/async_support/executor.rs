//! The executor: polls a task's futures when they are woken and tells the
//! component model what the task waits for.
//!
//! One [`Executor`] runs per task — an async export call or a
//! [`block_on`](super::block_on) — and is the *current* executor while it
//! polls, which is how an import call or [`spawn_local`](super::spawn_local)
//! deep inside a future finds its task. Wakers are `Arc`s of a flag per
//! future: waking allocates nothing, and a pass polls only woken futures.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::sync::Arc;
use alloc::task::Wake;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::future::Future;
use core::pin::Pin;
use core::ptr;
use core::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use core::task::{Context, Poll, Waker};

use super::doorbell::Doorbell;
use super::waitable::Registry;

/// A spawned future, boxed.
pub(crate) type BoxFuture = Pin<Box<dyn Future<Output = ()>>>;

/// A spawned future and its wake flag.
type Spawned = (BoxFuture, Arc<Wakeup>);

/// The wake flag of one future an executor polls, and the doorbell of its
/// task for wakes from other tasks.
pub(crate) struct Wakeup {
    woken: AtomicBool,
    cancelled: AtomicBool,
    doorbell: Arc<Doorbell>,
}

impl Wakeup {
    pub(crate) fn new(doorbell: &Arc<Doorbell>) -> Arc<Self> {
        Arc::new(Wakeup { woken: AtomicBool::new(true), cancelled: AtomicBool::new(false), doorbell: doorbell.clone() })
    }

    fn take(&self) -> bool {
        self.woken.swap(false, Ordering::Relaxed)
    }

    fn is_woken(&self) -> bool {
        self.woken.load(Ordering::Relaxed)
    }

    /// Asks the executor to drop the future instead of polling it.
    pub(crate) fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
        self.woken.store(true, Ordering::Relaxed);
        self.doorbell.ring();
    }
}

impl Wake for Wakeup {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.woken.store(true, Ordering::Relaxed);
        self.doorbell.ring();
    }
}

/// Whether the async runtime can run here: wasm32 without threads, where
/// one task runs at a time on the one thread.
pub(crate) fn assert_supported() {
    if !cfg!(all(target_arch = "wasm32", not(target_feature = "atomics"))) {
        panic!("the wit-guest async runtime runs only in a component on single-threaded wasm32");
    }
}

/// Rounds of polling in one pass before the task yields to the runtime.
const MAX_ROUNDS: u32 = 64;

/// The executor polling right now, if any.
static CURRENT: AtomicPtr<Executor> = AtomicPtr::new(ptr::null_mut());

/// The futures of one task and its waitables.
pub(crate) struct Executor {
    pub(crate) registry: Rc<Registry>,
    spawned: RefCell<Vec<Option<Spawned>>>,
    incoming: RefCell<Vec<Spawned>>,
    /// Set when a future woke itself while being polled: the task yields
    /// instead of polling it again at once.
    yield_requested: Cell<bool>,
}

/// The root future of a pass: polled through a closure so that its output
/// type and lifetime stay the caller's.
pub(crate) type Root<'a> = (&'a mut dyn FnMut(&mut Context<'_>) -> bool, &'a Arc<Wakeup>);

impl Executor {
    pub(crate) fn new() -> Self {
        Executor {
            registry: Rc::new(Registry::new()),
            spawned: RefCell::new(Vec::new()),
            incoming: RefCell::new(Vec::new()),
            yield_requested: Cell::new(false),
        }
    }

    /// Runs `f` with the current executor, if one is polling.
    pub(crate) fn with_current<R>(f: impl FnOnce(&Executor) -> R) -> Option<R> {
        let p = CURRENT.load(Ordering::Relaxed);
        // SAFETY: `CURRENT` is non-null only inside `pass`, which stores a
        // reference to an executor that outlives the pass and restores the
        // previous value before returning; the runtime runs only on
        // single-threaded wasm32 (`assert_supported`), so no other thread
        // can observe it.
        unsafe { p.as_ref() }.map(f)
    }

    /// Adds a future to poll alongside the others; its wake flag.
    pub(crate) fn spawn(&self, fut: BoxFuture) -> Arc<Wakeup> {
        let wake = Wakeup::new(&self.registry.doorbell);
        self.incoming.borrow_mut().push((fut, wake.clone()));
        wake
    }

    /// Runs `f` with this executor current (what `spawn_local` and import
    /// calls reach), restoring the previous one after.
    pub(crate) fn enter<R>(&self, f: impl FnOnce() -> R) -> R {
        struct Restore(*mut Executor);
        impl Drop for Restore {
            fn drop(&mut self) {
                CURRENT.store(self.0, Ordering::Relaxed);
            }
        }
        let _restore = Restore(CURRENT.swap(self as *const Executor as *mut Executor, Ordering::Relaxed));
        f()
    }

    /// Polls every woken future (the root first) until none is woken, or
    /// one asked to yield. Returns whether the root finished in this pass.
    pub(crate) fn pass(&self, root: Option<Root<'_>>) -> bool {
        self.enter(|| self.pass_in(root))
    }

    fn pass_in(&self, mut root: Option<Root<'_>>) -> bool {
        let mut root_done = false;
        // Futures that keep waking each other (a channel ping-pong) would
        // never let the task yield: after this many rounds it does.
        let mut rounds = 0;
        loop {
            rounds += 1;
            if rounds > MAX_ROUNDS {
                self.yield_requested.set(true);
                return root_done;
            }
            let mut polled = false;
            if let Some((poll, wake)) = root.as_mut()
                && !root_done
                && wake.take()
            {
                polled = true;
                let waker = Waker::from((*wake).clone());
                root_done = poll(&mut Context::from_waker(&waker));
                if !root_done && wake.is_woken() {
                    self.yield_requested.set(true);
                }
            }
            polled |= self.poll_spawned();
            if !polled || self.yield_requested.get() {
                return root_done;
            }
        }
    }

    /// One round over the spawned futures; whether any was polled.
    fn poll_spawned(&self) -> bool {
        let incoming = core::mem::take(&mut *self.incoming.borrow_mut());
        let mut polled = false;
        {
            let mut spawned = self.spawned.borrow_mut();
            for new in incoming {
                match spawned.iter_mut().find(|s| s.is_none()) {
                    Some(free) => *free = Some(new),
                    None => spawned.push(Some(new)),
                }
            }
        }
        let n = self.spawned.borrow().len();
        for i in 0..n {
            let taken = {
                let mut spawned = self.spawned.borrow_mut();
                match &spawned[i] {
                    Some((_, wake)) if wake.take() => spawned[i].take(),
                    _ => None,
                }
            };
            let Some((mut fut, wake)) = taken else { continue };
            polled = true;
            if wake.cancelled.load(Ordering::Relaxed) {
                drop(fut);
                continue;
            }
            let waker = Waker::from(wake.clone());
            if fut.as_mut().poll(&mut Context::from_waker(&waker)).is_pending() {
                if wake.is_woken() {
                    self.yield_requested.set(true);
                }
                self.spawned.borrow_mut()[i] = Some((fut, wake));
            }
        }
        polled
    }

    /// Whether no spawned future is left (finished or cancelled).
    pub(crate) fn spawned_done(&self) -> bool {
        self.incoming.borrow().is_empty() && self.spawned.borrow().iter().all(Option::is_none)
    }

    /// Takes the request to yield made during the last pass.
    pub(crate) fn take_yield(&self) -> bool {
        self.yield_requested.replace(false)
    }
}

/// Runs `fut` to completion on the current thread, waiting for the
/// component model's events when it is pending: from sync code or inside an
/// async export (the whole task then waits). The component model lets only
/// the task of an `async func` block before it returns: in a function the
/// WIT declares sync, a future that has to wait makes the runtime trap
/// (wasmtime 48 does), so there `block_on` suits futures that never wait.
///
/// Futures spawned inside it with [`spawn_local`](super::spawn_local) run
/// alongside, and it returns once they have finished too.
pub fn block_on<T>(fut: impl Future<Output = T>) -> T {
    assert_supported();
    let exec = Executor::new();
    let mut fut = core::pin::pin!(fut);
    let mut out = None;
    let mut poll = |cx: &mut Context<'_>| match fut.as_mut().poll(cx) {
        Poll::Ready(v) => {
            out = Some(v);
            true
        }
        Poll::Pending => false,
    };
    let wake = Wakeup::new(&exec.registry.doorbell);
    let mut done = false;
    loop {
        done |= exec.pass(if done { None } else { Some((&mut poll, &wake)) });
        if done && exec.spawned_done() {
            break;
        }
        if exec.take_yield() {
            super::yield_blocking();
            exec.registry.drain();
        } else {
            exec.registry.wait();
        }
    }
    match out {
        Some(v) => v,
        None => unreachable!("the root future finished"),
    }
}
