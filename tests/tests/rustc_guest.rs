//! The guest built with plain `rustc` (`tests/rustc-guest`): no Cargo.toml,
//! the runtime renamed to `wit_bindgen` by `--extern`. It runs like any
//! other: the import is called, the exports' values cross both ways.

use wasmtime::component::HasSelf;
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

wasmtime::component::bindgen!({ path: "rustc-guest/rustc-guest.wit", world: "rustc-guest" });

#[derive(Default)]
struct Host {
    wasi: Wasi,
    asked: u32,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl RustcGuestImports for Host {
    fn host_name(&mut self) -> String {
        self.asked += 1;
        "wasmtime".to_string()
    }
}

#[test]
fn a_guest_built_by_plain_rustc_runs() {
    let (mut store, mut linker) = store_and_linker(Host::default());
    RustcGuest::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    let guest = RustcGuest::instantiate(&mut store, &component("rustc_guest"), &linker).unwrap();
    assert_eq!(guest.call_greet(&mut store, "Ada").unwrap(), "Hello, Ada, from wasmtime!");
    assert_eq!(guest.call_greet(&mut store, "").unwrap(), "Hello, , from wasmtime!");
    assert_eq!(store.data().asked, 2);
    let t = guest.call_tally_up(&mut store, &[1, 2, u32::MAX]).unwrap();
    assert_eq!((t.count, t.total), (3, 3 + u64::from(u32::MAX)));
    let t = guest.call_tally_up(&mut store, &[]).unwrap();
    assert_eq!((t.count, t.total), (0, 0));
}
