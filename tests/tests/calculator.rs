//! The calculator example (`examples/calculator`): each component alone, with
//! the host standing in for its neighbours, then composed with wasm-compose
//! and run as a command.

use calculator_host::{ADDER, Op, compose_app, eval, run_command};
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

mod calculator_world {
    wasmtime::component::bindgen!({ path: "../examples/calculator/wit", world: "calculator" });
}

mod adder_world {
    wasmtime::component::bindgen!({ path: "../examples/calculator/wit", world: "adder" });
}

use calculator_world::exports::docs::calculator::calculate::Op as GuestOp;

/// Stands in for the adder: records each call.
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

impl calculator_world::docs::calculator::add::Host for Host {
    fn add(&mut self, x: u32, y: u32) -> u32 {
        self.adds.push((x, y));
        x + y
    }
}

#[test]
fn calculator_delegates_addition_to_its_import() {
    let (mut store, mut linker) = store_and_linker(Host::default());
    calculator_world::Calculator::add_to_linker::<_, wasmtime::component::HasSelf<Host>>(&mut linker, |h| h).unwrap();
    let calc = calculator_world::Calculator::instantiate(&mut store, &component("calc_calculator"), &linker).unwrap();
    let iface = calc.docs_calculator_calculate();
    let mut eval = |op, x, y| iface.call_eval_expression(&mut store, op, x, y).unwrap();

    assert_eq!(eval(GuestOp::Add, 1, 2), Ok(3));
    assert_eq!(eval(GuestOp::Sub, 10, 4), Ok(6));
    assert_eq!(eval(GuestOp::Mul, 6, 7), Ok(42));
    assert_eq!(eval(GuestOp::Div, 7, 2), Ok(3));
    assert_eq!(eval(GuestOp::Div, 7, 0), Err("7 / 0: division by zero".to_string()));
    assert_eq!(eval(GuestOp::Sub, 1, 2), Err("1 - 2 is negative".to_string()));
    assert_eq!(eval(GuestOp::Mul, u32::MAX, 2), Err(format!("{} * 2 overflows u32", u32::MAX)));
    assert_eq!(eval(GuestOp::Add, u32::MAX, 1), Err(format!("{} + 1 overflows u32", u32::MAX)));
    // Only the in-range addition reached the adder.
    assert_eq!(store.data().adds, [(1, 2)]);
}

#[test]
fn adder_adds_and_wraps() {
    let (mut store, linker) = store_and_linker(Host::default());
    let adder = adder_world::Adder::instantiate(&mut store, &component("calc_adder"), &linker).unwrap();
    let add = adder.docs_calculator_add();
    assert_eq!(add.call_add(&mut store, 1, 2).unwrap(), 3);
    assert_eq!(add.call_add(&mut store, u32::MAX, 1).unwrap(), 0);
}

#[test]
fn composed_calculator_evaluates() {
    let (calculator, _) = compose_app(ADDER, "-test-eval").unwrap();
    assert_eq!(eval(&calculator, Op::Add, 20, 22).unwrap(), Ok(42));
    assert_eq!(eval(&calculator, Op::Div, 1, 0).unwrap(), Err("1 / 0: division by zero".to_string()));
}

#[test]
fn composed_command_prints_results() {
    let (_, app) = compose_app(ADDER, "-test-run").unwrap();
    let run = |args: &[&str]| run_command(&app, args).unwrap();

    let out = run(&["1", "2", "add"]);
    assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.code), ("1 + 2 = 3\n", "", 0));
    assert_eq!(run(&["9", "4", "sub"]).stdout, "9 - 4 = 5\n");
    assert_eq!(run(&["6", "7", "mul"]).stdout, "6 * 7 = 42\n");
    assert_eq!(run(&["9", "2", "div"]).stdout, "9 / 2 = 4\n");

    let out = run(&["7", "0", "div"]);
    assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.code), ("", "7 / 0: division by zero\n", 1));
    let out = run(&["1", "2", "sub"]);
    assert_eq!((out.stderr.as_str(), out.code), ("1 - 2 is negative\n", 1));
    let out = run(&["1", "2", "pow"]);
    assert!(out.stderr.starts_with("unknown operation `pow`"), "{out:?}");
    assert_eq!(out.code, 1);
    let out = run(&["1"]);
    assert_eq!((out.stderr.as_str(), out.code), ("usage: calc-command X Y add|sub|mul|div\n", 1));
}
