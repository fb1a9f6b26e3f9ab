//! Every WIT value type in all four positions, run in wasmtime.
//!
//! The guest's exported `roundtrip` forwards each call to the imported one,
//! which the host implements by recording what it received and echoing it.
//! Each check asserts the value the host received as an import argument and
//! the value it got back from the export.

use std::fmt::Debug;

use wasmtime::Store;
use wasmtime::component::HasSelf;
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

wasmtime::component::bindgen!({
    path: "guests/types/wit",
    world: "types-world",
    additional_derives: [PartialEq],
});

use exports::test::types::roundtrip::Guest as Rt;
use test::types::t::{Color, Item, MyError, Perms, Point, Shape, Wide};

#[derive(Default)]
struct Host {
    wasi: Wasi,
    seen: Vec<String>,
    logs: Vec<String>,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl Host {
    fn saw<T: Debug>(&mut self, v: T) -> T {
        self.seen.push(format!("{v:?}"));
        v
    }
}

impl test::types::t::Host for Host {}

macro_rules! echo {
    ($($name:ident: $t:ty;)*) => {
        impl test::types::roundtrip::Host for Host {
            $(fn $name(&mut self, x: $t) -> $t { self.saw(x) })*
            #[allow(clippy::too_many_arguments)]
            fn many(&mut self, a: u8, b: i8, c: u16, d: i16, e: u32, f: i32, g: u64, h: i64, i: f32, j: f64,
                    k: char, l: bool, m: String, n: Vec<u32>, o: Point, p: Option<u8>) -> (String, u64, f64, Vec<u32>) {
                self.saw(((a, b, c, d, e, f, g, h), (i, j, k, l, &m, &n, o, p)));
                (format!("{m}{a}{b}{c}{d}{e}{f}{k}{l}{p:?}{}{}", o.x, o.y), g.wrapping_add(h as u64), i as f64 + j, n)
            }
        }
    };
}

echo! {
    echo_bool: bool; echo_s8: i8; echo_u8: u8; echo_s16: i16; echo_u16: u16;
    echo_s32: i32; echo_u32: u32; echo_s64: i64; echo_u64: u64; echo_f32: f32; echo_f64: f64;
    echo_char: char; echo_string: String; echo_alias: String;
    echo_list_u8: Vec<u8>; echo_list_u64: Vec<u64>; echo_list_f32: Vec<f32>;
    echo_list_bool: Vec<bool>; echo_list_char: Vec<char>; echo_list_string: Vec<String>;
    echo_point: Point; echo_item: Item; echo_items: Vec<Item>; echo_color: Color;
    echo_perms: Perms; echo_wide: Wide; echo_shape: Shape; echo_shapes: Vec<Shape>;
    echo_tuple: (u32, String, f64);
    echo_opt_string: Option<String>; echo_opt_opt: Option<Option<u32>>;
    echo_list_opt_item: Vec<Option<Item>>; echo_result_unit: Result<(), ()>;
    echo_result_ok: Result<u32, ()>; echo_result_err: Result<(), String>;
    echo_result_both: Result<Vec<Shape>, String>; echo_fallible: Result<f32, MyError>;
    echo_opt_f32_s64: Option<Result<f32, i64>>;
}

impl TypesWorldImports for Host {
    fn log(&mut self, msg: String) {
        self.logs.push(msg);
    }
}

impl inline_iface::Host for Host {
    fn ping(&mut self, x: u32) -> u32 {
        x + 40
    }
}

impl test::dep1_0_0::api::Host for Host {
    fn version(&mut self) -> String {
        "one".to_string()
    }
}

impl test::dep2_0_0::api::Host for Host {
    fn version(&mut self) -> String {
        "two".to_string()
    }
    fn add(&mut self, a: u32, b: u32) -> u32 {
        a + b
    }
}

struct Harness {
    store: Store<Host>,
    world: TypesWorld,
}

fn harness() -> Harness {
    let (mut store, mut linker) = store_and_linker(Host::default());
    TypesWorld::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    let world = TypesWorld::instantiate(&mut store, &component("guest_types"), &linker).unwrap();
    Harness { store, world }
}

impl Harness {
    fn rt(&self) -> &Rt {
        self.world.test_types_roundtrip()
    }

    /// Sends `v` through the export and asserts what came back and what the
    /// host's import saw.
    fn check<T: Debug + PartialEq + Clone>(
        &mut self,
        v: T,
        call: impl Fn(&Rt, &mut Store<Host>, T) -> wasmtime::Result<T>,
    ) {
        self.store.data_mut().seen.clear();
        let rt = self.world.test_types_roundtrip().clone();
        let out = call(&rt, &mut self.store, v.clone()).unwrap();
        assert_eq!(out, v, "export result");
        assert_eq!(self.store.data().seen, vec![format!("{v:?}")], "import argument");
    }
}

fn item(n: usize) -> Item {
    Item {
        name: format!("item-{n}-ünïcödé-🦀"),
        tags: (0..n % 4).map(|i| format!("t{i}")).collect(),
        at: Point { x: -(n as i32), y: n as i32 * 3 },
        score: if n.is_multiple_of(2) { Some(n as f64 / 3.0) } else { None },
    }
}

#[test]
fn scalars_at_their_bounds() {
    let mut h = harness();
    for v in [true, false] {
        h.check(v, |r, s, v| r.call_echo_bool(s, v));
    }
    for v in [i8::MIN, -1, 0, i8::MAX] {
        h.check(v, |r, s, v| r.call_echo_s8(s, v));
    }
    for v in [0, 1, u8::MAX] {
        h.check(v, |r, s, v| r.call_echo_u8(s, v));
    }
    for v in [i16::MIN, -1, i16::MAX] {
        h.check(v, |r, s, v| r.call_echo_s16(s, v));
    }
    for v in [0, u16::MAX] {
        h.check(v, |r, s, v| r.call_echo_u16(s, v));
    }
    for v in [i32::MIN, -1, 0, i32::MAX] {
        h.check(v, |r, s, v| r.call_echo_s32(s, v));
    }
    for v in [0, 1 << 31, u32::MAX] {
        h.check(v, |r, s, v| r.call_echo_u32(s, v));
    }
    for v in [i64::MIN, -1, i64::MAX] {
        h.check(v, |r, s, v| r.call_echo_s64(s, v));
    }
    for v in [0, 1 << 63, u64::MAX] {
        h.check(v, |r, s, v| r.call_echo_u64(s, v));
    }
    for v in ['\0', 'a', 'é', '\u{D7FF}', '\u{E000}', '🦀', '\u{10FFFF}'] {
        h.check(v, |r, s, v| r.call_echo_char(s, v));
    }
}

#[test]
fn floats_keep_their_bits() {
    let mut h = harness();
    for v in [0.0f32, -0.0, 1.5, f32::MIN, f32::MAX, f32::MIN_POSITIVE, f32::INFINITY, f32::NEG_INFINITY] {
        let rt = h.rt().clone();
        let out = rt.call_echo_f32(&mut h.store, v).unwrap();
        assert_eq!(out.to_bits(), v.to_bits());
    }
    for v in [0.0f64, -0.0, 2.5, f64::MIN, f64::MAX, f64::EPSILON, f64::INFINITY, f64::NEG_INFINITY] {
        let rt = h.rt().clone();
        let out = rt.call_echo_f64(&mut h.store, v).unwrap();
        assert_eq!(out.to_bits(), v.to_bits());
    }
    let rt = h.rt().clone();
    assert!(rt.call_echo_f32(&mut h.store, f32::NAN).unwrap().is_nan());
    assert!(rt.call_echo_f64(&mut h.store, f64::NAN).unwrap().is_nan());
    h.store.data_mut().seen.clear();
    assert!(rt.call_echo_f64(&mut h.store, -f64::NAN).unwrap().is_nan());
    assert_eq!(h.store.data().seen, vec!["NaN".to_string()]);
}

#[test]
fn strings_empty_unicode_and_large() {
    let mut h = harness();
    for v in ["", "a", "héllo wörld", "日本語 🦀 \u{10FFFF}", "\0inner\0nul"] {
        h.check(v.to_string(), |r, s, v| r.call_echo_string(s, &v));
        h.check(v.to_string(), |r, s, v| r.call_echo_alias(s, &v));
    }
    let big: String = "ab€🦀".repeat(1 << 18);
    assert!(big.len() >= 1 << 20);
    let rt = h.rt().clone();
    h.store.data_mut().seen.clear();
    assert_eq!(rt.call_echo_string(&mut h.store, &big).unwrap(), big);
    assert_eq!(h.store.data().seen.len(), 1);
    assert_eq!(h.store.data().seen[0].len(), format!("{big:?}").len());
}

#[test]
fn lists_of_scalars() {
    let mut h = harness();
    h.check(vec![], |r, s, v: Vec<u8>| r.call_echo_list_u8(s, &v));
    h.check((0..=255).collect(), |r, s, v: Vec<u8>| r.call_echo_list_u8(s, &v));
    h.check(vec![0, u64::MAX, 1 << 40], |r, s, v: Vec<u64>| r.call_echo_list_u64(s, &v));
    h.check(vec![1.5, -0.25, f32::MAX], |r, s, v: Vec<f32>| r.call_echo_list_f32(s, &v));
    h.check(vec![true, false, true], |r, s, v: Vec<bool>| r.call_echo_list_bool(s, &v));
    h.check(vec!['a', '🦀', '\u{10FFFF}'], |r, s, v: Vec<char>| r.call_echo_list_char(s, &v));
    h.check(vec![], |r, s, v: Vec<String>| r.call_echo_list_string(s, &v));
    h.check(vec!["".into(), "x".into(), "ünï".into()], |r, s, v: Vec<String>| r.call_echo_list_string(s, &v));
    // 1 MiB both ways, without the debug formatting of a megabyte in the check.
    let big: Vec<u8> = (0..1 << 20).map(|i| (i * 7) as u8).collect();
    let rt = h.rt().clone();
    assert_eq!(rt.call_echo_list_u8(&mut h.store, &big).unwrap(), big);
    let big64: Vec<u64> = (0..1 << 17).map(|i| i * 0x1_0000_0001).collect();
    assert_eq!(rt.call_echo_list_u64(&mut h.store, &big64).unwrap(), big64);
}

#[test]
fn records_enums_flags() {
    let mut h = harness();
    h.check(Point { x: i32::MIN, y: i32::MAX }, |r, s, v| r.call_echo_point(s, v));
    for n in 0..4 {
        h.check(item(n), |r, s, v| r.call_echo_item(s, &v));
    }
    h.check((0..50).map(item).collect(), |r, s, v: Vec<Item>| r.call_echo_items(s, &v));
    h.check(vec![], |r, s, v: Vec<Item>| r.call_echo_items(s, &v));
    for c in [Color::Red, Color::Green, Color::Blue] {
        h.check(c, |r, s, v| r.call_echo_color(s, v));
    }
    for p in [Perms::empty(), Perms::READ, Perms::WRITE | Perms::EXEC, Perms::all()] {
        h.check(p, |r, s, v| r.call_echo_perms(s, v));
    }
    for w in [Wide::empty(), Wide::B0, Wide::B31, Wide::B7 | Wide::B16 | Wide::B31, Wide::all()] {
        h.check(w, |r, s, v| r.call_echo_wide(s, v));
    }
}

fn shapes() -> Vec<Shape> {
    vec![
        Shape::Circle(-2.5),
        Shape::Rect(Point { x: 1, y: -1 }),
        Shape::None,
        Shape::Label("a label ✓".to_string()),
        Shape::Big(u64::MAX),
        Shape::Pair((255, "pair".to_string())),
        Shape::Circle(f32::MAX),
    ]
}

#[test]
fn variants_options_results_tuples() {
    let mut h = harness();
    for s in shapes() {
        h.check(s, |r, st, v| r.call_echo_shape(st, &v));
    }
    h.check(shapes(), |r, s, v: Vec<Shape>| r.call_echo_shapes(s, &v));
    h.check((u32::MAX, "tuple".to_string(), -1.25), |r, s, v| r.call_echo_tuple(s, (v.0, &v.1, v.2)));
    for v in [None, Some(String::new()), Some("some".to_string())] {
        h.check(v, |r, s, v| r.call_echo_opt_string(s, v.as_deref()));
    }
    for v in [None, Some(None), Some(Some(0)), Some(Some(u32::MAX))] {
        h.check(v, |r, s, v| r.call_echo_opt_opt(s, v));
    }
    h.check(vec![None, Some(item(1)), None, Some(item(2))], |r, s, v: Vec<Option<Item>>| {
        r.call_echo_list_opt_item(s, &v)
    });
    for v in [Ok(()), Err(())] {
        h.check(v, |r, s, v| r.call_echo_result_unit(s, v));
    }
    for v in [Ok(7), Err(())] {
        h.check(v, |r, s, v| r.call_echo_result_ok(s, v));
    }
    for v in [Ok(()), Err("bad".to_string())] {
        h.check(v, |r, s, v| r.call_echo_result_err(s, v.as_ref().map(|_| ()).map_err(|e| e.as_str())));
    }
    for v in [Ok(shapes()), Ok(vec![]), Err("nope".to_string())] {
        h.check(v, |r, s, v| r.call_echo_result_both(s, v.as_ref().map(|v| v.as_slice()).map_err(|e| e.as_str())));
    }
    for v in [Ok(1.5), Err(MyError::Bad), Err(MyError::Worse("worse".to_string()))] {
        h.check(v, |r, s, v| r.call_echo_fallible(s, v.as_ref().map(|f| *f)));
    }
    for v in [None, Some(Ok(-0.5)), Some(Err(i64::MIN)), Some(Err(i64::MAX))] {
        h.check(v, |r, s, v| r.call_echo_opt_f32_s64(s, v));
    }
}

#[test]
fn more_than_sixteen_flat_params() {
    let mut h = harness();
    let rt = h.rt().clone();
    let o = Point { x: 3, y: -4 };
    let out = rt
        .call_many(&mut h.store, 1, -2, 3, -4, 5, -6, 1 << 40, -7, 0.5, 0.25, 'z', true, "mé", &[9, 8, 7], o, Some(9))
        .unwrap();
    assert_eq!(
        out,
        ("mé1-23-45-6ztrueSome(9)3-4".to_string(), (1u64 << 40).wrapping_add(-7i64 as u64), 0.75, vec![9, 8, 7])
    );
    let seen = &h.store.data().seen;
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0],
        format!(
            "{:?}",
            (
                (1u8, -2i8, 3u16, -4i16, 5u32, -6i32, 1u64 << 40, -7i64),
                (0.5f32, 0.25f64, 'z', true, &"mé".to_string(), &vec![9u32, 8, 7], o, Some(9u8))
            )
        )
    );
}

#[test]
fn world_level_functions_types_and_versions() {
    let mut h = harness();
    let w = &h.world;
    let stats = w.call_stats(&mut h.store).unwrap();
    assert_eq!(stats.label, "types");
    assert_eq!(h.store.data().logs, vec!["stats called".to_string()]);
    let v = h.world.call_versions(&mut h.store).unwrap();
    assert_eq!(v, vec!["one".to_string(), "two".to_string(), "43".to_string()]);
    assert_eq!(h.world.call_hello(&mut h.store, "wit").unwrap(), "hello, wit");
}

#[test]
fn no_leaks_after_ten_thousand_calls() {
    let mut h = harness();
    let rt = h.rt().clone();
    // Warm up: first calls allocate lazily-initialised state in std.
    rt.call_echo_string(&mut h.store, "warm").unwrap();
    rt.call_echo_items(&mut h.store, &vec![item(3)]).unwrap();
    let before = h.world.call_heap_live(&mut h.store).unwrap();
    let items: Vec<Item> = (0..4).map(item).collect();
    let bytes: Vec<u8> = (0..300).map(|i| i as u8).collect();
    let rounds = wit_guest_tests::soak_rounds();
    for i in 0..rounds {
        let s = format!("string {i} ✓");
        assert_eq!(rt.call_echo_string(&mut h.store, &s).unwrap(), s);
        assert_eq!(rt.call_echo_list_u8(&mut h.store, &bytes).unwrap().len(), 300);
        if i % 10 == 0 {
            assert_eq!(rt.call_echo_items(&mut h.store, &items).unwrap(), items);
            assert_eq!(rt.call_echo_shapes(&mut h.store, &shapes()).unwrap(), shapes());
            let strings = vec![s.clone(), String::new(), "x".to_string()];
            assert_eq!(rt.call_echo_list_string(&mut h.store, &strings).unwrap(), strings);
            assert_eq!(rt.call_echo_opt_string(&mut h.store, Some(&s)).unwrap().as_deref(), Some(&*s));
            assert_eq!(rt.call_echo_tuple(&mut h.store, (i, &s, 0.5)).unwrap(), (i, s.clone(), 0.5));
        }
        h.store.data_mut().seen.clear();
    }
    let after = h.world.call_heap_live(&mut h.store).unwrap();
    wit_guest_tests::soak_report(
        "types (strings, lists, records with lists, variants)",
        rounds,
        before,
        after,
        "no handles",
    );
    assert_eq!(after, before, "guest heap grew by {} bytes", after - before);
}

/// `map<K, V>` and fixed-length `list<T, N>` (runtime features of the
/// component model), in every position and nested, through the same
/// forward-and-echo scheme.
mod maps {
    use std::any::Any;
    use std::collections::HashMap;
    use std::fmt::Debug;

    use wasmtime::Store;
    use wasmtime::component::HasSelf;
    use wasmtime_wasi::{WasiCtxView, WasiView};
    use wit_guest_tests::{Wasi, component, store_and_linker};

    wasmtime::component::bindgen!({
        path: "guests/maps/wit",
        world: "maps-world",
        additional_derives: [PartialEq],
    });

    use exports::test::maps::m::Guest as M;
    use test::maps::t::{Entry, Inventory, Slot};

    #[derive(Default)]
    struct Host {
        wasi: Wasi,
        /// Each import argument as received (maps compare regardless of order).
        seen: Vec<Box<dyn Any + Send>>,
    }

    impl WasiView for Host {
        fn ctx(&mut self) -> WasiCtxView<'_> {
            self.wasi.view()
        }
    }

    impl test::maps::t::Host for Host {}

    macro_rules! echo {
        ($($name:ident: $t:ty;)*) => {
            impl test::maps::m::Host for Host {
                $(fn $name(&mut self, x: $t) -> $t { self.seen.push(Box::new(x.clone())); x })*
            }
        };
    }

    echo! {
        echo_map: HashMap<String, u32>;
        echo_ages: HashMap<String, u8>;
        echo_nested: HashMap<u32, Vec<Entry>>;
        echo_opt_map: Option<HashMap<String, Option<String>>>;
        echo_map_of_maps: HashMap<String, HashMap<u64, f64>>;
        echo_inventory: Inventory;
        echo_fixed_u8: [u8; 4];
        echo_triple: [i16; 3];
        echo_fixed_strings: [String; 2];
        echo_fixed_big: [u32; 20];
        echo_fixed_entries: [Entry; 2];
        echo_list_of_fixed: Vec<[f32; 3]>;
        echo_opt_fixed: Option<[String; 2]>;
        echo_slots: Vec<Slot>;
    }

    struct Harness {
        store: Store<Host>,
        world: MapsWorld,
    }

    fn harness() -> Harness {
        let (mut store, mut linker) = store_and_linker(Host::default());
        MapsWorld::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
        let world = MapsWorld::instantiate(&mut store, &component("guest_maps"), &linker).unwrap();
        Harness { store, world }
    }

    impl Harness {
        fn check<T: Debug + PartialEq + Clone + 'static>(
            &mut self,
            v: T,
            call: impl Fn(&M, &mut Store<Host>, T) -> wasmtime::Result<T>,
        ) {
            self.store.data_mut().seen.clear();
            let m = self.world.test_maps_m().clone();
            let out = call(&m, &mut self.store, v.clone()).unwrap();
            assert_eq!(out, v, "export result");
            self.saw(&v);
        }

        /// Asserts the host's import received exactly `v`.
        fn saw<T: Debug + PartialEq + 'static>(&mut self, v: &T) {
            let seen = std::mem::take(&mut self.store.data_mut().seen);
            assert_eq!(seen.len(), 1, "one import call");
            assert_eq!(seen[0].downcast_ref::<T>(), Some(v), "import argument");
        }

        fn heap(&mut self) -> i64 {
            self.world.call_heap_live(&mut self.store).unwrap()
        }
    }

    fn entry(n: u32) -> Entry {
        Entry { name: format!("e{n}-ü"), tags: (0..n % 3).map(|i| format!("tag{i}")).collect() }
    }

    /// The borrowed form wasmtime's export calls take.
    fn strs(m: &HashMap<String, u32>) -> HashMap<&str, u32> {
        m.iter().map(|(k, v)| (k.as_str(), *v)).collect()
    }

    fn strings(n: usize) -> HashMap<String, u32> {
        (0..n).map(|i| (format!("key-{i}-🦀"), i as u32 * 7)).collect()
    }

    #[test]
    fn maps_in_every_position() {
        let mut h = harness();
        for n in [0, 1, 5, 1000] {
            h.check(strings(n), |m, s, v| m.call_echo_map(s, strs(&v)));
        }
        h.check(HashMap::from([("ann".to_string(), 7u8), ("bob".to_string(), 255)]), |m, s, v| m.call_echo_ages(s, &v));
        let nested: HashMap<u32, Vec<Entry>> = (0..4).map(|k| (k * 1000, (0..k).map(entry).collect())).collect();
        h.check(nested, |m, s, v| m.call_echo_nested(s, v.iter().map(|(k, e)| (*k, e.as_slice())).collect()));
        h.check(None::<HashMap<String, Option<String>>>, |m, s, v| {
            m.call_echo_opt_map(s, v.as_ref().map(|o| o.iter().map(|(k, x)| (k.as_str(), x.as_deref())).collect()))
        });
        h.check(Some(HashMap::<String, Option<String>>::new()), |m, s, v| {
            m.call_echo_opt_map(s, v.as_ref().map(|o| o.iter().map(|(k, x)| (k.as_str(), x.as_deref())).collect()))
        });
        let opt: HashMap<String, Option<String>> =
            HashMap::from([("a".into(), None), ("b".into(), Some(String::new())), ("".into(), Some("x".repeat(100)))]);
        h.check(Some(opt), |m, s, v| {
            m.call_echo_opt_map(s, v.as_ref().map(|o| o.iter().map(|(k, x)| (k.as_str(), x.as_deref())).collect()))
        });
        let mm: HashMap<String, HashMap<u64, f64>> = HashMap::from([
            ("empty".into(), HashMap::new()),
            ("full".into(), HashMap::from([(0, -0.5), (u64::MAX, f64::MAX), (7, 1e-300)])),
        ]);
        h.check(mm, |m, s, v| m.call_echo_map_of_maps(s, v.iter().map(|(k, x)| (k.as_str(), x.clone())).collect()));
        let slots = vec![
            Slot::Empty,
            Slot::Pair([u64::MAX, 1]),
            Slot::Named(HashMap::from([('é', "accent".into()), ('🦀', "crab".into())])),
            Slot::Named(HashMap::new()),
        ];
        h.check(slots, |m, s, v| m.call_echo_slots(s, &v));
    }

    #[test]
    fn fixed_length_lists_in_every_position() {
        let mut h = harness();
        h.check([0u8, 1, 127, 255], |m, s, v| m.call_echo_fixed_u8(s, v));
        h.check([i16::MIN, -1, i16::MAX], |m, s, v| m.call_echo_triple(s, v));
        h.check(["".to_string(), "two ✓".repeat(50)], |m, s, v| {
            m.call_echo_fixed_strings(s, v.each_ref().map(|s| s.as_str()))
        });
        // 20 flat values: spilled to memory both ways, lifted with a loop.
        let big: [u32; 20] = std::array::from_fn(|i| (i as u32).wrapping_mul(0x9E37_79B9));
        h.check(big, |m, s, v| m.call_echo_fixed_big(s, v));
        h.check([entry(0), entry(2)], |m, s, v| m.call_echo_fixed_entries(s, v.each_ref()));
        let lists: Vec<[f32; 3]> = (0..100).map(|i| [i as f32, -(i as f32), f32::MAX]).collect();
        h.check(lists, |m, s, v| m.call_echo_list_of_fixed(s, &v));
        h.check(Vec::new(), |m, s, v| m.call_echo_list_of_fixed(s, &v));
        h.check(None::<[String; 2]>, |m, s, v| {
            m.call_echo_opt_fixed(s, v.as_ref().map(|a| a.each_ref().map(|s| s.as_str())))
        });
        h.check(Some(["a".to_string(), "b".to_string()]), |m, s, v| {
            m.call_echo_opt_fixed(s, v.as_ref().map(|a| a.each_ref().map(|s| s.as_str())))
        });
        let inv = Inventory {
            counts: HashMap::from([("apples".into(), 3), ("pears".into(), 0)]),
            grid: [1, 2, 3],
            names: ["first".into(), "second".into()],
        };
        h.check(inv, |m, s, v| m.call_echo_inventory(s, &v));
    }

    #[test]
    fn map_type_hashmap_bindings_cross_the_same_import() {
        let mut h = harness();
        h.store.data_mut().seen.clear();
        let v = strings(50);
        let out = h.world.call_via_hash(&mut h.store, strs(&v)).unwrap();
        assert_eq!(out, v);
        h.saw(&v);
    }

    #[test]
    fn maps_and_fixed_lists_leave_no_garbage() {
        let mut h = harness();
        let v = strings(20);
        let inv = Inventory { counts: strings(3), grid: [9, 8, 7], names: ["x".into(), "y".into()] };
        // Warm up: first calls may grow the guest's allocator state.
        let m = h.world.test_maps_m().clone();
        m.call_echo_map(&mut h.store, strs(&v)).unwrap();
        m.call_echo_inventory(&mut h.store, &inv).unwrap();
        let before = h.heap();
        for _ in 0..500 {
            m.call_echo_map(&mut h.store, strs(&v)).unwrap();
            m.call_echo_inventory(&mut h.store, &inv).unwrap();
            m.call_echo_fixed_strings(&mut h.store, ["a", "b"]).unwrap();
            h.world.call_via_hash(&mut h.store, strs(&v)).unwrap();
            h.store.data_mut().seen.clear();
        }
        assert_eq!(h.heap(), before);
    }
}
