// Generates the bindings from the one world in `wit/world.wit` and WASI
// 0.3's WIT, which is not copied into this repository: `cargo xtask guests`
// takes it from the `wasmtime-wasi-http` 48 crate the host uses (into
// `target/wasi-p3-wit`), and `WASI_P3_WIT` may name another `deps` directory
// holding `cli.wit`, `http.wit` & co.
//
// The `http-p3` example's build script is this file too (`include!`d).

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    println!("cargo::rerun-if-env-changed=WASI_P3_WIT");
    println!("cargo::rerun-if-changed=wit/world.wit");
    let deps = match std::env::var_os("WASI_P3_WIT") {
        Some(d) => PathBuf::from(d),
        None => manifest.join("../../../target/wasi-p3-wit"),
    };
    if !deps.join("cli.wit").exists() {
        panic!(
            "WASI 0.3's WIT is not at {}: run `cargo xtask guests` (it copies it from the wasmtime-wasi crate), or set WASI_P3_WIT",
            deps.display()
        );
    }
    // The package and its dependencies, as one WIT directory.
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("wit");
    copy_dir(&deps, &out.join("deps"));
    std::fs::copy(manifest.join("wit/world.wit"), out.join("world.wit")).expect("copies world.wit");
    let options = format!(r#"{{ path: "{}", generate_all }}"#, out.display());
    wit_guest_codegen::Bindings::new(&options).write_to_out_dir("bindings.rs").expect("bindings generate");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("creates the deps directory");
    for entry in std::fs::read_dir(from).expect("reads the WASI WIT directory").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "wit") {
            println!("cargo::rerun-if-changed={}", path.display());
            std::fs::copy(&path, to.join(entry.file_name())).expect("copies a WIT file");
        }
    }
}
