//! Points `generate!` at the WASI WIT that `wasmtime-wasi-http` ships in its
//! crate source (`wit/` with every `wasi:*` package in `deps/`), so that this
//! guest is compiled against exactly the interfaces its host implements and
//! the repository holds no copy of them.
//!
//! `cargo metadata` (which downloads the crate if needed) tells where the
//! source is; the `generate!` call naming that absolute path is written to
//! `$OUT_DIR/bindings.rs`, which `src/lib.rs` includes.

use std::path::{Path, PathBuf};
use std::process::Command;

const CRATE: &str = "wasmtime-wasi-http";
const WORLD: &str = "wasi:http/proxy@0.2.12";

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wit = wit_dir().unwrap_or_else(|e| panic!("cannot find the WIT of {CRATE}: {e}"));
    let wit = wit.to_str().expect("the cargo registry path is UTF-8");
    let bindings = format!("wit_guest::generate!({{ world: {WORLD:?}, path: {wit:?}, generate_all }});\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR is set by cargo"));
    std::fs::write(out.join("bindings.rs"), bindings).expect("writing bindings.rs");
}

/// The `wit/` directory beside the manifest of the workspace's `wasmtime-wasi-http`.
fn wit_dir() -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let manifest =
        Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").ok_or("no CARGO_MANIFEST_DIR")?).join("Cargo.toml");
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--manifest-path"])
        .arg(&manifest)
        // Only the host's packages: what the host build downloads anyway.
        .args(["--filter-platform", &std::env::var("HOST").map_err(|e| format!("HOST: {e}"))?])
        .output()
        .map_err(|e| format!("running cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!("cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let json = String::from_utf8(out.stdout).map_err(|e| e.to_string())?;
    // Only packages carry `manifest_path`, and paths need no JSON unescaping
    // beyond backslashes; a JSON parser would be a build dependency for this.
    json.split("\"manifest_path\":\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|p| PathBuf::from(p.replace("\\\\", "\\")))
        .filter_map(|p| p.parent().map(Path::to_path_buf))
        .find(|dir| dir.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(&format!("{CRATE}-"))))
        .map(|dir| dir.join("wit"))
        .filter(|wit| wit.join("deps").is_dir())
        .ok_or_else(|| format!("{CRATE} is not in the workspace's dependencies"))
}
