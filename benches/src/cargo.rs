//! Building the guests in `benches/guests` (their own workspace) with cargo,
//! timed where asked, in a target directory of their own (`target/bench`) so
//! that builds in the main target directory never wait for ours or we for
//! theirs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("benches/ has a parent").to_path_buf()
}

/// The guests' workspace.
pub fn guests_dir() -> PathBuf {
    root().join("benches/guests")
}

/// The main target directory (`CARGO_TARGET_DIR` or `target/`).
pub fn main_target() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"))
}

/// Where the guests are built, except for the cold build.
pub fn bench_target() -> PathBuf {
    main_target().join("bench")
}

/// `cargo <args>` on the guests' workspace, in `target_dir`.
pub fn cargo(target_dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(guests_dir()).env("CARGO_TARGET_DIR", target_dir).args(args);
    c
}

/// Runs a command that must succeed, its output shown.
pub fn run(mut c: Command) -> Result<()> {
    let status = c.status().with_context(|| format!("running {c:?}"))?;
    if !status.success() {
        bail!("{c:?} failed: {status}");
    }
    Ok(())
}

/// Runs `prepare` (untimed), then a build, and returns the build's wall
/// time. A run that had to wait for a cargo lock held by someone else is
/// thrown away and repeated, `prepare` included.
pub fn timed(mut prepare: impl FnMut() -> Result<()>, mut make: impl FnMut() -> Command) -> Result<Duration> {
    for _ in 0..5 {
        prepare()?;
        let mut c = make();
        c.stdout(Stdio::null()).stderr(Stdio::piped());
        let t = Instant::now();
        let out = c.output().with_context(|| format!("running {c:?}"))?;
        let elapsed = t.elapsed();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            bail!("{c:?} failed:\n{stderr}");
        }
        if !stderr.contains("Blocking waiting for file lock") {
            return Ok(elapsed);
        }
        eprintln!("    (waited for a cargo lock; measuring again)");
    }
    bail!("could not build without waiting for another cargo's lock")
}

/// Copies the WASI WIT that the wasmtime-wasi-http crate ships (found with
/// `cargo metadata`) to `benches/guests/wit-wasi-http`, where the proxy
/// guests read it. Returns the source directory.
pub fn copy_wasi_http_wit() -> Result<PathBuf> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root())
        .args(["metadata", "--format-version", "1"])
        .stderr(Stdio::inherit())
        .output()
        .context("running cargo metadata")?;
    if !out.status.success() {
        bail!("cargo metadata failed");
    }
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let manifest = meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == "wasmtime-wasi-http")
        .and_then(|p| p["manifest_path"].as_str())
        .context("wasmtime-wasi-http is not in the workspace's dependency graph")?;
    let src = Path::new(manifest).parent().expect("a manifest has a directory").join("wit");
    let dst = guests_dir().join("wit-wasi-http");
    if dst.exists() {
        std::fs::remove_dir_all(&dst)?;
    }
    copy_dir(&src, &dst)?;
    Ok(src)
}

fn copy_dir(src: &Path, dst: &Path) -> Result<()> {
    std::fs::create_dir_all(dst)?;
    for e in std::fs::read_dir(src)? {
        let e = e?;
        let to = dst.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &to)?;
        } else {
            std::fs::copy(e.path(), &to)?;
        }
    }
    Ok(())
}

/// Versions of the packages in the guests' lock file, e.g. `wit-bindgen`.
pub fn locked_version(name: &str) -> Option<String> {
    let lock = std::fs::read_to_string(guests_dir().join("Cargo.lock")).ok()?;
    let needle = format!("name = \"{name}\"\nversion = \"");
    let at = lock.find(&needle)? + needle.len();
    Some(lock[at..].split('"').next()?.to_string())
}

/// The path of a guest component built in `profile`.
pub fn wasm(target_dir: &Path, profile: &str, package: &str) -> PathBuf {
    target_dir.join("wasm32-wasip2").join(profile).join(format!("{}.wasm", package.replace('-', "_")))
}
