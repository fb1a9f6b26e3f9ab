//! Async functions end to end (`tests/guests/asyncs`): the host implements
//! async imports that answer at once or stay pending until released, and
//! drives the guest's async exports concurrently, asserting every value.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use tokio::sync::oneshot;
use wasmtime::Store;
use wasmtime::component::{Accessor, HasData, Resource};
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, async_store_and_linker, component};

pub struct CounterState {
    value: u32,
}

wasmtime::component::bindgen!({
    path: "guests/asyncs/wit",
    world: "asyncs",
    exports: { default: async | store },
    with: { "test:asyncs/host.counter": CounterState },
    additional_derives: [PartialEq],
});

use exports::test::asyncs::api::Point;
use test::asyncs::host;

#[derive(Default)]
struct Host {
    wasi: Wasi,
    /// Pending `wait` calls: the id and the sender that completes it.
    waiters: Vec<(u32, oneshot::Sender<u32>)>,
    /// `wait` calls dropped before they completed (the guest cancelled).
    cancelled: Arc<AtomicU32>,
    reports: Vec<u32>,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl HasData for Host {
    type Data<'a> = &'a mut Host;
}

/// Counts a `wait` as cancelled unless it completed.
struct CancelGuard(Arc<AtomicU32>, bool);

impl Drop for CancelGuard {
    fn drop(&mut self) {
        if !self.1 {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
}

impl<T> host::HostWithStore<T> for Host {
    async fn ping(_: &Accessor<T, Self>, s: String) -> String {
        format!("pong: {s}")
    }

    async fn wait(a: &Accessor<T, Self>, id: u32) -> u32 {
        let (tx, rx) = oneshot::channel();
        let cancelled = a.with(|mut s| {
            let h = s.get();
            h.waiters.push((id, tx));
            h.cancelled.clone()
        });
        let mut guard = CancelGuard(cancelled, false);
        let v = rx.await.expect("released");
        guard.1 = true;
        id + v
    }

    async fn shift(_: &Accessor<T, Self>, points: Vec<host::Point>) -> Vec<host::Point> {
        tokio::task::yield_now().await;
        points.into_iter().map(|p| host::Point { x: p.x + 1, y: p.y + 1 }).collect()
    }

    async fn join(_: &Accessor<T, Self>, a: String, b: String, c: u64, d: Vec<u8>) -> String {
        format!("{a}|{b}|{c}|{d:?}")
    }
}

impl host::Host for Host {
    fn release(&mut self, value: u32) {
        for (_, tx) in self.waiters.drain(..) {
            let _ = tx.send(value);
        }
    }

    fn cancelled(&mut self) -> u32 {
        self.cancelled.load(Ordering::SeqCst)
    }

    fn report(&mut self, value: u32) {
        self.reports.push(value);
    }
}

impl<T> host::HostCounterWithStore<T> for Host {
    async fn add(a: &Accessor<T, Self>, this: Resource<CounterState>, n: u32) -> u32 {
        a.with(|mut s| {
            let c = s.get().wasi.table.get_mut(&this).unwrap();
            c.value += n;
            c.value
        })
    }

    async fn make(a: &Accessor<T, Self>, start: u32) -> Resource<CounterState> {
        a.with(|mut s| s.get().wasi.table.push(CounterState { value: start }).unwrap())
    }
}

impl host::HostCounter for Host {
    fn new(&mut self, start: u32) -> Resource<CounterState> {
        self.wasi.table.push(CounterState { value: start }).unwrap()
    }

    fn get(&mut self, this: Resource<CounterState>) -> u32 {
        self.wasi.table.get(&this).unwrap().value
    }

    fn drop(&mut self, this: Resource<CounterState>) -> wasmtime::Result<()> {
        self.wasi.table.delete(this)?;
        Ok(())
    }
}

impl<T> AsyncsImportsWithStore<T> for Host {
    async fn top_ping(_: &Accessor<T, Self>, x: u32) -> u32 {
        x * 2
    }
}

impl AsyncsImports for Host {}

async fn instantiate() -> (Store<Host>, Asyncs) {
    let (mut store, mut linker) = async_store_and_linker(Host::default());
    Asyncs::add_to_linker::<_, Host>(&mut linker, |h| h).unwrap();
    let guest = Asyncs::instantiate_async(&mut store, &component("guest_asyncs"), &linker).await.unwrap();
    (store, guest)
}

#[tokio::test]
async fn an_export_awaits_an_import_that_answers_at_once() {
    let (mut store, guest) = instantiate().await;
    let got = store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            let echo = api.call_echo(a, "hi".to_string()).await.unwrap();
            let top = guest.call_top(a, 20).await.unwrap();
            (echo, top)
        })
        .await
        .unwrap();
    assert_eq!(got, ("pong: hi".to_string(), 41));
}

/// Lets the guest run until `pred` holds of the host state (a bounded
/// number of scheduler turns).
async fn until(a: &Accessor<Host>, what: &str, pred: impl Fn(&Host) -> bool) {
    for _ in 0..10_000 {
        if a.with(|mut s| pred(s.get())) {
            return;
        }
        tokio::task::yield_now().await;
    }
    panic!("timed out waiting for: {what}");
}

/// Awaits every future, polling all of them each time (so that calls into
/// the guest run concurrently).
async fn join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut futures: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut out: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        for (f, o) in futures.iter_mut().zip(&mut out) {
            if o.is_none()
                && let std::task::Poll::Ready(v) = f.as_mut().poll(cx)
            {
                *o = Some(v);
            }
        }
        if out.iter().all(Option::is_some) { std::task::Poll::Ready(()) } else { std::task::Poll::Pending }
    })
    .await;
    out.into_iter().map(Option::unwrap).collect()
}

fn release(a: &Accessor<Host>, value: u32) {
    a.with(|mut s| host::Host::release(s.get(), value));
}

#[tokio::test]
async fn an_import_stays_pending_while_the_guest_waits_and_completes_later() {
    let (mut store, guest) = instantiate().await;
    store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            let slow = api.call_slow(a, 7);
            let check = async {
                until(a, "the guest awaits `wait(7)`", |h| h.waiters.len() == 1).await;
                assert_eq!(a.with(|mut s| s.get().waiters[0].0), 7);
                release(a, 100);
            };
            let (got, ()) = tokio::join!(slow, check);
            assert_eq!(got.unwrap(), 107);
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn many_concurrent_calls_into_one_export() {
    let (mut store, guest) = instantiate().await;
    store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            let calls = join_all((0..50).map(|i| api.call_slow(a, i)).collect());
            let release_all = async {
                until(a, "all 50 calls await `wait`", |h| h.waiters.len() == 50).await;
                release(a, 1000);
            };
            let (all, ()) = tokio::join!(calls, release_all);
            let all: Vec<u32> = all.into_iter().map(Result::unwrap).collect();
            assert_eq!(all, (0..50).map(|i| i + 1000).collect::<Vec<_>>());
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn spawned_futures_run_concurrently_and_outlive_the_call() {
    let (mut store, guest) = instantiate().await;
    store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            // Two waits at once in one call: one spawned, one awaited.
            let both = api.call_both(a, 1, 2);
            let check = async {
                until(a, "both waits pending", |h| h.waiters.len() == 2).await;
                release(a, 10);
            };
            let (got, ()) = tokio::join!(both, check);
            assert_eq!(got.unwrap(), 11 + 12);

            // The call returns before its spawned task has finished.
            assert_eq!(api.call_spawn_report(a, 5).await.unwrap(), 5);
            until(a, "the spawned task awaits `wait(5)`", |h| h.waiters.len() == 1).await;
            assert!(a.with(|mut s| s.get().reports.is_empty()));
            release(a, 1);
            until(a, "the spawned task reports", |h| h.reports == [6]).await;
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn dropping_an_import_future_cancels_the_call() {
    let (mut store, guest) = instantiate().await;
    store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            // Dropped before its first poll: the host never sees the call.
            assert_eq!(api.call_drop_wait(a, 1, 0).await.unwrap(), 0);
            assert!(a.with(|mut s| s.get().waiters.is_empty()));
            // Dropped while pending: the host's future is dropped.
            assert_eq!(api.call_drop_wait(a, 2, 1).await.unwrap(), 1);
            // Released, then dropped: the result arrived and is freed, nothing
            // is cancelled.
            assert_eq!(api.call_drop_wait(a, 3, 2).await.unwrap(), 1);
            // A cancelled join handle gives `None`; its wait is cancelled.
            assert_eq!(api.call_cancel_spawned(a, 4).await.unwrap(), None);
            assert_eq!(a.with(|mut s| host::Host::cancelled(s.get())), 2);
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn a_waker_woken_by_another_task_wakes_its_task() {
    let (mut store, guest) = instantiate().await;
    store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            // Nothing but the other call can wake the first.
            let waiting = api.call_wait_signal(a, 1, false);
            let other = async {
                for _ in 0..100 {
                    tokio::task::yield_now().await;
                }
                api.call_signal(a, 1, 42).await.unwrap();
            };
            let (got, ()) = tokio::join!(waiting, other);
            assert_eq!(got.unwrap(), 42);
            // The same while a host call is pending in the waiting task too:
            // the signal wins, the host call is cancelled.
            let waiting = api.call_wait_signal(a, 2, true);
            let other = async {
                until(a, "the host wait is pending", |h| h.waiters.len() == 1).await;
                api.call_signal(a, 2, 7).await.unwrap();
            };
            let (got, ()) = tokio::join!(waiting, other);
            assert_eq!(got.unwrap(), 7);
            until(a, "the host wait was cancelled", |h| h.cancelled.load(Ordering::SeqCst) == 1).await;
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn an_import_call_polled_by_two_executors_completes() {
    let (mut store, guest) = instantiate().await;
    store
        .run_concurrent(async |a| {
            let moved = guest.test_asyncs_api().call_moved_wait(a, 8);
            let check = async {
                until(a, "the moved call is pending", |h| h.waiters.len() == 1).await;
                release(a, 2);
            };
            let (got, ()) = tokio::join!(moved, check);
            assert_eq!(got.unwrap(), 10);
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn a_yield_loop_still_receives_events() {
    let (mut store, guest) = instantiate().await;
    let got = store.run_concurrent(async |a| guest.test_asyncs_api().call_yield_while(a, 3, 20).await).await.unwrap();
    assert_eq!(got.unwrap(), 3 + 100 + 20);
}

#[tokio::test]
async fn lists_records_and_spilled_arguments_cross_both_ways() {
    let (mut store, guest) = instantiate().await;
    store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            let points = vec![Point { x: 1, y: -1 }, Point { x: 40, y: 2 }];
            let got = api.call_shift_all(a, points).await.unwrap();
            assert_eq!(got, vec![Point { x: 2, y: 0 }, Point { x: 41, y: 3 }]);
            assert_eq!(api.call_shift_all(a, Vec::new()).await.unwrap(), Vec::new());
            let got = api.call_join_all(a, "a".into(), "bé".into(), u64::MAX, vec![1, 2, 3]).await.unwrap();
            assert_eq!(got, format!("a|bé|{}|[1, 2, 3]", u64::MAX));
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn block_on_in_a_sync_bound_export() {
    let (mut store, guest) = instantiate().await;
    let got = store.run_concurrent(async |a| guest.test_asyncs_api().call_blocking(a, "b".into()).await).await.unwrap();
    assert_eq!(got.unwrap(), "pong: b (blocking)");
}

#[tokio::test]
async fn async_resource_methods_and_statics_both_ways() {
    let (mut store, guest) = instantiate().await;
    let got = store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            // Imported: `make` (static), `add` (method) async; `new`, `get` sync.
            assert_eq!(api.call_counter_sum(a, 10, 3).await.unwrap(), 16 + 2);
            // Exported: async methods and statics of the guest's resource.
            let acc = api.acc();
            let x = acc.call_constructor(a, 5).await.unwrap();
            let y = acc.call_constructor(a, 1).await.unwrap();
            assert_eq!(acc.call_add(a, x, 3).await.unwrap(), 8);
            assert_eq!(acc.call_total(a, x, y).await.unwrap(), 9);
            (x, y)
        })
        .await
        .unwrap();
    let (x, y) = got;
    x.resource_drop_async(&mut store).await.unwrap();
    y.resource_drop_async(&mut store).await.unwrap();
}

#[tokio::test]
async fn error_context_values() {
    let (mut store, guest) = instantiate().await;
    store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            let got = api.call_describe_error(a, "boom".into()).await.unwrap();
            assert_eq!(got, "boom / ErrorContext { debug_message: \"boom\" }");
            // Values the host receives (wasmtime 48 cannot read their
            // message, nor keep them once the guest drops its handle: the
            // message round trip is tested between two components).
            api.call_make_error(a, "made".into()).await.unwrap();
            assert!(api.call_fail(a, "bad input".into(), true).await.unwrap().is_err());
            assert!(matches!(api.call_fail(a, "abc".into(), false).await.unwrap(), Ok(3)));
            // Sync exports: lifting fails if the guest dropped the handle
            // before its post-return.
            assert!(api.call_fail_now(a, "bad".into(), true).await.unwrap().is_err());
            assert_eq!(api.call_fail_now(a, "fine".into(), false).await.unwrap().ok().as_deref(), Some("fine"));
            let msgs = vec!["a".to_string(), "bc".to_string()];
            assert!(api.call_fail_many(a, msgs.clone(), true).await.unwrap().is_err());
            assert_eq!(api.call_fail_many(a, msgs.clone(), false).await.unwrap().ok(), Some(msgs));
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn backpressure_holds_new_calls_until_released() {
    let (mut store, guest) = instantiate().await;
    store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            let hold = api.call_hold_back(a, 1);
            let check = async {
                until(a, "the guest holds backpressure", |h| h.waiters.len() == 1).await;
                let echo = api.call_echo(a, "later".into());
                tokio::pin!(echo);
                tokio::select! {
                    _ = &mut echo => panic!("a call started under backpressure"),
                    _ = tokio::time::sleep(std::time::Duration::from_millis(50)) => {}
                }
                release(a, 0);
                assert_eq!(echo.await.unwrap(), "pong: later");
            };
            let (held, ()) = tokio::join!(hold, check);
            held.unwrap();
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn ten_thousand_calls_leak_nothing() {
    let (mut store, guest) = instantiate().await;
    let soak = store
        .run_concurrent(async |a| {
            let api = guest.test_asyncs_api();
            // Warm up: the first calls size the allocator's structures.
            api.call_echo(a, "warm".into()).await.unwrap();
            let before = api.call_live_bytes(a).await.unwrap();
            // Four calls a round.
            let rounds = wit_guest_tests::soak_rounds() / 4;
            for i in 0..rounds {
                let s = "x".repeat((i % 50) as usize);
                assert_eq!(api.call_echo(a, s.clone()).await.unwrap(), format!("pong: {s}"));
                let points = vec![Point { x: i as i32, y: 0 }; (i % 7) as usize];
                assert_eq!(api.call_shift_all(a, points).await.unwrap().len(), (i % 7) as usize);
                let joined = api.call_join_all(a, s.clone(), s.clone(), 1, vec![0; 3]).await.unwrap();
                assert_eq!(joined, format!("{s}|{s}|1|[0, 0, 0]"));
                api.call_drop_wait(a, i, 1).await.unwrap();
            }
            let after = api.call_live_bytes(a).await.unwrap();
            assert_eq!(after, before, "the guest's live heap grew over {} async calls", rounds * 4);
            (rounds * 4, before, after)
        })
        .await
        .unwrap();
    // No subtask, waitable set or handle is left, in the guest's handle
    // tables or in the store's concurrent-state table.
    let left = store.concurrent_state_table_size();
    let (calls, before, after) = soak;
    wit_guest_tests::soak_report(
        "async calls (imports, exports, spawns)",
        calls,
        before,
        after,
        &format!("{left} store table entries left"),
    );
    assert_eq!(left, 0);
    store.assert_concurrent_state_empty();
}
