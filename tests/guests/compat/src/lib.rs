// Written against wit-bindgen 0.60's API. This file is compiled twice: by
// `guest-compat`, whose `wit-bindgen` dependency is wit-guest renamed, and by
// `guest-compat-wb`, which uses the real wit-bindgen 0.60 from crates.io.
// Both must compile unchanged and behave the same in wasmtime.

wit_bindgen::generate!({
    path: "../compat/wit",
    world: "compat",
});

use exports::test::compat::api::{Async, Enum, Guest as ApiGuest, Guest_, Mod};
use test::compat::api as host;

struct Component;

impl ApiGuest for Component {
    fn type_(self_: u32, match_: String) -> u32 {
        host::type_(self_, &match_)
    }
    fn echo_guest(g: Guest_) -> Guest_ {
        let h = host::echo_guest(&host::Guest_ { type_: g.type_, self_: g.self_ });
        Guest_ { type_: h.type_, self_: h.self_ }
    }
    fn echo_enum(e: Enum) -> Enum {
        match host::echo_enum(match e {
            Enum::Struct(n) => host::Enum::Struct(n),
            Enum::Fn => host::Enum::Fn,
        }) {
            host::Enum::Struct(n) => Enum::Struct(n),
            host::Enum::Fn => Enum::Fn,
        }
    }
    fn echo_mod(m: Mod) -> Mod {
        Mod::from_bits_retain(host::echo_mod(host::Mod::from_bits_retain(m.bits())).bits())
    }
    fn echo_async(a: Async) -> Async {
        match host::echo_async(match a {
            Async::Await => host::Async::Await,
            Async::Dyn => host::Async::Dyn,
        }) {
            host::Async::Await => Async::Await,
            host::Async::Dyn => Async::Dyn,
        }
    }
}

impl Guest for Component {
    fn run(n: u32) -> Summary {
        let names: Vec<String> = (0..n).map(|i| format!("{:?}", host::Enum::Struct(i))).collect();
        let total = host::type_(n, "abc");
        Summary { total, names }
    }
}

export!(Component);
