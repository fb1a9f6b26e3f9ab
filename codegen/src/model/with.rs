//! `with`: keys matched against the world's imports. An imported interface
//! or one of its types is bound to an existing Rust path, or generated on
//! request even from another package; a key that matches nothing is an
//! error naming the closest candidate.

use std::collections::{HashMap, HashSet};

use wit_parser::{InterfaceId, Resolve, TypeId, WorldId, WorldItem, WorldKey};

use crate::diag::Diagnostics;
use crate::messages;
use crate::options::Options;

/// `with` resolved against the world.
#[derive(Default, Clone)]
pub struct WithMap {
    /// Imported interfaces bound to the module at this path.
    pub interfaces: HashMap<InterfaceId, syn::Path>,
    /// Imported types bound to the type at this path.
    pub types: HashMap<TypeId, syn::Path>,
    /// Interfaces generated on request (`generate`).
    pub generate: HashSet<InterfaceId>,
}

/// Every name a `with` key may use: interfaces by their full name (with and
/// without the version) and their types below them.
fn candidates(resolve: &Resolve, world: WorldId) -> Vec<(String, InterfaceId, Option<TypeId>)> {
    let mut out = Vec::new();
    for (key, item) in &resolve.worlds[world].imports {
        let (WorldItem::Interface { id, .. }, WorldKey::Interface(_)) = (item, key) else { continue };
        let full = resolve.name_world_key(key);
        let mut names = vec![full.clone()];
        if let Some((unversioned, _)) = full.split_once('@') {
            names.push(unversioned.to_string());
        }
        for n in names {
            for (tname, tid) in &resolve.interfaces[*id].types {
                out.push((format!("{n}/{tname}"), *id, Some(*tid)));
            }
            out.push((n, *id, None));
        }
    }
    out
}

/// Matches every `with` key to an imported interface or one of its types.
pub fn resolve_with(resolve: &Resolve, world: WorldId, opts: &Options, diag: &mut Diagnostics) -> WithMap {
    let mut map = WithMap::default();
    if opts.with.is_empty() {
        return map;
    }
    let candidates = candidates(resolve, world);
    for entry in &opts.with {
        let Some((_, iface, ty)) = candidates.iter().find(|(n, ..)| *n == entry.key) else {
            let names: Vec<&str> = candidates.iter().map(|(n, ..)| n.as_str()).collect();
            diag.error(entry.span, messages::unknown_with_key(&entry.key, &names));
            continue;
        };
        match (ty, &entry.path) {
            (None, Some(p)) => {
                map.interfaces.insert(*iface, p.clone());
            }
            (Some(t), Some(p)) => {
                map.types.insert(*t, p.clone());
            }
            (_, None) => {
                map.generate.insert(*iface);
            }
        }
    }
    map
}
