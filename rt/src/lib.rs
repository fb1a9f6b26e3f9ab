//! Rust guest bindings for the WebAssembly Component Model.
//!
//! A guest crate describes the component it is in WIT and writes
//! [`generate!`]; the macro emits the Rust API of that world (types, a `Guest`
//! trait per export, safe functions per import, an `export!` macro) and the
//! canonical-ABI glue behind it. Built with
//! `cargo build --target wasm32-wasip2`, the crate is a component.
//!
//! This crate is the runtime half: what every expansion shares lives in
//! [`rt`], so that the generated code stays small. It is `no_std` + `alloc`
//! unless the `std` feature is on.
//!
//! The generated API is the one wit-bindgen 0.60 generates for the same WIT and
//! options: a crate written for wit-bindgen compiles unchanged when its
//! dependency is renamed, `wit-bindgen = { package = "wit-guest", .. }`.
#![no_std]
#![deny(missing_docs)]
// Every `unsafe` block says why it holds; an `unsafe fn`'s body is not one.
#![deny(clippy::undocumented_unsafe_blocks, unsafe_op_in_unsafe_fn)]

extern crate alloc;
// Lets expansions inside this crate's own doc tests say `::wit_guest`.
extern crate self as wit_guest;
#[cfg(feature = "std")]
extern crate std;

/// `generate!` is this `macro_rules!` front to the proc-macro: it hands the
/// proc-macro `$crate`, which names this crate from the invoking crate
/// whatever the dependency is called there (`wit-guest`, a `wit-bindgen`
/// rename, a workspace-inherited or target-specific dependency) and however
/// the crate is built (cargo, or plain `rustc --extern` as Bazel and Buck2
/// do): no manifest is read to find the runtime.
#[cfg(feature = "macros")]
#[doc = include_str!("../GENERATE.md")]
#[macro_export]
macro_rules! generate {
    ($($input:tt)*) => {
        $crate::__macro::generate! { [$crate] $($input)* }
    };
}

/// `component::generate!`'s front (see [`generate!`]).
#[cfg(feature = "macros")]
#[doc(hidden)]
#[macro_export]
macro_rules! __component_generate {
    ($($input:tt)*) => {
        $crate::__macro::component_generate! { [$crate] $($input)* }
    };
}

/// The proc-macros behind `generate!` and `component::generate!`.
#[cfg(feature = "macros")]
#[doc(hidden)]
pub mod __macro {
    pub use wit_guest_macro::{component_generate, generate};
}

#[doc(hidden)]
pub mod rt;

#[cfg(feature = "async")]
pub use rt::async_support::{
    AbiBuffer, FutureRead, FutureReader, FutureWrite, FutureWriteCancel, FutureWriteError, FutureWriter, JoinHandle,
    StreamRead, StreamReader, StreamResult, StreamWrite, StreamWriter, backpressure_dec, backpressure_inc, block_on,
    spawn_local, yield_async, yield_blocking,
};

/// cargo-component's workflow, without cargo-component.
#[cfg(feature = "macros")]
pub mod component {
    /// Generates `mod bindings` for the world named in the crate's
    /// `[package.metadata.component]` (`package`, `target.path`,
    /// `target.world`, `target.dependencies` with `path`s) and exports the
    /// crate's `Component` type — the code shape of the component-model
    /// book's Rust chapter:
    ///
    /// ```ignore
    /// wit_guest::component::generate!();
    /// use bindings::Guest;
    ///
    /// struct Component;
    ///
    /// impl Guest for Component {
    ///     fn hello() -> String { "hi".into() }
    /// }
    /// ```
    ///
    /// Options in `generate!` syntax may be added; `world` and `path` given
    /// there win over the metadata.
    pub use crate::__component_generate as generate;
}
