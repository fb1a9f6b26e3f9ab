//! WIT accessors (wit-bindgen 0.63), in `tests/guests/accessors`: the same
//! source built with wit-guest renamed in and with wit-bindgen 0.63
//! (`accessors-wb`). wasmtime 48 cannot load a component with accessors
//! (checked below, so that the day it can, this test says so), so each
//! build is validated with the newest wasmparser and its world decoded back
//! with wit-component: every getter and setter is there, of its kind, on
//! both sides, and the two builds' worlds are the same.

use std::collections::BTreeSet;

use wit_component_next::DecodedWasm;
use wit_guest_tests::{engine, guest_wasm};
use wit_parser_next::{FunctionKind, Resolve, WorldItem};

/// `(side, interface, function name, kind)` for every function of the
/// component's world.
fn world_functions(crate_name: &str) -> BTreeSet<(String, String, String, String)> {
    let bytes = std::fs::read(guest_wasm(crate_name)).unwrap();
    wasmparser_next::Validator::new_with_features(wasmparser_next::WasmFeatures::all())
        .validate_all(&bytes)
        .unwrap_or_else(|e| panic!("{crate_name} is not a valid component: {e}"));
    let DecodedWasm::Component(resolve, world) = wit_component_next::decode(&bytes).unwrap() else {
        panic!("{crate_name} is not a component");
    };
    let resolve: &Resolve = &resolve;
    let w = &resolve.worlds[world];
    let mut out = BTreeSet::new();
    for (side, items) in [("import", &w.imports), ("export", &w.exports)] {
        for (key, item) in items {
            let (iface, funcs): (String, Vec<_>) = match item {
                WorldItem::Interface { id, .. } => {
                    (resolve.name_world_key(key), resolve.interfaces[*id].functions.values().collect())
                }
                WorldItem::Function(f) => (String::new(), vec![f]),
                WorldItem::Type { .. } => continue,
            };
            if iface.starts_with("wasi:") {
                continue;
            }
            for f in funcs {
                let kind = match f.kind {
                    FunctionKind::Getter => "getter",
                    FunctionKind::Setter => "setter",
                    FunctionKind::MethodGetter(_) => "method getter",
                    FunctionKind::MethodSetter(_) => "method setter",
                    FunctionKind::StaticGetter(_) => "static getter",
                    FunctionKind::StaticSetter(_) => "static setter",
                    FunctionKind::Method(_) => "method",
                    FunctionKind::Constructor(_) => "constructor",
                    FunctionKind::Freestanding => "function",
                    _ => "other",
                };
                out.insert((side.to_string(), iface.clone(), f.name.clone(), kind.to_string()));
            }
        }
    }
    out
}

#[test]
fn accessors_are_imported_and_exported_as_wit_bindgen_0_63_does() {
    let ours = world_functions("guest_accessors");
    let settings = [
        ("[get]volume", "getter"),
        ("[set]volume", "setter"),
        ("[get]label", "getter"),
        ("[set]label", "setter"),
        ("[constructor]knob", "constructor"),
        ("[method][get]knob.level", "method getter"),
        ("[method][set]knob.level", "method setter"),
        ("[static][get]knob.limit", "static getter"),
        ("[static][set]knob.limit", "static setter"),
        ("[method]knob.turn", "method"),
    ];
    let mut want = BTreeSet::new();
    for side in ["import", "export"] {
        for (name, kind) in settings {
            want.insert((side.into(), "test:accessors/settings".into(), name.into(), kind.into()));
        }
    }
    want.insert(("export".into(), String::new(), "run".into(), "function".into()));
    assert_eq!(ours, want);
    assert_eq!(world_functions("guest_accessors_wb"), want, "wit-bindgen 0.63's build of the same source");
}

#[test]
fn wasmtime_48_cannot_load_accessors_yet() {
    let err = wasmtime::component::Component::from_file(engine(), guest_wasm("guest_accessors")).err();
    assert!(
        err.is_some(),
        "wasmtime loads components with accessors now: run the accessors guest in it (tests/tests/accessors.rs)"
    );
}
