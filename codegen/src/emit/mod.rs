//! Emission: the planned world ([`Model`](crate::model::Model)) → Rust
//! tokens. One file per WIT kind: `types`, `imports`, `exports`, `resources`;
//! `world` assembles the module tree, and `export_macro` the `export!` macro
//! and the `component-type` custom section. Names of generated glue items
//! come from [`glue`].

pub mod export_macro;
pub mod exports;
pub mod glue;
pub mod imports;
pub mod payloads;
pub mod resources;
pub mod types;
pub mod world;

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::Docs;

pub use world::generate;

/// `#[doc = ".."]` attributes for WIT doc comments.
pub fn docs(docs: &Docs) -> TokenStream {
    match &docs.contents {
        Some(text) => {
            let lines = text.lines().map(|l| format!(" {l}"));
            quote!(#(#[doc = #lines])*)
        }
        None => TokenStream::new(),
    }
}

/// `clippy::too_many_arguments` is the WIT's choice, not ours.
pub fn allow_many_args(n: usize) -> TokenStream {
    if n > 7 {
        quote!(#[allow(clippy::too_many_arguments, reason = "the WIT function has this many parameters")])
    } else {
        TokenStream::new()
    }
}

/// The body of a core-wasm function that exists only on wasm32: elsewhere a
/// stub that panics with `message` (through the runtime `rt`, so that no
/// `panic!` is expanded per import), so the bindings still type-check there.
pub fn wasm_import(
    rt: &TokenStream,
    module: &str,
    name: &str,
    decl: TokenStream,
    stub: TokenStream,
    message: &str,
) -> TokenStream {
    quote! {
        #[cfg(target_arch = "wasm32")]
        #[link(wasm_import_module = #module)]
        unsafe extern "C" {
            #[link_name = #name]
            #decl;
        }
        #[cfg(not(target_arch = "wasm32"))]
        #stub {
            #rt::wasm32_only(#message)
        }
    }
}
