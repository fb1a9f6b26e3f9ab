//! The plan of a world: everything the emitters and the ABI need to know,
//! decided once from the loaded `Resolve` and the options, before any code is
//! emitted.
//!
//! - `facts`: one memoised table of type facts and the one `dealias`;
//! - `ownership`: how functions use each type (`ownership: Borrowing`);
//! - `merge`: `merge_structurally_equal_types`;
//! - `with` and `attrs`: the `with` and attribute options matched against
//!   the world;
//! - `paths`: the module of each interface; `scope`: how a type is spelled
//!   from one of them;
//! - `asyncness`: which functions get async bindings (`sync`/`async`);
//! - `chaining`: which imported methods return their resource
//!   (`chainable_methods`);
//! - `check`: what the world asks for that cannot be generated, every
//!   problem collected.

pub mod asyncness;
pub mod attrs;
pub mod chaining;
pub mod check;
pub mod component_type;
pub mod facts;
pub mod merge;
pub mod ownership;
pub mod paths;
pub mod scope;
pub mod with;

use std::collections::{BTreeSet, HashMap};

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::{
    InterfaceId, LiveTypes, Resolve, SizeAlign, Type, TypeDefKind, TypeId, TypeOwner, WorldId, WorldItem, WorldKey,
};

use crate::diag::Diagnostics;
use crate::load::Loaded;
use crate::messages;
use crate::options::Options;

pub use scope::{Mode, Scope};

/// What is known about the world being generated.
pub struct Model<'a> {
    pub resolve: &'a Resolve,
    pub world: WorldId,
    pub opts: &'a Options,
    /// Canonical sizes and alignments of every type.
    pub sizes: SizeAlign,
    /// Path of the runtime module, e.g. `::wit_guest::rt`.
    pub rt: TokenStream,
    /// The runtime module as glue inside the generated modules names it:
    /// each imports it once as `__wit_guest_rt` (`scope::rt_import`).
    pub module_rt: TokenStream,
    /// The Rust type constructor of WIT maps.
    pub map_type: TokenStream,
    /// The path through which `bitflags!` is reached.
    pub bitflags: TokenStream,
    pub facts: facts::Facts,
    /// `ownership`: how types are used, for borrowed import parameters.
    pub usage: ownership::Usage,
    /// `merge_structurally_equal_types`: type → the type it is an alias of.
    pub merged: HashMap<TypeId, TypeId>,
    /// `merge_structurally_equal_types` across sides: a type as an export
    /// module spells it → the import-side type it is an alias of there.
    pub export_aliases: HashMap<TypeId, TypeId>,
    /// Interfaces and types bound to existing Rust code by `with`.
    pub with: with::WithMap,
    /// `additional_type_attributes` and `additional_member_attributes`.
    pub attrs: attrs::Attrs,
    pub paths: paths::ModulePaths,
    /// Named types used as the error of a `result`: they get `Display` and `Error`.
    pub error_types: BTreeSet<TypeId>,
    /// The world encoded as a component type, for the custom section.
    pub component_type: Vec<u8>,
    /// How long encoding it took (the benchmarks' macro phases).
    pub encode_time: std::time::Duration,
    /// Which functions get async bindings (`sync`/`async` options applied).
    pub asyncness: asyncness::Asyncness,
    /// Which imported methods return their resource (`chainable_methods`).
    pub chained: chaining::Chained,
    /// `(interface, definition) → alias`: the plain `use`s by which an
    /// interface's module names a type another interface defines.
    pub local_aliases: HashMap<(InterfaceId, TypeId), TypeId>,
}

impl<'a> Model<'a> {
    /// Plans the bindings of `loaded`'s world; every problem found with the
    /// world or the options that name parts of it is reported.
    pub fn build(loaded: &'a Loaded, opts: &'a Options, runtime: &TokenStream) -> Result<Model<'a>, Diagnostics> {
        let resolve = &loaded.resolve;
        let mut diag = Diagnostics::default();
        let facts = facts::Facts::new(resolve);
        let with = with::resolve_with(resolve, loaded.world, opts, &mut diag);
        let attrs = attrs::resolve(resolve, loaded.world, opts, &mut diag);
        let asyncness = asyncness::Asyncness::new(resolve, loaded.world, opts, &mut diag);
        let chained = chaining::Chained::new(resolve, loaded.world, opts, &mut diag);
        check::check_world(loaded, opts, &with, &mut diag);
        if !diag.is_empty() {
            return Err(diag);
        }
        let encoding = std::time::Instant::now();
        let component_type = component_type::encode(resolve, loaded.world)
            .map_err(|e| Diagnostics::single(loaded.span, messages::encode_error(&e)))?;
        let encode_time = encoding.elapsed();
        let rt = match &opts.runtime_path {
            Some(p) => quote!(#p),
            None => quote!(#runtime::rt),
        };
        let map_type = match &opts.map_type {
            Some(p) => quote!(#p),
            None => quote!(#rt::Map),
        };
        let bitflags = match &opts.bitflags_path {
            Some(p) => quote!(#p),
            None => quote!(#rt::bitflags),
        };
        let paths = paths::ModulePaths::new(resolve, loaded.world);
        let (merged, export_aliases) = if opts.merge_structurally_equal_types {
            let mut live = LiveTypes::default();
            live.add_world(resolve, loaded.world);
            let side = |id: TypeId| match resolve.types[id].owner {
                TypeOwner::Interface(i) => (paths.imported(i), paths.exported(i).is_some()),
                _ => (true, false),
            };
            let live: Vec<TypeId> = live.iter().collect();
            let merged = merge::representatives(resolve, &live, side);
            let aliases = if opts.ownership == crate::options::Ownership::Owning {
                merge::export_aliases(
                    resolve,
                    &live,
                    &merged,
                    |id| facts.of_id(id).has_own || facts.of_id(id).has_borrow,
                    |id| side(id).1,
                    |id| side(id).0,
                )
            } else {
                HashMap::new()
            };
            (merged, aliases)
        } else {
            (HashMap::new(), HashMap::new())
        };
        let mut sizes = SizeAlign::default();
        // A fixed-length list whose size overflows the address space.
        sizes.fill(resolve).map_err(|e| Diagnostics::single(loaded.span, messages::encode_error(&e)))?;
        let mut model = Model {
            resolve,
            world: loaded.world,
            opts,
            sizes,
            rt,
            module_rt: quote!(__wit_guest_rt),
            map_type,
            bitflags,
            usage: ownership::Usage::new(resolve, &facts, opts.ownership, &merged),
            facts,
            merged,
            export_aliases,
            with,
            attrs,
            paths,
            error_types: BTreeSet::new(),
            component_type,
            encode_time,
            asyncness,
            chained,
            local_aliases: HashMap::new(),
        };
        model.error_types = model.find_error_types();
        model.local_aliases = model.find_local_aliases();
        Ok(model)
    }

    /// Whether the named type `id` is emitted (`generate_unused_types`, or
    /// some function reaches it; resources always).
    pub fn emits_type(&self, id: TypeId) -> bool {
        self.opts.generate_unused_types
            || self.usage.used(id)
            || matches!(self.resolve.types[id].kind, TypeDefKind::Resource)
    }

    /// The `use`s that glue may name a type by instead of its full path
    /// (`T` for `super::super::pkg::types::T`): the bindings are smaller
    /// and compile faster. Only the plain re-exports of
    /// [`Model::is_plain_use`].
    fn find_local_aliases(&self) -> HashMap<(InterfaceId, TypeId), TypeId> {
        let mut out = HashMap::new();
        for (alias, def) in self.resolve.types.iter() {
            if let TypeOwner::Interface(i) = def.owner
                && self.is_plain_use(alias)
            {
                out.entry((i, self.dealias(alias))).or_insert(alias);
            }
        }
        out
    }

    /// Whether the interface type `alias` is a `use` of another
    /// interface's named type that is emitted as a plain re-export of that
    /// definition (`pub use path::{T, U as V};`, see
    /// `emit::world::interface_types`), which glue may then name it by
    /// ([`Model::local_aliases`]). Not under `Borrowing` (whose aliases come
    /// in pairs), `with` or merging, not of resources (whose `use`s in
    /// export modules carry more than the alias), and not with docs or
    /// attributes of its own, or from an interface bound by `with`.
    pub fn is_plain_use(&self, alias: TypeId) -> bool {
        let def = &self.resolve.types[alias];
        let (TypeOwner::Interface(_), TypeDefKind::Type(Type::Id(direct))) = (def.owner, &def.kind) else {
            return false;
        };
        if self.usage.borrowing() || def.name.is_none() {
            return false;
        }
        let plain = |id: &TypeId| {
            !self.merged.contains_key(id) && !self.export_aliases.contains_key(id) && !self.with.types.contains_key(id)
        };
        let target = self.dealias(alias);
        let target_def = &self.resolve.types[target];
        target_def.name.is_some()
            && target_def.owner != def.owner
            && !matches!(target_def.kind, TypeDefKind::Resource)
            && plain(&alias)
            && plain(direct)
            && plain(&target)
            && self.emits_type(alias)
            && def.docs.contents.is_none()
            && !self.attrs.has_type(alias)
            && !matches!(self.resolve.types[*direct].owner, TypeOwner::Interface(i) if self.with.interfaces.contains_key(&i))
    }

    /// Named types used as the error of a function's `result`.
    fn find_error_types(&self) -> BTreeSet<TypeId> {
        let w = &self.resolve.worlds[self.world];
        let mut out = BTreeSet::new();
        for item in w.imports.values().chain(w.exports.values()) {
            for f in functions(self.resolve, item) {
                if let Some(Type::Id(id)) = &f.result
                    && let TypeDefKind::Result(r) = &self.resolve.types[*id].kind
                    && let Some(Type::Id(e)) = r.err
                {
                    let e = self.dealias(e);
                    let e = self.merged.get(&e).copied().unwrap_or(e);
                    if self.resolve.types[e].name.is_some() {
                        out.insert(e);
                    }
                }
            }
        }
        out
    }

    /// Whether the bindings emit a function for the imported `func` (and so
    /// call its core wasm import): not skipped, and not a function of a
    /// resource bound by `with` (someone else's type, emitted elsewhere).
    pub fn emits_import(&self, func: &wit_parser::Function) -> bool {
        !self.skipped(func) && func.kind.resource().is_none_or(|r| !self.with.types.contains_key(&r))
    }

    /// Whether `skip` names `func` (by its WIT name): it is then not
    /// generated, imported or exported; a skipped export is the user's to
    /// export by hand.
    pub fn skipped(&self, func: &wit_parser::Function) -> bool {
        self.opts.skip.contains(&func.name)
    }

    /// Whether lifting the record or variant `id` from memory calls the
    /// helper emitted once beside its definition (`T::__wit_guest_load`)
    /// instead of spelling the lift out at every use: the bindings are
    /// smaller and compile faster, and release builds inline it back. Only
    /// for a type with one plain definition here, and no handles (whose
    /// Rust spelling depends on where they are lifted).
    pub fn load_helper(&self, id: TypeId) -> bool {
        let def = &self.resolve.types[id];
        if !matches!(def.kind, TypeDefKind::Record(_) | TypeDefKind::Variant(_)) {
            return false;
        }
        let facts = self.facts.of_id(id);
        if facts.has_own || facts.has_borrow {
            return false;
        }
        self.defined_here(id) && self.usage.definitions(id) == [("", false)]
    }

    /// Whether the enum `id` is lifted and lowered through the helpers
    /// beside its definition (`T::__wit_guest_lift`, `__wit_guest_lower`).
    pub fn enum_helper(&self, id: TypeId) -> bool {
        matches!(self.resolve.types[id].kind, TypeDefKind::Enum(_)) && self.defined_here(id)
    }

    /// Whether these bindings define `id` themselves (not `with` another
    /// module's type, nor as an alias of a merged type).
    fn defined_here(&self, id: TypeId) -> bool {
        if self.with.types.contains_key(&id) || self.merged.contains_key(&id) || self.export_aliases.contains_key(&id) {
            return false;
        }
        match self.resolve.types[id].owner {
            TypeOwner::Interface(i) => !self.with.interfaces.contains_key(&i),
            _ => true,
        }
    }

    /// Whether storing the record or variant `id` in memory calls the helper
    /// emitted beside its definition (`T::__wit_guest_store`): as
    /// `load_helper`, for a type whose store allocates nothing either (no
    /// list whose elements need an array of their own).
    pub fn store_helper(&self, id: TypeId) -> bool {
        self.load_helper(id) && !self.facts.of_id(id).builds_arrays
    }

    /// Follows `type a = b` aliases to the defining type.
    pub fn dealias(&self, id: TypeId) -> TypeId {
        facts::dealias(self.resolve, id)
    }
}

/// The functions a world item brings.
pub fn functions<'r>(resolve: &'r Resolve, item: &'r WorldItem) -> Vec<&'r wit_parser::Function> {
    match item {
        WorldItem::Function(f) => vec![f],
        WorldItem::Interface { id, .. } => resolve.interfaces[*id].functions.values().collect(),
        WorldItem::Type { .. } => Vec::new(),
    }
}

/// The names a key may give an interface the world names by `key`: its full
/// name, and without the version when it has one (`ns:pkg/iface@1.0.0`,
/// `ns:pkg/iface`).
pub fn interface_names(resolve: &Resolve, key: &WorldKey) -> Vec<String> {
    let full = resolve.name_world_key(key);
    let unversioned = full.split_once('@').map(|(u, _)| u.to_string());
    std::iter::once(full).chain(unversioned).collect()
}

/// Inline WIT loaded for unit tests of the phases after `load`.
#[cfg(test)]
pub(crate) mod testing {
    use proc_macro2::Span;
    use wit_parser::{Resolve, Type, TypeId};

    use crate::load::Loaded;

    /// `wit` (one package) with its only world selected.
    pub fn load(wit: &str) -> Loaded {
        let mut resolve = Resolve::default();
        let pkg = resolve.push_str("test.wit", wit).expect("test WIT parses");
        let world = resolve.select_world(&[pkg], None).expect("one world");
        Loaded { resolve, world, files: vec![], span: Span::call_site() }
    }

    /// The named type `name`.
    pub fn named(resolve: &Resolve, name: &str) -> TypeId {
        let found = resolve.types.iter().find(|(_, t)| t.name.as_deref() == Some(name));
        found.map(|(id, _)| id).unwrap_or_else(|| panic!("no type `{name}`"))
    }

    /// `Type::Id` of the named type `name`.
    pub fn ty(resolve: &Resolve, name: &str) -> Type {
        Type::Id(named(resolve, name))
    }
}
