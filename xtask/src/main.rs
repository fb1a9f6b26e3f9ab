//! Developer tasks, run as `cargo xtask <task>` (alias in .cargo/config.toml).
//!
//! - `guests`: builds every guest crate under `tests/guests/` and `examples/`
//!   for `wasm32-wasip2` (installing the target with rustup if needed), after
//!   putting WASI 0.3's WIT from the `wasmtime-wasi-http` crate into
//!   `target/wasi-p3-wit` for the `wasi-p3` and `http-p3` examples.
//! - `test`: `guests` and `jco`, then the whole test suite with cargo-nextest
//!   (or `cargo test` where nextest is not installed).
//! - `demo`: builds the calculator example's components, composes them and
//!   runs the result (`1 2 add` unless given other arguments).
//! - `hello`: builds and runs the greeter example.
//! - `soak [N]`: the leak checks with N rounds each (default 1,000,000; the
//!   suite runs 10,000): guest heap and handle tables must end where they
//!   started; one `[soak]` line each reports the figures. Not part of `test`.
//! - `fuzz [--cases N]`: differential value fuzzing on N random types
//!   (default 10,000): worlds of 300 random types (seeds 2, 3, …), each
//!   built into the `fuzz` guest and checked by `tests/tests/fuzz.rs`
//!   (the suite runs seed 1).
//! - `fuzz-macro [N]`: the generator's never-panics test on N arbitrary WIT
//!   packages from wit-smith (default 10,000; the suite runs 1,000).
//! - `jco`: installs jco and its WASI shim into `target/jco` with npm, for the
//!   JavaScript interoperability tests.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let rest: Vec<String> = std::env::args().skip(2).collect();
    let ok = match task.as_str() {
        "guests" => build_guests(),
        "test" => build_guests() && install_jco() && run_tests(&rest),
        "demo" => build_guest_packages(DEMO_GUESTS) && run_demo(&rest),
        "hello" => build_guest_packages(&["hello-guest"]) && run_hello(&rest),
        "jco" => install_jco(),
        "soak" => build_guests() && run_soak(&rest),
        "fuzz-macro" => run_fuzz_macro(&rest),
        "fuzz" => run_fuzz(&rest),
        "api-diff" => run_api_diff(),
        _ => {
            eprintln!("usage: cargo xtask <guests|test|demo|hello|jco|soak|fuzz|fuzz-macro|api-diff> [args]");
            false
        }
    };
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

fn run(mut c: Command) -> bool {
    eprintln!("+ {c:?}");
    c.status().map(|s| s.success()).unwrap_or_else(|e| {
        eprintln!("failed to run {c:?}: {e}");
        false
    })
}

fn ensure_target() -> bool {
    ensure_target_named("wasm32-wasip2")
}

fn ensure_target_named(target: &str) -> bool {
    let out = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == target) => true,
        Ok(_) => {
            let mut c = Command::new("rustup");
            c.args(["target", "add", target]);
            run(c)
        }
        // No rustup: assume the toolchain has the target.
        Err(_) => true,
    }
}

/// Guest crates: packages under `tests/guests/` and `examples/` marked as such.
fn guest_packages() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["tests/guests", "examples"] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else { continue };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            collect_guests(&p, &mut out);
        }
    }
    out
}

fn collect_guests(dir: &Path, out: &mut Vec<String>) {
    let manifest = dir.join("Cargo.toml");
    // A guest says so in its manifest: `[package.metadata.xtask] wasm32-wasip2 = true`.
    if let Ok(text) = std::fs::read_to_string(&manifest)
        && text.contains("[package.metadata.xtask]")
        && text.contains("wasm32-wasip2 = true")
        && let Some(name) = text.lines().find_map(|l| l.strip_prefix("name = "))
    {
        out.push(name.trim_matches('"').to_string());
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
        paths.sort();
        for p in paths {
            if p.file_name().is_some_and(|n| n != "src" && n != "wit" && n != "target") {
                collect_guests(&p, out);
            }
        }
    }
}

fn build_guests() -> bool {
    if !wasi_p3_wit() {
        return false;
    }
    let all = guest_packages();
    let (alone, all): (Vec<&str>, Vec<&str>) = all.iter().map(String::as_str).partition(|p| BUILT_ALONE.contains(p));
    let (newer, stock): (Vec<&str>, Vec<&str>) = all.into_iter().partition(|p| NEEDS_NEWER_LINKER.contains(p));
    build_guest_packages(&stock)
        && alone.iter().all(|p| build_guest_packages(&[p]))
        && (newer.is_empty() || build_with_newer_linker(&newer))
        && build_rustc_guest()
        && build_core_guests()
        && build_two_runtimes()
}

/// Puts WASI 0.3's WIT, as the `wasmtime-wasi-http` crate of the workspace
/// ships it (`wasi:http@0.3.0` with the `wasi:cli`, `wasi:clocks`, … it
/// uses, the same files as `wasmtime-wasi`'s), into `target/wasi-p3-wit` for
/// the WASI 0.3 examples' build scripts (not copied into the repository).
fn wasi_p3_wit() -> bool {
    let dest = root().join("target/wasi-p3-wit");
    if dest.join("http.wit").exists() && dest.join("cli.wit").exists() {
        return true;
    }
    let mut c = cargo();
    c.args(["metadata", "--format-version", "1"]);
    let out = match c.output() {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
        _ => {
            eprintln!("`cargo metadata` failed: cannot find the wasmtime-wasi-http crate's WIT");
            return false;
        }
    };
    // The package whose manifest sits in `.../wasmtime-wasi-http-48.x.y/`.
    let meta: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
    let found = meta["packages"].as_array().into_iter().flatten().find_map(|p| {
        let manifest = p["manifest_path"].as_str()?;
        let dir = Path::new(manifest).parent()?.file_name()?.to_str()?;
        dir.strip_prefix("wasmtime-wasi-http-").filter(|v| v.starts_with(char::is_numeric)).map(|_| manifest)
    });
    let Some(manifest) = found else {
        eprintln!("the workspace has no wasmtime-wasi-http package: cannot find WASI 0.3's WIT");
        return false;
    };
    let src = Path::new(manifest).parent().expect("a manifest's directory").join("src/p3/wit/deps");
    let copied = std::fs::create_dir_all(&dest).is_ok()
        && std::fs::read_dir(&src)
            .is_ok_and(|entries| entries.flatten().all(|e| std::fs::copy(e.path(), dest.join(e.file_name())).is_ok()));
    if !copied {
        eprintln!("could not copy {} to {}", src.display(), dest.display());
    }
    copied
}

/// Guests whose component type the toolchain's bundled `wasm-component-ld`
/// (0.5.21 with Rust 1.95) cannot read: interfaces imported under plain
/// names (`import primary: store;`) are encoded with the component model's
/// `implements` import names, and WIT accessors with `[get]`/`[set]` names
/// (wit-component 0.260+), which newer linkers understand.
const NEEDS_NEWER_LINKER: &[&str] = &["guest-named", "guest-accessors", "guest-accessors-wb"];

/// The linker those guests are built with, installed into `target/tools`.
const NEWER_LINKER_VERSION: &str = "0.5.31";

fn build_with_newer_linker(packages: &[&str]) -> bool {
    let root_dir = root().join("target/tools");
    let linker = root_dir.join("bin/wasm-component-ld");
    let installed = Command::new(&linker)
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains(NEWER_LINKER_VERSION));
    if !installed {
        eprintln!("installing wasm-component-ld {NEWER_LINKER_VERSION} into target/tools (about a minute, once)");
        let mut c = cargo();
        c.args(["install", "wasm-component-ld", "--locked", "--version", NEWER_LINKER_VERSION, "--root"]);
        c.arg(&root_dir);
        if !run(c) {
            return false;
        }
    }
    // `cargo rustc` gives the linker to the guest alone: its dependencies
    // keep the fingerprints the other guests built them with.
    packages.iter().all(|p| {
        let mut c = cargo();
        c.args(["rustc", "--lib", "--target", "wasm32-wasip2", "-p", p, "--", "-C"]);
        c.arg(format!("linker={}", linker.display()));
        run(c)
    })
}

fn build_guest_packages(packages: &[&str]) -> bool {
    if !ensure_target() {
        return false;
    }
    let mut c = cargo();
    c.args(["build", "--target", "wasm32-wasip2"]);
    for p in packages {
        c.args(["-p", p]);
    }
    run(c)
}

/// Guests built by a cargo invocation of their own: they turn off runtime
/// features (`realloc`) that the other guests' builds would unify back on.
const BUILT_ALONE: &[&str] = &["guest-own-realloc"];

/// Guests built as core modules for `wasm32-unknown-unknown` (debug and
/// release: the adversary tests call their exports through wasmtime's core
/// API with malformed values) and for `wasm32-wasip1` (made a component with
/// the WASI preview 1 adapter in the tests, as the unknown-unknown build is
/// without one).
const CORE_GUESTS: &[&str] = &["guest-hostile"];

fn build_core_guests() -> bool {
    let builds = [("wasm32-unknown-unknown", "dev"), ("wasm32-unknown-unknown", "release"), ("wasm32-wasip1", "dev")];
    builds.iter().all(|(target, profile)| {
        if !ensure_target_named(target) {
            return false;
        }
        let mut c = cargo();
        c.args(["build", "--target", target, "--profile", profile]);
        for p in CORE_GUESTS {
            c.args(["-p", p]);
        }
        run(c)
    })
}

/// Builds `tests/rustc-guest/guest.rs` with plain `rustc`, as Bazel and
/// Buck2 build: no Cargo.toml and no `CARGO_*` variables, the runtime passed
/// as `--extern wit_bindgen=<wit-guest's rlib>` (renamed, as for a crate
/// written for wit-bindgen). Cargo builds that rlib and says where it is.
fn build_rustc_guest() -> bool {
    let mut c = cargo();
    c.args(["build", "--target", "wasm32-wasip2", "-p", "wit-guest", "--message-format=json-render-diagnostics"]);
    c.stderr(std::process::Stdio::inherit());
    eprintln!("+ {c:?}");
    let Ok(out) = c.output() else { return false };
    if !out.status.success() {
        return false;
    }
    let rlib = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "wit_guest")
        .flat_map(|m| m["filenames"].as_array().cloned().unwrap_or_default())
        .filter_map(|f| f.as_str().map(PathBuf::from))
        .find(|f| f.extension().is_some_and(|e| e == "rlib"));
    let Some(rlib) = rlib else {
        eprintln!("cargo did not report wit-guest's rlib");
        return false;
    };
    let target = root().join("target");
    // The rustc of cargo's toolchain.
    let rustc = Path::new(&std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())).with_file_name("rustc");
    let rustc = if rustc.exists() { rustc } else { PathBuf::from("rustc") };
    let mut c = Command::new(rustc);
    c.current_dir(root());
    for (k, _) in std::env::vars_os() {
        if k.to_str().is_some_and(|k| k.starts_with("CARGO_") && k != "CARGO_HOME") {
            c.env_remove(k);
        }
    }
    c.args(["--edition", "2021", "--crate-type", "cdylib", "--crate-name", "rustc_guest"])
        .args(["--target", "wasm32-wasip2", "-C", "debuginfo=0"])
        .arg("--extern")
        .arg(format!("wit_bindgen={}", rlib.display()))
        .arg("-L")
        .arg(format!("dependency={}", target.join("wasm32-wasip2/debug/deps").display()))
        .arg("-L")
        .arg(format!("dependency={}", target.join("debug/deps").display()))
        .arg("tests/rustc-guest/guest.rs")
        .arg("-o")
        .arg(target.join("wasm32-wasip2/debug/rustc_guest.wasm"));
    run(c)
}

/// The runtime made another major version: `rt/` copied to
/// `target/rt-major-2` as `wit-guest` 2.0.0, its workspace-inherited fields
/// spelled out. `tests/two-runtimes` (a workspace of its own, as the copy is
/// not in a fresh clone) links it beside `wit-guest` 0.1 in one component.
fn build_two_runtimes() -> bool {
    let dest = root().join("target/rt-major-2");
    let manifest = std::fs::read_to_string(root().join("rt/Cargo.toml")).unwrap_or_default();
    let abs = |dir: &str| root().join(dir).display().to_string();
    let manifest = manifest
        .replace("rust-version.workspace = true", "rust-version = \"1.88\"")
        .replace("\nversion.workspace = true", "\nversion = \"2.0.0\"")
        .replace("edition.workspace = true", "edition = \"2024\"")
        .replace("license.workspace = true", "license = \"MIT\"")
        .replace(
            "wit-guest-macro = { workspace = true, optional = true }",
            &format!("wit-guest-macro = {{ path = {:?}, optional = true }}", abs("macro")),
        )
        .replace("wit-guest-cabi = { workspace = true }", &format!("wit-guest-cabi = {{ path = {:?} }}", abs("cabi")))
        .replace("bitflags = { workspace = true, optional = true }", "bitflags = { version = \"2\", optional = true }");
    if manifest.contains("workspace") || !manifest.contains("2.0.0") {
        eprintln!("rt/Cargo.toml changed shape: teach xtask's build_two_runtimes its new workspace-inherited fields");
        return false;
    }
    let copied = copy_dir(&root().join("rt/src"), &dest.join("src"))
        && std::fs::copy(root().join("rt/GENERATE.md"), dest.join("GENERATE.md")).is_ok()
        && write_if_changed(&dest.join("Cargo.toml"), &manifest);
    if !copied {
        eprintln!("could not copy rt/ to {}", dest.display());
        return false;
    }
    // The fixture's own lock file starts as the workspace's: the same
    // dependency versions, so nothing is built twice.
    let lock = root().join("tests/two-runtimes/Cargo.lock");
    if !lock.exists() && std::fs::copy(root().join("Cargo.lock"), &lock).is_err() {
        return false;
    }
    let mut c = cargo();
    c.args(["build", "--target", "wasm32-wasip2", "--manifest-path", "tests/two-runtimes/Cargo.toml"]);
    c.arg("--target-dir").arg(root().join("target"));
    run(c)
}

/// Copies `src` into `dst` recursively, rewriting only files that changed
/// (so cargo's fingerprints stay fresh).
fn copy_dir(src: &Path, dst: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(src) else { return false };
    std::fs::create_dir_all(dst).is_ok()
        && entries.flatten().all(|e| {
            let to = dst.join(e.file_name());
            if e.path().is_dir() {
                copy_dir(&e.path(), &to)
            } else {
                std::fs::read_to_string(e.path()).is_ok_and(|text| write_if_changed(&to, &text))
            }
        })
}

fn write_if_changed(path: &Path, text: &str) -> bool {
    std::fs::read_to_string(path).is_ok_and(|old| old == text) || std::fs::write(path, text).is_ok()
}

/// Guests that cannot be built for the host: wit-bindgen's own export
/// symbols (`ns:pkg/iface#f`) are not valid in an ELF version script.
const HOST_EXCLUDE: &[&str] = &[
    "--exclude",
    "guest-accessors-wb",
    "--exclude",
    "guest-compat-wb",
    "--exclude",
    "calc-adder-wb",
    "--exclude",
    "guest-asyncs-wb",
    "--exclude",
    "guest-async-driver-wb",
    "--exclude",
    "guest-streams-wb",
    "--exclude",
    "guest-stream-driver-wb",
    "--exclude",
    "guest-chain-wb",
];

/// The leak checks (types, resources, async calls, streams and futures on
/// both builds), with `WIT_GUEST_SOAK_ROUNDS` set; their `[soak]` lines are
/// the report.
fn run_soak(rest: &[String]) -> bool {
    let rounds = rest.first().cloned().unwrap_or_else(|| "1000000".to_string());
    let mut c = cargo();
    c.env("WIT_GUEST_SOAK_ROUNDS", &rounds);
    // libtest, not nextest: the suite's per-test timeout is for the suite.
    c.args(["test", "-p", "wit-guest-tests", "--test", "e2e", "--", "--nocapture"]);
    c.args([
        "types::no_leaks_after_ten_thousand_calls",
        "resources::ten_thousand_cycles_leave_no_trace",
        "asyncs::ten_thousand_calls_leak_nothing",
        "streams::ten_thousand_round_trips_leak_nothing",
    ]);
    eprintln!("soak: {rounds} rounds per check");
    run(c)
}

/// The differential value fuzzing over `--cases N` types, 300 per world.
fn run_fuzz(rest: &[String]) -> bool {
    let cases: usize = match rest {
        [] => 10_000,
        [flag, n] if flag == "--cases" => match n.replace('_', "").parse() {
            Ok(n) => n,
            Err(_) => {
                eprintln!("--cases takes a number, not {n:?}");
                return false;
            }
        },
        _ => {
            eprintln!("usage: cargo xtask fuzz [--cases N]");
            return false;
        }
    };
    if !build_guests() {
        return false;
    }
    let per_world = 300;
    let worlds = cases.div_ceil(per_world);
    (0..worlds).all(|k| {
        let seed = (k + 2).to_string();
        eprintln!("fuzz: world {} of {worlds} (seed {seed}, {per_world} types)", k + 1);
        let mut build = cargo();
        build.env("WIT_GUEST_FUZZ_SEED", &seed).env("WIT_GUEST_FUZZ_CASES", per_world.to_string());
        build.args(["build", "--target", "wasm32-wasip2", "-p", "guest-fuzz"]);
        let mut test = cargo();
        test.env("WIT_GUEST_FUZZ_SEED", &seed).env("WIT_GUEST_FUZZ_CASES", per_world.to_string());
        test.args(["test", "-p", "wit-guest-tests", "--test", "e2e", "--", "--nocapture", "fuzz::"]);
        run(build) && run(test)
    })
}

/// `codegen/tests/never_panics.rs` on `N` packages.
fn run_fuzz_macro(rest: &[String]) -> bool {
    let packages = rest.first().cloned().unwrap_or_else(|| "10000".to_string());
    let mut c = cargo();
    c.env("WIT_GUEST_FUZZ_PACKAGES", &packages);
    c.args([
        "test",
        "-p",
        "wit-guest-codegen",
        "--test",
        "never_panics",
        "--test",
        "component_type",
        "--",
        "--nocapture",
    ]);
    eprintln!("fuzz-macro: {packages} arbitrary WIT packages");
    run(c)
}

fn has_nextest() -> bool {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["nextest", "--version"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn run_tests(rest: &[String]) -> bool {
    let mut c = cargo();
    if has_nextest() {
        c.args(["nextest", "run", "--workspace", "--no-fail-fast"]);
    } else {
        c.args(["test", "--workspace", "--no-fail-fast"]);
    }
    c.args(HOST_EXCLUDE);
    c.args(rest);
    let ok = run(c);
    // Doc tests (nextest does not run them).
    let mut d = cargo();
    d.args(["test", "--workspace", "--doc"]);
    d.args(HOST_EXCLUDE);
    ok && run(d)
}

/// The components the calculator demo composes.
const DEMO_GUESTS: &[&str] = &["calc-adder", "calc-calculator", "calc-command"];

fn run_demo(rest: &[String]) -> bool {
    run_host("calculator-host", rest)
}

fn run_hello(rest: &[String]) -> bool {
    run_host("demo-host", rest)
}

/// Builds and runs a wasmtime host, with cargo's progress shown: the first
/// build compiles wasmtime, which takes minutes.
fn run_host(package: &str, rest: &[String]) -> bool {
    eprintln!(
        "building and running the wasmtime host `{package}` (the first build compiles wasmtime and \
         Cranelift: about 10 minutes on 2 cores, seconds afterwards)"
    );
    let mut c = cargo();
    c.args(["run", "-p", package, "--"]);
    c.args(rest);
    run(c)
}

/// jco and the WASI shim its output imports, pinned.
const JCO_PACKAGE_JSON: &str = r#"{
  "name": "wit-guest-jco",
  "private": true,
  "type": "module",
  "dependencies": {
    "@bytecodealliance/jco": "1.35.0",
    "@bytecodealliance/preview2-shim": "0.26.1"
  }
}
"#;

/// Installs [`JCO_PACKAGE_JSON`] into `target/jco` unless it is there already.
/// `cargo xtask api-diff`: wit-guest's generated public API against
/// wit-bindgen 0.63's and 0.60's on every fixture and guest WIT
/// (`tests/api-diff`, a workspace of its own built in `target/api-diff`);
/// fails when the differences are not those `tests/api-diff/expected.txt`
/// lists. Not part of the suite (it builds two more generators).
fn run_api_diff() -> bool {
    let mut c = cargo();
    c.args(["run", "--release", "--manifest-path", "tests/api-diff/Cargo.toml", "--target-dir"]);
    c.arg(root().join("target/api-diff"));
    run(c)
}

fn install_jco() -> bool {
    let dir = root().join("target/jco");
    let manifest = dir.join("package.json");
    let installed = std::fs::read_to_string(&manifest).is_ok_and(|m| m == JCO_PACKAGE_JSON)
        && dir.join("node_modules/@bytecodealliance/jco/package.json").is_file()
        && dir.join("node_modules/@bytecodealliance/preview2-shim/package.json").is_file();
    if installed {
        return true;
    }
    if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&manifest, JCO_PACKAGE_JSON)) {
        eprintln!("writing {}: {e}", manifest.display());
        return false;
    }
    let mut c = Command::new("npm");
    c.current_dir(&dir).args(["install", "--no-audit", "--no-fund", "--loglevel=error"]);
    run(c)
}
