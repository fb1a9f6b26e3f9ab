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

/// `ownership: Borrowing { duplicate_if_necessary: true }`: `page` and
/// `item` are both passed and returned, so each has a `..Param<'a>` and a
/// `..Result` definition; `note` is only passed, so it is `Note<'a>`.
mod dup {
    wit_bindgen::generate!({
        path: "../compat/wit",
        world: "borrowing",
        ownership: Borrowing { duplicate_if_necessary: true },
        type_section_suffix: "dup",
    });
}

/// `ownership: Borrowing { duplicate_if_necessary: false }`: `page` and
/// `item` have one (owned) definition, passed by reference.
mod nodup {
    wit_bindgen::generate!({
        path: "../compat/wit",
        world: "borrowing",
        ownership: Borrowing { duplicate_if_necessary: false },
        type_section_suffix: "nodup",
    });
}

fn borrow_run() -> Vec<String> {
    let mut out = Vec::new();
    {
        use dup::test::compat::docs as d;
        let tags = ["a", "b"];
        out.push(d::post(d::Note { title: "dup note", tags: &tags }).to_string());
        let extra = [d::PageParam { id: 2, body: "two" }, d::PageParam { id: 3, body: "three ✓" }];
        let page: d::PageResult = d::store(d::PageParam { id: 1, body: "one" }, &extra);
        out.push(format!("{page:?}"));
        let pages = [d::PageParam { id: 4, body: &page.body }];
        let item: d::ItemResult =
            d::classify(d::ItemParam::Pages(&pages), &["x", "y"], Some("maybe"), &[("k", d::Point { x: 1, y: 2 })]);
        out.push(format!("{item:?}"));
        let item = d::classify(d::ItemParam::Text("t"), &[], None, &[]);
        out.push(format!("{item:?}"));
    }
    {
        use nodup::test::compat::docs as d;
        let tags = ["c"];
        out.push(d::post(d::Note { title: "nodup note", tags: &tags }).to_string());
        let p1 = d::Page { id: 1, body: "one".to_string() };
        let p2 = d::Page { id: 2, body: String::new() };
        let page: d::Page = d::store(&p1, &[&p2]);
        out.push(format!("{page:?}"));
        let item: d::Item = d::classify(
            &d::Item::Pages(vec![page.clone()]),
            &["z"],
            None,
            &[("q", d::Point { x: 9, y: 8 }), ("r", d::Point { x: 0, y: u32::MAX })],
        );
        out.push(format!("{item:?}"));
        out.push(format!("{:?}", d::classify(&d::Item::None, &[], Some(""), &[])));
    }
    out
}

impl Guest for Component {
    fn run(n: u32) -> Summary {
        let names: Vec<String> = (0..n).map(|i| format!("{:?}", host::Enum::Struct(i))).collect();
        let total = host::type_(n, "abc");
        Summary { total, names }
    }
    fn borrow_run() -> Vec<String> {
        borrow_run()
    }
}

export!(Component);
