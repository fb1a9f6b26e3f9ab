//! Async guest: every export awaits host imports in a different way.
//!
//! Written for wit-bindgen 0.63 and built twice: with wit-guest renamed to
//! `wit-bindgen` (this crate) and with wit-bindgen itself (`asyncs-wb`).

use std::cell::Cell;

use guest_support::CountingAlloc;
use wit_bindgen::rt::async_support::ErrorContext;

#[global_allocator]
static A: CountingAlloc = CountingAlloc;

wit_bindgen::generate!({
    world: "asyncs",
    // From the manifest of either crate that builds this file.
    path: "../asyncs/wit",
    sync: ["export:test:asyncs/api#blocking"],
});

use exports::test::asyncs::api::{AccBorrow, Guest as Api, GuestAcc, Point};
use test::asyncs::host;

struct Component;

/// Values sent by `signal`, and the waker of the call waiting for each.
type Signals = std::collections::HashMap<u32, (Option<u32>, Option<std::task::Waker>)>;
static SIGNALS: std::sync::LazyLock<std::sync::Mutex<Signals>> = std::sync::LazyLock::new(Default::default);

impl Api for Component {
    type Acc = Acc;

    async fn take_counter(c: host::Counter) -> u32 {
        c.get()
    }

    async fn echo(s: String) -> String {
        host::ping(s).await
    }

    async fn slow(id: u32) -> u32 {
        host::wait(id).await
    }

    async fn both(a: u32, b: u32) -> u32 {
        let first = wit_bindgen::spawn_local(host::wait(a));
        let second = host::wait(b).await;
        first.await.unwrap() + second
    }

    async fn drop_wait(id: u32, mode: u32) -> u32 {
        let fut = host::wait(id);
        match mode {
            0 => drop(fut),
            _ => {
                let mut fut = Box::pin(fut);
                // One poll: the call is made and pending.
                let polled = poll_once(fut.as_mut()).await;
                assert!(polled.is_none(), "wait is pending until released");
                if mode == 2 {
                    host::release(5);
                    // Let the host complete the call before the drop.
                    for _ in 0..3 {
                        wit_bindgen::yield_async().await;
                    }
                }
                drop(fut);
            }
        }
        host::cancelled()
    }

    async fn spawn_then_wait(id: u32) -> u32 {
        drop(wit_bindgen::spawn_local(async move {
            let v = host::wait(id + 1000).await;
            host::report(v);
        }));
        host::wait(id).await
    }

    async fn spawn_report(id: u32) -> u32 {
        drop(wit_bindgen::spawn_local(async move {
            let v = host::wait(id).await;
            host::report(v);
        }));
        id
    }

    async fn cancel_spawned(id: u32) -> Option<u32> {
        let mut handle = wit_bindgen::spawn_local(host::wait(id));
        wit_bindgen::yield_async().await;
        handle.cancel();
        handle.await
    }

    async fn yield_while(id: u32, n: u32) -> u32 {
        let counted = Cell::new(0);
        let wait = host::wait(id);
        let count = async {
            for _ in 0..n {
                counted.set(counted.get() + 1);
                wit_bindgen::yield_async().await;
            }
            host::release(100);
        };
        let (v, ()) = join(wait, count).await;
        v + counted.get()
    }

    async fn wait_signal(id: u32, also_wait: bool) -> u32 {
        let signal = std::future::poll_fn(|cx| {
            let mut signals = SIGNALS.lock().unwrap();
            let slot = signals.entry(id).or_default();
            match slot.0.take() {
                Some(v) => std::task::Poll::Ready(v),
                None => {
                    slot.1 = Some(cx.waker().clone());
                    std::task::Poll::Pending
                }
            }
        });
        if !also_wait {
            return signal.await;
        }
        // Whichever comes first; the other is dropped (the wait cancelled).
        let mut signal = Box::pin(signal);
        let mut wait = Box::pin(host::wait(id));
        std::future::poll_fn(|cx| {
            if let std::task::Poll::Ready(v) = signal.as_mut().poll(cx) {
                return std::task::Poll::Ready(v);
            }
            wait.as_mut().poll(cx)
        })
        .await
    }

    fn fail_now(msg: String, fail: bool) -> Result<String, ErrorContext> {
        if fail { Err(ErrorContext::new(&msg)) } else { Ok(msg) }
    }

    fn fail_many(msgs: Vec<String>, fail: bool) -> Result<Vec<String>, ErrorContext> {
        if fail { Err(ErrorContext::new(&msgs.concat())) } else { Ok(msgs) }
    }

    fn signal(id: u32, value: u32) {
        let mut signals = SIGNALS.lock().unwrap();
        let slot = signals.entry(id).or_default();
        slot.0 = Some(value);
        if let Some(w) = slot.1.take() {
            w.wake();
        }
    }

    async fn moved_wait(id: u32) -> u32 {
        let mut wait = Box::pin(host::wait(id));
        let first = wit_bindgen::block_on(poll_once(wait.as_mut()));
        assert!(first.is_none(), "wait is pending until released");
        wait.await
    }

    async fn shift_all(points: Vec<Point>) -> Vec<Point> {
        host::shift(points).await
    }

    async fn join_all(a: String, b: String, c: u64, d: Vec<u8>) -> String {
        host::join(a, b, c, d).await
    }

    fn blocking(s: String) -> String {
        wit_bindgen::block_on(async { host::ping(s).await + " (blocking)" })
    }

    async fn counter_sum(start: u32, n: u32) -> u32 {
        let c = host::Counter::make(start).await;
        let mut last = 0;
        for i in 1..=n {
            last = c.add(i).await;
        }
        assert_eq!(last, c.get());
        let d = host::Counter::new(1);
        last + d.add(1).await
    }

    async fn make_error(msg: String) -> ErrorContext {
        ErrorContext::new(&msg)
    }

    async fn error_message(e: ErrorContext) -> String {
        format!("{e} / {e:?}")
    }

    async fn fail(msg: String, fail: bool) -> Result<u32, ErrorContext> {
        if fail { Err(ErrorContext::new(&msg)) } else { Ok(msg.len() as u32) }
    }

    async fn describe_error(msg: String) -> String {
        let e = ErrorContext::new(&msg);
        assert_eq!(e.debug_message(), msg);
        assert!(e != ErrorContext::new("another"), "each context is its own handle");
        let boxed: Box<dyn std::error::Error> = Box::new(e);
        format!("{boxed} / {boxed:?}")
    }

    async fn hold_back(id: u32) {
        wit_bindgen::backpressure_inc();
        host::wait(id).await;
        wit_bindgen::backpressure_dec();
    }

    fn live_bytes() -> i64 {
        guest_support::live_bytes()
    }
}

pub struct Acc(Cell<u32>);

impl GuestAcc for Acc {
    fn new(start: u32) -> Self {
        Acc(Cell::new(start))
    }

    async fn add(&self, n: u32) -> u32 {
        let pong = host::ping(n.to_string()).await;
        assert_eq!(pong, format!("pong: {n}"));
        self.0.set(self.0.get() + n);
        self.0.get()
    }

    async fn total(a: AccBorrow<'_>, b: AccBorrow<'_>) -> u32 {
        a.get::<Acc>().0.get() + b.get::<Acc>().0.get()
    }
}

impl Guest for Component {
    async fn top(x: u32) -> u32 {
        top_ping(x).await + 1
    }
}

export!(Component);

/// Polls `fut` once; its output if it was ready.
async fn poll_once<F: Future + Unpin>(mut fut: F) -> Option<F::Output> {
    std::future::poll_fn(|cx| match std::pin::Pin::new(&mut fut).poll(cx) {
        std::task::Poll::Ready(v) => std::task::Poll::Ready(Some(v)),
        std::task::Poll::Pending => std::task::Poll::Ready(None),
    })
    .await
}

/// Awaits two futures concurrently.
async fn join<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let mut a = std::pin::pin!(a);
    let mut b = std::pin::pin!(b);
    let (mut ra, mut rb) = (None, None);
    std::future::poll_fn(|cx| {
        if ra.is_none()
            && let std::task::Poll::Ready(v) = a.as_mut().poll(cx)
        {
            ra = Some(v);
        }
        if rb.is_none()
            && let std::task::Poll::Ready(v) = b.as_mut().poll(cx)
        {
            rb = Some(v);
        }
        if ra.is_some() && rb.is_some() { std::task::Poll::Ready(()) } else { std::task::Poll::Pending }
    })
    .await;
    (ra.unwrap(), rb.unwrap())
}
