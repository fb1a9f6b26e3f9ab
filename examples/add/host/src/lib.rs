//! Loads a component of world `example:component/example` and calls its
//! `add` export.

use std::path::Path;

use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::error::Context;
use wasmtime::{Engine, Result, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

wasmtime::component::bindgen!({ path: "../guest/wit", world: "example" });

struct State {
    wasi: WasiCtx,
    table: ResourceTable,
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

/// Instantiates the component at `wasm` and returns `add(x, y)`.
pub fn add(wasm: &Path, x: i32, y: i32) -> Result<i32> {
    let engine = Engine::default();
    let component = Component::from_file(&engine, wasm).with_context(|| format!("loading {}", wasm.display()))?;
    // Guests built with std import WASI even when they do not use it.
    let mut linker = Linker::new(&engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    let state = State { wasi: WasiCtx::builder().inherit_stderr().build(), table: ResourceTable::new() };
    let mut store = Store::new(&engine, state);
    let example = Example::instantiate(&mut store, &component, &linker)?;
    example.call_add(&mut store, x, y)
}

/// The command line: `X Y PATH` gives the line to print, `X + Y = SUM`.
pub fn run(args: &[String]) -> Result<String> {
    let [x, y, wasm] = args else { wasmtime::bail!("usage: add-host X Y path/to/add.wasm") };
    let number = |s: &String| s.parse::<i32>().with_context(|| format!("`{s}` is not an s32"));
    let (x, y) = (number(x)?, number(y)?);
    let sum = add(Path::new(wasm), x, y)?;
    Ok(format!("{x} + {y} = {sum}"))
}
