//! `with`: keys matched against the world's imports. An imported interface,
//! one of its types, or a type of the world itself is bound to an existing
//! Rust path, or an interface generated on request even from another
//! package; a key that matches nothing is an error naming the closest
//! candidate.
//!
//! Paths are written relative to the module that invokes `generate!`, but the
//! bindings refer to them from nested modules too: a relative path is
//! imported once at the invocation site (`use path as __with_nameN;`) and
//! reached from everywhere through that name, which also keeps extern crate
//! names (`wasi::io::poll`) working. Absolute paths (`crate::…`, `::…`,
//! `$crate::…`) are used as written.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{InterfaceId, Resolve, TypeId, WorldId, WorldItem, WorldKey};

use super::facts::dealias;
use crate::diag::Diagnostics;
use crate::messages;
use crate::options::Options;

/// Where a `with` entry points.
#[derive(Clone)]
pub enum Target {
    /// An absolute path, used as written.
    Absolute(syn::Path),
    /// A relative path, imported at the invocation site under this name.
    Alias(Ident),
}

/// `with` resolved against the world.
#[derive(Default, Clone)]
pub struct WithMap {
    /// Imported interfaces bound to the module at this path.
    pub interfaces: HashMap<InterfaceId, Target>,
    /// Imported (or world-level) types bound to the type at this path.
    pub types: HashMap<TypeId, Target>,
    /// Interfaces generated on request (`generate`).
    pub generate: HashSet<InterfaceId>,
    /// `use path as alias;` for every relative path, in key order.
    aliases: Vec<(syn::Path, Ident)>,
}

impl WithMap {
    /// The `use` items that bring relative paths in at the invocation site.
    /// `roots` are the modules the bindings create there: a path starting
    /// with one of those names can only mean an extern crate (`wasi::io::poll`
    /// beside a generated `wasi`), so it is written `::wasi::io::poll`.
    pub fn uses(&self, roots: &[String]) -> TokenStream {
        self.aliases
            .iter()
            .map(|(path, alias)| {
                let first = path.segments.first().map(|s| s.ident.to_string()).unwrap_or_default();
                let colons = roots.contains(&first).then(|| quote!(::));
                quote! {
                    #[allow(unused_imports, reason = "a `with` path, reached from the bindings' modules")]
                    use #colons #path as #alias;
                }
            })
            .collect()
    }

    fn target(&mut self, path: &syn::Path) -> Target {
        let first = path.segments.first().map(|s| s.ident.to_string());
        if path.leading_colon.is_some() || matches!(first.as_deref(), Some("crate" | "$crate")) {
            return Target::Absolute(path.clone());
        }
        let alias = format_ident!("__with_name{}", self.aliases.len());
        self.aliases.push((path.clone(), alias.clone()));
        Target::Alias(alias)
    }
}

/// A name a `with` key may use, and what it names.
struct Candidate {
    key: String,
    iface: Option<InterfaceId>,
    ty: Option<TypeId>,
}

/// Every name a `with` key may use: imported interfaces by their full name
/// (with and without the version) and their types below them, and the
/// world's own types by their bare names.
fn candidates(resolve: &Resolve, world: WorldId) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (key, item) in &resolve.worlds[world].imports {
        match (item, key) {
            (WorldItem::Interface { id, .. }, WorldKey::Interface(_)) => {
                for n in super::interface_names(resolve, key) {
                    for (tname, tid) in &resolve.interfaces[*id].types {
                        out.push(Candidate { key: format!("{n}/{tname}"), iface: Some(*id), ty: Some(*tid) });
                    }
                    out.push(Candidate { key: n, iface: Some(*id), ty: None });
                }
            }
            (WorldItem::Type { id, .. }, _) => {
                if let Some(name) = &resolve.types[*id].name {
                    out.push(Candidate { key: name.clone(), iface: None, ty: Some(*id) });
                }
            }
            _ => {}
        }
    }
    out
}

/// Matches every `with` key to an imported interface or a type.
pub fn resolve_with(resolve: &Resolve, world: WorldId, opts: &Options, diag: &mut Diagnostics) -> WithMap {
    let mut map = WithMap::default();
    if opts.with.is_empty() {
        return map;
    }
    let candidates = candidates(resolve, world);
    for entry in &opts.with {
        let Some(c) = candidates.iter().find(|c| c.key == entry.key) else {
            let names: Vec<&str> = candidates.iter().map(|c| c.key.as_str()).collect();
            diag.error(entry.span, messages::unknown_with_key(&entry.key, &names));
            continue;
        };
        match (c.iface, c.ty, &entry.path) {
            (Some(iface), None, Some(p)) => {
                let target = map.target(p);
                map.interfaces.insert(iface, target);
            }
            (_, Some(t), Some(p)) => {
                let target = map.target(p);
                // A `use`d name stands for the type it names: the glue builds
                // values of that type.
                let named = dealias(resolve, t);
                let t = if resolve.types[named].name.is_some() { named } else { t };
                map.types.insert(t, target);
            }
            (Some(iface), _, None) => {
                map.generate.insert(iface);
            }
            // `generate` for a world-level type: it is generated anyway (and
            // every candidate names an interface or a type).
            (None, _, None) | (None, None, Some(_)) => {}
        }
    }
    map
}
