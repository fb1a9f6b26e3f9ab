// The `wasi-p3` example's build script: bindings from `wit/world.wit` with
// WASI 0.3's WIT (`target/wasi-p3-wit`, put there by `cargo xtask guests`).
include!("../../wasi-p3/guest/build.rs");
