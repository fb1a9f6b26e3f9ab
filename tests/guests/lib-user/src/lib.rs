//! Implements and exports the world whose bindings live in `guest-lib-bindings`.
#![deny(warnings)]

use guest_lib_bindings::test::options::uses_types;

struct Component;

impl guest_lib_bindings::exports::test::options::texts::Guest for Component {
    fn reverse(s: String) -> String {
        s.chars().rev().collect()
    }
}

impl guest_lib_bindings::Guest for Component {
    fn run() -> String {
        let p = uses_types::echo_point(uses_types::Point { x: 5, y: 6 });
        format!("lib {p:?}")
    }
}

guest_lib_bindings::export_from_lib!(Component);

/// `guest_lib_bindings::wit::export!(T with_types_in ..)`: `pub_export_macro`
/// alone, the macro reached through the module that generated it.
mod chaining {
    use guest_lib_bindings::wit::exports::test::options::tallies::{Guest, GuestTally};
    use guest_lib_bindings::wit::test::options::chains::Builder;

    pub struct Tally(std::cell::Cell<u32>);

    impl GuestTally for Tally {
        fn new(start: u32) -> Self {
            Tally(std::cell::Cell::new(start))
        }
        fn add(&self, n: u32) {
            self.0.set(self.0.get() + n);
        }
        fn total(&self) -> u32 {
            self.0.get()
        }
    }

    impl Guest for super::Component {
        type Tally = Tally;
        fn collect() -> Vec<u32> {
            let b = Builder::new();
            b.push(7);
            b.take()
        }
    }

    guest_lib_bindings::wit::export!(Component with_types_in guest_lib_bindings::wit);
    use super::Component;
}

/// `guest_lib_bindings::b::export_b!(T)`: all three options.
mod merging {
    use guest_lib_bindings::b::{Dirs, Guest, Shape};

    impl Guest for super::Component {
        fn flip_old(s: Shape, d: Dirs) -> (Shape, Dirs) {
            (s, d)
        }
    }

    guest_lib_bindings::b::export_b!(Component);
    use super::Component;
}

/// `guest_lib_bindings::sdk::export!(T)`: `pub_export_macro` and
/// `default_bindings_module`.
mod skipping {
    use guest_lib_bindings::sdk::exports::test::options::by_hand::{Guest, GuestCounter};

    pub struct Counter(u32);

    impl GuestCounter for Counter {
        fn new(start: u32) -> Self {
            Counter(start + 1)
        }
        fn get(&self) -> u32 {
            self.0
        }
        fn peek(&self) -> u32 {
            self.0 * 10
        }
    }

    impl Guest for super::Component {
        type Counter = Counter;
        fn doubled(n: u32) -> u32 {
            n * 2
        }
        fn tripled(n: u32) -> u32 {
            n * 3
        }
    }

    impl guest_lib_bindings::sdk::Guest for super::Component {
        fn answer() -> u32 {
            1
        }
        fn answer_by_hand() -> u32 {
            2
        }
    }

    guest_lib_bindings::sdk::export!(Component);
    use super::Component;
}

/// `guest_lib_bindings::ping::export_ping!(T with_types_in ..)`:
/// `pub_export_macro` and `export_macro_name`.
mod pinging {
    impl guest_lib_bindings::ping::Guest for super::Component {
        fn ping() -> u32 {
            7
        }
    }

    guest_lib_bindings::ping::export_ping!(Component with_types_in guest_lib_bindings::ping);
    use super::Component;
}
