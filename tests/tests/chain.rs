//! `chainable_methods` (wit-bindgen 0.61's option) in its three forms, on
//! the same guest source built by wit-guest and by wit-bindgen 0.63
//! (`tests/guests/chain`): the host's builder sees the same calls.

use wasmtime::component::{HasSelf, Resource};
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

wasmtime::component::bindgen!({
    path: "guests/chain/wit",
    world: "chain",
    with: { "test:chain/builder.text-builder": Builder },
});

use test::chain::builder::{Host as BuilderHost, HostTextBuilder};

/// The host's value behind a `text-builder` handle.
pub struct Builder(String);

#[derive(Default)]
struct Host {
    wasi: Wasi,
    calls: Vec<String>,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl BuilderHost for Host {}

impl HostTextBuilder for Host {
    fn new(&mut self) -> Resource<Builder> {
        self.calls.push("new".into());
        self.wasi.table.push(Builder(String::new())).unwrap()
    }
    fn push(&mut self, b: Resource<Builder>, s: String) {
        self.calls.push(format!("push {s}"));
        self.wasi.table.get_mut(&b).unwrap().0.push_str(&s);
    }
    fn push_char(&mut self, b: Resource<Builder>, c: char) {
        self.calls.push(format!("push-char {c}"));
        self.wasi.table.get_mut(&b).unwrap().0.push(c);
    }
    fn clear(&mut self, b: Resource<Builder>) {
        self.calls.push("clear".into());
        self.wasi.table.get_mut(&b).unwrap().0.clear();
    }
    fn build(&mut self, b: Resource<Builder>) -> String {
        self.calls.push("build".into());
        self.wasi.table.get(&b).unwrap().0.clone()
    }
    fn drop(&mut self, b: Resource<Builder>) -> wasmtime::Result<()> {
        self.calls.push("drop".into());
        self.wasi.table.delete(b)?;
        Ok(())
    }
}

#[test]
fn chained_methods_behave_as_with_wit_bindgen_0_63() {
    for guest in ["guest_chain", "guest_chain_wb"] {
        let (mut store, mut linker) = store_and_linker(Host::default());
        Chain::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
        let chain = Chain::instantiate(&mut store, &component(guest), &linker).unwrap();
        assert_eq!(chain.call_run(&mut store).unwrap(), "abcd!?|xy", "{guest}");
        let calls = [
            "new",
            "push ab",
            "push cd",
            "push-char !",
            "push-char ?",
            "build",
            "clear",
            "push x",
            "push y",
            "build",
            "drop",
        ];
        assert_eq!(store.data().calls, calls, "{guest}");
    }
}
