//! The whole expansion: the module tree (imports at `ns::pkg::iface`, exports
//! under `exports::`), world-level items at the root, the `export!` macro,
//! the `component-type` custom section and the file-tracking constants.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{InterfaceId, TypeDefKind, WorldItem, WorldKey};

use super::exports::{emit_export, Callee};
use super::imports::emit_import;
use super::types::emit_type;
use super::{docs, Gen, Scope};

/// A module being assembled; children keep WIT declaration order.
#[derive(Default)]
struct ModTree {
    docs: TokenStream,
    items: TokenStream,
    children: Vec<(Ident, ModTree)>,
}

impl ModTree {
    fn at(&mut self, path: &[Ident]) -> &mut ModTree {
        let Some((first, rest)) = path.split_first() else { return self };
        let pos = match self.children.iter().position(|(n, _)| n == first) {
            Some(p) => p,
            None => {
                self.children.push((first.clone(), ModTree::default()));
                self.children.len() - 1
            }
        };
        self.children[pos].1.at(rest)
    }

    fn into_tokens(self) -> TokenStream {
        let ModTree { items, children, .. } = self;
        let children = children.into_iter().map(|(name, m)| {
            let doc = m.docs.clone();
            let body = m.into_tokens();
            quote! {
                #doc
                #[allow(dead_code, reason = "bindings cover the whole world; a component uses part of it")]
                #[allow(clippy::module_inception, clippy::type_complexity, clippy::result_unit_err, reason = "names and types follow the WIT")]
                pub mod #name { #body }
            }
        });
        quote!(#items #(#children)*)
    }
}

/// Generates the bindings for `cx`'s world.
pub fn generate(cx: &Gen, files: &[std::path::PathBuf], component_type: &[u8]) -> TokenStream {
    let resolve = cx.resolve;
    let world = &resolve.worlds[cx.world];
    let root = Scope { cx, depth: 0, iface: None, exported: false };
    let mut tree = ModTree::default();
    let mut root_items = TokenStream::new();

    for (key, item) in &world.imports {
        match item {
            WorldItem::Interface { id, .. } => {
                if cx.with.interfaces.contains_key(id) {
                    // Bound by `with` to bindings that exist elsewhere.
                    continue;
                }
                let path = cx.import_path(*id).expect("import path").to_vec();
                let scope = Scope { cx, depth: path.len(), iface: Some(*id), exported: false };
                let m = tree.at(&path);
                m.docs = docs(&resolve.interfaces[*id].docs);
                m.items.extend(interface_types(&scope, *id));
                for func in resolve.interfaces[*id].functions.values() {
                    let skipped = cx.opts.skip.contains(&func.name);
                    if matches!(func.kind, wit_parser::FunctionKind::Freestanding) && !skipped {
                        m.items.extend(emit_import(&scope, Some(key), func));
                    }
                }
                m.items.extend(super::resources::imported_resources(&scope, key, *id));
            }
            WorldItem::Function(func) => {
                let skipped = cx.opts.skip.contains(&func.name);
                if matches!(func.kind, wit_parser::FunctionKind::Freestanding) && !skipped {
                    root_items.extend(emit_import(&root, None, func));
                }
            }
            WorldItem::Type { id, .. } => {
                let resource = matches!(resolve.types[*id].kind, TypeDefKind::Resource);
                if cx.opts.generate_unused_types || cx.usage.used(*id) || resource {
                    root_items.extend(emit_type(&root, *id));
                }
            }
        }
    }
    root_items.extend(super::resources::world_imported_resources(&root));

    let mut export_calls = TokenStream::new();
    let mut world_trait = TokenStream::new();
    let mut world_stubs = TokenStream::new();
    let mut world_macro = TokenStream::new();
    for (key, item) in &world.exports {
        match item {
            WorldItem::Interface { id, .. } => {
                let path = cx.export_path(*id).expect("export path").to_vec();
                let scope = Scope { cx, depth: path.len(), iface: Some(*id), exported: true };
                let m = tree.at(&path);
                m.docs = docs(&resolve.interfaces[*id].docs);
                m.items.extend(interface_types(&scope, *id));
                let (items, call) = exported_interface(&scope, key, *id, &path);
                m.items.extend(items);
                export_calls.extend(quote! {
                    #call!($ty with_types_in $($path_to_types_root)*::#(#path)::*);
                });
            }
            WorldItem::Function(func) => {
                let callee = Callee::freestanding(quote!(Guest), func);
                let f = emit_export(&root, None, func, &callee);
                world_trait.extend(f.trait_method);
                world_stubs.extend(f.stub_method);
                root_items.extend(f.items);
                world_macro.extend(f.macro_items);
            }
            WorldItem::Type { .. } => {}
        }
    }

    let world_name = &world.name;
    let world_snake = crate::names::snake(world_name);
    if !world_trait.is_empty() {
        let macro_name = format_ident!("__export_world_{}_cabi", world_snake);
        let unimplemented = on_unimplemented(&format!("world `{}`", world.name), "Guest");
        let (def, call) = cabi_macro(cx, &macro_name, &world_macro, &quote!($($path_to_types_root)*::));
        let root_lints = root.root_lints();
        root_items.extend(quote! {
            /// Implemented by the type passed to `export!`: the world's own exported functions.
            #unimplemented
            #root_lints
            pub trait Guest { #world_trait }
            #def
        });
        export_calls = quote! {
            #call!($ty with_types_in $($path_to_types_root)*);
            #export_calls
        };
    }
    let once = format_ident!("__ExportedOnce_{}", world_snake);
    let once_msg = format!("`export!` must be called once per world; the world `{}` is already exported by `{{Self}}`", world.name);
    root_items.extend(quote! {
        /// Implemented once by `export!`: a second call is a conflicting impl naming the world.
        #[doc(hidden)]
        #[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
        #[allow(dead_code, reason = "used only when the world is exported")]
        #[diagnostic::on_unimplemented(message = #once_msg)]
        pub trait #once<T> {}
        #[doc(hidden)]
        #[allow(dead_code, reason = "used only when the world is exported")]
        pub struct __ExportMarker;
    });
    let export_calls = quote! {
        impl $($path_to_types_root)*::#once<$ty> for $($path_to_types_root)*::__ExportMarker {}
        #export_calls
    };
    root_items.extend(export_macro(cx, &world_snake, export_calls));
    if cx.opts.stubs {
        let export_name = crate::names::ident(cx.opts.export_macro_name.as_deref().unwrap_or("export"));
        let world_impl = if world_trait.is_empty() { TokenStream::new() } else { quote!(impl Guest for Stub { #world_stubs }) };
        // A `#[macro_export]` macro is only reachable by its plain name here.
        let stub_call = if cx.opts.pub_export_macro { quote!(#export_name) } else { quote!(self::#export_name) };
        root_items.extend(quote! {
            /// Implements every export with a body that panics (the `stubs` option).
            pub struct Stub;
            #world_impl
            #stub_call!(Stub with_types_in self);
        });
    }
    root_items.extend(custom_section(cx, component_type));
    root_items.extend(track_files(files));
    let modules = tree.into_tokens();
    quote!(#root_items #modules)
}

/// The types an interface owns, in declaration order (live ones only unless
/// `generate_unused_types`).
fn interface_types(scope: &Scope, id: InterfaceId) -> TokenStream {
    let cx = scope.cx;
    let mut out = TokenStream::new();
    if !cx.opts.disable_custom_section_link_helpers {
        let root = scope.root();
        out.extend(quote! {
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = #root __link_custom_section_describing_imports;
        });
    }
    for ty in cx.resolve.interfaces[id].types.values() {
        if cx.with.types.contains_key(ty) {
            continue;
        }
        let keep = cx.opts.generate_unused_types
            || cx.usage.used(*ty)
            || matches!(cx.resolve.types[*ty].kind, TypeDefKind::Resource);
        if keep {
            out.extend(emit_type(scope, *ty));
        }
    }
    out
}

/// The `Guest` trait, shims and `__export_*_cabi!` macro of an exported interface.
fn exported_interface(scope: &Scope, key: &WorldKey, id: InterfaceId, module: &[Ident]) -> (TokenStream, TokenStream) {
    let resolve = scope.cx.resolve;
    let iface = &resolve.interfaces[id];
    let mut trait_items = TokenStream::new();
    let mut items = TokenStream::new();
    let mut macro_items = TokenStream::new();
    let mut stubs = TokenStream::new();
    for func in iface.functions.values() {
        if !matches!(func.kind, wit_parser::FunctionKind::Freestanding) {
            continue;
        }
        let callee = Callee::freestanding(quote!(Guest), func);
        let f = emit_export(scope, Some(key), func, &callee);
        trait_items.extend(f.trait_method);
        items.extend(f.items);
        macro_items.extend(f.macro_items);
        stubs.extend(f.stub_method);
    }
    let res = super::resources::exported_resources(scope, key, id);
    trait_items.extend(res.trait_items);
    items.extend(res.items);
    macro_items.extend(res.macro_items);
    if scope.cx.opts.stubs {
        let root = scope.root();
        let types = res.stub_types;
        items.extend(quote!(impl Guest for #root Stub { #types #stubs }));
    }

    let name = resolve.name_world_key(key);
    let sanitized: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    let macro_name = format_ident!("__export_{}_cabi", sanitized);
    let doc = format!(" Implemented by the type passed to `export!`: the functions of `{name}`.");
    let path = scope.cx.export_path(id).map(|p| p.iter().map(|i| i.to_string()).collect::<Vec<_>>().join("::")).unwrap_or_default();
    let unimplemented = on_unimplemented(&format!("interface `{name}`"), &format!("{path}::Guest"));
    let (def, call) = cabi_macro(scope.cx, &macro_name, &macro_items, &quote!($($path_to_types_root)*::#(#module::)*));
    items.extend(quote! {
        #[doc = #doc]
        #unimplemented
        pub trait Guest { #trait_items }
        #def
    });
    (items, call)
}

/// The `macro_rules!` that emits the export symbols of one interface (or of
/// the world's own functions), and how `export!` calls it: through the
/// bindings' path, or through `$crate` when `pub_export_macro` makes the
/// macros usable from other crates.
fn cabi_macro(cx: &Gen, name: &Ident, body: &TokenStream, via: &TokenStream) -> (TokenStream, TokenStream) {
    let rules = quote! {
        macro_rules! #name {
            ($ty:ident with_types_in $($path_to_types:tt)*) => {
                const _: () = { #body };
            };
        }
    };
    if cx.opts.pub_export_macro {
        let def = quote! {
            #[doc(hidden)]
            #[macro_export]
            #rules
        };
        (def, quote!($crate::#name))
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
fn on_unimplemented(what: &str, trait_path: &str) -> TokenStream {
    let message = format!("`{{Self}}` is exported as the implementation of {what}, but does not implement `{trait_path}`");
    let label = format!("missing `impl {trait_path} for {{Self}}`");
    let note = format!("every export of the world is implemented by the one type passed to `export!`; add `impl {trait_path} for {{Self}} {{{{ .. }}}}`");
    quote! {
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
    }
}

/// The world's `export!` macro.
fn export_macro(cx: &Gen, world: &str, calls: TokenStream) -> TokenStream {
    let export_name = crate::names::ident(cx.opts.export_macro_name.as_deref().unwrap_or("export"));
    let self_path = match &cx.opts.default_bindings_module {
        Some(m) => m.parse().unwrap_or_else(|_| quote!(self)),
        None => quote!(self),
    };
    let doc = quote! {
        /// Exports `$ty` as the implementation of every `Guest` trait of this world.
        ///
        /// `export!(MyType)` where the bindings were generated in the calling module;
        /// `export!(MyType with_types_in path::to::bindings)` otherwise.
    };
    if cx.opts.pub_export_macro {
        // `#[macro_export]`: reachable as `your_crate::export!` from other crates.
        return quote! {
            #doc
            #[macro_export]
            macro_rules! #export_name {
                ($ty:ident) => {
                    $crate::#export_name!($ty with_types_in #self_path);
                };
                ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
                    #calls
                };
            }
        };
    }
    let impl_name = format_ident!("__export_{}_impl", world);
    quote! {
        #doc
        #[doc(hidden)]
        #[allow(unused_macros, reason = "a world without exports never calls it")]
        macro_rules! #impl_name {
            ($ty:ident) => {
                #self_path::#export_name!($ty with_types_in #self_path);
            };
            ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
                #calls
            };
        }
        #[doc(inline)]
        #[allow(unused_imports, reason = "a world without exports never calls it")]
        pub(crate) use #impl_name as #export_name;
    }
}

/// The encoded world in a `component-type` custom section, which
/// `wasm-component-ld` turns into the component's type.
fn custom_section(cx: &Gen, bytes: &[u8]) -> TokenStream {
    let rt = &cx.rt;
    let world = &cx.resolve.worlds[cx.world];
    let pkg = world.package.map(|p| cx.resolve.packages[p].name.to_string()).unwrap_or_default();
    let suffix = cx.opts.type_section_suffix.clone().unwrap_or_default();
    let section = format!(
        "component-type:wit-guest:{}:{}:{}:encoded world{}",
        env!("CARGO_PKG_VERSION"),
        pkg,
        world.name,
        suffix
    );
    let len = bytes.len();
    let lit = Literal::byte_string(bytes);
    let helper = if cx.opts.disable_custom_section_link_helpers {
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
        #[used]
        pub static __WIT_GUEST_COMPONENT_TYPE: [u8; #len] = *#lit;
        #helper
    }
}

/// `include_bytes!` of every WIT file read, so editing one rebuilds the crate.
fn track_files(files: &[std::path::PathBuf]) -> TokenStream {
    let files = files.iter().filter_map(|f| f.to_str());
    quote!(#(const _: &[u8] = include_bytes!(#files);)*)
}
