//! The random world of `tests/fuzz-gen`: `echo-i` returns its argument,
//! `fetch-i` what the host's `make-i` gave.

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));
include!(concat!(env!("OUT_DIR"), "/guest.rs"));
