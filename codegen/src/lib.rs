//! The wit-guest bindings generator as a library: the engine behind
//! `wit_guest::generate!`, the `wit-guest-codegen` CLI and build scripts.
//!
//! Phases, each a module with its own types, depending one way:
//! `emit` → `abi` → `model` → `load` → `options` → `input`.
//! - `input`: the macro's syntax (`syn` only);
//! - [`options`]: validated, typed settings;
//! - `load`: files and `wit-parser`, world selection;
//! - `model`: the plan of the world (type facts, ownership, `with`,
//!   attributes, module paths, world checks);
//! - `abi`: the canonical ABI (lowering, lifting, post-return);
//! - `emit`: tokens.
//!
//! One driver runs them for every entry point, inside one panic boundary;
//! errors from every phase are collected and reported together, with their
//! text in one module.
//!
//! The public API: [`expand`] and [`expand_component`] for the proc-macro,
//! [`Bindings`] for build scripts and tools, [`cli`] for the command line,
//! [`Options`] to configure them, and [`pretty`].

#![deny(missing_docs)]

mod abi;
mod bindings;
pub mod cli;
mod component;
mod diag;
mod driver;
mod emit;
mod input;
mod legacy;
mod load;
mod messages;
mod model;
mod names;
pub mod options;

use std::path::Path;

use proc_macro2::TokenStream;

pub use bindings::Bindings;
pub use options::{ChainEntry, Chaining, Options, Ownership};

/// The `component-type` custom section the bindings embed for `world`: the
/// world as a component type, which the linker turns into the component's
/// imports and exports.
#[doc(hidden)]
pub fn component_type(resolve: &wit_parser::Resolve, world: wit_parser::WorldId) -> Result<Vec<u8>, String> {
    model::component_type::encode(resolve, world)
}

/// Expands `generate!`'s input. `manifest_dir` is the invoking crate's root;
/// `runtime` the path of the runtime crate as the invoking crate names it.
/// Never panics: problems come back as `compile_error!` invocations.
pub fn expand(input: TokenStream, manifest_dir: &Path, runtime: TokenStream) -> TokenStream {
    let span = proc_macro2::Span::call_site();
    let result = driver::guarded(span, || {
        let opts = Options::parse_tokens(input)?;
        let out = driver::run(&opts, driver::Wit::Files(manifest_dir), &runtime)?;
        Ok(if opts.debug || driver::debug_env() {
            driver::debug_include(&out.tokens, manifest_dir, &opts)
        } else {
            out.tokens
        })
    });
    result.unwrap_or_else(|diag| diag.to_compile_errors())
}

/// Expands `component::generate!(..)`: the bindings of the world named by the
/// invoking crate's `[package.metadata.component]`, in `mod bindings`, with
/// the crate's `Component` exported. See [`expand`].
pub fn expand_component(input: TokenStream, manifest_dir: &Path, runtime: TokenStream) -> TokenStream {
    component::expand(input, manifest_dir, runtime)
}

/// Where one expansion's time goes, for the benchmarks: `(phase, time)`
/// for parsing the options, then [`driver::run_timed`]'s phases (`load`,
/// `plan` with the `encode` it includes, `emit`).
#[doc(hidden)]
pub fn expand_phases(
    input: TokenStream,
    manifest_dir: &Path,
    runtime: TokenStream,
) -> Result<Vec<(&'static str, std::time::Duration)>, String> {
    let t = std::time::Instant::now();
    let err = |d: diag::Diagnostics| d.messages().join("; ");
    let opts = Options::parse_tokens(input).map_err(err)?;
    let mut phases = vec![("options", t.elapsed())];
    driver::run_timed(&opts, driver::Wit::Files(manifest_dir), &runtime, &mut phases).map_err(err)?;
    Ok(phases)
}

/// Pretty-prints an expansion (for snapshots, the CLI and `debug`).
pub fn pretty(tokens: &TokenStream) -> String {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => tokens.to_string(),
    }
}
