//! The checks that need the resolved world: what it asks for that wit-guest
//! must not generate without being told. Every problem is collected, each
//! naming the WIT item at fault.
//!
//! Every WIT type and function kind is supported (futures and streams
//! included), so what is left is wit-bindgen's rule for foreign packages.

use wit_parser::WorldItem;

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
