//! Two semver-incompatible versions of the runtime in one component
//! (`tests/two-runtimes`: `wit-guest` 0.1 and the 2.0 copy xtask makes of
//! it): the component links, exports one `cabi_realloc` (from
//! `wit-guest-cabi`, which both versions share), and calls through both
//! runtimes' bindings carry strings and lists both ways.

use wasmtime::component::HasSelf;
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

wasmtime::component::bindgen!({ path: "two-runtimes/wit/two.wit", world: "both" });

#[derive(Default)]
struct Host {
    wasi: Wasi,
    greeted: Vec<String>,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl test::two::greet::Host for Host {
    fn greet(&mut self, name: String) -> String {
        self.greeted.push(name.clone());
        format!("hello, {name}!")
    }
}

#[test]
fn both_runtimes_bind_one_component() {
    let (mut store, mut linker) = store_and_linker(Host::default());
    Both::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    let guest = Both::instantiate(&mut store, &component("guest_two_runtimes"), &linker).unwrap();
    let shouted = guest.test_two_shout().call_shout(&mut store, "zoë").unwrap();
    assert_eq!(shouted, ["hello, zoë!", "hello, ZOË!"]);
    // "hello, ", the name (3 characters, 4 bytes), "!": 12 bytes, twice.
    assert_eq!(guest.call_count(&mut store, "zoë").unwrap(), 24);
    assert_eq!(store.data().greeted, ["zoë", "ZOË", "zoë", "zoë"]);
}

#[test]
fn the_core_module_exports_one_cabi_realloc() {
    let bytes = std::fs::read(wit_guest_tests::guest_wasm("guest_two_runtimes")).unwrap();
    let mut reallocs = 0;
    for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
        if let wasmparser::Payload::ExportSection(s) = payload.unwrap() {
            reallocs += s.into_iter().filter(|e| e.as_ref().unwrap().name == "cabi_realloc").count();
        }
    }
    assert_eq!(reallocs, 1, "one `cabi_realloc` exported by the core modules");
}
