//! The book's adder, written the cargo-component way.

wit_guest::component::generate!();

use bindings::exports::docs::adder::add::Guest;

struct Component;

impl Guest for Component {
    fn add(x: u32, y: u32) -> u32 {
        x.wrapping_add(y)
    }
}
