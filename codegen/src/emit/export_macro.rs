//! The world's `export!` macro and the helper macros it calls, the `stubs`
//! option's implementation, the `component-type` custom section and the
//! file-tracking constants.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::messages;
use crate::model::Model;
use crate::names;

/// The `macro_rules!` that emits the export symbols of one interface (or of
/// the world's own functions), and how `export!` calls it: through the
/// bindings' path, or through `$crate` when `pub_export_macro` makes the
/// macros usable from other crates. The symbols exist on wasm32 only;
/// elsewhere (`cargo check` on the host, rust-analyzer) the macro only
/// checks that the type implements the `Guest` trait, which is cheaper to
/// compile than symbols that would export nothing. An interface without
/// symbols (only types) expands to nothing, on every target.
pub fn cabi_macro(model: &Model, name: &Ident, body: &TokenStream, via: &TokenStream) -> (TokenStream, TokenStream) {
    // An interface that exports nothing but types asks for no impl.
    let expansion = if body.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            #[cfg(target_arch = "wasm32")]
            #[allow(non_snake_case, reason = "symbols of resource functions are named `r__f`")]
            const _: () = { #body };
            // Elsewhere nothing is exported, and the impl is checked.
            #[cfg(not(target_arch = "wasm32"))]
            const _: () = {
                fn exported<T: $($path_to_types)*::Guest>() {}
                let _ = exported::<$ty>;
            };
        }
    };
    let rules = quote! {
        macro_rules! #name {
            ($ty:ident with_types_in $($path_to_types:tt)*) => { #expansion };
        }
    };
    if model.opts.pub_export_macro {
        let def = quote! {
            #[doc(hidden)]
            #[macro_export]
            #rules
        };
        // `$crate` must name the crate the helper is defined in. Spanned at
        // the user's own tokens it does; with the expansion's call site (in
        // `wit_guest::generate!`'s `macro_rules!` expansion) rustc would
        // take it for the runtime crate.
        let at = model.opts.span.unwrap_or_else(Span::call_site);
        (def, quote_spanned!(at=> $crate::#name))
    } else {
        let def = quote! {
            #[doc(hidden)]
            #rules
            #[doc(hidden)]
            #[allow(unused_imports, reason = "used by `export!` only")]
            pub(crate) use #name;
        };
        (def, quote!(#via #name))
    }
}

/// Makes rustc name the WIT item when a type passed to `export!` lacks an impl.
pub fn on_unimplemented(what: &str, trait_path: &str) -> TokenStream {
    let (message, label, note) = messages::export_without_impl(what, trait_path);
    quote! {
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
    }
}

/// The name of the `export!` macro.
fn export_name(model: &Model) -> Ident {
    model.opts.export_macro_name.clone().unwrap_or_else(|| names::ident("export"))
}

/// The trait a second `export!` of the world trips over, and the type that
/// implements it once.
fn export_once_marker(model: &Model, once: &Ident) -> TokenStream {
    let once_msg = messages::export_called_twice(&model.resolve.worlds[model.world].name);
    quote! {
        /// Implemented once by `export!`: a second call is a conflicting impl naming the world.
        #[doc(hidden)]
        #[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
        #[allow(dead_code, reason = "used only when the world is exported")]
        #[diagnostic::on_unimplemented(message = #once_msg)]
        pub trait #once<T> {}
        #[doc(hidden)]
        #[allow(dead_code, reason = "used only when the world is exported")]
        pub struct __ExportMarker;
    }
}

/// Makes the crate that exports link the bindings' `component-type` section
/// even when they live in another crate and it names nothing else of theirs
/// (a world with only world-level exports). It refers to the helper function
/// defined beside the section's static, which brings the section's object
/// into the link; referring to the static itself would also place a copy
/// of the section's bytes in linear memory (the whole world's type, 7 KB for
/// `wasi:http/proxy`), as any static whose address is taken.
fn link_section_ref(model: &Model) -> TokenStream {
    if model.opts.disable_custom_section_link_helpers {
        return TokenStream::new();
    }
    quote! {
        #[cfg(target_arch = "wasm32")]
        const _: () = {
            #[used]
            static __FORCE_SECTION_REF: fn() = $($path_to_types_root)*::__link_custom_section_describing_imports;
        };
    }
}

/// The world's `export!` macro, which first claims the world (a second
/// `export!` is a conflicting impl) and then calls every helper macro.
pub fn export_macro(model: &Model, calls: TokenStream) -> TokenStream {
    let world = names::snake(&model.resolve.worlds[model.world].name);
    let once = format_ident!("__ExportedOnce_{}", world);
    let marker = export_once_marker(model, &once);
    let link = link_section_ref(model);
    let calls = quote! {
        impl $($path_to_types_root)*::#once<$ty> for $($path_to_types_root)*::__ExportMarker {}
        #link
        #calls
    };
    let export_name = export_name(model);
    let self_path = match &model.opts.default_bindings_module {
        Some(m) => quote!(#m),
        None => quote!(self),
    };
    let doc = quote! {
        /// Exports `$ty` as the implementation of every `Guest` trait of this world.
        ///
        /// `export!(MyType)` where the bindings were generated in the calling module;
        /// `export!(MyType with_types_in path::to::bindings)` otherwise.
    };
    let impl_name = format_ident!("__export_{}_impl", world);
    // `pub_export_macro`: `#[macro_export]` puts the macro at the crate root
    // under its hidden name; either way it is reachable from the module that
    // invoked `generate!` under `export_macro_name` (SDKs re-export it as
    // `my_sdk::wit::export!`).
    let (export_attr, reexport) = if model.opts.pub_export_macro {
        (quote!(#[macro_export]), quote!(pub use #impl_name as #export_name;))
    } else {
        (
            quote!(#[allow(unused_macros, reason = "a world without exports never calls it")]),
            quote! {
                #[allow(unused_imports, reason = "a world without exports never calls it")]
                pub(crate) use #impl_name as #export_name;
            },
        )
    };
    quote! {
        #marker
        #doc
        #[doc(hidden)]
        #export_attr
        macro_rules! #impl_name {
            ($ty:ident) => {
                #self_path::#export_name!($ty with_types_in #self_path);
            };
            ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
                #calls
            };
        }
        #[doc(inline)]
        #reexport
    }
}

/// `stubs`: a `Stub` type exported with every function panicking.
pub fn stubs(model: &Model, world_stubs: &TokenStream) -> TokenStream {
    if !model.opts.stubs {
        return TokenStream::new();
    }
    let export_name = export_name(model);
    let world_impl =
        if world_stubs.is_empty() { TokenStream::new() } else { quote!(impl Guest for Stub { #world_stubs }) };
    // A `#[macro_export]` macro is only reachable by its plain name here.
    let stub_call = if model.opts.pub_export_macro { quote!(#export_name) } else { quote!(self::#export_name) };
    quote! {
        /// Implements every export with a body that panics (the `stubs` option).
        pub struct Stub;
        #world_impl
        #stub_call!(Stub with_types_in self);
    }
}

/// The encoded world in a `component-type` custom section, which
/// `wasm-component-ld` turns into the component's type.
pub fn custom_section(model: &Model) -> TokenStream {
    let rt = &model.rt;
    let world = &model.resolve.worlds[model.world];
    let pkg = world.package.map(|p| model.resolve.packages[p].name.to_string()).unwrap_or_default();
    let suffix = model.opts.type_section_suffix.clone().unwrap_or_default();
    let section = format!(
        "component-type:wit-guest:{}:{}:{}:encoded world{}",
        env!("CARGO_PKG_VERSION"),
        pkg,
        world.name,
        suffix
    );
    let bytes = &model.component_type;
    let len = bytes.len();
    let lit = Literal::byte_string(bytes);
    let helper = if model.opts.disable_custom_section_link_helpers {
        TokenStream::new()
    } else {
        quote! {
            #[inline(never)]
            #[doc(hidden)]
            pub fn __link_custom_section_describing_imports() {
                #rt::maybe_link_cabi_realloc();
            }
        }
    };
    quote! {
        #[cfg(target_arch = "wasm32")]
        #[unsafe(link_section = #section)]
        #[doc(hidden)]
        // Not `#[used]`: rustc emits a wasm `link_section` static as a custom
        // section whether or not it is used, and a used (or referenced)
        // static keeps a copy of its bytes in linear memory as well.
        pub static __WIT_GUEST_COMPONENT_TYPE: [u8; #len] = *#lit;
        #helper
    }
}

/// `include_bytes!` of every WIT file read, so editing one rebuilds the crate.
pub fn track_files(files: &[std::path::PathBuf]) -> TokenStream {
    let files = files.iter().filter_map(|f| f.to_str());
    quote!(#(const _: &[u8] = include_bytes!(#files);)*)
}
