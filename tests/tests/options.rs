//! `generate!` options that change what runs: `with`, `raw_strings`,
//! `stubs`, and bindings exported from another crate (`pub_export_macro`,
//! `default_bindings_module`, `export_macro_name`).

use wasmtime::component::{HasSelf, Resource};
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

mod world {
    wasmtime::component::bindgen!({ path: "guests/options/wit", world: "options-world" });
}
mod full {
    wasmtime::component::bindgen!({
        path: "guests/options/wit",
        world: "options-guest",
        with: { "test:options/chains.builder": super::HostBuilder },
    });
}
mod stubbed {
    wasmtime::component::bindgen!({ path: "guests/options/wit", world: "stubbed" });
}

use world::test::options::shared_types::{Mode, Point, Value};

#[derive(Default)]
struct Host {
    wasi: Wasi,
    seen: Vec<String>,
}

/// The host's `builder` resource: the numbers pushed so far.
pub struct HostBuilder(Vec<u32>);

impl full::test::options::chains::Host for Host {}

impl full::test::options::chains::HostBuilder for Host {
    fn new(&mut self) -> Resource<HostBuilder> {
        self.seen.push("new".into());
        self.wasi.table.push(HostBuilder(Vec::new())).unwrap()
    }
    fn push(&mut self, b: Resource<HostBuilder>, x: u32) {
        self.seen.push(format!("push {x}"));
        self.wasi.table.get_mut(&b).unwrap().0.push(x);
    }
    fn clear(&mut self, b: Resource<HostBuilder>) {
        self.seen.push("clear".into());
        self.wasi.table.get_mut(&b).unwrap().0.clear();
    }
    fn take(&mut self, b: Resource<HostBuilder>) -> Vec<u32> {
        std::mem::take(&mut self.wasi.table.get_mut(&b).unwrap().0)
    }
    fn drop(&mut self, b: Resource<HostBuilder>) -> wasmtime::Result<()> {
        self.seen.push("drop".into());
        self.wasi.table.delete(b)?;
        Ok(())
    }
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl world::test::options::shared_types::Host for Host {}

impl world::test::options::uses_types::Host for Host {
    fn echo_point(&mut self, p: Point) -> Point {
        self.seen.push(format!("{p:?}"));
        Point { x: p.x * 10, y: p.y * 10 }
    }
    fn describe(&mut self, v: Value, m: Mode) -> String {
        self.seen.push(format!("{v:?} {m:?}"));
        format!(
            "{}:{m:?}",
            match v {
                Value::Num(n) => n.to_string(),
                Value::Text(t) => t,
            }
        )
    }
    fn skipped_fn(&mut self) -> u32 {
        unreachable!("the guest skipped this import")
    }
}

impl full::test::options::old_shapes::Host for Host {}

impl full::test::options::new_shapes::Host for Host {
    fn flip(&mut self, s: NewShape, d: NewDirs) -> (NewShape, NewDirs) {
        use full::test::options::new_shapes::Point as P;
        self.seen.push(format!("flip {s:?} {d:?}"));
        let swap = |p: P| P { x: p.y, y: p.x };
        let s = match s {
            NewShape::Dot(p) => NewShape::Dot(swap(p)),
            NewShape::Segment((a, b)) => NewShape::Segment((swap(b), swap(a))),
            NewShape::Label(l) => NewShape::Label(l.chars().rev().collect()),
            NewShape::Empty => NewShape::Empty,
        };
        (s, d ^ NewDirs::all())
    }
}

use full::test::options::new_shapes::{Dirs as NewDirs, Shape as NewShape};

/// A store and a linker with every import of `options-guest`.
fn host() -> (wasmtime::Store<Host>, wasmtime::component::Linker<Host>) {
    let (store, mut linker) = store_and_linker(Host::default());
    let mut opts = world::LinkOptions::default();
    opts.experimental(true);
    world::OptionsWorld::add_to_linker::<_, HasSelf<Host>>(&mut linker, &opts, |h| h).unwrap();
    full::test::options::chains::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    full::test::options::new_shapes::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    (store, linker)
}

fn run_world(guest: &str) -> (world::OptionsWorld, wasmtime::Store<Host>) {
    let (mut store, linker) = host();
    let w = world::OptionsWorld::instantiate(&mut store, &component(guest), &linker).unwrap();
    (w, store)
}

#[test]
fn skipped_exports_are_left_to_the_guest() {
    let (mut store, linker) = host();
    let w = full::OptionsGuest::instantiate(&mut store, &component("guest_options"), &linker).unwrap();
    // Generated exports, and the ones the guest exported by hand (`skip`).
    assert_eq!(w.call_answer(&mut store).unwrap(), 42);
    assert_eq!(w.call_answer_by_hand(&mut store).unwrap(), 4242);
    assert_eq!(w.call_ping(&mut store).unwrap(), 99);
    let by_hand = w.test_options_by_hand();
    assert_eq!(by_hand.call_doubled(&mut store, 21).unwrap(), 42);
    assert_eq!(by_hand.call_tripled(&mut store, 14).unwrap(), 42);
    let c = by_hand.counter().call_constructor(&mut store, 5).unwrap();
    assert_eq!(by_hand.counter().call_get(&mut store, c).unwrap(), 5);
    assert_eq!(by_hand.counter().call_peek(&mut store, c).unwrap(), 7);
    c.resource_drop(&mut store).unwrap();
}

#[test]
fn method_chaining_returns_self_on_imported_and_exported_resources() {
    let (mut store, linker) = host();
    let w = full::OptionsGuest::instantiate(&mut store, &component("guest_options"), &linker).unwrap();
    let tallies = w.test_options_tallies();
    // Imported: `b.push(1).push(2).clear().push(3).push(4).take()`, each call
    // reaching the host in order on the same handle, dropped once.
    assert_eq!(tallies.call_collect(&mut store).unwrap(), vec![3, 4, 21]);
    assert_eq!(store.data().seen, ["new", "push 1", "push 2", "clear", "push 3", "push 4", "drop"]);
    // Exported: `add` returns `&Self` in the trait; the host sees no result.
    let t = tallies.tally().call_constructor(&mut store, 100).unwrap();
    tallies.tally().call_add(&mut store, t, 20).unwrap();
    tallies.tally().call_add(&mut store, t, 3).unwrap();
    assert_eq!(tallies.tally().call_total(&mut store, t).unwrap(), 123);
    t.resource_drop(&mut store).unwrap();
}

#[test]
fn with_maps_onto_other_bindings_and_raw_strings_pass_bytes() {
    let (w, mut store) = run_world("guest_options");
    let out = w.call_run(&mut store).unwrap();
    assert_eq!(out, "Point { x: 10, y: 20 } 3 4 t:Mode::Slow Point { x: 0, y: 0 } Mode::Slow");
    assert_eq!(
        store.data().seen,
        vec!["Point { x: 1, y: 2 }".to_string(), "Value::Text(\"t\") Mode::Slow".to_string()]
    );
    let texts = w.test_options_texts();
    // Bytes, not chars: reversing "é" bytewise would not be UTF-8, and the host would refuse it.
    assert_eq!(texts.call_reverse(&mut store, "abc").unwrap(), "cba");
    assert!(texts.call_reverse(&mut store, "é").is_err());
}

#[test]
fn bindings_exported_from_another_crate() {
    // Four worlds generated in `guest-lib-bindings` with `pub_export_macro`,
    // exported from `guest-lib-user` through each way SDKs reach the macro.
    let (mut store, linker) = host();
    let w = full::OptionsGuest::instantiate(&mut store, &component("guest_lib_user"), &linker).unwrap();
    // `export_from_lib!(T)` at the crate root (all three options).
    assert_eq!(w.call_run(&mut store).unwrap(), "lib Point { x: 50, y: 60 }");
    assert_eq!(w.test_options_texts().call_reverse(&mut store, "xyz").unwrap(), "zyx");
    // `wit::export!(T with_types_in ..)` (`pub_export_macro` alone, in a module).
    let tallies = w.test_options_tallies();
    assert_eq!(tallies.call_collect(&mut store).unwrap(), vec![7]);
    let t = tallies.tally().call_constructor(&mut store, 1).unwrap();
    tallies.tally().call_add(&mut store, t, 2).unwrap();
    assert_eq!(tallies.tally().call_total(&mut store, t).unwrap(), 3);
    t.resource_drop(&mut store).unwrap();
    // `b::export_b!(T)` (all three options, in a module).
    use full::test::options::old_shapes::{Dirs, Shape};
    let (s, d) = w.call_flip_old(&mut store, &Shape::Label("l".into()), Dirs::UP).unwrap();
    assert_eq!((format!("{s:?}"), d), ("Shape::Label(\"l\")".to_string(), Dirs::UP));
    // `ping::export_ping!(T with_types_in ..)` (`pub_export_macro`, `export_macro_name`).
    assert_eq!(w.call_ping(&mut store).unwrap(), 7);
    // `sdk::export!(T)` (`pub_export_macro` and `default_bindings_module`).
    assert_eq!((w.call_answer(&mut store).unwrap(), w.call_answer_by_hand(&mut store).unwrap()), (1, 2));
    let by_hand = w.test_options_by_hand();
    assert_eq!(by_hand.call_tripled(&mut store, 5).unwrap(), 15);
    let c = by_hand.counter().call_constructor(&mut store, 4).unwrap();
    assert_eq!(by_hand.counter().call_peek(&mut store, c).unwrap(), 50);
    c.resource_drop(&mut store).unwrap();
}

#[test]
fn stubs_implement_every_export_with_a_panic() {
    let (wasi, stderr) = Wasi::capturing_stderr();
    let (mut store, linker) = store_and_linker(Host { wasi, ..Host::default() });
    let w = stubbed::Stubbed::instantiate(&mut store, &component("guest_stubs"), &linker).unwrap();
    assert!(w.call_answer(&mut store).is_err());
    let printed = String::from_utf8_lossy(&stderr.contents()).to_string();
    assert!(printed.contains("`answer` is a stub"), "{printed}");
    assert!(w.test_options_texts().call_reverse(&mut store, "x").is_err());
}

#[test]
fn merged_types_cross_between_interfaces_unconverted() {
    use full::test::options::old_shapes::{Dirs, Point, Shape};
    let (mut store, linker) = host();
    let w = full::OptionsGuest::instantiate(&mut store, &component("guest_options"), &linker).unwrap();
    let cases = [
        (Shape::Dot(Point { x: 1, y: -2 }), Dirs::UP, "flip Shape::Dot(Point { x: 1, y: -2 }) (UP)"),
        (
            Shape::Segment((Point { x: i32::MIN, y: 0 }, Point { x: 3, y: i32::MAX })),
            Dirs::empty(),
            "flip Shape::Segment((Point { x: -2147483648, y: 0 }, Point { x: 3, y: 2147483647 })) ()",
        ),
        (Shape::Label("wit→rust".into()), Dirs::all(), "flip Shape::Label(\"wit→rust\") (UP|DOWN)"),
        (Shape::Empty, Dirs::DOWN, "flip Shape::Empty (DOWN)"),
    ];
    for (s, d, seen) in cases {
        store.data_mut().seen.clear();
        let (out, dirs) = w.call_flip_old(&mut store, &s, d).unwrap();
        assert_eq!(store.data().seen, [seen]);
        assert_eq!(dirs, d ^ Dirs::all());
        let expected = match s {
            Shape::Dot(p) => Shape::Dot(Point { x: p.y, y: p.x }),
            Shape::Segment((a, b)) => Shape::Segment((Point { x: b.y, y: b.x }, Point { x: a.y, y: a.x })),
            Shape::Label(l) => Shape::Label(l.chars().rev().collect()),
            Shape::Empty => Shape::Empty,
        };
        assert_eq!(format!("{out:?}"), format!("{expected:?}"));
    }
}
