//! Developer tasks, run as `cargo xtask <task>` (alias in .cargo/config.toml).
//!
//! - `guests`: builds every guest crate under `tests/guests/` and `examples/`
//!   for `wasm32-wasip2` (installing the target with rustup if needed).
//! - `test`: `guests`, then the whole test suite with cargo-nextest (or
//!   `cargo test` where nextest is not installed).
//! - `demo`: builds and runs the main demo.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let rest: Vec<String> = std::env::args().skip(2).collect();
    let ok = match task.as_str() {
        "guests" => build_guests(),
        "test" => build_guests() && run_tests(&rest),
        "demo" => build_guests() && run_demo(&rest),
        _ => {
            eprintln!("usage: cargo xtask <guests|test|demo> [args]");
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
    let out = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == "wasm32-wasip2") => true,
        Ok(_) => {
            let mut c = Command::new("rustup");
            c.args(["target", "add", "wasm32-wasip2"]);
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
    if !ensure_target() {
        return false;
    }
    let mut c = cargo();
    c.args(["build", "--target", "wasm32-wasip2"]);
    for p in guest_packages() {
        c.args(["-p", &p]);
    }
    run(c)
}

/// Guests that cannot be built for the host: wit-bindgen's own export
/// symbols (`ns:pkg/iface#f`) are not valid in an ELF version script.
const HOST_EXCLUDE: &[&str] = &["--exclude", "guest-compat-wb"];

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

fn run_demo(rest: &[String]) -> bool {
    let mut c = cargo();
    c.args(["run", "-q", "-p", "demo-host", "--"]);
    c.args(rest);
    run(c)
}
