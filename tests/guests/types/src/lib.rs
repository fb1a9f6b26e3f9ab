//! Forwards every exported `roundtrip` function to the imported one, so each
//! value crosses all four positions (export param, import param, import
//! result, export result) and the host sees it twice.
#![deny(warnings)]

use std::sync::atomic::{AtomicU64, Ordering};

wit_guest::generate!({ world: "types-world", generate_all });

use exports::test::types::roundtrip::Guest as Roundtrip;
use test::types::roundtrip as host;
use test::types::t::{Color, Item, MyError, Perms, Point, Shape, Wide};

static CALLS: AtomicU64 = AtomicU64::new(0);

#[global_allocator]
static A: guest_support::CountingAlloc = guest_support::CountingAlloc;

struct Component;

fn count() {
    CALLS.fetch_add(1, Ordering::Relaxed);
}

/// `s` with spare capacity: results nested in a larger value are handed to
/// the host at their length, so the bindings must free them with their real
/// layout (the counting allocator tracks sizes, and the leak test would see
/// a mismatch).
fn spare(mut s: String) -> String {
    s.reserve_exact(7);
    s
}

impl Roundtrip for Component {
    fn echo_bool(x: bool) -> bool {
        count();
        host::echo_bool(x)
    }
    fn echo_s8(x: i8) -> i8 {
        host::echo_s8(x)
    }
    fn echo_u8(x: u8) -> u8 {
        host::echo_u8(x)
    }
    fn echo_s16(x: i16) -> i16 {
        host::echo_s16(x)
    }
    fn echo_u16(x: u16) -> u16 {
        host::echo_u16(x)
    }
    fn echo_s32(x: i32) -> i32 {
        host::echo_s32(x)
    }
    fn echo_u32(x: u32) -> u32 {
        host::echo_u32(x)
    }
    fn echo_s64(x: i64) -> i64 {
        host::echo_s64(x)
    }
    fn echo_u64(x: u64) -> u64 {
        host::echo_u64(x)
    }
    fn echo_f32(x: f32) -> f32 {
        host::echo_f32(x)
    }
    fn echo_f64(x: f64) -> f64 {
        host::echo_f64(x)
    }
    fn echo_char(x: char) -> char {
        host::echo_char(x)
    }
    fn echo_string(x: String) -> String {
        host::echo_string(&x)
    }
    fn echo_alias(x: String) -> String {
        host::echo_alias(&x)
    }
    fn echo_list_u8(x: Vec<u8>) -> Vec<u8> {
        host::echo_list_u8(&x)
    }
    fn echo_list_u64(x: Vec<u64>) -> Vec<u64> {
        host::echo_list_u64(&x)
    }
    fn echo_list_f32(x: Vec<f32>) -> Vec<f32> {
        host::echo_list_f32(&x)
    }
    fn echo_list_bool(x: Vec<bool>) -> Vec<bool> {
        host::echo_list_bool(&x)
    }
    fn echo_list_char(x: Vec<char>) -> Vec<char> {
        host::echo_list_char(&x)
    }
    fn echo_list_string(x: Vec<String>) -> Vec<String> {
        host::echo_list_string(&x).into_iter().map(spare).collect()
    }
    fn echo_point(x: Point) -> Point {
        host::echo_point(x)
    }
    fn echo_item(x: Item) -> Item {
        host::echo_item(&x)
    }
    fn echo_items(x: Vec<Item>) -> Vec<Item> {
        let mut items = host::echo_items(&x);
        for item in &mut items {
            item.name = spare(core::mem::take(&mut item.name));
            item.tags.reserve(3);
            for t in &mut item.tags {
                *t = spare(core::mem::take(t));
            }
        }
        items.reserve(2);
        items
    }
    fn echo_color(x: Color) -> Color {
        host::echo_color(x)
    }
    fn echo_perms(x: Perms) -> Perms {
        host::echo_perms(x)
    }
    fn echo_wide(x: Wide) -> Wide {
        host::echo_wide(x)
    }
    fn echo_shape(x: Shape) -> Shape {
        host::echo_shape(&x)
    }
    fn echo_shapes(x: Vec<Shape>) -> Vec<Shape> {
        host::echo_shapes(&x)
            .into_iter()
            .map(|s| match s {
                Shape::Label(l) => Shape::Label(spare(l)),
                Shape::Pair((n, l)) => Shape::Pair((n, spare(l))),
                s => s,
            })
            .collect()
    }
    fn echo_tuple(x: (u32, String, f64)) -> (u32, String, f64) {
        let (a, b, c) = host::echo_tuple((x.0, &x.1, x.2));
        (a, spare(b), c)
    }
    fn echo_opt_string(x: Option<String>) -> Option<String> {
        host::echo_opt_string(x.as_deref()).map(spare)
    }
    fn echo_opt_opt(x: Option<Option<u32>>) -> Option<Option<u32>> {
        host::echo_opt_opt(x)
    }
    fn echo_list_opt_item(x: Vec<Option<Item>>) -> Vec<Option<Item>> {
        host::echo_list_opt_item(&x)
    }
    fn echo_result_unit(x: Result<(), ()>) -> Result<(), ()> {
        host::echo_result_unit(x)
    }
    fn echo_result_ok(x: Result<u32, ()>) -> Result<u32, ()> {
        host::echo_result_ok(x)
    }
    fn echo_result_err(x: Result<(), String>) -> Result<(), String> {
        host::echo_result_err(x.as_ref().map(|_| ()).map_err(|e| e.as_str()))
    }
    fn echo_result_both(x: Result<Vec<Shape>, String>) -> Result<Vec<Shape>, String> {
        host::echo_result_both(x.as_ref().map(|v| v.as_slice()).map_err(|e| e.as_str()))
    }
    fn echo_fallible(x: Result<f32, MyError>) -> Result<f32, MyError> {
        host::echo_fallible(x.as_ref().map(|f| *f))
    }
    fn echo_opt_f32_s64(x: Option<Result<f32, i64>>) -> Option<Result<f32, i64>> {
        host::echo_opt_f32_s64(x)
    }
    #[allow(clippy::too_many_arguments)]
    fn many(
        a: u8,
        b: i8,
        c: u16,
        d: i16,
        e: u32,
        f: i32,
        g: u64,
        h: i64,
        i: f32,
        j: f64,
        k: char,
        l: bool,
        m: String,
        n: Vec<u32>,
        o: Point,
        p: Option<u8>,
    ) -> (String, u64, f64, Vec<u32>) {
        let (s, g, j, mut n) = host::many(a, b, c, d, e, f, g, h, i, j, k, l, &m, &n, o, p);
        n.reserve_exact(5);
        (spare(s), g, j, n)
    }
}

impl Guest for Component {
    fn stats() -> Stats {
        log("stats called");
        Stats { calls: CALLS.load(Ordering::Relaxed), label: "types".to_string() }
    }
    fn heap_live() -> i64 {
        guest_support::live_bytes()
    }
    fn versions() -> Vec<String> {
        let sum = test::dep2_0_0::api::add(inline_iface::ping(1), 2);
        vec![test::dep1_0_0::api::version(), test::dep2_0_0::api::version(), sum.to_string()]
    }
    fn hello(name: String) -> String {
        format!("hello, {name}")
    }
}

export!(Component);
