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
});

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
