// The `wasi:http/proxy` world with the `stubs` option (a stub implementation
// of every export, exported), for the warm-rebuild measurement: touch this
// file, rebuild. Compiled by `proxy-wg` (wit-guest) and `proxy-wb`
// (wit-bindgen 0.60). The WIT is copied from the wasmtime-wasi-http crate by
// `wit-guest-bench`.

wit_bindgen::generate!({
    path: "../wit-wasi-http",
    world: "wasi:http/proxy",
    generate_all,
    stubs,
});
