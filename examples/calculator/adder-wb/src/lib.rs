//! The `adder` world built with wit-bindgen 0.60 instead of wit-guest.

wit_bindgen::generate!({ path: "../wit", world: "adder" });

struct Adder;

impl exports::docs::calculator::add::Guest for Adder {
    fn add(x: u32, y: u32) -> u32 {
        x.wrapping_add(y)
    }
}

export!(Adder);
