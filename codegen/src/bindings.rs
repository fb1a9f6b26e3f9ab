//! The generator outside the macro: the same options, written as the body of
//! `generate!{ .. }`, produce the same code as a formatted `.rs` file — for
//! the `wit-guest-codegen` CLI and for build scripts.
//!
//! ```no_run
//! // build.rs
//! wit_guest_codegen::Bindings::new(r#"{ world: "my-world", generate_all }"#)
//!     .write_to_out_dir("bindings.rs")
//!     .expect("bindings");
//! // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/bindings.rs"));
//! ```

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;

use crate::diag::Diagnostics;
use crate::options::Options;

/// Bindings for one world, configured like `generate!`.
pub struct Bindings {
    options: String,
    manifest_dir: PathBuf,
    runtime: TokenStream,
}

impl Bindings {
    /// `options` is what would go between `generate!(` and `)`, e.g.
    /// `{ world: "w", path: "wit", generate_all }` (or `""` for the defaults).
    /// Relative paths are resolved against `CARGO_MANIFEST_DIR` (or the
    /// current directory outside cargo).
    pub fn new(options: &str) -> Self {
        let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
            .map(PathBuf::from)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        Bindings { options: options.to_string(), manifest_dir, runtime: quote!(::wit_guest) }
    }

    /// Where relative WIT paths are resolved from.
    pub fn manifest_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.manifest_dir = dir.into();
        self
    }

    /// The path the generated code uses for the runtime crate (default `::wit_guest`).
    pub fn runtime_crate(mut self, path: &str) -> Self {
        self.runtime = path.parse().unwrap_or_else(|_| quote!(::wit_guest));
        self
    }

    /// The bindings as tokens, and the WIT files they were generated from.
    pub fn tokens(&self) -> Result<(TokenStream, Vec<PathBuf>), Vec<String>> {
        let tokens: TokenStream = self.options.parse().map_err(|e| vec![format!("options: {e}")])?;
        let input: crate::input::Input = syn::parse2(tokens).map_err(|e| vec![e.to_string()])?;
        let mut diag = Diagnostics::default();
        let opts = Options::from_input(&input, &mut diag);
        if !diag.is_empty() {
            return Err(diag.messages());
        }
        let Some(loaded) = crate::load::load(&opts, &self.manifest_dir, &mut diag) else {
            return Err(diag.messages());
        };
        let tokens = crate::generate_loaded(&loaded, &opts, self.runtime.clone()).map_err(|d| d.messages())?;
        Ok((tokens, loaded.files))
    }

    /// The bindings, formatted.
    pub fn generate(&self) -> Result<String, Vec<String>> {
        self.tokens().map(|(t, _)| crate::pretty(&t))
    }

    /// Writes the formatted bindings to `$OUT_DIR/file` and tells cargo to
    /// rerun the build script when any WIT file they came from changes.
    pub fn write_to_out_dir(&self, file: &str) -> std::io::Result<PathBuf> {
        let out = std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or_else(|| {
            std::io::Error::other("OUT_DIR is not set: write_to_out_dir is for build scripts")
        })?;
        let (tokens, files) = self.tokens().map_err(|e| std::io::Error::other(e.join("\n")))?;
        for f in &files {
            println!("cargo::rerun-if-changed={}", f.display());
        }
        self.write(&out.join(file), &tokens)
    }

    fn write(&self, path: &Path, tokens: &TokenStream) -> std::io::Result<PathBuf> {
        std::fs::write(path, crate::pretty(tokens))?;
        Ok(path.to_path_buf())
    }
}
