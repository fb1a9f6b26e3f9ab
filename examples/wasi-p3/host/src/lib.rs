//! Runs a WASI 0.3 command component (`wasi:cli/run@0.3.0`) in wasmtime 48
//! with WASI 0.3 (and 0.2, which Rust's std for `wasm32-wasip2` uses),
//! giving it `input` as stdin and returning what it wrote to stdout.

use std::path::Path;

use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::error::Context;
use wasmtime::{Config, Engine, Result, Store};
use wasmtime_wasi::p2::pipe::{MemoryInputPipe, MemoryOutputPipe};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

struct State {
    ctx: WasiCtx,
    table: ResourceTable,
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.ctx, table: &mut self.table }
    }
}

/// Runs the command at `component` on `input`: its stdout.
pub async fn run(component: &Path, input: Vec<u8>) -> Result<Vec<u8>> {
    let mut config = Config::new();
    config.wasm_component_model(true);
    config.wasm_component_model_async(true);
    let engine = Engine::new(&config)?;
    let stdout = MemoryOutputPipe::new(usize::MAX);
    let ctx = WasiCtx::builder().stdin(MemoryInputPipe::new(input)).stdout(stdout.clone()).inherit_stderr().build();
    let mut store = Store::new(&engine, State { ctx, table: ResourceTable::new() });
    let mut linker = Linker::new(&engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    wasmtime_wasi::p3::add_to_linker(&mut linker)?;
    let component =
        Component::from_file(&engine, component).with_context(|| format!("loading {}", component.display()))?;
    let command = wasmtime_wasi::p3::bindings::Command::instantiate_async(&mut store, &component, &linker).await?;
    let status = store.run_concurrent(async |a| command.wasi_cli_run().call_run(a).await).await??;
    status.map_err(|()| wasmtime::format_err!("the command failed"))?;
    Ok(stdout.contents().to_vec())
}
