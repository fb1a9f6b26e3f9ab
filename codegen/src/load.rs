//! Loading: WIT files and inline text into a `wit_parser::Resolve`, world
//! selection, and the checks that need the resolved world. Every file read
//! is recorded so the expansion can make the crate rebuild when one changes.

use std::path::{Path, PathBuf};

use wit_parser::{PackageId, Resolve, Type, TypeDefKind, WorldId, WorldItem, WorldKey};

use crate::diag::Diagnostics;
use crate::legacy;
use crate::messages;
use crate::options::{Options, Source};

/// The resolved world.
pub struct Loaded {
    pub resolve: Resolve,
    pub world: WorldId,
    /// Every WIT file read, absolute.
    pub files: Vec<PathBuf>,
    /// The packages the user's sources define (others are dependencies).
    pub main: Vec<PackageId>,
    /// Where errors about the world as a whole are reported.
    pub span: proc_macro2::Span,
}

/// Loads the WIT the options name, relative to `manifest_dir`.
pub fn load(opts: &Options, manifest_dir: &Path, diag: &mut Diagnostics) -> Option<Loaded> {
    let mut resolve = Resolve { all_features: opts.all_features, ..Resolve::default() };
    for f in &opts.features {
        resolve.features.insert(f.clone());
    }
    let mut pkgs: Vec<PackageId> = Vec::new();
    let mut files = Vec::new();
    let mut last_span = opts.span.unwrap_or_else(proc_macro2::Span::call_site);
    for source in opts.sources() {
        match source {
            Source::Path(p, span) => {
                last_span = span;
                let abs = manifest_dir.join(&p);
                if !abs.exists() {
                    diag.error(span, messages::missing_path(&p, &abs));
                    continue;
                }
                match resolve.push_path(&abs) {
                    Ok((pkg, map)) => {
                        pkgs.push(pkg);
                        files.extend(map.paths().map(|p| p.to_path_buf()));
                    }
                    Err(e) => {
                        let hints = legacy::hints(&wit_texts(&abs));
                        diag.error(span, messages::wit_error_with_hints(&resolve.render_error(&e), &hints))
                    }
                }
            }
            Source::Inline(text, span) => {
                last_span = span;
                match resolve.push_str("<inline>", &text) {
                    Ok(pkg) => pkgs.push(pkg),
                    Err(e) => {
                        let hints = legacy::hints(&text);
                        diag.error(span, messages::wit_error_with_hints(&resolve.render_error(&e), &hints))
                    }
                }
            }
        }
    }
    if !diag.is_empty() {
        return None;
    }
    let world_span = opts.world.as_ref().map(|w| w.1).unwrap_or(last_span);
    let world = match resolve.select_world(&pkgs, opts.world.as_ref().map(|w| w.0.as_str())) {
        Ok(w) => w,
        Err(e) => {
            let worlds = world_names(&resolve, &pkgs);
            let msg = match &opts.world {
                Some((name, _)) if !name.contains(':') && !worlds.iter().any(|w| w == name) => {
                    messages::unknown_world(name, &worlds)
                }
                _ => messages::world_error(&e, &worlds),
            };
            diag.error(world_span, msg);
            return None;
        }
    };
    files.sort();
    files.dedup();
    Some(Loaded { resolve, world, files, main: pkgs, span: world_span })
}

/// The text of the WIT files at `path` (a file, or a directory and its `deps/`).
fn wit_texts(path: &Path) -> String {
    let mut out = String::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&p) {
                stack.extend(entries.flatten().map(|e| e.path()));
            }
        } else if p.extension().is_some_and(|e| e == "wit")
            && let Ok(text) = std::fs::read_to_string(&p)
        {
            out.push_str(&text);
            out.push('\n');
        }
    }
    out
}

/// `list<T>` where `T` is an aggregate (not a bare handle) holding a borrow.
fn list_of_aggregate_borrows(resolve: &Resolve, ty: &Type) -> bool {
    let Type::Id(id) = ty else { return false };
    match &resolve.types[*id].kind {
        TypeDefKind::List(elem) => {
            let bare = matches!(elem, Type::Id(e) if matches!(dealias(resolve, *e), TypeDefKind::Handle(_)));
            (!bare && crate::emit::resources::has_borrow(resolve, elem)) || list_of_aggregate_borrows(resolve, elem)
        }
        TypeDefKind::Type(t) | TypeDefKind::Option(t) => list_of_aggregate_borrows(resolve, t),
        TypeDefKind::Record(r) => r.fields.iter().any(|f| list_of_aggregate_borrows(resolve, &f.ty)),
        TypeDefKind::Tuple(t) => t.types.iter().any(|t| list_of_aggregate_borrows(resolve, t)),
        TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty.as_ref()).any(|t| list_of_aggregate_borrows(resolve, t)),
        TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).any(|t| list_of_aggregate_borrows(resolve, t)),
        _ => false,
    }
}

fn dealias(resolve: &Resolve, mut id: wit_parser::TypeId) -> &TypeDefKind {
    while let TypeDefKind::Type(Type::Id(next)) = &resolve.types[id].kind {
        id = *next;
    }
    &resolve.types[id].kind
}

fn world_names(resolve: &Resolve, pkgs: &[PackageId]) -> Vec<String> {
    pkgs.iter().flat_map(|p| resolve.packages[*p].worlds.keys().cloned()).collect()
}

/// `with` resolved against the world: which imported interfaces and types
/// are bound to existing Rust paths, and which are generated on request.
#[derive(Default, Clone)]
pub struct WithMap {
    pub interfaces: std::collections::HashMap<wit_parser::InterfaceId, syn::Path>,
    pub types: std::collections::HashMap<wit_parser::TypeId, syn::Path>,
    pub generate: std::collections::HashSet<wit_parser::InterfaceId>,
}

/// Matches every `with` key to an imported interface or one of its types;
/// a key that matches nothing is an error naming the closest candidate.
pub fn with_map(resolve: &Resolve, world: WorldId, opts: &Options, diag: &mut Diagnostics) -> WithMap {
    let mut map = WithMap::default();
    let w = &resolve.worlds[world];
    let mut candidates: Vec<(String, wit_parser::InterfaceId, Option<wit_parser::TypeId>)> = Vec::new();
    for (key, item) in &w.imports {
        let WorldItem::Interface { id, .. } = item else { continue };
        let WorldKey::Interface(_) = key else { continue };
        let full = resolve.name_world_key(key);
        let mut names = vec![full.clone()];
        if let Some((unversioned, _)) = full.split_once('@') {
            names.push(unversioned.to_string());
        }
        for n in names {
            for (tname, tid) in &resolve.interfaces[*id].types {
                candidates.push((format!("{n}/{tname}"), *id, Some(*tid)));
            }
            candidates.push((n, *id, None));
        }
    }
    for entry in &opts.with {
        let Some((_, iface, ty)) = candidates.iter().find(|(n, ..)| *n == entry.key) else {
            let names: Vec<&str> = candidates.iter().map(|(n, ..)| n.as_str()).collect();
            diag.error(entry.span, messages::unknown_with_key(&entry.key, &names));
            continue;
        };
        match (ty, &entry.path) {
            (None, None) => {
                map.generate.insert(*iface);
            }
            (None, Some(p)) => {
                map.interfaces.insert(*iface, p.clone());
            }
            (Some(t), Some(p)) => {
                map.types.insert(*t, p.clone());
            }
            (Some(_), None) => {
                map.generate.insert(*iface);
            }
        }
    }
    map
}

/// What the loaded world asks for that we cannot generate (or must not
/// without being told).
pub fn check_world(
    resolve: &Resolve,
    world: WorldId,
    pkgs: &[PackageId],
    opts: &Options,
    with: &WithMap,
    span: proc_macro2::Span,
    diag: &mut Diagnostics,
) {
    let w = &resolve.worlds[world];
    if !opts.generate_all {
        for (key, item) in &w.imports {
            if let WorldItem::Interface { id, .. } = item {
                let pkg = resolve.interfaces[*id].package;
                let mapped = with.interfaces.contains_key(id) || with.generate.contains(id);
                if !mapped && pkg.is_some_and(|p| !pkgs.contains(&p)) {
                    diag.error(span, messages::foreign_import(&resolve.name_world_key(key)));
                }
            }
        }
    }
    let mut live = wit_parser::LiveTypes::default();
    live.add_world(resolve, world);
    for id in live.iter() {
        let what = match &resolve.types[id].kind {
            TypeDefKind::Future(_) => Some("`future`"),
            TypeDefKind::Stream(_) => Some("`stream`"),
            _ => None,
        };
        if let Some(what) = what {
            diag.error(span, messages::unsupported(what));
            return;
        }
    }
    for (_, item) in &w.exports {
        let funcs: Vec<&wit_parser::Function> = match item {
            WorldItem::Function(f) => vec![f],
            WorldItem::Interface { id, .. } => resolve.interfaces[*id].functions.values().collect(),
            WorldItem::Type { .. } => vec![],
        };
        for f in funcs {
            if f.params.iter().any(|p| list_of_aggregate_borrows(resolve, &p.ty)) {
                diag.error(span, messages::unsupported(&format!(
                    "`{}`: an exported function taking a list of records or variants that hold borrowed handles",
                    f.name
                )));
                return;
            }
        }
    }
    let uses_error_context = |t: &Type| matches!(t, Type::ErrorContext);
    for item in w.imports.values().chain(w.exports.values()) {
        let funcs: Vec<&wit_parser::Function> = match item {
            WorldItem::Function(f) => vec![f],
            WorldItem::Interface { id, .. } => resolve.interfaces[*id].functions.values().collect(),
            WorldItem::Type { .. } => vec![],
        };
        for f in funcs {
            if f.kind.is_async() {
                diag.error(span, messages::unsupported("an `async` function"));
                return;
            }
            if f.params.iter().any(|p| uses_error_context(&p.ty)) || f.result.as_ref().is_some_and(uses_error_context) {
                diag.error(span, messages::unsupported("`error-context`"));
                return;
            }
        }
    }
}
