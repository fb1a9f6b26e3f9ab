//! The wasmtime host of the benchmark guests: `bindgen!` for `benches/wit`,
//! the host side of every import (echoes, which cost no guest fuel), and one
//! instantiated guest with fuel metering on or off.

use std::path::Path;

use anyhow::{Result, anyhow};
use wasmtime::component::{Component, HasSelf, Linker, Resource, ResourceTable};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// The host's `thing`: just its value.
pub struct HostThing(u32);

wasmtime::component::bindgen!({
    path: "wit",
    world: "bench",
    with: { "bench:glue/api.thing": HostThing },
});

pub use bench::glue::types::{Item, Perms, Shape};

/// Host state: WASI (the guests' std links against it) and resources.
pub struct State {
    ctx: WasiCtx,
    table: ResourceTable,
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.ctx, table: &mut self.table }
    }
}

impl bench::glue::types::Host for State {}

impl bench::glue::api::HostThing for State {
    fn new(&mut self, v: u32) -> Resource<HostThing> {
        self.table.push(HostThing(v)).expect("resource table has room")
    }
    fn get(&mut self, t: Resource<HostThing>) -> u32 {
        self.table.get(&t).expect("live thing").0
    }
    fn drop(&mut self, t: Resource<HostThing>) -> wasmtime::Result<()> {
        self.table.delete(t)?;
        Ok(())
    }
}

impl bench::glue::api::Host for State {
    fn noop(&mut self) {}
    fn echo_u32(&mut self, x: u32) -> u32 {
        x
    }
    #[allow(clippy::too_many_arguments, reason = "the WIT function has 17 parameters")]
    fn many(
        &mut self,
        a: u8,
        _: i8,
        _: u16,
        _: i16,
        _: u32,
        _: i32,
        g: u64,
        _: i64,
        _: f32,
        _: f64,
        _: bool,
        _: char,
        _: u32,
        _: u32,
        _: u64,
        _: u64,
        _: f32,
    ) -> u64 {
        a as u64 + g
    }
    fn echo_string(&mut self, s: String) -> String {
        s
    }
    fn echo_bytes(&mut self, b: Vec<u8>) -> Vec<u8> {
        b
    }
    fn echo_u64s(&mut self, v: Vec<u64>) -> Vec<u64> {
        v
    }
    fn echo_items(&mut self, v: Vec<Item>) -> Vec<Item> {
        v
    }
    fn echo_nested(&mut self, x: Option<Result<Shape, String>>) -> Option<Result<Shape, String>> {
        x
    }
    fn echo_flags(&mut self, p: Perms) -> Perms {
        p
    }
}

/// An engine with or without fuel metering (timing runs go without it).
pub fn engine(fuel: bool) -> Result<Engine> {
    let mut config = Config::new();
    config.wasm_component_model(true);
    config.consume_fuel(fuel);
    Ok(Engine::new(&config)?)
}

/// One instance of a benchmark guest.
pub struct Guest {
    pub store: Store<State>,
    pub bench: Bench,
}

impl Guest {
    /// Compiles and instantiates the component at `path` in `engine`, whose
    /// fuel metering is on when `fuel`.
    pub fn new(engine: &Engine, path: &Path, fuel: bool) -> Result<Guest> {
        let component =
            Component::from_file(engine, path).map_err(|e| anyhow!("compiling {}: {e:?}", path.display()))?;
        let mut linker = Linker::<State>::new(engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
        Bench::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s)?;
        let state = State { ctx: WasiCtx::builder().inherit_stderr().build(), table: ResourceTable::new() };
        let mut store = Store::new(engine, state);
        if fuel {
            store.set_fuel(u64::MAX)?;
        }
        let bench = Bench::instantiate(&mut store, &component, &linker)?;
        Ok(Guest { store, bench })
    }

    /// Fuel left (only with a metering engine).
    pub fn fuel(&self) -> u64 {
        self.store.get_fuel().expect("fuel metering is on")
    }

    /// Bytes the guest's allocator has live.
    pub fn heap_live(&mut self) -> Result<i64> {
        Ok(self.bench.call_heap_live(&mut self.store)?)
    }

    /// Calls the guest has made into its allocator so far.
    pub fn alloc_calls(&mut self) -> Result<u64> {
        Ok(self.bench.call_alloc_calls(&mut self.store)?)
    }
}
