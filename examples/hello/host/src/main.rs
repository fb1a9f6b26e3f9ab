//! Runs the demo component in wasmtime: `demo-host [NAME...]`.

use wasmtime::Result;
use wasmtime::component::{Component, HasSelf, Linker, ResourceTable};
use wasmtime::error::Context;
use wasmtime::{Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

wasmtime::component::bindgen!({ path: "../guest/wit", world: "greeter" });

struct Host {
    wasi: WasiCtx,
    table: ResourceTable,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl GreeterImports for Host {
    fn log(&mut self, msg: String) {
        println!("[guest] {msg}");
    }
}

fn main() -> Result<()> {
    let mut names: Vec<String> = std::env::args().skip(1).collect();
    if names.is_empty() {
        names = vec!["World".to_string(), "Wasm".to_string()];
    }
    let wasm =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target/wasm32-wasip2/debug/hello_guest.wasm");
    let engine = Engine::default();
    let component = Component::from_file(&engine, &wasm)
        .with_context(|| format!("loading {} (run `cargo xtask guests` first)", wasm.display()))?;
    let mut linker = Linker::new(&engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    Greeter::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h)?;
    let mut store =
        Store::new(&engine, Host { wasi: WasiCtx::builder().inherit_stdio().build(), table: ResourceTable::new() });
    let greeter = Greeter::instantiate(&mut store, &component, &linker)?;
    let style = Greeting { text: "Hello".to_string(), exclaim: true };
    match greeter.call_greet(&mut store, &names, &style)? {
        Ok(lines) => lines.iter().for_each(|l| println!("{l}")),
        Err(e) => println!("error: {e}"),
    }
    Ok(())
}
