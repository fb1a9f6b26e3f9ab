//! Per-call cost of async glue, wit-guest against wit-bindgen 0.63 on the
//! same guest source (`guests/src/asyncs.rs`): wasm instructions (wasmtime
//! fuel) per async import call, per async export call, and per
//! `spawn_local` + await. The host answers every import at once, so the
//! import rows measure the call, the subtask and the lifting; the export
//! rows include the host's `cabi_realloc` calls into the guest.

use std::path::Path;

use anyhow::{Result, anyhow};
use wasmtime::component::{Accessor, Component, HasData, Linker, ResourceTable};
use wasmtime::{Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use crate::glue::Sides;

wasmtime::component::bindgen!({
    path: "wit-async",
    world: "asyncs",
    exports: { default: async | store },
});

use bench::asyncs::host::{self, Rec};

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
