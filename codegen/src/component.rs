//! cargo-component's workflow without cargo-component: `component::generate!()`
//! reads `[package.metadata.component]` from the crate's Cargo.toml —
//! `package`, `target.path`, `target.world` and `target.dependencies`
//! (package name → WIT path) — generates the bindings into `mod bindings`
//! and exports the crate's `Component` type, so the crate is written as the
//! component-model book shows:
//!
//! ```ignore
//! wit_guest::component::generate!();
//! use bindings::Guest;
//! struct Component;
//! impl Guest for Component { /* .. */ }
//! ```
//!
//! `wit_guest::generate!` itself is unchanged.

use std::path::Path;

use proc_macro2::{Span, TokenStream};
use quote::quote;
#[cfg(feature = "cargo-component")]
use toml_edit::{Document, Item};

use crate::diag::Diagnostics;
use crate::driver;
use crate::messages;
use crate::options::Options;

/// What the metadata says.
#[derive(Debug, Default, PartialEq)]
pub struct Metadata {
    /// `package = "ns:name"`: the package whose world is targeted.
    pub package: Option<String>,
    /// `target.path`, relative to the crate (default `wit`).
    pub path: Option<String>,
    /// `target.world`.
    pub world: Option<String>,
    /// `target.dependencies`: WIT paths of the packages the target uses.
    pub dependencies: Vec<(String, String)>,
}

/// Reads `[package.metadata.component]` from Cargo.toml text.
#[cfg(feature = "cargo-component")]
pub fn read_metadata(cargo_toml: &str) -> Result<Metadata, String> {
    let doc = Document::parse(cargo_toml).map_err(|e| messages::cargo_toml(&e))?;
    let Some(component) = doc.get("package").and_then(|p| p.get("metadata")).and_then(|m| m.get("component")) else {
        return Err(messages::no_component_metadata());
    };
    let string = |item: Option<&Item>| item.and_then(|i| i.as_str()).map(str::to_string);
    let target = component.get("target");
    let mut meta = Metadata {
        package: string(component.get("package")),
        path: string(target.and_then(|t| t.get("path"))),
        world: string(target.and_then(|t| t.get("world"))),
        dependencies: Vec::new(),
    };
    if let Some(deps) = target.and_then(|t| t.get("dependencies")).and_then(|d| d.as_table_like()) {
        for (name, dep) in deps.iter() {
            let path = dep
                .get("path")
                .and_then(|p| p.as_str())
                .ok_or_else(|| messages::component_dependency_without_path(name))?;
            meta.dependencies.push((name.to_string(), path.to_string()));
        }
    }
    Ok(meta)
}

/// Without the `cargo-component` feature there is no TOML parser: the error
/// says which feature to turn on.
#[cfg(not(feature = "cargo-component"))]
pub fn read_metadata(_cargo_toml: &str) -> Result<Metadata, String> {
    Err(messages::cargo_component_feature())
}

/// Expands `component::generate!(..)`; the input may add `generate!` options.
pub fn expand(input: TokenStream, manifest_dir: &Path, runtime: TokenStream) -> TokenStream {
    let span = Span::call_site();
    let manifest = manifest_dir.join("Cargo.toml");
    let result = driver::guarded(span, || {
        let meta = std::fs::read_to_string(&manifest)
            .map_err(|e| e.to_string())
            .and_then(|t| read_metadata(&t))
            .map_err(|e| Diagnostics::single(span, e))?;
        let mut opts = Options::parse_tokens(input)?;
        apply_metadata(&meta, &mut opts, span);
        driver::run(&opts, driver::Wit::Files(manifest_dir), &runtime)
    });
    let out = match result {
        Ok(out) => out,
        Err(diag) => return diag.to_compile_errors(),
    };
    let bindings = out.tokens;
    let manifest = manifest.to_string_lossy().to_string();
    let export =
        if out.has_exports { quote!(bindings::export!(Component with_types_in bindings);) } else { TokenStream::new() };
    quote! {
        /// Bindings for the world named in `[package.metadata.component]`.
        #[allow(dead_code, reason = "bindings cover the whole world")]
        pub mod bindings {
            #bindings
            // The metadata decides what is generated: rebuild when it changes.
            const _: &[u8] = include_bytes!(#manifest);
        }
        #export
    }
}

/// What the metadata decides unless the macro's own options say otherwise.
fn apply_metadata(meta: &Metadata, opts: &mut Options, span: Span) {
    if opts.paths.is_empty() && opts.inline.is_none() {
        // Dependencies first: the target's package refers to them.
        opts.paths = meta.dependencies.iter().map(|(_, p)| (p.clone(), span)).collect();
        opts.paths.push((meta.path.clone().unwrap_or_else(|| "wit".to_string()), span));
    }
    if opts.world.is_none() {
        opts.world = match (&meta.package, &meta.world) {
            (Some(pkg), Some(w)) if !w.contains(':') => Some((format!("{pkg}/{w}"), span)),
            (_, Some(w)) => Some((w.clone(), span)),
            (_, None) => None,
        };
    }
    // cargo-component generates bindings for every package the world uses.
    opts.generate_all = true;
}

#[cfg(all(test, feature = "cargo-component"))]
mod tests {
    use super::*;

    #[test]
    fn reads_the_books_metadata() {
        let toml = r#"
            [package]
            name = "calculator"
            [package.metadata.component]
            package = "docs:calculator"
            [package.metadata.component.target]
            path = "wit/calculator.wit"
            world = "calculator"
            [package.metadata.component.target.dependencies]
            "docs:adder" = { path = "../adder/wit" }
        "#;
        let m = read_metadata(toml).unwrap();
        assert_eq!(m.package.as_deref(), Some("docs:calculator"));
        assert_eq!(m.path.as_deref(), Some("wit/calculator.wit"));
        assert_eq!(m.world.as_deref(), Some("calculator"));
        assert_eq!(m.dependencies, vec![("docs:adder".to_string(), "../adder/wit".to_string())]);
        assert!(read_metadata("[package]\nname = \"x\"").unwrap_err().contains("[package.metadata.component]"));
        let bad = "[package.metadata.component.target.dependencies]\n\"a:b\" = \"1.0\"";
        assert!(read_metadata(bad).unwrap_err().contains("needs `path"));
    }
}
