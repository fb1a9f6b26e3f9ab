//! `generate!` options whose effect shows at run time or in types:
//! `with` (an exported world reusing another `generate!`'s import bindings),
//! `additional_derives`, `raw_strings`, `features`, `generate_unused_types`,
//! `std_feature`, `skip`, `export_macro_name`, `type_section_suffix`,
//! `runtime_path`, `bitflags_path`, `additional_type_attributes`,
//! `additional_member_attributes`, `enable_method_chaining` and a
//! `concat!(env!(..))` path.
#![deny(warnings)]

use std::collections::HashSet;

pub mod base {
    wit_guest::generate!({
        world: "imports-only",
        path: concat!(env!("CARGO_MANIFEST_DIR"), "/wit"),
        additional_derives: [PartialEq, Eq, Hash],
        additional_derives_ignore: ["value"],
        features: ["experimental"],
        generate_unused_types,
        skip: ["skipped-fn"],
        std_feature,
        type_section_suffix: "-base",
        runtime_path: "wit_guest::rt",
        bitflags_path: "wit_guest::rt::bitflags",
        additional_type_attributes: {
            "point": [#[derive(Default)]],
            "test:options/shared-types@0.1.0/mode": [#[derive(Default)], #[doc = "How fast."]],
        },
        additional_member_attributes: {
            "mode.slow": [#[default]],
            "point.x": [#[doc = "Across."]],
            "test:options/shared-types/bits.b": [#[doc = "The second bit."]],
        },
    });
}

pub mod mapped {
    wit_guest::generate!({
        world: "options-world",
        with: {
            "test:options/uses-types": crate::base::test::options::uses_types,
            "test:options/shared-types@0.1.0": crate::base::test::options::shared_types,
        },
        raw_strings,
        // Both calls describe `test:options`; their feature sets must agree.
        features: ["experimental"],
        export_macro_name: "export_options",
        type_section_suffix: "-mapped",
    });
}

pub mod chained {
    wit_guest::generate!({
        world: "chaining",
        enable_method_chaining,
        type_section_suffix: "-chained",
    });
}

pub mod skipping {
    wit_guest::generate!({
        world: "skipping",
        skip: ["tripled", "answer-by-hand", "[method]counter.peek"],
        type_section_suffix: "-skipping",
    });
}

pub mod pinging {
    wit_guest::generate!({ world: "pinging", type_section_suffix: "-pinging" });
}

pub mod merged {
    wit_guest::generate!({
        world: "merging",
        merge_structurally_equal_types: true,
        type_section_suffix: "-merged",
    });
}

use base::test::options::shared_types::{Bits, Hidden, Mode, Point, Unused, Value};
use base::test::options::uses_types;

struct Component;

impl mapped::exports::test::options::texts::Guest for Component {
    // `raw_strings`: bytes in, bytes out, no UTF-8 check.
    fn reverse(s: Vec<u8>) -> Vec<u8> {
        s.into_iter().rev().collect()
    }
}

impl mapped::Guest for Component {
    fn run() -> Vec<u8> {
        // `with`: the mapped world's types are the base bindings' types.
        let p = Point { x: 1, y: 2 };
        let back: Point = uses_types::echo_point(p);
        // `additional_derives`: PartialEq, Eq and Hash on records, enums, flags.
        let mut seen = HashSet::new();
        seen.insert(back);
        seen.insert(Point { x: 10, y: 20 });
        assert_eq!(seen.len(), 1);
        assert_ne!(Mode::Fast, Mode::Slow);
        assert_ne!(Bits::A, Bits::B);
        // `features` and `generate_unused_types`.
        let hidden = Hidden { z: 3 };
        let unused = Unused { w: 4 };
        let d = uses_types::describe(&Value::Text("t".to_string()), Mode::Slow);
        // `additional_type_attributes` (`Default` derived) and
        // `additional_member_attributes` (`#[default]` on a case).
        let defaults = format!("{:?} {:?}", Point::default(), Mode::default());
        format!("{back:?} {} {} {d} {defaults}", hidden.z, unused.w).into_bytes()
    }
}

mapped::export_options!(Component with_types_in mapped);

/// `enable_method_chaining`: methods without results return `&Self`, on
/// imported resources and in the traits of exported ones.
mod chaining {
    use std::cell::Cell;

    use crate::chained::exports::test::options::tallies::{Guest, GuestTally};
    use crate::chained::test::options::chains::Builder;

    pub struct Tally(Cell<u32>);

    impl GuestTally for Tally {
        fn new(start: u32) -> Self {
            Tally(Cell::new(start))
        }
        fn add(&self, n: u32) -> &Self {
            self.0.set(self.0.get() + n);
            self
        }
        fn total(&self) -> u32 {
            self.0.get()
        }
    }

    impl Guest for super::Component {
        type Tally = Tally;
        fn collect() -> Vec<u32> {
            let b = Builder::new();
            let first = b.push(1).push(2).clear().push(3).push(4).take();
            let local = Tally::new(10).add(5).add(6).total();
            [first, vec![local]].concat()
        }
    }
}

chained::export!(Component with_types_in chained);

impl merged::Guest for Component {
    // `merge_structurally_equal_types`: the world's `old-shapes` values go to
    // the `new-shapes` import as they are, no conversion.
    fn flip_old(s: merged::Shape, d: merged::Dirs) -> (merged::Shape, merged::Dirs) {
        merged::test::options::new_shapes::flip(&s, d)
    }
}

merged::export!(Component with_types_in merged);

// `skip` on exports: the trait asks only for what is not skipped...
impl skipping::Guest for Component {
    fn answer() -> u32 {
        42
    }
}

impl skipping::exports::test::options::by_hand::Guest for Component {
    type Counter = Counter;
    fn doubled(n: u32) -> u32 {
        n * 2
    }
}

struct Counter(u32);

impl skipping::exports::test::options::by_hand::GuestCounter for Counter {
    fn new(start: u32) -> Self {
        Counter(start)
    }
    fn get(&self) -> u32 {
        self.0
    }
}

skipping::export!(Component with_types_in skipping);

// ...and the skipped ones are exported by hand, under the names the
// component model gives them.
#[cfg_attr(target_arch = "wasm32", unsafe(export_name = "test:options/by-hand@0.1.0#tripled"))]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "exported on wasm32 only"))]
extern "C" fn tripled(n: i32) -> i32 {
    n.wrapping_mul(3)
}

#[cfg_attr(target_arch = "wasm32", unsafe(export_name = "answer-by-hand"))]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "exported on wasm32 only"))]
extern "C" fn answer_by_hand() -> i32 {
    4242
}

#[cfg_attr(target_arch = "wasm32", unsafe(export_name = "test:options/by-hand@0.1.0#[method]counter.peek"))]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "exported on wasm32 only"))]
extern "C" fn counter_peek(_rep: i32) -> i32 {
    7
}

impl pinging::Guest for Component {
    fn ping() -> u32 {
        99
    }
}

pinging::export!(Component with_types_in pinging);
