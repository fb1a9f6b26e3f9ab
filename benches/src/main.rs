//! `cargo run -p wit-guest-bench`: measures wit-guest against wit-bindgen 0.60
//! and 0.63 on the same guest source and writes `BENCHMARKS.md` at the
//! repository root.
//!
//! Steps: copy the WASI HTTP WIT, build the guests for `wasm32-wasip2`
//! (release), measure glue cost, time and heap in wasmtime ([`glue`]), async
//! glue against wit-bindgen 0.63 ([`asyncs`]), code
//! size ([`size`]), expansion size, warm rebuild and cold build ([`compile`]),
//! the large world's WIT-edit rebuild and macro phases ([`large`]), then
//! write the report ([`report`]).
//!
//! Flags: `--skip-compile` leaves out the warm and cold builds (the report
//! says so); `--runs N` sets the number of warm rebuilds per side (default
//! 10); `--large-runs N` the large world's rebuilds after a WIT edit
//! (default 5); `--cold-runs N` the cold builds per side (default 3); `--out FILE`
//! writes somewhere other than `BENCHMARKS.md`.

mod asyncs;
mod cargo;
mod compile;
mod glue;
mod host;
mod large;
mod report;
mod size;
mod workloads;

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::cargo::{bench_target, guests_dir, root};
use crate::glue::Sides;
use crate::report::Report;

struct Args {
    skip_compile: bool,
    runs: usize,
    large_runs: usize,
    cold_runs: usize,
    out: PathBuf,
}

fn args() -> Result<Args> {
    let mut a = Args { skip_compile: false, runs: 10, large_runs: 5, cold_runs: 3, out: root().join("BENCHMARKS.md") };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--skip-compile" => a.skip_compile = true,
            "--runs" => a.runs = it.next().context("--runs takes a number")?.parse::<usize>()?.max(1),
            "--large-runs" => a.large_runs = it.next().context("--large-runs takes a number")?.parse::<usize>()?.max(1),
            "--cold-runs" => a.cold_runs = it.next().context("--cold-runs takes a number")?.parse::<usize>()?.max(1),
            "--out" => a.out = PathBuf::from(it.next().context("--out takes a path")?),
            other => {
                bail!(
                    "unknown argument `{other}`; expected --skip-compile, --runs N, --large-runs N, --cold-runs N or --out FILE"
                )
            }
        }
    }
    Ok(a)
}

fn main() -> Result<()> {
    let args = args()?;
    let start = Instant::now();
    let step = |what: &str| eprintln!("[{:>5.0} s] {what}", start.elapsed().as_secs_f64());
    let load_start = load_average();
    // Before building: the guests are built from the working tree as it is now.
    let mut machine = machine();

    step("copying the wasi:http WIT from the wasmtime-wasi-http crate");
    let wit_src = cargo::copy_wasi_http_wit()?;
    step("fetching and building the guests (release, wasm32-wasip2)");
    cargo::run(cargo::cargo(&bench_target(), &["fetch"]))?;
    let target = bench_target();
    cargo::run(cargo::cargo(
        &target,
        &[
            "build",
            "--offline",
            "--release",
            "--target",
            "wasm32-wasip2",
            "-p",
            "bench-wb",
            "-p",
            "bench-wg",
            "-p",
            "bench-wb63",
            "-p",
            "bench-wgu",
            "-p",
            "proxy-wb",
            "-p",
            "proxy-wg",
            "-p",
            "min-wb",
            "-p",
            "min-wg",
            "-p",
            "async-wb",
            "-p",
            "async-wg",
        ],
    ))?;
    let wasm = |p: &str| cargo::wasm(&target, "release", p);

    step("glue: instructions, time and heap per call");
    let glue = glue::measure(&wasm("bench-wb"), &wasm("bench-wg"))?;

    step("glue instructions on four builds: wit-bindgen 0.60 and 0.63, wit-guest with and without the UTF-8 check");
    let builds = [wasm("bench-wb"), wasm("bench-wb63"), wasm("bench-wg"), wasm("bench-wgu")];
    let four = glue::fuel_only(&builds.iter().map(|p| p.as_path()).collect::<Vec<_>>())?;

    step("glue instructions with the checks on lifted lists and strings compiled out (target/bench-nochecks)");
    let nochecks = nochecks(&wasm("bench-wb")).map_err(|e| format!("{e:#}"));

    step("async glue: instructions per call (against wit-bindgen 0.63)");
    let async_rows = asyncs::measure(&wasm("async-wb"), &wasm("async-wg")).map_err(|e| format!("{e:#}"));

    step("code size and expansion size");
    let sizes = Sides { wb: size::measure(&wasm("bench-wb"))?, wg: size::measure(&wasm("bench-wg"))? };
    let min_sizes = Sides { wb: size::measure(&wasm("min-wb"))?, wg: size::measure(&wasm("min-wg"))? };
    let proxy_sizes = Sides { wb: size::measure(&wasm("proxy-wb"))?, wg: size::measure(&wasm("proxy-wg"))? };
    let more_sizes = Sides { wb: size::measure(&wasm("bench-wb63"))?, wg: size::measure(&wasm("bench-wgu"))? };
    let bench_expansion = compile::expand(&root().join("benches/wit"), "bench", false)?;
    let proxy_expansion =
        compile::expand(&guests_dir().join("wit-wasi-http"), "wasi:http/proxy", true).map_err(|e| format!("{e:#}"));

    step("the large world: its WIT, and the macro's time per phase on it");
    let large_wit = large::write()?;
    let large_lines = large::size(&large_wit);
    let phases = compile::phases(5).map_err(|e| format!("{e:#}"));
    step("the macro's time per phase built as cargo builds proc-macros (no optimization): the large and proxy worlds");
    let phases_dev = compile::phases_unoptimized(&compile::LARGE, 5).map_err(|e| format!("{e:#}"));
    let proxy_phases_dev = compile::phases_unoptimized(&compile::PROXY, 5).map_err(|e| format!("{e:#}"));

    let skipped = "skipped (`--skip-compile`)".to_string();
    let (warm, cold, wit_edit) = if args.skip_compile {
        (Err(skipped.clone()), Err(skipped.clone()), Err(skipped))
    } else {
        step("rebuilds of the large world's guest after a WIT edit");
        let wit_edit = compile::wit_edit_rebuild(&large_wit, args.large_runs).map_err(|e| format!("{e:#}"));
        step("warm rebuilds of the wasi:http/proxy guest");
        let warm = compile::warm_rebuild(args.runs).map_err(|e| format!("{e:#}"));
        step("cold builds of the minimal guest");
        let cold = compile::cold_build(args.cold_runs).map_err(|e| format!("{e:#}"));
        (warm, cold, wit_edit)
    };

    machine.push(format!("WASI WIT: `{}`", wit_src.display()));
    machine.push(format!("Load average (1 min) at start {load_start}, at end {}", load_average()));
    let report = Report {
        machine,
        glue,
        four,
        nochecks,
        async_rows,
        sizes,
        min_sizes,
        proxy_sizes,
        more_sizes,
        bench_expansion,
        proxy_expansion,
        warm,
        cold,
        wit_edit,
        large_lines,
        phases,
        phases_dev,
        proxy_phases_dev,
        wall: start.elapsed(),
    };
    std::fs::write(&args.out, report.markdown()).with_context(|| format!("writing {}", args.out.display()))?;
    step(&format!("wrote {}", args.out.display()));
    Ok(())
}

/// Glue instructions per row of wit-bindgen 0.60 (`wb`) and of wit-guest
/// with `assume_valid_utf8` built with `--cfg wit_guest_bench_unchecked`,
/// which compiles out the runtime's checks on lifted lists and strings
/// (alignment, and ending inside linear memory): what those checks cost.
/// Built in a target directory of its own, as the flag would otherwise
/// make cargo rebuild the runtime back and forth with the other guests.
fn nochecks(wb: &std::path::Path) -> Result<Vec<Vec<f64>>> {
    let target = cargo::main_target().join("bench-nochecks");
    let mut c =
        cargo::cargo(&target, &["build", "--offline", "--release", "--target", "wasm32-wasip2", "-p", "bench-wgu"]);
    // The same flags as the other builds, and the cfg.
    let mut flags: Vec<String> =
        std::env::var("RUSTFLAGS").unwrap_or_default().split_whitespace().map(String::from).collect();
    flags.extend(["--cfg".to_string(), "wit_guest_bench_unchecked".to_string()]);
    c.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f")).env_remove("RUSTFLAGS");
    cargo::run(c)?;
    let unchecked = cargo::wasm(&target, "release", "bench-wgu");
    glue::fuel_only(&[wb, unchecked.as_path()])
}

/// The machine and the versions compared.
fn machine() -> Vec<String> {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find_map(|l| l.strip_prefix("model name").map(|m| m.trim_start_matches([' ', '\t', ':']).to_string()))
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let rustc = output(Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into())).arg("--version"));
    let mut commit = output(Command::new("git").current_dir(root()).args(["rev-parse", "--short", "HEAD"]));
    // The guests build wit-guest from the working tree.
    if !output(Command::new("git").current_dir(root()).args(["status", "--porcelain", "--", "rt", "macro", "codegen"]))
        .is_empty()
    {
        commit.push_str(" plus uncommitted changes in rt/, macro/ or codegen/");
    }
    let wasmtime = root_locked_version("wasmtime").unwrap_or_else(|| "?".into());
    let wb = cargo::locked_version("wit-bindgen").unwrap_or_else(|| "?".into());
    vec![
        format!("CPU: {cpu}, {cores} cores (nproc)"),
        format!(
            "{rustc}; wasmtime {wasmtime} (host, Cranelift); wit-bindgen {wb}; wit-guest {} at commit {commit}",
            env!("CARGO_PKG_VERSION")
        ),
    ]
}

fn output(c: &mut Command) -> String {
    c.output().ok().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_else(|| "?".into())
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn root_locked_version(name: &str) -> Option<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).ok()?;
    let needle = format!("name = \"{name}\"\nversion = \"");
    let at = lock.find(&needle)? + needle.len();
    Some(lock[at..].split('"').next()?.to_string())
}
