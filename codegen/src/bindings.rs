//! The generator outside the macro: the same options produce the same code
//! as a formatted `.rs` file — for build scripts, the CLI and other tools.
//!
//! ```no_run
//! // build.rs
//! wit_guest_codegen::Bindings::new(r#"{ world: "my-world", generate_all }"#)
//!     .write_to_out_dir("bindings.rs")
//!     .expect("bindings");
//! // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/bindings.rs"));
//! ```
//!
//! Options can also be set as values ([`Bindings::from_options`]), and the
//! WIT given as an already resolved world ([`Bindings::from_resolve`]).

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::{Resolve, WorldId};

use crate::diag::Diagnostics;
use crate::driver::{self, Wit};
use crate::messages;
use crate::options::Options;

/// Bindings for one world, configured like `generate!`.
pub struct Bindings {
    options: Result<Options, Vec<String>>,
    resolved: Option<(Resolve, WorldId)>,
    manifest_dir: PathBuf,
    runtime: Result<TokenStream, String>,
}

impl Bindings {
    /// `options` is what would go between `generate!(` and `)`, e.g.
    /// `{ world: "w", path: "wit", generate_all }` (or `""` for the defaults).
    /// Relative paths are resolved against `CARGO_MANIFEST_DIR` (or the
    /// current directory outside cargo). Mistakes in the text are reported
    /// by [`Bindings::tokens`].
    pub fn new(options: &str) -> Self {
        Self::with_options(Options::parse_str(options).map_err(|d| d.messages()))
    }

    /// Bindings configured by `options`.
    pub fn from_options(options: Options) -> Self {
        Self::with_options(Ok(options))
    }

    /// Bindings for `world` of an already resolved `resolve` (the options'
    /// `path`, `inline` and `world` are then not used).
    pub fn from_resolve(resolve: Resolve, world: WorldId, options: Options) -> Self {
        Bindings { resolved: Some((resolve, world)), ..Self::from_options(options) }
    }

    fn with_options(options: Result<Options, Vec<String>>) -> Self {
        let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
            .map(PathBuf::from)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        Bindings { options, resolved: None, manifest_dir, runtime: Ok(quote!(::wit_guest)) }
    }

    /// Where relative WIT paths are resolved from.
    pub fn manifest_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.manifest_dir = dir.into();
        self
    }

    /// The path the generated code uses for the runtime crate (default
    /// `::wit_guest`); one that is not a Rust path is reported by
    /// [`Bindings::tokens`].
    pub fn runtime_crate(mut self, path: &str) -> Self {
        self.runtime = match syn::parse_str::<syn::Path>(path) {
            Ok(p) => Ok(quote!(#p)),
            Err(_) => Err(messages::runtime_crate_not_a_path(path)),
        };
        self
    }

    /// The bindings as tokens, and the WIT files they were generated from.
    pub fn tokens(&self) -> Result<(TokenStream, Vec<PathBuf>), Vec<String>> {
        let options = self.options.as_ref().map_err(Clone::clone)?;
        let runtime = self.runtime.as_ref().map_err(|e| vec![e.clone()])?;
        let wit = match &self.resolved {
            Some((resolve, world)) => Wit::Resolved(Box::new(resolve.clone()), *world),
            None => Wit::Files(&self.manifest_dir),
        };
        let span = options.span.unwrap_or_else(proc_macro2::Span::call_site);
        let out =
            driver::guarded(span, || driver::run(options, wit, runtime)).map_err(|d: Diagnostics| d.messages())?;
        Ok((out.tokens, out.files))
    }

    /// The bindings, formatted.
    pub fn generate(&self) -> Result<String, Vec<String>> {
        self.tokens().map(|(t, _)| crate::pretty(&t))
    }

    /// Writes the formatted bindings to `$OUT_DIR/file` and tells cargo to
    /// rerun the build script when any WIT file they came from changes.
    pub fn write_to_out_dir(&self, file: &str) -> std::io::Result<PathBuf> {
        let out = std::env::var_os("OUT_DIR")
            .map(PathBuf::from)
            .ok_or_else(|| std::io::Error::other(messages::OUT_DIR_UNSET))?;
        let (tokens, files) = self.tokens().map_err(|e| std::io::Error::other(e.join("\n")))?;
        for f in &files {
            println!("cargo::rerun-if-changed={}", f.display());
        }
        write(&out.join(file), &tokens)
    }
}

fn write(path: &Path, tokens: &TokenStream) -> std::io::Result<PathBuf> {
    std::fs::write(path, crate::pretty(tokens))?;
    Ok(path.to_path_buf())
}
