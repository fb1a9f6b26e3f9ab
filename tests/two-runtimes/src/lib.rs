//! Two semver-incompatible versions of the runtime in one component: `first`
//! is bound with `wit-guest` 0.1, `second` with the 2.0 copy. Each export
//! calls the import through both bindings; strings and lists go through the
//! one `cabi_realloc` both runtimes share.

mod one {
    wit_guest::generate!({ path: "wit", world: "first" });
}

mod two {
    wit_guest_2::generate!({ path: "wit", world: "second" });
}

struct Guest;

impl one::Guest for Guest {
    fn count(name: String) -> u32 {
        let a = one::test::two::greet::greet(&name);
        let b = two::test::two::greet::greet(&name);
        (a.len() + b.len()) as u32
    }
}

impl two::exports::test::two::shout::Guest for Guest {
    fn shout(name: String) -> Vec<String> {
        vec![one::test::two::greet::greet(&name), two::test::two::greet::greet(&name.to_uppercase())]
    }
}

one::export!(Guest with_types_in one);
two::export!(Guest with_types_in two);
