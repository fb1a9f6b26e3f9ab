//! Where each interface's bindings live: imports at `ns::pkg::iface`,
//! exports under `exports::`, world-level names (`import foo: interface {..}`)
//! at `foo`. A package loaded with more than one version gets the version in
//! its module name (`pkg0_1_0`).

use std::collections::{BTreeSet, HashMap};

use proc_macro2::Ident;
use wit_parser::{InterfaceId, Resolve, WorldId, WorldItem, WorldKey};

use crate::names;

/// The module path (from the invocation site) of every interface.
#[derive(Default)]
pub struct ModulePaths {
    imports: HashMap<InterfaceId, Vec<Ident>>,
    exports: HashMap<InterfaceId, Vec<Ident>>,
}

impl ModulePaths {
    /// Assigns a module to every interface the world imports or exports.
    pub fn new(resolve: &Resolve, world: WorldId) -> ModulePaths {
        let w = &resolve.worlds[world];
        let versioned = versioned_packages(resolve);
        let mut paths = ModulePaths::default();
        for (key, item) in &w.imports {
            if let WorldItem::Interface { id, .. } = item {
                paths.imports.insert(*id, module_path(resolve, key, &versioned));
            }
        }
        for (key, item) in &w.exports {
            if let WorldItem::Interface { id, .. } = item {
                let mut path = vec![names::ident("exports")];
                path.extend(module_path(resolve, key, &versioned));
                paths.exports.insert(*id, path);
            }
        }
        paths
    }

    /// The module of an imported interface, falling back to its export
    /// module when the world only exports it.
    pub fn interface(&self, id: InterfaceId) -> &[Ident] {
        self.imports.get(&id).or_else(|| self.exports.get(&id)).map(|v| &v[..]).unwrap_or(&[])
    }

    /// The module of an imported interface.
    pub fn import(&self, id: InterfaceId) -> Option<&[Ident]> {
        self.imports.get(&id).map(|v| &v[..])
    }

    /// The module of an exported interface (under `exports`).
    pub fn export(&self, id: InterfaceId) -> Option<&[Ident]> {
        self.exports.get(&id).map(|v| &v[..])
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
