//! The `example` world: a world-level `add` export.

wit_guest::generate!();

struct Component;

impl Guest for Component {
    fn add(x: i32, y: i32) -> i32 {
        x.wrapping_add(y)
    }
}

export!(Component);
