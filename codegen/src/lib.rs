//! The wit-guest bindings generator as a library.
//!
//! Phases, each a module with its own types:
//! [`input`] (syntax, `syn` only) → [`options`] (validated settings) →
//! [`load`] (files, `wit-parser`, world selection) → [`emit`] (tokens, with
//! the canonical ABI in [`abi`] and naming in [`names`]). Errors from every
//! phase are collected in [`diag::Diagnostics`] and reported together; their
//! text lives in [`messages`].
//!
//! The `generate!` macro is a thin wrapper over [`expand`].

pub mod abi;
pub mod attrs;
pub mod bindings;
pub mod component;
pub mod diag;
pub mod emit;
pub mod input;
pub mod legacy;
pub mod load;
pub mod messages;
pub mod names;
pub mod options;

use std::path::Path;

use proc_macro2::TokenStream;
use quote::quote;

pub use bindings::Bindings;
use diag::Diagnostics;
use options::Options;

/// Expands `generate!`'s input. `manifest_dir` is the invoking crate's root;
/// `runtime` the path of the runtime crate as the invoking crate names it.
/// Never panics: problems come back as `compile_error!` invocations.
pub fn expand(input: TokenStream, manifest_dir: &Path, runtime: TokenStream) -> TokenStream {
    let span = proc_macro2::Span::call_site();
    // A bug of ours must still read as a diagnostic, never as a macro panic.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| expand_inner(input, manifest_dir, runtime)));
    result.unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        syn::Error::new(span, messages::internal_error(&what)).to_compile_error()
    })
}

fn expand_inner(input: TokenStream, manifest_dir: &Path, runtime: TokenStream) -> TokenStream {
    let input: input::Input = match syn::parse2(input) {
        Ok(i) => i,
        Err(e) => return e.to_compile_error(),
    };
    let mut diag = Diagnostics::default();
    let opts = Options::from_input(&input, &mut diag);
    if !diag.is_empty() {
        return diag.to_compile_errors();
    }
    match generate(&opts, manifest_dir, runtime) {
        Ok(tokens) if opts.debug || debug_env() => debug_include(&tokens, manifest_dir, &opts),
        Ok(tokens) => tokens,
        Err(diag) => diag.to_compile_errors(),
    }
}

/// `WIT_GUEST_DEBUG=1` (or wit-bindgen's `WIT_BINDGEN_DEBUG=1`) turns `debug` on everywhere.
fn debug_env() -> bool {
    ["WIT_GUEST_DEBUG", "WIT_BINDGEN_DEBUG"].iter().any(|v| std::env::var_os(v).is_some_and(|x| x != "0"))
}

/// The `debug` option: writes the pretty-printed expansion to a file and
/// `include!`s it, so compiler errors point at readable lines.
fn debug_include(tokens: &TokenStream, manifest_dir: &Path, opts: &Options) -> TokenStream {
    let text = pretty(tokens);
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| manifest_dir.join("target"))
        .join("wit-guest-debug");
    let world = opts.world.as_ref().map(|w| w.0.replace([':', '/', '@'], "_")).unwrap_or_else(|| "world".into());
    let crate_name = std::env::var("CARGO_CRATE_NAME").unwrap_or_default();
    let file = dir.join(format!("{crate_name}-{world}{}.rs", opts.type_section_suffix.as_deref().unwrap_or("")));
    match std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&file, text)) {
        Ok(()) => {
            let path = file.to_string_lossy().to_string();
            quote!(include!(#path);)
        }
        Err(e) => {
            let msg = messages::debug_write_failed(&file, &e);
            quote!(#tokens ::core::compile_error!(#msg);)
        }
    }
}

/// Loads the WIT that `opts` name and generates the bindings.
pub fn generate(opts: &Options, manifest_dir: &Path, runtime: TokenStream) -> Result<TokenStream, Diagnostics> {
    let mut diag = Diagnostics::default();
    let Some(loaded) = load::load(opts, manifest_dir, &mut diag) else {
        return Err(diag);
    };
    generate_loaded(&loaded, opts, runtime)
}

/// Generates the bindings for an already resolved world (after the checks
/// that need the whole world).
pub fn generate_loaded(loaded: &load::Loaded, opts: &Options, runtime: TokenStream) -> Result<TokenStream, Diagnostics> {
    let mut diag = Diagnostics::default();
    let with = load::with_map(&loaded.resolve, loaded.world, opts, &mut diag);
    let attrs = attrs::resolve(&loaded.resolve, loaded.world, opts, &mut diag);
    load::check_world(&loaded.resolve, loaded.world, &loaded.main, opts, &with, loaded.span, &mut diag);
    if !diag.is_empty() {
        return Err(diag);
    }
    let component_type = match wit_component::metadata::encode(
        &loaded.resolve,
        loaded.world,
        wit_component::StringEncoding::UTF8,
        None,
    ) {
        Ok(bytes) => bytes,
        Err(e) => {
            diag.error(opts.span.unwrap_or_else(proc_macro2::Span::call_site), messages::encode_error(&e));
            return Err(diag);
        }
    };
    let rt = match &opts.runtime_path {
        Some(p) => match syn::parse_str::<syn::Path>(p) {
            Ok(p) => quote!(#p),
            Err(e) => {
                diag.error(opts.span.unwrap_or_else(proc_macro2::Span::call_site), format!("`runtime_path`: {e}"));
                return Err(diag);
            }
        },
        None => quote!(#runtime::rt),
    };
    let cx = emit::Gen::new(&loaded.resolve, loaded.world, opts, rt, with, attrs);
    Ok(emit::world::generate(&cx, &loaded.files, &component_type))
}

/// Pretty-prints an expansion (for snapshots, the CLI and `debug`).
pub fn pretty(tokens: &TokenStream) -> String {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => tokens.to_string(),
    }
}
