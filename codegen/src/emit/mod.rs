//! Emission: the selected world → Rust tokens.
//!
//! [`Gen`] holds what is known about the whole world (layouts, module paths
//! of interfaces, which types are live); [`Scope`] is where one item is being
//! emitted and spells type names from there. One file per WIT kind:
//! `types`, `imports`, `exports`, `resources`; `world` assembles the module
//! tree, the `export!` macro and the `component-type` custom section.

pub mod exports;
pub mod imports;
pub mod merge;
pub mod ownership;
pub mod resources;
pub mod types;
pub mod world;

use std::collections::{BTreeSet, HashMap};

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use wit_parser::{
    Docs, InterfaceId, LiveTypes, Resolve, SizeAlign, Type, TypeDefKind, TypeId, TypeOwner,
    WorldId, WorldItem, WorldKey,
};

use crate::names;
use crate::options::Options;

/// What every emitter needs to know about the world.
pub struct Gen<'a> {
    pub resolve: &'a Resolve,
    pub world: WorldId,
    pub opts: &'a Options,
    pub sizes: SizeAlign,
    /// Path of the runtime module, e.g. `::wit_guest::rt`.
    pub rt: TokenStream,
    pub live: LiveTypes,
    import_paths: HashMap<InterfaceId, Vec<Ident>>,
    export_paths: HashMap<InterfaceId, Vec<Ident>>,
    /// Named types used as the error of a `result`: they get `Display` and `Error`.
    pub error_types: BTreeSet<TypeId>,
    /// Interfaces and types bound to existing Rust code by `with`.
    pub with: crate::load::WithMap,
    /// `additional_type_attributes` and `additional_member_attributes`.
    pub attrs: crate::attrs::Attrs,
    /// `merge_structurally_equal_types`: type → the type it is an alias of.
    pub merged: HashMap<TypeId, TypeId>,
    /// `ownership`: how types are used, for borrowed import parameters.
    pub usage: ownership::Usage,
}

impl<'a> Gen<'a> {
    pub fn new(
        resolve: &'a Resolve,
        world: WorldId,
        opts: &'a Options,
        rt: TokenStream,
        with: crate::load::WithMap,
        attrs: crate::attrs::Attrs,
    ) -> Self {
        let mut sizes = SizeAlign::default();
        sizes.fill(resolve);
        let mut live = LiveTypes::default();
        live.add_world(resolve, world);
        let mut cx = Gen {
            resolve,
            world,
            opts,
            sizes,
            rt,
            live,
            import_paths: HashMap::new(),
            export_paths: HashMap::new(),
            error_types: BTreeSet::new(),
            with,
            attrs,
            merged: HashMap::new(),
            usage: ownership::Usage::new(resolve, opts.ownership),
        };
        if opts.merge_structurally_equal_types {
            let live: Vec<TypeId> = cx.live.iter().collect();
            cx.merged = merge::representatives(resolve, &live);
            // A class is one Rust type: its members share their usage.
            cx.usage.unify(&cx.merged);
        }
        cx.assign_paths();
        cx.find_error_types();
        cx
    }

    fn assign_paths(&mut self) {
        let w = &self.resolve.worlds[self.world];
        let versions = self.versioned_packages();
        for (key, item) in &w.imports {
            if let WorldItem::Interface { id, .. } = item {
                let path = self.module_path(key, &versions);
                self.import_paths.insert(*id, path);
            }
        }
        for (key, item) in &w.exports {
            if let WorldItem::Interface { id, .. } = item {
                let mut path = vec![names::ident("exports")];
                path.extend(self.module_path(key, &versions));
                self.export_paths.insert(*id, path);
            }
        }
    }

    /// `ns:pkg` names that appear with more than one version in the world:
    /// their modules carry the version (`pkg0_1_0`).
    fn versioned_packages(&self) -> BTreeSet<String> {
        let w = &self.resolve.worlds[self.world];
        let mut seen: HashMap<String, BTreeSet<String>> = HashMap::new();
        for (key, _) in w.imports.iter().chain(w.exports.iter()) {
            if let WorldKey::Interface(id) = key
                && let Some(pkg) = self.resolve.interfaces[*id].package
            {
                let name = &self.resolve.packages[pkg].name;
                let v = name.version.as_ref().map(|v| v.to_string()).unwrap_or_default();
                seen.entry(format!("{}:{}", name.namespace, name.name)).or_default().insert(v);
            }
        }
        seen.into_iter().filter(|(_, v)| v.len() > 1).map(|(k, _)| k).collect()
    }

    fn module_path(&self, key: &WorldKey, versioned: &BTreeSet<String>) -> Vec<Ident> {
        match key {
            WorldKey::Name(n) => vec![names::snake_ident(n)],
            WorldKey::Interface(id) => {
                let iface = &self.resolve.interfaces[*id];
                let pkg = &self.resolve.packages[iface.package.expect("world interfaces have packages")].name;
                let mut pkg_mod = names::snake(&pkg.name);
                if versioned.contains(&format!("{}:{}", pkg.namespace, pkg.name))
                    && let Some(v) = &pkg.version
                {
                    pkg_mod = format!("{}{}", pkg_mod.trim_end_matches('_'), names::version_suffix(&v.to_string()));
                }
                vec![
                    names::snake_ident(&pkg.namespace),
                    names::ident(&pkg_mod),
                    names::snake_ident(iface.name.as_deref().expect("named interface")),
                ]
            }
        }
    }

    fn find_error_types(&mut self) {
        let w = &self.resolve.worlds[self.world];
        let mut funcs = Vec::new();
        for item in w.imports.values().chain(w.exports.values()) {
            match item {
                WorldItem::Function(f) => funcs.push(f),
                WorldItem::Interface { id, .. } => funcs.extend(self.resolve.interfaces[*id].functions.values()),
                WorldItem::Type { .. } => {}
            }
        }
        for f in funcs {
            if let Some(Type::Id(id)) = &f.result
                && let TypeDefKind::Result(r) = &self.resolve.types[*id].kind
                && let Some(Type::Id(e)) = r.err
            {
                let e = self.dealias(e);
                let e = self.merged.get(&e).copied().unwrap_or(e);
                if self.resolve.types[e].name.is_some() {
                    self.error_types.insert(e);
                }
            }
        }
    }

    /// Follows `type a = b` aliases to the defining type.
    pub fn dealias(&self, mut id: TypeId) -> TypeId {
        while let TypeDefKind::Type(Type::Id(next)) = &self.resolve.types[id].kind {
            id = *next;
        }
        id
    }

    /// The module path (from the invocation site) of an imported interface,
    /// falling back to its export module when the world only exports it.
    pub fn interface_path(&self, id: InterfaceId) -> &[Ident] {
        self.import_paths.get(&id).or_else(|| self.export_paths.get(&id)).map(|v| &v[..]).unwrap_or(&[])
    }

    pub fn import_path(&self, id: InterfaceId) -> Option<&[Ident]> {
        self.import_paths.get(&id).map(|v| &v[..])
    }

    pub fn export_path(&self, id: InterfaceId) -> Option<&[Ident]> {
        self.export_paths.get(&id).map(|v| &v[..])
    }
}

/// Where an item is being emitted.
pub struct Scope<'a> {
    pub cx: &'a Gen<'a>,
    /// How many modules below the invocation site.
    pub depth: usize,
    /// The interface whose module this is (`None`: the world's root).
    pub iface: Option<InterfaceId>,
    /// Whether this is the module of an exported interface.
    pub exported: bool,
}

/// How a type is spelled: owned (a signature), as a field of a type
/// definition (borrows carry the definition's `'a`), or as an imported
/// function's parameter (borrowed where wit-bindgen borrows).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Owned,
    Field,
    Param,
    /// A field of a borrowed definition (`ownership: Borrowing`).
    BorrowedField,
}

impl<'a> Scope<'a> {
    /// A path prefix from here to the invocation site (`super::super::`).
    pub fn root(&self) -> TokenStream {
        if self.depth == 0 {
            quote!(self::)
        } else {
            let supers = (0..self.depth).map(|_| quote!(super::));
            quote!(#(#supers)*)
        }
    }

    /// Lints that WIT-shaped signatures trip (`Result<T, ()>`, deep tuples),
    /// allowed on each item emitted at the invocation site: the modules of
    /// interfaces allow them once for everything inside.
    pub fn root_lints(&self) -> TokenStream {
        if self.depth == 0 {
            quote!(#[allow(clippy::type_complexity, clippy::result_unit_err, reason = "types follow the WIT")])
        } else {
            TokenStream::new()
        }
    }

    /// The path of a named type as seen from this scope (its owned
    /// definition: `NameResult` when `Borrowing` duplicated it).
    pub fn type_path(&self, id: TypeId) -> TokenStream {
        self.type_path_as(id, false)
    }

    /// The path of a named type's owned or borrowed definition.
    pub fn type_path_as(&self, id: TypeId, borrowed: bool) -> TokenStream {
        let def = &self.cx.resolve.types[id];
        let mut name = names::camel_ident(def.name.as_deref().expect("named type"));
        if self.cx.usage.two_names(id) {
            name = quote::format_ident!("{}{}", name, if borrowed { "Param" } else { "Result" });
        }
        if let Some(p) = self.cx.with.types.get(&id) {
            return quote!(#p);
        }
        if let TypeOwner::Interface(i) = def.owner
            && let Some(p) = self.cx.with.interfaces.get(&i)
            && !(self.exported && Some(i) == self.iface)
        {
            return quote!(#p::#name);
        }
        match def.owner {
            TypeOwner::Interface(i) if Some(i) == self.iface => quote!(#name),
            TypeOwner::Interface(i) => {
                let root = self.root();
                let path = self.cx.interface_path(i);
                quote!(#root #(#path::)* #name)
            }
            TypeOwner::World(_) if self.iface.is_none() => quote!(#name),
            TypeOwner::World(_) | TypeOwner::None => {
                let root = self.root();
                quote!(#root #name)
            }
        }
    }

    /// The Rust type of `ty`.
    pub fn rust_type(&self, ty: &Type, mode: Mode) -> TokenStream {
        let rt = &self.cx.rt;
        match mode {
            Mode::Param if self.cx.usage.borrowing() => return self.borrowed_type(ty, &quote!('_)),
            Mode::BorrowedField => return self.borrowed_type(ty, &quote!('a)),
            _ => {}
        }
        match ty {
            Type::Bool => quote!(bool),
            Type::S8 => quote!(i8),
            Type::U8 => quote!(u8),
            Type::S16 => quote!(i16),
            Type::U16 => quote!(u16),
            Type::S32 => quote!(i32),
            Type::U32 => quote!(u32),
            Type::S64 => quote!(i64),
            Type::U64 => quote!(u64),
            Type::F32 => quote!(f32),
            Type::F64 => quote!(f64),
            Type::Char => quote!(char),
            Type::String if self.cx.opts.raw_strings && mode == Mode::Param => quote!(&[u8]),
            Type::String if self.cx.opts.raw_strings => quote!(#rt::Vec<u8>),
            Type::String if mode == Mode::Param => quote!(&str),
            Type::String => quote!(#rt::String),
            Type::ErrorContext => quote!(()),
            Type::Id(id) => self.rust_type_id(*id, mode),
        }
    }

    fn rust_type_id(&self, id: TypeId, mode: Mode) -> TokenStream {
        let resolve = self.cx.resolve;
        let def = &resolve.types[id];
        if def.name.is_none() || matches!(def.kind, TypeDefKind::Handle(_)) {
            return self.anonymous(&def.kind, mode);
        }
        if mode == Mode::Param {
            match &def.kind {
                // Aliases of strings and lists are borrowed as slices.
                TypeDefKind::Type(t) => return self.rust_type(t, mode),
                TypeDefKind::List(_) | TypeDefKind::Map(..) | TypeDefKind::FixedLengthList(..) => {
                    return self.anonymous(&def.kind, mode);
                }
                _ if resources::has_own(resolve, &Type::Id(id)) => {}
                _ if types::needs_borrow(resolve, &Type::Id(id)) => {
                    let path = self.named(id, Mode::Owned);
                    return quote!(&#path);
                }
                _ => {}
            }
        }
        self.named(id, mode)
    }

    /// `ty` in a borrowed position of the `Borrowing` mode, with lifetime `lt`.
    pub fn borrowed_type(&self, ty: &Type, lt: &TokenStream) -> TokenStream {
        let Type::Id(id) = ty else {
            return match ty {
                Type::String if self.cx.opts.raw_strings && lt.to_string() == "'_" => quote!(&[u8]),
                Type::String if lt.to_string() == "'_" => quote!(&str),
                Type::String if self.cx.opts.raw_strings => quote!(&#lt [u8]),
                Type::String => quote!(&#lt str),
                _ => self.rust_type(ty, Mode::Owned),
            };
        };
        let resolve = self.cx.resolve;
        let def = &resolve.types[*id];
        let usage = &self.cx.usage;
        // `&'_ T` is written `&T`.
        let amp = if lt.to_string() == "'_" { quote!(&) } else { quote!(&#lt) };
        if let TypeDefKind::Type(t) = &def.kind {
            // Aliases (and `use`d names) are spelled as what they name.
            return self.borrowed_type(t, lt);
        }
        match usage.style(*id) {
            ownership::Style::Owned => {
                let field = if lt.to_string() == "'a" { Mode::Field } else { Mode::Owned };
                self.rust_type(ty, field)
            }
            ownership::Style::TopBorrowed => {
                let t = self.rust_type(ty, Mode::Owned);
                quote!(#amp #t)
            }
            ownership::Style::Borrowed if matches!(def.kind, TypeDefKind::Record(_) | TypeDefKind::Variant(_)) => {
                let path = self.type_path_as(*id, true);
                quote!(#path<#lt>)
            }
            ownership::Style::Borrowed => match &def.kind {
                TypeDefKind::List(t) => {
                    let t = self.borrowed_type(t, lt);
                    quote!(#amp [#t])
                }
                TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Tuple(_) => {
                    wrapper(&def.kind, &|t| self.borrowed_type(t, lt))
                }
                TypeDefKind::Handle(h) => resources::handle_type_lt(self, h, lt),
                TypeDefKind::Map(..) => {
                    let t = self.rust_type(ty, Mode::Owned);
                    quote!(#amp #t)
                }
                _ => self.rust_type(ty, Mode::Owned),
            },
        }
    }

    /// A named type's path, with its lifetime if it holds borrows.
    fn named(&self, id: TypeId, mode: Mode) -> TokenStream {
        let path = self.type_path(id);
        if needs_lifetime(self.cx, &Type::Id(id)) {
            let lt = if mode == Mode::Field { quote!('a) } else { quote!('_) };
            quote!(#path<#lt>)
        } else {
            path
        }
    }

    /// The Rust type of a structural (unnamed) WIT type.
    pub fn anonymous(&self, kind: &TypeDefKind, mode: Mode) -> TokenStream {
        let rt = &self.cx.rt;
        match kind {
            TypeDefKind::List(t) => {
                let elem_mode = if mode == Mode::Field { Mode::Field } else { Mode::Owned };
                let owned = resources::has_own(self.cx.resolve, t);
                let t = self.rust_type(t, elem_mode);
                match mode {
                    Mode::Param if !owned => quote!(&[#t]),
                    _ => quote!(#rt::Vec<#t>),
                }
            }
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Tuple(_) => {
                wrapper(kind, &|t| self.rust_type(t, mode))
            }
            TypeDefKind::Type(t) => self.rust_type(t, mode),
            TypeDefKind::Handle(h) => resources::handle_type(self, h, mode),
            TypeDefKind::FixedLengthList(t, n) => {
                let t = self.rust_type(t, Mode::Owned);
                let n = *n as usize;
                quote!([#t; #n])
            }
            TypeDefKind::Map(k, v) => {
                let map = self.cx.map_type();
                let k = self.rust_type(k, Mode::Owned);
                let v = self.rust_type(v, Mode::Owned);
                match mode {
                    Mode::Param => quote!(&#map<#k, #v>),
                    _ => quote!(#map<#k, #v>),
                }
            }
            _ => quote!(()),
        }
    }
}

/// `Option<T>`, `Result<T, E>` or a tuple, with its parts spelled by `part`.
fn wrapper(kind: &TypeDefKind, part: &dyn Fn(&Type) -> TokenStream) -> TokenStream {
    match kind {
        TypeDefKind::Option(t) => {
            let t = part(t);
            quote!(::core::option::Option<#t>)
        }
        TypeDefKind::Result(r) => {
            let ok = r.ok.as_ref().map(part).unwrap_or(quote!(()));
            let err = r.err.as_ref().map(part).unwrap_or(quote!(()));
            quote!(::core::result::Result<#ok, #err>)
        }
        TypeDefKind::Tuple(t) => {
            let elems = t.types.iter().map(part);
            quote!((#(#elems,)*))
        }
        other => unreachable!("{} is not a wrapper", other.as_str()),
    }
}

/// Whether the Rust type of `ty` has a lifetime: it holds a borrowed handle,
/// or (`ownership: Borrowing`) it names a type defined with borrowed fields.
pub fn needs_lifetime(cx: &Gen, ty: &Type) -> bool {
    if resources::has_borrow(cx.resolve, ty) {
        return true;
    }
    match ty {
        Type::Id(id) => {
            let id = cx.dealias(*id);
            cx.resolve.types[id].name.is_some() && cx.usage.defined_borrowed(id)
        }
        _ => false,
    }
}

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

impl Gen<'_> {
    /// The Rust type constructor of WIT maps.
    pub fn map_type(&self) -> TokenStream {
        match &self.opts.map_type {
            Some(p) => quote!(#p),
            None => {
                let rt = &self.rt;
                quote!(#rt::Map)
            }
        }
    }

    /// The path through which `bitflags!` is reached.
    pub fn bitflags_path(&self) -> TokenStream {
        match &self.opts.bitflags_path {
            Some(p) => p.parse().unwrap_or_else(|_| quote!(::bitflags)),
            None => {
                let rt = &self.rt;
                quote!(#rt::bitflags)
            }
        }
    }
}
