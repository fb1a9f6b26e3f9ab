//! The async component model's runtime: the executor behind async exports
//! and [`block_on`], import calls as futures, spawning, yielding,
//! backpressure, `error-context`, and `future<T>` / `stream<T>`.
//!
//! It runs in a component on single-threaded wasm32 (`wasm32-wasip2` and
//! later); elsewhere the bindings compile, and its entry points panic.
//! The public names are the ones wit-bindgen 0.63 exports, so async code
//! written for it compiles unchanged.

mod abi_buffer;
mod doorbell;
mod error_context;
mod executor;
mod future;
#[cfg(feature = "futures-stream")]
mod futures_stream;
mod intrinsics;
mod pending;
mod spawn;
mod stream;
mod subtask;
mod task;
mod waitable;

pub use abi_buffer::AbiBuffer;
pub use error_context::ErrorContext;
pub use executor::block_on;
pub use future::{
    FutureRead, FutureReader, FutureVtable, FutureWrite, FutureWriteCancel, FutureWriteError, FutureWriter, future_new,
};
#[cfg(feature = "futures-stream")]
pub use futures_stream::StreamReaderStream;
pub use spawn::{JoinHandle, spawn_local};
pub use stream::{StreamRead, StreamReader, StreamResult, StreamVtable, StreamWrite, StreamWriter, stream_new};
pub use subtask::{CallArea, DropResult, Subtask};
pub use task::{callback, start_task};

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

/// Lets the component model run other work, then resumes: the current task
/// yields to the runtime (an async export returns `YIELD`; [`block_on`]
/// calls `thread.yield`), and events that arrived meanwhile are delivered.
pub async fn yield_async() {
    struct Yield(bool);
    impl Future for Yield {
        type Output = ();
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            if self.0 {
                return Poll::Ready(());
            }
            self.0 = true;
            // A future that wakes itself while polled makes its task yield.
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
    Yield(false).await
}

/// Lets the component model run other work before this call returns,
/// without leaving the current task. Returns `false` if the task was
/// cancelled meanwhile (never with the non-cancellable built-in used here).
pub fn yield_blocking() -> bool {
    executor::assert_supported();
    intrinsics::thread_yield() == 0
}

/// Raises this instance's backpressure: new calls to its async exports wait
/// until as many [`backpressure_dec`] calls have been made.
pub fn backpressure_inc() {
    executor::assert_supported();
    intrinsics::backpressure_inc()
}

/// Lowers the backpressure raised by [`backpressure_inc`]. Below zero is a
/// trap.
pub fn backpressure_dec() {
    executor::assert_supported();
    intrinsics::backpressure_dec()
}

/// The packed result of an `[async-lower]` call: the subtask's state.
#[doc(hidden)]
pub use intrinsics::state as subtask_state;
