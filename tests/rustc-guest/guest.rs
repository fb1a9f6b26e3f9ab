//! A guest built with plain `rustc`, the way Bazel's rules_rust, Buck2 and
//! wit-bindgen's own test runner build: no Cargo.toml, no
//! `CARGO_MANIFEST_DIR`, and the runtime passed as
//! `--extern wit_bindgen=…/libwit_guest-….rlib` (a crate written for
//! wit-bindgen, with wit-guest swapped in). `generate!` finds its runtime
//! through `$crate`, not by reading a manifest. `cargo xtask guests` builds
//! it into `target/wasm32-wasip2/debug/rustc_guest.wasm`.

wit_bindgen::generate!({
    // Relative to the directory rustc runs in (the repository root): there
    // is no manifest directory to start from.
    path: "tests/rustc-guest/rustc-guest.wit",
});

struct Component;

impl Guest for Component {
    fn greet(name: String) -> String {
        format!("Hello, {name}, from {}!", host_name())
    }

    fn tally_up(values: Vec<u32>) -> Tally {
        Tally { count: values.len() as u32, total: values.iter().map(|&v| u64::from(v)).sum() }
    }
}

export!(Component);
