//! Components written the cargo-component way (`component::generate!()` and
//! `[package.metadata.component]`), run in wasmtime.

use wasmtime::component::HasSelf;
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

mod calculator {
    wasmtime::component::bindgen!({
        path: ["../examples/cargo-component/adder/wit", "../examples/cargo-component/calculator/wit/calculator.wit"],
        world: "docs:calculator/calculator",
    });
}
mod adder {
    wasmtime::component::bindgen!({ path: "../examples/cargo-component/adder/wit", world: "adder" });
}

#[derive(Default)]
struct Host {
    wasi: Wasi,
    adds: Vec<(u32, u32)>,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl calculator::docs::adder::add::Host for Host {
    fn add(&mut self, x: u32, y: u32) -> u32 {
        self.adds.push((x, y));
        x + y
    }
}

#[test]
fn calculator_from_metadata_calls_the_imported_adder() {
    let (mut store, mut linker) = store_and_linker(Host::default());
    calculator::Calculator::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    let c = calculator::Calculator::instantiate(&mut store, &component("cc_calculator"), &linker).unwrap();
    let calc = c.docs_calculator_calculate();
    use calculator::exports::docs::calculator::calculate::Op;
    assert_eq!(calc.call_eval_expression(&mut store, Op::Add, 1, 2).unwrap(), Ok(3));
    assert_eq!(calc.call_eval_expression(&mut store, Op::Sub, 1, 2).unwrap(), Err("1 - 2 is negative".to_string()));
    assert_eq!(store.data().adds, vec![(1, 2)]);
}

#[test]
fn adder_from_metadata_is_exported_without_export_macro() {
    let (mut store, linker) = store_and_linker(Host::default());
    let a = adder::Adder::instantiate(&mut store, &component("cc_adder"), &linker).unwrap();
    assert_eq!(a.docs_adder_add().call_add(&mut store, 40, 2).unwrap(), 42);
}
