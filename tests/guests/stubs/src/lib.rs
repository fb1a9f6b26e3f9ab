//! `stubs`: every export implemented by a generated `Stub` that panics; the
//! crate writes no Rust of its own.
#![deny(warnings)]

wit_guest::generate!({ world: "stubbed", path: "../options/wit", stubs });
