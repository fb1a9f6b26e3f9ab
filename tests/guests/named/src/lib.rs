//! One interface imported under several names: `primary`, `secondary` and
//! `test:named/store` are three modules with their own `Bucket` types,
//! each linked to its own import.
#![deny(warnings)]

wit_guest::generate!({ path: "wit", world: "named" });

struct Component;

impl Guest for Component {
    fn run() -> Vec<String> {
        let p: primary::Bucket = primary::open("p");
        let s: secondary::Bucket = secondary::open("s");
        let d: test::named::store::Bucket = test::named::store::open("d");
        let read = |v: Option<String>| v.unwrap_or_else(|| "none".into());
        vec![read(p.get("x")), read(s.get("y")), read(d.get("z")), read(p.get("missing"))]
    }
}

export!(Component);
