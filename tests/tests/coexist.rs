//! wit-guest beside the `wasip2`, `wasip3` and `wstd` crates (wit-bindgen
//! 0.62's, 0.63's and 0.57's runtimes) in one component (`tests/guests/coexist`): it links,
//! and calls through all three sets of bindings carry their values.

use wasmtime::Store;
use wasmtime::component::{HasSelf, Linker, ResourceTable};
use wasmtime_wasi::{Deterministic, WasiCtx, WasiCtxView, WasiView};
use wit_guest_tests::{component, engine};

wasmtime::component::bindgen!({
    inline: "
        package test:coexist;
        world coexist {
            import note: func(msg: string) -> list<string>;
            export mix: func(n: u32) -> tuple<list<u8>, u64, list<string>, list<string>>;
        }
    ",
    exports: { default: async },
});

struct Host {
    ctx: WasiCtx,
    table: ResourceTable,
    notes: Vec<String>,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.ctx, table: &mut self.table }
    }
}

impl CoexistImports for Host {
    fn note(&mut self, msg: String) -> Vec<String> {
        self.notes.push(msg.clone());
        vec![format!("noted: {msg}"), String::new(), "ünïcödé".to_string()]
    }
}

#[tokio::test]
async fn wit_guest_and_wit_bindgen_runtimes_share_one_component() {
    // Every "random" byte is 7, so the values are known.
    let ctx = WasiCtx::builder().args(&["coexist", "a b", "ç"]).secure_random(Deterministic::new(vec![7])).build();
    let mut store = Store::new(engine(), Host { ctx, table: ResourceTable::new(), notes: Vec::new() });
    store.set_fuel(u64::MAX).unwrap();
    let mut linker = Linker::new(engine());
    wasmtime_wasi::p2::add_to_linker_async(&mut linker).unwrap();
    wasmtime_wasi::p3::add_to_linker(&mut linker).unwrap();
    Coexist::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    let guest = Coexist::instantiate_async(&mut store, &component("guest_coexist"), &linker).await.unwrap();
    for n in [0u32, 1, 1000] {
        let (bytes, word, args, answer) = guest.call_mix(&mut store, n).await.unwrap();
        assert_eq!(bytes, vec![7u8; n as usize + 2]);
        assert_eq!(word, 0x0707_0707_0707_0707);
        assert_eq!(args, ["coexist", "a b", "ç"]);
        let msg = format!("{} bytes, 3 arguments", n + 2);
        assert_eq!(answer, [format!("noted: {msg}"), String::new(), "ünïcödé".to_string()]);
    }
    assert_eq!(store.data().notes, ["2 bytes, 3 arguments", "3 bytes, 3 arguments", "1002 bytes, 3 arguments"]);
}

/// README's "Switching from wit-bindgen" shows this guest's code: it must be
/// the code compiled and run above, word for word.
#[test]
fn the_readme_shows_this_guests_code() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let source = std::fs::read_to_string(root.join("tests/guests/coexist/src/lib.rs")).unwrap();
    let shown = readme
        .split("```rust,ignore\n")
        .filter_map(|rest| rest.split("```").next())
        .find(|block| block.contains("fn mix("))
        .expect("README shows `fn mix` in a rust,ignore block");
    assert!(source.contains(shown), "README's snippet is not in the guest:\n{shown}");
}
