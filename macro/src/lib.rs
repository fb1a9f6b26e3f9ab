//! The `generate!` proc-macro of wit-guest. Deliberately thin: it takes the
//! runtime crate's path from the `macro_rules!` front in `wit-guest` (which
//! passes `$crate` as a leading `[..]` group) and hands everything to
//! `wit_guest_codegen::expand`. Documentation lives on `wit_guest::generate!`.

use proc_macro::TokenStream;
use proc_macro2::{Delimiter, TokenTree};
use quote::quote;

/// Generates Rust bindings for a WIT world; see `wit_guest::generate!`.
#[proc_macro]
pub fn generate(input: TokenStream) -> TokenStream {
    let (runtime, input) = split_runtime(input.into());
    wit_guest_codegen::expand(input, &manifest_dir(), runtime).into()
}

/// Bindings configured by `[package.metadata.component]`, exporting `Component`;
/// see `wit_guest::component::generate!`.
#[proc_macro]
pub fn component_generate(input: TokenStream) -> TokenStream {
    let (runtime, input) = split_runtime(input.into());
    wit_guest_codegen::expand_component(input, &manifest_dir(), runtime).into()
}

/// Where relative WIT paths start: the invoking crate's directory under
/// cargo, the directory rustc runs in without it (plain `rustc`), made
/// absolute so that the generated `include_bytes!` (which tracks the WIT
/// files) finds the same files.
fn manifest_dir() -> std::path::PathBuf {
    match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(dir) => dir.into(),
        None => std::env::current_dir().unwrap_or_default(),
    }
}

/// `[$crate] rest` from the front: the runtime's path and the user's input.
/// Called directly (not through `wit_guest::generate!`), the input has no
/// such group, and the runtime is `::wit_guest`.
fn split_runtime(input: proc_macro2::TokenStream) -> (proc_macro2::TokenStream, proc_macro2::TokenStream) {
    let mut tokens = input.clone().into_iter();
    match tokens.next() {
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => (g.stream(), tokens.collect()),
        _ => (quote!(::wit_guest), input),
    }
}
