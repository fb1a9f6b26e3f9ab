//! Where each interface's bindings live: imports at `ns::pkg::iface`,
//! exports under `exports::`, world-level names (`import foo: interface {..}`)
//! at `foo`. A package loaded with more than one version gets the version in
//! its module name (`pkg0_1_0`).

use std::collections::{BTreeSet, HashMap};

use proc_macro2::Ident;
use wit_parser::{InterfaceId, Resolve, WorldId, WorldItem, WorldKey};

use crate::names;

/// The module path (from the invocation site) of every imported and
/// exported interface, by world key: one interface imported under several
/// names (`import primary: store; import store;`) gets a module per name.
#[derive(Default)]
pub struct ModulePaths {
    imports: Vec<(WorldKey, InterfaceId, Vec<Ident>)>,
    exports: Vec<(WorldKey, InterfaceId, Vec<Ident>)>,
}

impl ModulePaths {
    /// Assigns a module to every interface the world imports or exports.
    pub fn new(resolve: &Resolve, world: WorldId) -> ModulePaths {
        let w = &resolve.worlds[world];
        let versioned = versioned_packages(resolve);
        let mut paths = ModulePaths::default();
        for (key, item) in &w.imports {
            if let WorldItem::Interface { id, .. } = item {
                paths.imports.push((key.clone(), *id, module_path(resolve, key, &versioned)));
            }
        }
        for (key, item) in &w.exports {
            if let WorldItem::Interface { id, .. } = item {
                let mut path = vec![names::ident("exports")];
                path.extend(module_path(resolve, key, &versioned));
                paths.exports.push((key.clone(), *id, path));
            }
        }
        paths
    }

    /// The module through which other modules reach an interface's types:
    /// its import (under its own name when it is imported under several),
    /// else its export module.
    pub fn interface(&self, id: InterfaceId) -> &[Ident] {
        let own_name = self.imports.iter().find(|(k, i, _)| *i == id && *k == WorldKey::Interface(id));
        let found = own_name
            .or_else(|| self.imports.iter().find(|(_, i, _)| *i == id))
            .or_else(|| self.exports.iter().find(|(_, i, _)| *i == id));
        found.map(|(_, _, p)| &p[..]).unwrap_or(&[])
    }

    /// The modules the bindings create at the invocation site.
    pub fn root_modules(&self) -> Vec<String> {
        let mut out: Vec<String> =
            self.imports.iter().chain(&self.exports).filter_map(|(_, _, p)| p.first()).map(|i| i.to_string()).collect();
        out.sort();
        out.dedup();
        out
    }

    /// Whether the world imports the interface (under any name).
    pub fn imported(&self, id: InterfaceId) -> bool {
        self.imports.iter().any(|(_, i, _)| *i == id)
    }

    /// The export module of an interface the world exports.
    pub fn exported(&self, id: InterfaceId) -> Option<&[Ident]> {
        self.exports.iter().find(|(_, i, _)| *i == id).map(|(_, _, p)| &p[..])
    }

    /// The module of the import named `key`.
    pub fn import(&self, key: &WorldKey) -> &[Ident] {
        self.imports.iter().find(|(k, ..)| k == key).map(|(_, _, p)| &p[..]).unwrap_or(&[])
    }

    /// The module of the export named `key` (under `exports`).
    pub fn export(&self, key: &WorldKey) -> &[Ident] {
        self.exports.iter().find(|(k, ..)| k == key).map(|(_, _, p)| &p[..]).unwrap_or(&[])
    }
}

/// `ns:pkg` names loaded with more than one version (used by the world or
/// not, as in wit-bindgen: an SDK shipping two versions names both).
fn versioned_packages(resolve: &Resolve) -> BTreeSet<String> {
    let mut seen: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (_, pkg) in resolve.packages.iter() {
        let name = &pkg.name;
        let v = name.version.as_ref().map(|v| v.to_string()).unwrap_or_default();
        seen.entry(format!("{}:{}", name.namespace, name.name)).or_default().insert(v);
    }
    seen.into_iter().filter(|(_, v)| v.len() > 1).map(|(k, _)| k).collect()
}

fn module_path(resolve: &Resolve, key: &WorldKey, versioned: &BTreeSet<String>) -> Vec<Ident> {
    let id = match key {
        WorldKey::Name(n) => return vec![names::snake_ident(n)],
        WorldKey::Interface(id) => *id,
    };
    let iface = &resolve.interfaces[id];
    // An interface named by a world key always belongs to a package and has
    // a name; anything else would be a `Resolve` that wit-parser rejects.
    let (Some(pkg), Some(iface_name)) = (iface.package, iface.name.as_deref()) else {
        return vec![names::ident("interface")];
    };
    let pkg = &resolve.packages[pkg].name;
    let mut pkg_mod = names::snake(&pkg.name);
    if versioned.contains(&format!("{}:{}", pkg.namespace, pkg.name))
        && let Some(v) = &pkg.version
    {
        pkg_mod = format!("{}{}", pkg_mod.trim_end_matches('_'), names::version_suffix(&v.to_string()));
    }
    vec![names::snake_ident(&pkg.namespace), names::ident(&pkg_mod), names::snake_ident(iface_name)]
}
