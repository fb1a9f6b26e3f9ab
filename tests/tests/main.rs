//! The end-to-end suites: guests built for `wasm32-wasip2`, run in wasmtime
//! (and node, and over loopback HTTP), with the host asserting every value.

mod accessors;
mod add;
mod async_compose;
mod asyncs;
mod calculator;
mod cargo_component;
mod chain;
mod coexist;
mod compat;
mod fuzz;
mod hello;
mod hostile;
mod http;
mod http_p3;
mod interop;
mod options;
mod other_targets;
mod overlap;
mod own_realloc;
mod resources;
mod rustc_guest;
mod stream_compose;
mod streams;
mod two_runtimes;
mod types;
mod wasi_p3;
