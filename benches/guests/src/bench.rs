// The benchmark guest, written against wit-bindgen 0.60's API. Compiled twice
// with the same Rust: by `bench-wg`, whose `wit-bindgen` dependency is
// wit-guest renamed, and by `bench-wb`, which uses wit-bindgen 0.60.
//
// Exports: every function of `api` with an identity body (the argument is
// moved back out), so that what the host measures around an export call is
// the generated glue, the allocator calls it makes, and its post-return.
// `many` is the exception: it folds its 17 parameters (the same Rust on both
// sides).
//
// Imports: `run-import-bench` loops over one import. The same loop runs in a
// `baseline` mode without the call, so the host can subtract everything but
// the call and its glue (argument set-up, the loop, the checksum).

// The `generate!` call is in each crate's lib.rs, before the `include!` of
// this file: `bench-wgu` adds `assume_valid_utf8` to it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box as bb;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

use bench::glue::api as host;
use bench::glue::types::{Item, Perms, Shape};
use exports::bench::glue::api::{Guest as ApiGuest, GuestThing};

/// The system allocator, counting the bytes live so that the host can check
/// that no workload leaks (`heap-live`), and the calls made (`alloc-calls`).
struct Counting;
static LIVE: AtomicI64 = AtomicI64::new(0);
static CALLS: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as i64, Ordering::Relaxed);
        CALLS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as i64, Ordering::Relaxed);
        CALLS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n as i64 - l.size() as i64, Ordering::Relaxed);
        CALLS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

struct Component;

/// The exported resource: a value and nothing else.
struct MyThing {
    v: u32,
}

impl GuestThing for MyThing {
    fn new(v: u32) -> Self {
        MyThing { v }
    }
    fn get(&self) -> u32 {
        self.v
    }
}

/// The 17 parameters of `many`.
type ManyArgs = (u8, i8, u16, i16, u32, i32, u64, i64, f32, f64, bool, char, u32, u32, u64, u64, f32);

/// The body of the exported `many`: uses every parameter once.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn many_body(
    a: u8, b: i8, c: u16, d: i16, e: u32, f: i32, g: u64, h: i64, i: f32,
    j: f64, k: bool, l: char, m: u32, n: u32, o: u64, p: u64, q: f32,
) -> u64 {
    (a as u64)
        .wrapping_add(b as u64)
        .wrapping_add(c as u64)
        .wrapping_add(d as u64)
        .wrapping_add(e as u64)
        .wrapping_add(f as u64)
        .wrapping_add(g)
        .wrapping_add(h as u64)
        .wrapping_add(i as u64)
        .wrapping_add(j as u64)
        .wrapping_add(k as u64)
        .wrapping_add(l as u64)
        .wrapping_add(m as u64)
        .wrapping_add(n as u64)
        .wrapping_add(o)
        .wrapping_add(p)
        .wrapping_add(q as u64)
}

impl ApiGuest for Component {
    type Thing = MyThing;

    fn noop() {}
    fn echo_u32(x: u32) -> u32 {
        x
    }
    fn many(
        a: u8, b: i8, c: u16, d: i16, e: u32, f: i32, g: u64, h: i64, i: f32,
        j: f64, k: bool, l: char, m: u32, n: u32, o: u64, p: u64, q: f32,
    ) -> u64 {
        many_body(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q)
    }
    fn echo_string(s: String) -> String {
        s
    }
    fn echo_bytes(b: Vec<u8>) -> Vec<u8> {
        b
    }
    fn echo_u64s(v: Vec<u64>) -> Vec<u64> {
        v
    }
    fn echo_items(v: Vec<Item>) -> Vec<Item> {
        v
    }
    fn echo_nested(x: Option<Result<Shape, String>>) -> Option<Result<Shape, String>> {
        x
    }
    fn echo_flags(p: Perms) -> Perms {
        p
    }
}

impl Guest for Component {
    fn run_import_bench(workload: Workload, size: u32, iterations: u32, baseline: bool) -> u64 {
        run(workload, size as usize, iterations, baseline)
    }
    fn heap_live() -> i64 {
        LIVE.load(Ordering::Relaxed)
    }
    fn alloc_calls() -> u64 {
        CALLS.load(Ordering::Relaxed)
    }
}

export!(Component);

/// One measured loop. `arg` makes a call's arguments from the iteration
/// number (black-boxed, so the loop runs in both modes); `call` calls the
/// import and `fake` stands in for it in the baseline: it returns a result
/// that needs no freeing, without looking at the arguments; `sum` folds a
/// result into the checksum. Results are dropped in the loop, so freeing
/// them counts as glue.
#[inline(always)]
fn bench_loop<A, R>(
    n: u32,
    baseline: bool,
    mut arg: impl FnMut(u32) -> A,
    call: impl Fn(A) -> R,
    fake: impl Fn(A) -> R,
    sum: impl Fn(&R) -> u64,
) -> u64 {
    let mut acc = 0u64;
    for i in 0..n {
        let a = arg(bb(i));
        let r = if baseline { fake(a) } else { call(a) };
        acc = acc.wrapping_add(sum(&r));
    }
    acc
}

fn many_args(i: u32) -> ManyArgs {
    let x = i as u8;
    (x, -2, 3, -4, 5, -6, 7, -8, 9.5, 10.5, true, 'λ', 13, 14, 15, 16, 17.5)
}

/// The payloads, the same as the host's (`benches/src/workloads.rs`).
fn string_of(len: usize) -> String {
    (0..len).map(|i| (b'a' + (i % 26) as u8) as char).collect()
}
fn bytes_of(len: usize) -> Vec<u8> {
    (0..len).map(|i| i as u8).collect()
}
fn u64s_of(len: usize) -> Vec<u64> {
    (0..len as u64).collect()
}
fn items_of(len: usize) -> Vec<Item> {
    (0..len as u64)
        .map(|i| Item { id: i, name: format!("item-{i}"), tags: vec!["alpha".to_string(), format!("t{i}")] })
        .collect()
}

/// The six values `echo-nested` cycles through.
fn nested_arg<'a>(k: u32, shapes: &'a [Shape; 4]) -> Option<Result<&'a Shape, &'static str>> {
    match k % 6 {
        0 => None,
        1 => Some(Ok(&shapes[0])),
        2 => Some(Ok(&shapes[1])),
        3 => Some(Ok(&shapes[2])),
        4 => Some(Ok(&shapes[3])),
        _ => Some(Err("error")),
    }
}

fn nested_sum(r: &Option<Result<Shape, String>>) -> u64 {
    match r {
        None => 0,
        Some(Ok(Shape::Named(s))) => s.len() as u64,
        Some(Ok(_)) => 1,
        Some(Err(e)) => e.len() as u64,
    }
}

fn run(w: Workload, size: usize, n: u32, base: bool) -> u64 {
    match w {
        Workload::Noop => bench_loop(n, base, |_| (), |()| host::noop(), |()| (), |_| 0),
        Workload::EchoU32 => bench_loop(n, base, |i| i, host::echo_u32, |x| x, |r| *r as u64),
        Workload::Many => bench_loop(
            n,
            base,
            many_args,
            |a| host::many(a.0, a.1, a.2, a.3, a.4, a.5, a.6, a.7, a.8, a.9, a.10, a.11, a.12, a.13, a.14, a.15, a.16),
            |a| a.0 as u64,
            |r| *r,
        ),
        Workload::EchoString => {
            let s = string_of(size);
            bench_loop(n, base, |_| s.as_str(), host::echo_string, |_| String::new(), |r| r.len() as u64)
        }
        Workload::EchoBytes => {
            let v = bytes_of(size);
            bench_loop(n, base, |_| v.as_slice(), host::echo_bytes, |_| Vec::new(), |r| r.len() as u64)
        }
        Workload::EchoU64s => {
            let v = u64s_of(size);
            bench_loop(n, base, |_| v.as_slice(), host::echo_u64s, |_| Vec::new(), |r| r.len() as u64)
        }
        Workload::EchoItems => {
            let v = items_of(size);
            bench_loop(n, base, |_| v.as_slice(), host::echo_items, |_| Vec::new(), |r| r.len() as u64)
        }
        Workload::EchoNested => {
            let shapes = [Shape::Circle(1.5), Shape::Rect((1.5, 2.5)), Shape::Named("shape".to_string()), Shape::Empty];
            bench_loop(n, base, |i| nested_arg(i, &shapes), host::echo_nested, |_| None, nested_sum)
        }
        Workload::EchoFlags => bench_loop(
            n,
            base,
            |i| Perms::from_bits_retain(i as u16 & 0xfff),
            host::echo_flags,
            |p| p,
            |r| r.bits() as u64,
        ),
        Workload::ThingCycle => bench_loop(
            n,
            base,
            |i| i,
            |v| {
                let t = host::Thing::new(v);
                t.get()
            },
            |v| v,
            |r| *r as u64,
        ),
    }
}
