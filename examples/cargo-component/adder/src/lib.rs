//! The book's adder, written the cargo-component way. Its runtime is a
//! wasm32-only dependency renamed `wit-bindgen`, so on other targets the
//! crate is empty.
#![cfg(target_arch = "wasm32")]

wit_bindgen::component::generate!();

use bindings::exports::docs::adder::add::Guest;

struct Component;

impl Guest for Component {
    fn add(x: u32, y: u32) -> u32 {
        x.wrapping_add(y)
    }
}
