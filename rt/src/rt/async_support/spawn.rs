//! Futures spawned into the current task, and the handles to join them.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::sync::Arc;
use core::cell::{Cell, RefCell};
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, Waker};

use super::executor::{Executor, Wakeup};

/// What a spawned future and its handle share.
struct Shared<T> {
    value: RefCell<Option<T>>,
    finished: Cell<bool>,
    joiner: RefCell<Option<Waker>>,
}

/// Marks the spawned future finished however it ends: completed, cancelled
/// or dropped with its task.
struct Finish<T>(Rc<Shared<T>>);

impl<T> Drop for Finish<T> {
    fn drop(&mut self) {
        self.0.finished.set(true);
        if let Some(w) = self.0.joiner.borrow_mut().take() {
            w.wake();
        }
    }
}

/// Runs `fut` concurrently with the current task's other futures, on the
/// same thread. The task (an async export call or a [`block_on`]) does not
/// end before `fut` has finished, so work can go on after an export returned
/// its results.
///
/// # Panics
/// Outside of a task.
///
/// [`block_on`]: super::block_on
pub fn spawn_local<T: 'static>(fut: impl Future<Output = T> + 'static) -> JoinHandle<T> {
    let shared = Rc::new(Shared { value: RefCell::new(None), finished: Cell::new(false), joiner: RefCell::new(None) });
    let finish = Finish(shared.clone());
    let task = async move {
        let value = fut.await;
        *finish.0.value.borrow_mut() = Some(value);
        drop(finish);
    };
    let Some(wake) = Executor::with_current(|e| e.spawn(Box::pin(task))) else {
        panic!("spawn_local was called outside of a task (an async export or block_on)");
    };
    JoinHandle { shared, wake }
}

/// A future spawned with [`spawn_local`]. Awaiting it gives the future's
/// output, or `None` if it was cancelled; dropping it lets the future run on.
pub struct JoinHandle<T> {
    shared: Rc<Shared<T>>,
    wake: Arc<Wakeup>,
}

impl<T> JoinHandle<T> {
    /// Cancels the future: it is dropped before it is polled again, and
    /// awaiting this handle gives `None` unless it had finished already.
    pub fn cancel(&mut self) {
        if !self.shared.finished.get() {
            self.wake.cancel();
        }
    }
}

impl<T> Future for JoinHandle<T> {
    type Output = Option<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        if self.shared.finished.get() {
            return Poll::Ready(self.shared.value.borrow_mut().take());
        }
        *self.shared.joiner.borrow_mut() = Some(cx.waker().clone());
        Poll::Pending
    }
}
