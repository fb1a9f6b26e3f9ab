//! Implements and exports the world whose bindings live in `guest-lib-bindings`.
#![deny(warnings)]

use guest_lib_bindings::test::options::uses_types;

struct Component;

impl guest_lib_bindings::exports::test::options::texts::Guest for Component {
    fn reverse(s: String) -> String {
        s.chars().rev().collect()
    }
}

impl guest_lib_bindings::Guest for Component {
    fn run() -> String {
        let p = uses_types::echo_point(uses_types::Point { x: 5, y: 6 });
        format!("lib {p:?}")
    }
}

guest_lib_bindings::export_from_lib!(Component);
