//! The `adder` world: exports `docs:calculator/add`.

wit_guest::generate!({ path: "../wit", world: "adder" });

struct Adder;

impl exports::docs::calculator::add::Guest for Adder {
    fn add(x: u32, y: u32) -> u32 {
        x.wrapping_add(y)
    }
}

export!(Adder);
