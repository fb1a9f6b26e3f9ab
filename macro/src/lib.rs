//! The `generate!` proc-macro of wit-guest. Deliberately thin: it finds the
//! invoking crate's root and the name under which it depends on the runtime
//! crate, then hands everything to `wit_guest_codegen::expand`.
//! Documentation lives on the `wit_guest::generate` re-export.

use proc_macro::TokenStream;
use proc_macro_crate::{FoundCrate, crate_name};
use quote::{format_ident, quote};

/// Generates Rust bindings for a WIT world; see `wit_guest::generate!`.
#[proc_macro]
pub fn generate(input: TokenStream) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from).unwrap_or_default();
    wit_guest_codegen::expand(input.into(), &manifest_dir, runtime_crate()).into()
}

/// Bindings configured by `[package.metadata.component]`, exporting `Component`;
/// see `wit_guest::component::generate!`.
#[proc_macro]
pub fn component_generate(input: TokenStream) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from).unwrap_or_default();
    wit_guest_codegen::expand_component(input.into(), &manifest_dir, runtime_crate()).into()
}

/// `::wit_guest`, or the name the crate was renamed to in Cargo.toml (a crate
/// written for wit-bindgen depends on us as `wit-bindgen`).
fn runtime_crate() -> proc_macro2::TokenStream {
    match crate_name("wit-guest") {
        // `wit-guest` itself (its doc tests): it names itself with `extern crate self`.
        Ok(FoundCrate::Itself) => quote!(::wit_guest),
        Ok(FoundCrate::Name(name)) => {
            let name = format_ident!("{}", name);
            quote!(::#name)
        }
        Err(_) => quote!(::wit_guest),
    }
}
