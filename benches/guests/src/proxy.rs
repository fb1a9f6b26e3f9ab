// The `wasi:http/proxy` world with a hand-written stub for its one export,
// for the warm-rebuild measurement (touch this file, rebuild). wit-guest does
// not implement the `stubs` option yet, so both sides use this stub instead.
// Compiled by `proxy-wg` (wit-guest) and `proxy-wb` (wit-bindgen 0.60). The
// WIT is copied from the wasmtime-wasi-http crate by `wit-guest-bench`.

wit_bindgen::generate!({
    path: "../wit-wasi-http",
    world: "wasi:http/proxy",
    generate_all,
});

use exports::wasi::http::incoming_handler::Guest;
use wasi::http::types::{IncomingRequest, ResponseOutparam};

struct Stub;

impl Guest for Stub {
    fn handle(_request: IncomingRequest, _response_out: ResponseOutparam) {
        unimplemented!("a stub: only compiled, never run")
    }
}

export!(Stub);
