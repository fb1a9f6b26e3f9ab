//! Forwards every exported `m` function to the imported one, so each map and
//! fixed-length list crosses all four positions and the host sees it twice.
#![deny(warnings)]

use std::collections::HashMap;

wit_guest::generate!({ world: "maps-world" });

/// The same imports with `map_type`: maps are `HashMap`s here.
mod hashed {
    wit_guest::generate!({ world: "hash-imports", map_type: "std::collections::HashMap" });
}

use exports::test::maps::m::Guest as M;
use test::maps::m as host;
use test::maps::t::{Entry, Inventory, Slot};
use wit_guest::rt::Map;

#[global_allocator]
static A: guest_support::CountingAlloc = guest_support::CountingAlloc;

struct Component;

impl M for Component {
    fn echo_map(x: Map<String, u32>) -> Map<String, u32> {
        host::echo_map(&x)
    }
    fn echo_ages(x: Map<String, u8>) -> Map<String, u8> {
        host::echo_ages(&x)
    }
    fn echo_nested(x: Map<u32, Vec<Entry>>) -> Map<u32, Vec<Entry>> {
        host::echo_nested(&x)
    }
    fn echo_opt_map(x: Option<Map<String, Option<String>>>) -> Option<Map<String, Option<String>>> {
        host::echo_opt_map(x.as_ref())
    }
    fn echo_map_of_maps(x: Map<String, Map<u64, f64>>) -> Map<String, Map<u64, f64>> {
        host::echo_map_of_maps(&x)
    }
    fn echo_inventory(x: Inventory) -> Inventory {
        host::echo_inventory(&x)
    }
    fn echo_fixed_u8(x: [u8; 4]) -> [u8; 4] {
        host::echo_fixed_u8(x)
    }
    fn echo_triple(x: [i16; 3]) -> [i16; 3] {
        host::echo_triple(x)
    }
    fn echo_fixed_strings(x: [String; 2]) -> [String; 2] {
        host::echo_fixed_strings(x)
    }
    fn echo_fixed_big(x: [u32; 20]) -> [u32; 20] {
        host::echo_fixed_big(x)
    }
    fn echo_fixed_entries(x: [Entry; 2]) -> [Entry; 2] {
        host::echo_fixed_entries(x)
    }
    fn echo_list_of_fixed(x: Vec<[f32; 3]>) -> Vec<[f32; 3]> {
        host::echo_list_of_fixed(&x)
    }
    fn echo_opt_fixed(x: Option<[String; 2]>) -> Option<[String; 2]> {
        host::echo_opt_fixed(x)
    }
    fn echo_slots(x: Vec<Slot>) -> Vec<Slot> {
        host::echo_slots(&x)
    }
}

impl Guest for Component {
    fn via_hash(x: Map<String, u32>) -> Map<String, u32> {
        let h: HashMap<String, u32> = x.into_iter().collect();
        let back: HashMap<String, u32> = hashed::test::maps::m::echo_map(&h);
        back.into_iter().collect()
    }
    fn heap_live() -> i64 {
        guest_support::live_bytes()
    }
}

export!(Component);
