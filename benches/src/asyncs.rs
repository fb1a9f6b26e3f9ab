//! Per-call cost of async glue, wit-guest against wit-bindgen 0.63 on the
//! same guest source (`guests/src/asyncs.rs`): wasm instructions (wasmtime
//! fuel) per async import call, per async export call, and per
//! `spawn_local` + await. The host answers every import at once, so the
//! import rows measure the call, the subtask and the lifting; the export
//! rows include the host's `cabi_realloc` calls into the guest. Futures and
//! streams: the guest reading the host's streams (per chunk of bytes, per
//! string or record element) and a future round trip within the guest.

use std::path::Path;

use anyhow::{Result, anyhow};
use wasmtime::component::{Accessor, Component, HasData, Linker, ResourceTable, StreamReader};
use wasmtime::{Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use crate::glue::Sides;

wasmtime::component::bindgen!({
    path: "wit-async",
    world: "asyncs",
    exports: { default: async | store },
});

use bench::asyncs::host::{self, Point, Rec};

/// Calls per measurement.
const N: u32 = 2_000;

/// One row: what was measured and the instructions per call on each side.
pub struct AsyncRow {
    pub label: &'static str,
    pub fuel: Sides<f64>,
}

struct State {
    ctx: WasiCtx,
    table: ResourceTable,
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.ctx, table: &mut self.table }
    }
}

impl HasData for State {
    type Data<'a> = &'a mut State;
}

impl<T> host::HostWithStore<T> for State {
    async fn nothing(_: &Accessor<T, Self>) {}
    async fn echo_string(_: &Accessor<T, Self>, s: String) -> String {
        s
    }
    async fn echo_records(_: &Accessor<T, Self>, r: Vec<Rec>) -> Vec<Rec> {
        r
    }
}

impl host::Host for State {}

struct Guest {
    store: Store<State>,
    bindings: Asyncs,
}

impl Guest {
    async fn new(engine: &Engine, path: &Path) -> Result<Guest> {
        let component =
            Component::from_file(engine, path).map_err(|e| anyhow!("compiling {}: {e:?}", path.display()))?;
        let mut linker = Linker::<State>::new(engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
        Asyncs::add_to_linker::<_, State>(&mut linker, |s| s)?;
        let state = State { ctx: WasiCtx::builder().inherit_stderr().build(), table: ResourceTable::new() };
        let mut store = Store::new(engine, state);
        store.set_fuel(u64::MAX)?;
        let bindings = Asyncs::instantiate_async(&mut store, &component, &linker).await?;
        Ok(Guest { store, bindings })
    }

    /// Fuel used by `f`, run under `run_concurrent`.
    async fn fuel<F>(&mut self, f: F) -> Result<u64>
    where
        F: AsyncFnOnce(&Accessor<State>, &Asyncs) -> wasmtime::Result<()> + Send,
    {
        let before = self.store.get_fuel()?;
        let bindings = &self.bindings;
        self.store.run_concurrent(async |a| f(a, bindings).await).await??;
        Ok(before - self.store.get_fuel()?)
    }
}

fn payload() -> (String, Vec<Rec>) {
    let s = "x".repeat(64);
    let r = (0..8).map(|i| Rec { a: i, b: format!("record {i}") }).collect();
    (s, r)
}

/// Instructions per call of each row, on one guest.
async fn rows(g: &mut Guest) -> Result<Vec<(&'static str, f64)>> {
    let (s, r) = payload();
    let per_call = |total: u64| total as f64 / f64::from(N);
    let mut out = Vec::new();
    // Imports: the loop with calls minus the loop with the same copies.
    for (label, kind, baseline) in [
        ("async import, no arguments", 1, 0),
        ("async import, string (64 B) both ways", 2, 4),
        ("async import, list<record> (8) both ways", 3, 5),
    ] {
        let (s1, r1, s2, r2) = (s.clone(), r.clone(), s.clone(), r.clone());
        let with = g.fuel(async move |a, b| b.bench_asyncs_api().call_run_imports(a, kind, N, s1, r1).await).await?;
        let base =
            g.fuel(async move |a, b| b.bench_asyncs_api().call_run_imports(a, baseline, N, s2, r2).await).await?;
        out.push((label, per_call(with.saturating_sub(base))));
    }
    // Exports: N calls from the host, one after another.
    let total = g
        .fuel(async |a, b| {
            for _ in 0..N {
                b.bench_asyncs_api().call_nothing(a).await?;
            }
            Ok(())
        })
        .await?;
    out.push(("async export, no arguments", per_call(total)));
    let s1 = s.clone();
    let total = g
        .fuel(async move |a, b| {
            for _ in 0..N {
                b.bench_asyncs_api().call_echo_string(a, s1.clone()).await?;
            }
            Ok(())
        })
        .await?;
    out.push(("async export, string (64 B) both ways", per_call(total)));
    let r1 = r.clone();
    let total = g
        .fuel(async move |a, b| {
            for _ in 0..N {
                b.bench_asyncs_api().call_echo_records(a, r1.clone()).await?;
            }
            Ok(())
        })
        .await?;
    out.push(("async export, list<record> (8) both ways", per_call(total)));
    // spawn_local + await, minus awaiting in place.
    let with = g.fuel(async |a, b| b.bench_asyncs_api().call_run_spawns(a, true, N).await).await?;
    let base = g.fuel(async |a, b| b.bench_asyncs_api().call_run_spawns(a, false, N).await).await?;
    out.push(("spawn_local + await", per_call(with.saturating_sub(base))));
    out.extend(stream_rows(g).await?);
    Ok(out)
}

/// Bytes a `stream<u8>` row moves.
const STREAM_BYTES: usize = 64 << 20;

/// Elements of the string and record stream rows.
const ITEMS: u32 = 4_096;

/// Futures and streams: guest instructions per chunk, per element and per
/// round trip, and the wall time per MiB of the 64 KiB-chunk row.
async fn stream_rows(g: &mut Guest) -> Result<Vec<(&'static str, f64)>> {
    let mut out = Vec::new();
    let data = vec![0x5au8; STREAM_BYTES];
    let mut ns_per_mib = f64::INFINITY;
    for (label, chunk, runs) in [
        ("stream<u8> read, 64 MiB in 64 KiB chunks: per chunk", 64u32 << 10, 3),
        ("stream<u8> read, 64 MiB in 4 KiB chunks: per chunk", 4 << 10, 1),
    ] {
        let mut fuel = 0;
        // The wall time is the fastest of three runs (the fuel is the same).
        for _ in 0..runs {
            let bytes = data.clone();
            let start = std::time::Instant::now();
            fuel = g
                .fuel(async move |a, b| {
                    let s = a.with(|mut st| StreamReader::new(&mut st, bytes))?;
                    let n = b.bench_asyncs_api().call_read_bytes(a, s, chunk).await?;
                    assert_eq!(n, STREAM_BYTES as u64, "every byte arrives");
                    Ok(())
                })
                .await?;
            if chunk == 64 << 10 {
                ns_per_mib = ns_per_mib.min(start.elapsed().as_nanos() as f64 / (STREAM_BYTES >> 20) as f64);
            }
        }
        out.push((label, fuel as f64 / (STREAM_BYTES / chunk as usize) as f64));
    }
    out.push(("stream<u8> read, 64 KiB chunks: ns per MiB (wall time, not instructions)", ns_per_mib));
    let strings: Vec<String> = (0..ITEMS).map(|i| format!("string number {i:>8}")).collect();
    let fuel = g
        .fuel(async move |a, b| {
            let s = a.with(|mut st| StreamReader::new(&mut st, strings))?;
            assert_eq!(b.bench_asyncs_api().call_read_strings(a, s).await?, ITEMS);
            Ok(())
        })
        .await?;
    out.push(("stream<string> (24 B) read: per element", fuel as f64 / f64::from(ITEMS)));
    let records: Vec<Rec> = (0..ITEMS).map(|i| Rec { a: i, b: format!("record {i}") }).collect();
    let fuel = g
        .fuel(async move |a, b| {
            let s = a.with(|mut st| StreamReader::new(&mut st, records))?;
            assert_eq!(b.bench_asyncs_api().call_read_records(a, s).await?, ITEMS);
            Ok(())
        })
        .await?;
    out.push(("stream<record { u32, string }> read: per element", fuel as f64 / f64::from(ITEMS)));
    let points: Vec<Point> = (0..ITEMS).map(|i| Point { x: f64::from(i), y: -f64::from(i), id: i }).collect();
    let fuel = g
        .fuel(async move |a, b| {
            let s = a.with(|mut st| StreamReader::new(&mut st, points))?;
            assert_eq!(b.bench_asyncs_api().call_read_points(a, s).await?, ITEMS);
            Ok(())
        })
        .await?;
    out.push(("stream<record { f64, f64, u32 }> read: per element", fuel as f64 / f64::from(ITEMS)));
    let with = g.fuel(async |a, b| b.bench_asyncs_api().call_future_trips(a, true, N).await).await?;
    let base = g.fuel(async |a, b| b.bench_asyncs_api().call_future_trips(a, false, N).await).await?;
    out.push((
        "future<u32> round trip in the guest (new, write, read)",
        (with.saturating_sub(base)) as f64 / f64::from(N),
    ));
    Ok(out)
}

/// Measures every row on both components.
pub fn measure(wb: &Path, wg: &Path) -> Result<Vec<AsyncRow>> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let engine = crate::host::engine(true)?;
        let mut wb = Guest::new(&engine, wb).await?;
        let mut wg = Guest::new(&engine, wg).await?;
        let (b, g) = (rows(&mut wb).await?, rows(&mut wg).await?);
        Ok(b.into_iter().zip(g).map(|((label, wb), (_, wg))| AsyncRow { label, fuel: Sides { wb, wg } }).collect())
    })
}
