//! Guests built for other targets than `wasm32-wasip2`, made components
//! with wit-component and run in wasmtime: `wasm32-unknown-unknown` (no
//! WASI at all) and `wasm32-wasip1` (with wasmtime 48's WASI preview 1
//! adapter). The guest is `tests/guests/hostile`, here with valid values.

use wasmtime::component::{Component, HasSelf};
use wit_component::ComponentEncoder;
use wit_guest_tests::{Wasi, engine, store_and_linker, target_dir};

wasmtime::component::bindgen!({ path: "guests/hostile/wit", world: "hostile" });

impl HostileImports for Wasi {
    fn give_string(&mut self) -> String {
        "naïve".to_string()
    }
    fn give_bytes(&mut self) -> Vec<u64> {
        vec![1, 2, u64::MAX - 3]
    }
    fn give_char(&mut self) -> char {
        '😀'
    }
}

fn run(target: &str, adapter: Option<&[u8]>) {
    let path = target_dir().join(format!("{target}/debug/guest_hostile.wasm"));
    let module = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}: run `cargo xtask guests`", path.display()));
    let mut encoder = ComponentEncoder::default().module(&module).unwrap().validate(true);
    if let Some(adapter) = adapter {
        encoder = encoder.adapter("wasi_snapshot_preview1", adapter).unwrap();
    }
    let component = Component::new(engine(), encoder.encode().unwrap()).unwrap();
    let (mut store, mut linker) = store_and_linker(Wasi::default());
    Hostile::add_to_linker::<_, HasSelf<Wasi>>(&mut linker, |h| h).unwrap();
    let g = Hostile::instantiate(&mut store, &component, &linker).unwrap();
    let s = &mut store;
    assert_eq!(g.call_take_string(&mut *s, "héllo").unwrap(), 6, "{target}");
    assert_eq!(g.call_take_list(&mut *s, &[1, 2, 3]).unwrap(), 6, "{target}");
    assert_eq!(g.call_take_char(&mut *s, 'é').unwrap(), 0xe9, "{target}");
    assert_eq!(g.call_take_bool(&mut *s, true).unwrap(), 1, "{target}");
    assert_eq!(g.call_take_color(&mut *s, Color::Blue).unwrap(), 2, "{target}");
    assert_eq!(g.call_take_perms(&mut *s, Perms::READ | Perms::WRITE).unwrap(), 3, "{target}");
    assert_eq!(g.call_take_maybe(&mut *s, Some("abc")).unwrap(), 4, "{target}");
    assert_eq!(g.call_take_maybe(&mut *s, None).unwrap(), 0, "{target}");
    assert_eq!(g.call_call_give_string(&mut *s).unwrap(), 6, "{target}");
    assert_eq!(g.call_call_give_bytes(&mut *s).unwrap(), u64::MAX, "{target}");
    assert_eq!(g.call_call_give_char(&mut *s).unwrap(), 0x1f600, "{target}");
}

#[test]
fn a_wasm32_unknown_unknown_guest_runs_as_a_component() {
    run("wasm32-unknown-unknown", None);
}

#[test]
fn a_wasm32_wasip1_guest_runs_through_the_preview1_adapter() {
    run("wasm32-wasip1", Some(wasi_preview1_component_adapter_provider::WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER));
}
