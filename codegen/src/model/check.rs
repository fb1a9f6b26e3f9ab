//! The checks that need the resolved world: what it asks for that wit-guest
//! cannot generate (yet), or must not generate without being told. Every
//! problem is collected, each naming the WIT item at fault and its location.

use std::collections::HashSet;

use proc_macro2::Span;
use wit_parser::{Function, LiveTypes, Resolve, Type, TypeDefKind, TypeId, WorldItem};

use super::functions;
use super::with::WithMap;
use crate::diag::Diagnostics;
use crate::load::Loaded;
use crate::messages::{self, what};
use crate::options::Options;

/// Records every problem of the loaded world in `diag`, at `loaded.span`.
pub fn check_world(loaded: &Loaded, opts: &Options, with: &WithMap, diag: &mut Diagnostics) {
    let resolve = &loaded.resolve;
    if !opts.generate_all {
        foreign_imports(loaded, with, diag);
    }
    let w = &resolve.worlds[loaded.world];
    // Types reached from a function that was reported already.
    let mut reported: HashSet<TypeId> = HashSet::new();
    for item in w.imports.values().chain(w.exports.values()) {
        for f in functions(resolve, item) {
            check_function(resolve, f, loaded.span, &mut reported, diag);
        }
    }
    // Types no function reaches but which would be emitted all the same.
    let mut live = LiveTypes::default();
    live.add_world(resolve, loaded.world);
    for id in live.iter() {
        if reported.contains(&id) {
            continue;
        }
        if let Some(what) = unsupported_kind(resolve, id) {
            let def = &resolve.types[id];
            let name = def.name.clone().unwrap_or_else(|| what.trim_matches('`').to_string());
            diag.error(loaded.span, messages::unsupported_at(&name, &location(resolve, def.span), what));
            reported.insert(id);
        }
    }
}

/// Imports of interfaces from packages other than the world's own, which are
/// generated only with `generate_all` or a `with` entry (as in wit-bindgen).
fn foreign_imports(loaded: &Loaded, with: &WithMap, diag: &mut Diagnostics) {
    let resolve = &loaded.resolve;
    let world = &resolve.worlds[loaded.world];
    for (key, item) in &world.imports {
        if let WorldItem::Interface { id, .. } = item {
            let pkg = resolve.interfaces[*id].package;
            let mapped = with.interfaces.contains_key(id) || with.generate.contains(id);
            if !mapped && pkg.is_some() && pkg != world.package {
                diag.error(loaded.span, messages::foreign_import(&resolve.name_world_key(key)));
            }
        }
    }
}

fn check_function(resolve: &Resolve, f: &Function, span: Span, reported: &mut HashSet<TypeId>, diag: &mut Diagnostics) {
    let at = location(resolve, f.span);
    let mut problems: Vec<&str> = Vec::new();
    let types: Vec<&Type> = f.params.iter().map(|p| &p.ty).chain(f.result.iter()).collect();
    let mut live = LiveTypes::default();
    for t in &types {
        live.add_type(resolve, t);
    }
    let mut kinds: Vec<&str> = live.iter().filter_map(|id| unsupported_kind(resolve, id)).collect();
    kinds.sort();
    kinds.dedup();
    problems.extend(kinds);
    for what in problems {
        diag.error(span, messages::unsupported_at(&f.name, &at, what));
    }
    reported.extend(live.iter());
}

/// Why a type cannot be generated yet, if it cannot.
fn unsupported_kind(resolve: &Resolve, id: TypeId) -> Option<&'static str> {
    let kind = &resolve.types[id].kind;
    match kind {
        TypeDefKind::Future(_) => Some(what::FUTURE),
        TypeDefKind::Stream(_) => Some(what::STREAM),
        _ => None,
    }
}

/// `file.wit:3:5`, or nothing when the WIT came without source (a binary
/// package).
fn location(resolve: &Resolve, span: wit_parser::Span) -> String {
    let loc = resolve.render_location(span);
    if loc == "<unknown>" { String::new() } else { loc }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(wit: &str) -> Vec<String> {
        let mut resolve = Resolve::default();
        let pkg = resolve.push_str("t.wit", wit).unwrap();
        let world = resolve.select_world(&[pkg], None).unwrap();
        let loaded = Loaded { resolve, world, files: vec![], span: Span::call_site() };
        let mut diag = Diagnostics::default();
        check_world(&loaded, &Options::default(), &WithMap::default(), &mut diag);
        diag.messages()
    }

    #[test]
    fn every_problem_is_reported_with_its_location() {
        let errors = check(
            "package t:t;
            interface i {
              resource r;
              record holder { r: borrow<r> }
              f: async func();
              g: func(x: future<u32>) -> stream<u8>;
              h: func(x: list<holder>);
              k: func() -> result<_, error-context>;
            }
            world w { export i; }",
        );
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert!(errors[0].contains("`g` (t.wit:6:15)") && errors[0].contains("`future`"), "{}", errors[0]);
        assert!(errors[1].contains("`g`") && errors[1].contains("`stream`"));
        // `f` (async), `h` (a list of records holding borrows) and `k`
        // (`error-context`) are supported.
    }

    #[test]
    fn unused_unsupported_types_are_reported_too() {
        let errors = check("package t:t; interface i { type f = future<u32>; } world w { import i; }");
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(errors[0].contains("`f` (t.wit:1:") && errors[0].contains("`future`"), "{}", errors[0]);
    }

    #[test]
    fn a_supported_world_passes() {
        assert!(
            check("package t:t; interface i { f: func(x: list<string>) -> u32; } world w { export i; }").is_empty()
        );
    }
}
