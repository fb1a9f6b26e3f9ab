//! Two crates of one component, each with its own `generate!` of the same
//! WIT interface (`tests/guests/overlap` and `overlap-lib`): the component
//! links, imports `test:overlap/log` once, and both crates' calls reach it.

use wasmtime::component::HasSelf;
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

wasmtime::component::bindgen!({ path: "guests/overlap/wit/shared.wit", world: "main" });

mod lib_world {
    wasmtime::component::bindgen!({ path: "guests/overlap/wit/shared.wit", world: "lib" });
}

#[derive(Default)]
struct Host {
    wasi: Wasi,
    logged: Vec<(u8, String)>,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl test::overlap::log::Host for Host {
    fn log(&mut self, e: test::overlap::log::Entry) -> u32 {
        self.logged.push((e.level, e.text));
        self.logged.len() as u32
    }
}

impl lib_world::clock::Host for Host {
    fn now(&mut self) -> u64 {
        1_700_000_000
    }
}

#[test]
fn two_crates_with_overlapping_bindings_share_one_component() {
    let (mut store, mut linker) = store_and_linker(Host::default());
    Main::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    lib_world::clock::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    let guest = Main::instantiate(&mut store, &component("guest_overlap"), &linker).unwrap();
    assert_eq!(guest.call_run(&mut store, "one").unwrap(), (1, 2, 1_700_000_000));
    assert_eq!(guest.call_run(&mut store, "twø").unwrap(), (3, 4, 1_700_000_000));
    let want = [(1, "main: one"), (2, "lib: one"), (1, "main: twø"), (2, "lib: twø")];
    let got: Vec<(u8, &str)> = store.data().logged.iter().map(|(l, t)| (*l, t.as_str())).collect();
    assert_eq!(got, want);
}
