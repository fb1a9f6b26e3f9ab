//! Shared harness for the end-to-end tests: locating guest components built
//! for `wasm32-wasip2`, one wasmtime `Engine`, and a host state with WASI.
//!
//! Guests are built by `cargo xtask test` (or `cargo xtask guests`) before the
//! tests run; a test whose guest is missing says how to build it.

use std::path::PathBuf;
use std::sync::OnceLock;

use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// The workspace's target directory.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"),
    }
}

/// Path of a guest component (`crate_name` with underscores).
pub fn guest_wasm(crate_name: &str) -> PathBuf {
    let p = target_dir().join("wasm32-wasip2/debug").join(format!("{crate_name}.wasm"));
    assert!(
        p.exists(),
        "guest component {} is missing: run `cargo xtask guests` (or `cargo xtask test`) first",
        p.display()
    );
    p
}

/// One engine for every test in a binary (compilation caches are per engine).
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = Config::new();
        config.wasm_component_model(true);
        config.consume_fuel(true);
        // WIT `map<K, V>` and `list<T, N>` (tests/guests/maps).
        config.wasm_component_model_map(true);
        config.wasm_component_model_fixed_length_lists(true);
        // Interfaces imported under plain names (`import primary: store;`,
        // tests/guests/named).
        config.wasm_component_model_implements(true);
        // `error-context` values (tests/guests/asyncs); the async ABI itself
        // is on with wasmtime's `component-model-async` feature.
        config.wasm_component_model_error_context(true);
        Engine::new(&config).expect("engine")
    })
}

/// Compiles a guest component.
pub fn component(crate_name: &str) -> Component {
    Component::from_file(engine(), guest_wasm(crate_name)).expect("component compiles")
}

/// WASI state every host embeds; the guests' std links against WASI.
pub struct Wasi {
    pub ctx: WasiCtx,
    pub table: ResourceTable,
}

impl Default for Wasi {
    fn default() -> Self {
        Wasi { ctx: WasiCtx::builder().inherit_stderr().build(), table: ResourceTable::new() }
    }
}

impl Wasi {
    /// WASI whose stderr is captured in the returned pipe (panic messages).
    pub fn capturing_stderr() -> (Self, wasmtime_wasi::p2::pipe::MemoryOutputPipe) {
        let pipe = wasmtime_wasi::p2::pipe::MemoryOutputPipe::new(1 << 16);
        let ctx = WasiCtx::builder().stderr(pipe.clone()).build();
        (Wasi { ctx, table: ResourceTable::new() }, pipe)
    }

    pub fn view(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.ctx, table: &mut self.table }
    }
}

/// A host that needs nothing but WASI uses `Wasi` as its store's data.
impl WasiView for Wasi {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.view()
    }
}

/// A store with plenty of fuel and a linker with WASI, for host state `T`.
pub fn store_and_linker<T: WasiView + 'static>(state: T) -> (Store<T>, Linker<T>) {
    let mut store = Store::new(engine(), state);
    store.set_fuel(u64::MAX).expect("fuel enabled");
    let mut linker = Linker::new(engine());
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker).expect("wasi links");
    (store, linker)
}

/// A store and linker for guests with async functions: WASI is linked in
/// its async form, as everything in such a store runs under
/// `run_concurrent` (in a tokio runtime, where the sync form cannot block).
pub fn async_store_and_linker<T: WasiView + Send + 'static>(state: T) -> (Store<T>, Linker<T>) {
    let mut store = Store::new(engine(), state);
    store.set_fuel(u64::MAX).expect("fuel enabled");
    let mut linker = Linker::new(engine());
    wasmtime_wasi::p2::add_to_linker_async(&mut linker).expect("wasi links");
    (store, linker)
}

/// Rounds of the leak checks: 10,000 in the suite; `cargo xtask soak [N]`
/// sets `WIT_GUEST_SOAK_ROUNDS` (1,000,000 by default) for a long run.
pub fn soak_rounds() -> u32 {
    std::env::var("WIT_GUEST_SOAK_ROUNDS").ok().and_then(|v| v.replace('_', "").parse().ok()).unwrap_or(10_000)
}

/// One line of the soak's report (printed; `--no-capture` shows it).
pub fn soak_report(what: &str, rounds: u32, heap_before: i64, heap_after: i64, handles: &str) {
    eprintln!(
        "[soak] {what}: {rounds} rounds, guest heap {heap_before} -> {heap_after} bytes ({:+}), {handles}",
        heap_after - heap_before
    );
}
