//! The checks that need the resolved world: what it asks for that wit-guest
//! must not generate without being told. Every problem is collected, each
//! naming the WIT item at fault.
//!
//! Every WIT type and function kind is supported (futures and streams
//! included), so what is left is wit-bindgen's rule for foreign packages,
//! and WIT that is valid but would bind two functions under one Rust name.

use std::collections::HashMap;

use wit_parser::{Function, FunctionKind, Resolve, TypeId, WorldItem, WorldKey};

use super::with::WithMap;
use crate::diag::Diagnostics;
use crate::load::Loaded;
use crate::messages;
use crate::options::Options;

/// Records every problem of the loaded world in `diag`, at `loaded.span`.
pub fn check_world(loaded: &Loaded, opts: &Options, with: &WithMap, diag: &mut Diagnostics) {
    if !opts.generate_all {
        foreign_imports(loaded, with, diag);
    }
    name_clashes(loaded, diag);
}

/// Two functions of one scope (an interface, a resource, the world's
/// imports or exports) bound under one Rust name: a setter `x` beside a
/// function `set-x`, a getter `x` beside a function `x`, a static function
/// `new` beside a constructor. WIT allows each pair (their WIT names
/// differ); Rust would get two items of one name.
fn name_clashes(loaded: &Loaded, diag: &mut Diagnostics) {
    let resolve = &loaded.resolve;
    let world = &resolve.worlds[loaded.world];
    for (side, items) in [("import", &world.imports), ("export", &world.exports)] {
        let mut root: Vec<&Function> = Vec::new();
        for (key, item) in items {
            match item {
                WorldItem::Function(f) => root.push(f),
                WorldItem::Interface { id, .. } => {
                    let funcs: Vec<&Function> = resolve.interfaces[*id].functions.values().collect();
                    clashes_in(resolve, &scope_name(resolve, Some(key), side), &funcs, diag, loaded.span);
                }
                WorldItem::Type { .. } => {}
            }
        }
        clashes_in(resolve, &scope_name(resolve, None, side), &root, diag, loaded.span);
    }
}

fn scope_name(resolve: &Resolve, key: Option<&WorldKey>, side: &str) -> String {
    match key {
        Some(k) => format!("{side} `{}`", resolve.name_world_key(k)),
        None => format!("the world's {side}s"),
    }
}

fn clashes_in(resolve: &Resolve, scope: &str, funcs: &[&Function], diag: &mut Diagnostics, span: proc_macro2::Span) {
    let mut seen: HashMap<(Option<TypeId>, String), &Function> = HashMap::new();
    for f in funcs {
        let rust = crate::names::snake(&crate::names::function(f));
        if let Some(first) = seen.insert((f.kind.resource(), rust.clone()), f) {
            let owner = f.kind.resource().and_then(|r| resolve.types[r].name.clone());
            let scope = match owner {
                Some(r) => format!("resource `{r}` of {scope}"),
                None => scope.to_string(),
            };
            diag.error(
                span,
                messages::function_name_clash(&describe(resolve, first), &describe(resolve, f), &rust, &scope),
            );
        }
    }
}

/// `the setter `x: set(..)` (file.wit:3:5)`: what a function is, in WIT terms.
fn describe(resolve: &Resolve, f: &Function) -> String {
    let name = f.item_name();
    let what = match f.kind {
        FunctionKind::Getter | FunctionKind::MethodGetter(_) => format!("the getter `{name}: get()`"),
        FunctionKind::StaticGetter(_) => format!("the static getter `{name}: static get()`"),
        FunctionKind::Setter | FunctionKind::MethodSetter(_) => format!("the setter `{name}: set(..)`"),
        FunctionKind::StaticSetter(_) => format!("the static setter `{name}: static set(..)`"),
        FunctionKind::Constructor(_) => "the constructor".to_string(),
        FunctionKind::Static(_) | FunctionKind::AsyncStatic(_) => format!("the static function `{name}`"),
        FunctionKind::Method(_) | FunctionKind::AsyncMethod(_) => format!("the method `{name}`"),
        FunctionKind::Freestanding | FunctionKind::AsyncFreestanding => format!("the function `{name}`"),
    };
    match resolve.render_location(f.span).as_str() {
        "<unknown>" => what,
        at => format!("{what} ({at})"),
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

#[cfg(test)]
mod tests {
    use proc_macro2::Span;
    use wit_parser::Resolve;

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
    fn accessors_and_functions_of_one_rust_name_clash() {
        let errors = check(
            "package t:t;
            interface i {
              x: get() -> u32;
              x: set(v: u32);
              set-x: func(v: u32);
              resource r {
                constructor();
                new: static func() -> r;
                level: get() -> u32;
                set-level: func(v: u32);
                level: set(v: u32);
                limit: static get() -> u32;
                limit: static set(v: u32);
              }
              y: get() -> u32;
              y: set(v: u32);
            }
            world w { import i; export i; }",
        );
        assert_eq!(errors.len(), 6, "{errors:#?}");
        assert!(errors[0].contains("the setter `x: set(..)` (t.wit:4:15)"), "{}", errors[0]);
        assert!(errors[0].contains("the function `set-x` (t.wit:5:15)"), "{}", errors[0]);
        assert!(errors[0].contains("`set_x`") && errors[0].contains("import `t:t/i`"), "{}", errors[0]);
        assert!(
            errors[1].contains("the constructor") && errors[1].contains("the static function `new`"),
            "{}",
            errors[1]
        );
        assert!(errors[1].contains("resource `r`"), "{}", errors[1]);
        assert!(
            errors[2].contains("the method `set-level`") && errors[2].contains("the setter `level: set(..)`"),
            "{}",
            errors[2]
        );
        assert!(errors[3].contains("export `t:t/i`"), "{}", errors[3]);
    }

    #[test]
    fn every_wit_feature_passes() {
        let errors = check(
            "package t:t;
            interface i {
              resource r;
              record holder { r: borrow<r> }
              f: async func();
              g: func(x: future<u32>) -> stream<u8>;
              h: func(x: list<holder>);
              k: func() -> result<_, error-context>;
              type s = stream<future<string>>;
            }
            world w { export i; }",
        );
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
