//! Async calls between components: a driver component calls the `asyncs`
//! component's async exports — awaited, concurrent, cancelled mid-call, with
//! `error-context` values crossing — composed with wasm-compose and run in
//! wasmtime. Each side is built by wit-guest or by wit-bindgen 0.63 from the
//! same source, so calls go both ways between the two generators.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use calculator_host::compose;
use tokio::sync::oneshot;
use wasmtime::component::{Accessor, Component, HasData, Resource};
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, async_store_and_linker, engine, guest_wasm, target_dir};

pub struct CounterState {
    value: u32,
}

wasmtime::component::bindgen!({
    path: "guests/asyncs/wit",
    world: "composed",
    with: { "test:asyncs/host.counter": CounterState },
    additional_derives: [PartialEq],
});

use test::asyncs::host;

#[derive(Default)]
struct Host {
    wasi: Wasi,
    waiters: Vec<(u32, oneshot::Sender<u32>)>,
    cancelled: Arc<AtomicU32>,
    reports: Vec<u32>,
    pings: Vec<String>,
    /// Host counters alive.
    counters: i32,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl HasData for Host {
    type Data<'a> = &'a mut Host;
}

struct CancelGuard(Arc<AtomicU32>, bool);

impl Drop for CancelGuard {
    fn drop(&mut self) {
        if !self.1 {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
}

impl<T> host::HostWithStore<T> for Host {
    async fn ping(a: &Accessor<T, Self>, s: String) -> String {
        a.with(|mut h| h.get().pings.push(s.clone()));
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
    async fn add(_: &Accessor<T, Self>, _: Resource<CounterState>, _: u32) -> u32 {
        unreachable!("the driver does not use counters")
    }

    async fn make(_: &Accessor<T, Self>, _: u32) -> Resource<CounterState> {
        unreachable!("the driver does not use counters")
    }
}

impl host::HostCounter for Host {
    fn new(&mut self, start: u32) -> Resource<CounterState> {
        self.counters += 1;
        self.wasi.table.push(CounterState { value: start }).unwrap()
    }

    fn get(&mut self, this: Resource<CounterState>) -> u32 {
        self.wasi.table.get(&this).unwrap().value
    }

    fn drop(&mut self, this: Resource<CounterState>) -> wasmtime::Result<()> {
        self.counters -= 1;
        self.wasi.table.delete(this)?;
        Ok(())
    }
}

impl<T> ComposedImportsWithStore<T> for Host {
    async fn top_ping(_: &Accessor<T, Self>, x: u32) -> u32 {
        x * 2
    }
}

impl ComposedImports for Host {}

/// The driver composed with an `api` implementation (crate names).
fn composed(driver: &str, api: &str) -> Component {
    let out = target_dir().join(format!("wasm32-wasip2/debug/composed/{driver}+{api}.wasm"));
    compose(&guest_wasm(driver), &[guest_wasm(api)], &out).expect("composes");
    Component::from_file(engine(), &out).expect("composed component compiles")
}

fn release(a: &Accessor<Host>, value: u32) {
    a.with(|mut s| host::Host::release(s.get(), value));
}

async fn until(a: &Accessor<Host>, what: &str, pred: impl Fn(&Host) -> bool) {
    for _ in 0..10_000 {
        if a.with(|mut s| pred(s.get())) {
            return;
        }
        tokio::task::yield_now().await;
    }
    panic!("timed out waiting for: {what}");
}

/// Runs every driver function against `api`. `passes_error_contexts`: the
/// driver keeps an `error-context` argument alive until the callee has taken
/// it. wit-bindgen 0.63 drops it as soon as it is lowered, so a callee that
/// starts later (an async export of another component) finds the handle gone
/// ("unknown handle index"); wit-guest keeps a call's arguments until it
/// resolves.
async fn drive(driver: &str, api: &str, passes_error_contexts: bool) {
    let (mut store, mut linker) = async_store_and_linker(Host::default());
    Composed::add_to_linker::<_, Host>(&mut linker, |h| h).unwrap();
    let c = Composed::instantiate_async(&mut store, &composed(driver, api), &linker).await.unwrap();
    store
        .run_concurrent(async |a| {
            let d = c.test_asyncs_driver();
            let got = d.call_error_roundtrip(a, "broken pipe".into()).await.unwrap();
            assert_eq!(got, "broken pipe | ErrorContext { debug_message: \"broken pipe\" }");
            if passes_error_contexts {
                let got = d.call_error_pass(a, "no route".into()).await.unwrap();
                assert_eq!(got, "no route / ErrorContext { debug_message: \"no route\" }");
            }
            assert_eq!(d.call_echo_via(a, "x".into()).await.unwrap(), "pong: x");
            let points = vec![host::Point { x: 1, y: 2 }];
            assert_eq!(d.call_shift_via(a, points).await.unwrap(), vec![host::Point { x: 2, y: 3 }]);
            let both = d.call_both_via(a, 1, 2);
            let check = async {
                until(a, "both waits pending", |h| h.waiters.len() == 2).await;
                release(a, 10);
            };
            let (got, ()) = tokio::join!(both, check);
            assert_eq!(got.unwrap(), 11 + 12);

            // The caller drops its call: the callee's task is cancelled, and
            // with it the host call it was waiting for.
            assert_eq!(d.call_cancel_slow(a, 3).await.unwrap(), 1);
            assert!(a.with(|mut s| s.get().waiters.iter().all(|w| w.1.is_closed())));
            a.with(|mut s| s.get().waiters.clear());
            // A call cancelled before it started never runs.
            assert_eq!(d.call_cancel_starting(a, 5).await.unwrap(), 1);
            assert_eq!(a.with(|mut s| s.get().pings.clone()), ["x"]);
            a.with(|mut s| s.get().waiters.clear());
            // An owned handle passed to a call cancelled before it started
            // is the caller's again, and dropped.
            assert_eq!(d.call_cancel_starting_owned(a, 6).await.unwrap(), 9);
            assert_eq!(a.with(|mut s| s.get().counters), 0, "the counter was dropped");
            a.with(|mut s| s.get().waiters.clear());
            // A cancelled task's spawned work runs on.
            assert_eq!(d.call_cancel_spawning(a, 4).await.unwrap(), 2);
            until(a, "the spawned wait is pending", |h| h.waiters.iter().any(|w| w.0 == 1004)).await;
            release(a, 1);
            until(a, "the spawned task reports", |h| h.reports == [1005]).await;
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn wit_guest_calls_wit_guest() {
    drive("guest_async_driver", "guest_asyncs", true).await;
}

#[tokio::test]
async fn wit_bindgen_calls_wit_guest() {
    drive("guest_async_driver_wb", "guest_asyncs", false).await;
}

#[tokio::test]
async fn wit_guest_calls_wit_bindgen() {
    drive("guest_async_driver", "guest_asyncs_wb", true).await;
}
