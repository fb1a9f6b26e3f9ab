//! Bindings from build.rs (`wit_guest_codegen::Bindings`), included here.
#![deny(warnings)]

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));

pub struct Component;

impl exports::test::options::texts::Guest for Component {
    fn reverse(s: String) -> String {
        s.chars().rev().collect()
    }
}

impl Guest for Component {
    fn run() -> String {
        format!("{:?}", test::options::uses_types::echo_point(test::options::uses_types::Point { x: 1, y: 1 }))
    }
}

export!(Component);
