//! `generate!` options that change what runs: `with`, `raw_strings`,
//! `stubs`, and bindings exported from another crate (`pub_export_macro`,
//! `default_bindings_module`, `export_macro_name`).

use wasmtime::component::HasSelf;
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{component, store_and_linker, Wasi};

mod world {
    wasmtime::component::bindgen!({ path: "guests/options/wit", world: "options-world" });
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
        format!("{}:{m:?}", match v { Value::Num(n) => n.to_string(), Value::Text(t) => t })
    }
    fn skipped_fn(&mut self) -> u32 {
        unreachable!("the guest skipped this import")
    }
}

fn run_world(guest: &str) -> (world::OptionsWorld, wasmtime::Store<Host>) {
    let (mut store, mut linker) = store_and_linker(Host::default());
    let mut opts = world::LinkOptions::default();
    opts.experimental(true);
    world::OptionsWorld::add_to_linker::<_, HasSelf<Host>>(&mut linker, &opts, |h| h).unwrap();
    let w = world::OptionsWorld::instantiate(&mut store, &component(guest), &linker).unwrap();
    (w, store)
}

#[test]
fn with_maps_onto_other_bindings_and_raw_strings_pass_bytes() {
    let (w, mut store) = run_world("guest_options");
    let out = w.call_run(&mut store).unwrap();
    assert_eq!(out, "Point { x: 10, y: 20 } 3 4 t:Mode::Slow");
    assert_eq!(store.data().seen, vec!["Point { x: 1, y: 2 }".to_string(), "Value::Text(\"t\") Mode::Slow".to_string()]);
    let texts = w.test_options_texts();
    // Bytes, not chars: reversing "é" bytewise would not be UTF-8, and the host would refuse it.
    assert_eq!(texts.call_reverse(&mut store, "abc").unwrap(), "cba");
    assert!(texts.call_reverse(&mut store, "é").is_err());
}

#[test]
fn bindings_exported_from_another_crate() {
    let (w, mut store) = run_world("guest_lib_user");
    assert_eq!(w.call_run(&mut store).unwrap(), "lib Point { x: 50, y: 60 }");
    assert_eq!(w.test_options_texts().call_reverse(&mut store, "xyz").unwrap(), "zyx");
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
