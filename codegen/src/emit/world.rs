//! The whole expansion: the module tree (imports at `ns::pkg::iface`, exports
//! under `exports::`), world-level items at the root, the `export!` macro,
//! the `component-type` custom section and the file-tracking constants.

use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::quote;
use wit_parser::{Function, InterfaceId, Type, TypeDefKind, TypeId, WorldItem, WorldKey};

use super::export_macro::{cabi_macro, custom_section, export_macro, on_unimplemented, stubs, track_files};
use super::exports::{Callee, emit_export};
use super::imports::emit_import;
use super::types::emit_type;
use super::{docs, glue};
use crate::model::scope::type_name;
use crate::model::{Model, Scope};
use crate::names;

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

    /// The modules' tokens; each module with items imports the runtime as
    /// `rt_import` says, and the top-level ones (`top`) carry the lint
    /// allowances, which the modules nested in them inherit.
    fn into_tokens(self, rt_import: &TokenStream, top: bool) -> TokenStream {
        let ModTree { items, children, .. } = self;
        let allow = if top {
            let glue_allow = crate::model::scope::glue_allow();
            let shim_allow = crate::model::scope::shim_allow();
            quote! {
                #[allow(dead_code, reason = "bindings cover the whole world; a component uses part of it")]
                #glue_allow
                #shim_allow
                #[allow(clippy::module_inception, clippy::type_complexity, clippy::result_unit_err, reason = "names and types follow the WIT")]
            }
        } else {
            TokenStream::new()
        };
        let children = children.into_iter().map(|(name, m)| {
            let doc = m.docs.clone();
            // Only a module with items of its own may hold glue.
            let import = if m.items.is_empty() { TokenStream::new() } else { rt_import.clone() };
            let body = m.into_tokens(rt_import, false);
            quote! {
                #doc
                #allow
                pub mod #name { #import #body }
            }
        });
        quote!(#items #(#children)*)
    }
}

/// What the world's exports add, beside their modules.
#[derive(Default)]
pub struct WorldExports {
    /// Calls of the interfaces' (and the world's) `__export_*_cabi!` macros.
    pub calls: TokenStream,
    /// Items of the world's own `Guest` trait.
    pub trait_items: TokenStream,
    /// Their stub implementations.
    pub stubs: TokenStream,
    /// Export symbols of the world's own functions.
    pub macro_items: TokenStream,
}

/// Generates the bindings for the planned world.
pub fn generate(model: &Model, files: &[std::path::PathBuf]) -> TokenStream {
    let root = Scope { model, depth: 0, iface: None, key: None, exported: false, local_aliases: false };
    let mut tree = ModTree::default();
    let mut root_items = imports(&root, &mut tree);
    let mut exports = WorldExports::default();
    for (key, item) in &model.resolve.worlds[model.world].exports {
        match item {
            WorldItem::Interface { id, .. } => exported_interface_module(model, key, *id, &mut tree, &mut exports),
            WorldItem::Function(func) if is_generated(model, func) => {
                let f = emit_export(&root, None, func, &Callee::freestanding(quote!(Guest), func));
                exports.trait_items.extend(f.trait_method);
                exports.stubs.extend(f.stub_method);
                root_items.extend(f.items);
                exports.macro_items.extend(f.macro_items);
            }
            WorldItem::Function(_) | WorldItem::Type { .. } => {}
        }
    }
    root_items.extend(world_guest_trait(&root, &mut exports));
    root_items.extend(super::payloads::emit(model));
    root_items.extend(export_macro(model, exports.calls));
    root_items.extend(stubs(model, &exports.stubs));
    root_items.extend(custom_section(model));
    root_items.extend(track_files(files));
    let modules = tree.into_tokens(&crate::model::scope::rt_import(model), true);
    quote!(#root_items #modules)
}

/// The imported interfaces' modules, and the world-level imports' items.
fn imports(root: &Scope, tree: &mut ModTree) -> TokenStream {
    let model = root.model;
    let mut root_items = model.with.uses(&model.paths.root_modules());
    for (key, item) in &model.resolve.worlds[model.world].imports {
        match item {
            // Bound by `with` to bindings that exist elsewhere.
            // (Under other names it is imported again, with its own module.)
            WorldItem::Interface { id, .. }
                if matches!(key, WorldKey::Interface(_)) && model.with.interfaces.contains_key(id) => {}
            WorldItem::Interface { id, .. } => imported_interface_module(model, key, *id, tree),
            WorldItem::Function(func) if is_generated(model, func) => {
                root_items.extend(emit_import(root, None, func));
            }
            WorldItem::Function(_) => {}
            WorldItem::Type { id, .. } => {
                if !model.with.types.contains_key(id) && model.emits_type(*id) {
                    root_items.extend(emit_type(root, *id));
                }
            }
        }
    }
    root_items.extend(super::resources::world_imported_resources(root));
    root_items
}

/// Freestanding functions that `skip` does not name (resource functions are
/// emitted with their resource).
fn is_generated(model: &Model, func: &Function) -> bool {
    func.kind.resource().is_none() && !model.skipped(func)
}

fn imported_interface_module(model: &Model, key: &WorldKey, id: InterfaceId, tree: &mut ModTree) {
    let path = model.paths.import(key).to_vec();
    let scope =
        Scope { model, depth: path.len(), iface: Some(id), key: Some(key), exported: false, local_aliases: true };
    let m = tree.at(&path);
    m.docs = docs(&model.resolve.interfaces[id].docs);
    m.items.extend(interface_types(&scope, id));
    for func in model.resolve.interfaces[id].functions.values() {
        if is_generated(model, func) {
            m.items.extend(emit_import(&scope, Some(key), func));
        }
    }
    m.items.extend(super::resources::imported_resources(&scope, key, id));
    m.items.extend(super::imports::module_imports(&scope, key, id));
}

fn exported_interface_module(
    model: &Model,
    key: &WorldKey,
    id: InterfaceId,
    tree: &mut ModTree,
    exports: &mut WorldExports,
) {
    let path = model.paths.export(key).to_vec();
    let scope =
        Scope { model, depth: path.len(), iface: Some(id), key: Some(key), exported: true, local_aliases: true };
    let m = tree.at(&path);
    m.docs = docs(&model.resolve.interfaces[id].docs);
    m.items.extend(interface_types(&scope, id));
    let (items, call) = exported_interface(&scope, key, id, &path);
    m.items.extend(items);
    exports.calls.extend(quote! {
        #call!($ty with_types_in $($path_to_types_root)*::#(#path)::*);
    });
}

/// The types an interface owns, in declaration order (live ones only unless
/// `generate_unused_types`).
fn interface_types(scope: &Scope, id: InterfaceId) -> TokenStream {
    let model = scope.model;
    let mut out = TokenStream::new();
    if !model.opts.disable_custom_section_link_helpers {
        let root = scope.root();
        out.extend(quote! {
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = #root __link_custom_section_describing_imports;
        });
    }
    // Plain `use`s of other interfaces' types: one `pub use` per module
    // they come from (`pub use super::types::{A, B as C};`) rather than an
    // alias each, which a large world has thousands of.
    let mut uses: Vec<(String, TokenStream, Vec<TokenStream>)> = Vec::new();
    for ty in model.resolve.interfaces[id].types.values() {
        if model.with.types.contains_key(ty) || !model.emits_type(*ty) {
            continue;
        }
        if let Some((module, name)) = plain_use(scope, *ty) {
            let key = module.to_string();
            match uses.iter_mut().find(|(k, ..)| *k == key) {
                Some((.., names)) => names.push(name),
                None => uses.push((key, module, vec![name])),
            }
            continue;
        }
        out.extend(emit_type(scope, *ty));
    }
    for (_, module, names) in uses {
        out.extend(quote! {
            #[allow(unused_imports, reason = "bindings cover the whole world; a component uses part of it")]
            pub use #module{#(#names),*};
        });
    }
    out
}

/// The module prefix (ending in `::`) and the use tree (`T` or `T as U`)
/// of a `use`d type that [`Model::is_plain_use`] re-exports.
fn plain_use(scope: &Scope, ty: TypeId) -> Option<(TokenStream, TokenStream)> {
    let model = scope.model;
    let TypeDefKind::Type(Type::Id(direct)) = &model.resolve.types[ty].kind else { return None };
    if !model.is_plain_use(ty) {
        return None;
    }
    let direct_scope = Scope { local_aliases: false, ..*scope };
    let mut path: Vec<TokenTree> = direct_scope.type_path(*direct).into_iter().collect();
    let Some(TokenTree::Ident(target)) = path.pop() else { return None };
    // The prefix is empty (same module: not a plain use) or ends in `::`.
    match path.last() {
        Some(TokenTree::Punct(p)) if p.as_char() == ':' => {}
        _ => return None,
    }
    let alias = names::camel_ident(type_name(model.resolve, ty));
    let tree = if alias == target { quote!(#target) } else { quote!(#target as #alias) };
    Some((path.into_iter().collect(), tree))
}

/// The `Guest` trait, shims and `__export_*_cabi!` macro of an exported
/// interface, and how `export!` calls that macro.
fn exported_interface(scope: &Scope, key: &WorldKey, id: InterfaceId, module: &[Ident]) -> (TokenStream, TokenStream) {
    let model = scope.model;
    let mut trait_items = TokenStream::new();
    let mut items = TokenStream::new();
    let mut macro_items = TokenStream::new();
    let mut stub_methods = TokenStream::new();
    for func in model.resolve.interfaces[id].functions.values() {
        if !is_generated(model, func) {
            continue;
        }
        let f = emit_export(scope, Some(key), func, &Callee::freestanding(quote!(Guest), func));
        trait_items.extend(f.trait_method);
        items.extend(f.items);
        macro_items.extend(f.macro_items);
        stub_methods.extend(f.stub_method);
    }
    items.extend(super::exports::module_ret_area(scope, id));
    let res = super::resources::exported_resources(scope, key, id);
    trait_items.extend(res.trait_items);
    items.extend(res.items);
    macro_items.extend(res.macro_items);
    if model.opts.stubs {
        let root = scope.root();
        let types = res.stub_types;
        items.extend(quote!(impl Guest for #root Stub { #types #stub_methods }));
    }
    let name = model.resolve.name_world_key(key);
    let doc = format!(" Implemented by the type passed to `export!`: the functions of `{name}`.");
    let path = module.iter().map(|i| i.to_string()).collect::<Vec<_>>().join("::");
    let unimplemented = on_unimplemented(&format!("interface `{name}`"), &format!("{path}::Guest"));
    let macro_name = glue::interface_macro(module);
    let (def, call) = cabi_macro(model, &macro_name, &macro_items, &quote!($($path_to_types_root)*::#(#module::)*));
    items.extend(quote! {
        #[doc = #doc]
        #unimplemented
        pub trait Guest { #trait_items }
        #def
    });
    (items, call)
}

/// The world's own `Guest` trait (when it exports functions) and its
/// `__export__*_cabi!` macro, called first by `export!`.
fn world_guest_trait(root: &Scope, exports: &mut WorldExports) -> TokenStream {
    let model = root.model;
    if exports.trait_items.is_empty() {
        return TokenStream::new();
    }
    let world = &model.resolve.worlds[model.world];
    let macro_name = glue::world_macro(&world.name);
    let unimplemented = on_unimplemented(&format!("world `{}`", world.name), "Guest");
    let (def, call) = cabi_macro(model, &macro_name, &exports.macro_items, &quote!($($path_to_types_root)*::));
    let root_lints = root.root_lints();
    let trait_items = &exports.trait_items;
    let calls = &exports.calls;
    exports.calls = quote! {
        #call!($ty with_types_in $($path_to_types_root)*);
        #calls
    };
    quote! {
        /// Implemented by the type passed to `export!`: the world's own exported functions.
        #unimplemented
        #root_lints
        pub trait Guest { #trait_items }
        #def
    }
}
