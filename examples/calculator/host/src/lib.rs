//! Composes the calculator example's components with `wasm-compose` and runs
//! the result in wasmtime with WASI.
//!
//! `calculator` imports `docs:calculator/add`, which `adder` exports; the
//! command (`app`) imports `docs:calculator/calculate`, which the composed
//! calculator exports. Composition plugs each import into the matching export
//! and leaves only WASI imports, so the final component is an ordinary
//! `wasi:cli/command`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use wasm_compose::composer::ComponentComposer;
use wasm_compose::config::Config as ComposeConfig;
use wasmtime::component::{Component, ComponentType, Lift, Linker, Lower, ResourceTable};
use wasmtime::error::Context;
use wasmtime::{Engine, Result, Store};
use wasmtime_wasi::p2::bindings::sync::Command;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtx, WasiCtxView, WasiView};

/// The guest components' names under [`guest_dir`].
pub const ADDER: &str = "calc_adder";
/// The same adder built with wit-bindgen 0.60.
pub const ADDER_WIT_BINDGEN: &str = "calc_adder_wb";
/// The calculator, which imports `add`.
pub const CALCULATOR: &str = "calc_calculator";
/// The command component (a `[[bin]]`, so its name keeps the dash).
pub const COMMAND: &str = "calc-command";

/// Where `cargo build --target wasm32-wasip2` puts the guests.
pub fn guest_dir() -> PathBuf {
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target"),
    };
    target.join("wasm32-wasip2/debug")
}

/// Path of guest component `name` (see the constants), checked to exist.
pub fn guest(name: &str) -> Result<PathBuf> {
    let path = guest_dir().join(format!("{name}.wasm"));
    if !path.exists() {
        wasmtime::bail!("{} is missing: run `cargo xtask guests` first", path.display());
    }
    Ok(path)
}

/// Composes `root` with `definitions`: every instance import of `root` that a
/// definition exports by the same name is satisfied by it. Writes the result to
/// `out`.
pub fn compose(root: &Path, definitions: &[PathBuf], out: &Path) -> Result<()> {
    let dir = out.parent().context("output path has no directory")?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    // wasm-compose names each instance after its file and wants kebab-case,
    // while cargo names library components in snake_case.
    let root = kebab_copy(root, dir)?;
    let definitions = definitions.iter().map(|d| kebab_copy(d, dir)).collect::<Result<Vec<_>>>()?;
    let config = ComposeConfig { definitions, ..Default::default() };
    let bytes = ComponentComposer::new(&root, &config)
        .compose()
        .map_err(|e| wasmtime::format_err!("composing {}: {e:#}", root.display()))?;
    write_atomic(out, &bytes)
}

/// `path` itself if its name is kebab-case, else a copy in `dir/inputs/`
/// with `_` replaced by `-`.
fn kebab_copy(path: &Path, dir: &Path) -> Result<PathBuf> {
    let name = path.file_name().and_then(|n| n.to_str()).context("component path has no name")?;
    if !name.contains('_') {
        return Ok(path.to_path_buf());
    }
    let copy = dir.join("inputs").join(name.replace('_', "-"));
    std::fs::create_dir_all(copy.parent().expect("has a parent"))?;
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    write_atomic(&copy, &bytes)?;
    Ok(copy)
}

/// Writes through a temporary file, so that concurrent runs (tests in
/// parallel processes) never read half a component.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// Composes the calculator with the adder `adder` (a guest name), then the
/// command with that; returns the paths of both results, under
/// `guest_dir()/composed/` and suffixed with `tag`.
pub fn compose_app(adder: &str, tag: &str) -> Result<(PathBuf, PathBuf)> {
    let dir = guest_dir().join("composed");
    let calculator = dir.join(format!("calculator{tag}.wasm"));
    let app = dir.join(format!("app{tag}.wasm"));
    compose(&guest(CALCULATOR)?, &[guest(adder)?], &calculator)?;
    compose(&guest(COMMAND)?, std::slice::from_ref(&calculator), &app)?;
    Ok((calculator, app))
}

/// One engine per process: compiled code is cached per engine.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::default)
}

struct State {
    wasi: WasiCtx,
    table: ResourceTable,
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

fn store_and_linker(wasi: WasiCtx) -> Result<(Store<State>, Linker<State>)> {
    let store = Store::new(engine(), State { wasi, table: ResourceTable::new() });
    let mut linker = Linker::new(engine());
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    Ok((store, linker))
}

/// What a command printed, and how it exited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Its standard output.
    pub stdout: String,
    /// Its standard error.
    pub stderr: String,
    /// Its exit code: 0 for success.
    pub code: i32,
}

/// Runs a `wasi:cli/command` component with `args` (after the program name),
/// capturing its output.
pub fn run_command(wasm: &Path, args: &[&str]) -> Result<Output> {
    let component = Component::from_file(engine(), wasm).with_context(|| format!("loading {}", wasm.display()))?;
    let stdout = MemoryOutputPipe::new(1 << 20);
    let stderr = MemoryOutputPipe::new(1 << 20);
    let mut argv = vec![COMMAND];
    argv.extend_from_slice(args);
    let wasi = WasiCtx::builder().args(&argv).stdout(stdout.clone()).stderr(stderr.clone()).build();
    let (mut store, linker) = store_and_linker(wasi)?;
    let command = Command::instantiate(&mut store, &component, &linker)?;
    let code = match command.wasi_cli_run().call_run(&mut store) {
        Ok(Ok(())) => 0,
        Ok(Err(())) => 1,
        // `std::process::exit` in the guest arrives as a trap carrying the code.
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(I32Exit(code)) => *code,
            None => return Err(e),
        },
    };
    let text = |p: &MemoryOutputPipe| String::from_utf8_lossy(&p.contents()).into_owned();
    Ok(Output { stdout: text(&stdout), stderr: text(&stderr), code })
}

/// `docs:calculator/calculate.op`, for calling the export from the host.
#[derive(ComponentType, Lift, Lower, Clone, Copy, Debug, PartialEq, Eq)]
#[component(enum)]
#[repr(u8)]
pub enum Op {
    #[component(name = "add")]
    Add,
    #[component(name = "sub")]
    Sub,
    #[component(name = "mul")]
    Mul,
    #[component(name = "div")]
    Div,
}

/// The interface the calculator exports.
pub const CALCULATE: &str = "docs:calculator/calculate@0.1.0";

/// Calls `eval-expression` on a component that exports [`CALCULATE`] and
/// imports nothing but WASI (e.g. the composed calculator).
pub fn eval(wasm: &Path, op: Op, x: u32, y: u32) -> Result<Result<u32, String>> {
    let component = Component::from_file(engine(), wasm).with_context(|| format!("loading {}", wasm.display()))?;
    let (mut store, linker) = store_and_linker(WasiCtx::builder().inherit_stderr().build())?;
    let instance = linker.instantiate(&mut store, &component)?;
    let iface = instance
        .get_export_index(&mut store, None, CALCULATE)
        .with_context(|| format!("{} does not export {CALCULATE}", wasm.display()))?;
    let func = instance.get_export_index(&mut store, Some(&iface), "eval-expression").context("no eval-expression")?;
    let func = instance.get_typed_func::<(Op, u32, u32), (Result<u32, String>,)>(&mut store, func)?;
    let (result,) = func.call(&mut store, (op, x, y))?;
    Ok(result)
}
