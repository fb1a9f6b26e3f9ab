//! Interoperability beyond wit-guest and wasmtime's bindgen:
//!
//! - the wit-guest calculator composed with an adder built by wit-bindgen 0.60
//!   (`examples/calculator/adder-wb`), run as a command;
//! - wit-guest components transpiled to JavaScript by jco and run in node.
//!
//! `cargo xtask test` installs jco into `target/jco` (see xtask's `jco`).

use std::path::{Path, PathBuf};
use std::process::Command;

use calculator_host::{ADDER_WIT_BINDGEN, Op, compose_app, eval, run_command};
use wit_guest_tests::{guest_wasm, target_dir};

#[test]
fn wit_guest_calculator_composes_with_wit_bindgen_adder() {
    let (calculator, app) = compose_app(ADDER_WIT_BINDGEN, "-wit-bindgen").unwrap();
    assert_eq!(eval(&calculator, Op::Add, 40, 2).unwrap(), Ok(42));
    let out = run_command(&app, &["40", "2", "add"]).unwrap();
    assert_eq!((out.stdout.as_str(), out.code), ("40 + 2 = 42\n", 0));
    let out = run_command(&app, &["4", "0", "div"]).unwrap();
    assert_eq!((out.stderr.as_str(), out.code), ("4 / 0: division by zero\n", 1));
}

/// Where xtask installed jco and its WASI shim.
fn jco_dir() -> PathBuf {
    let dir = target_dir().join("jco");
    assert!(
        dir.join("node_modules/@bytecodealliance/jco").is_dir()
            && dir.join("node_modules/@bytecodealliance/preview2-shim").is_dir(),
        "jco is not installed in {}: run `cargo xtask test` (or `cargo xtask jco`)",
        dir.display()
    );
    dir
}

/// Transpiles `wasm` to an ES module directory `out/` with jco.
fn transpile(jco: &Path, wasm: &Path, name: &str, out: &Path) {
    let status = Command::new("node")
        .arg(jco.join("node_modules/@bytecodealliance/jco/dist/jco.js"))
        .arg("transpile")
        .arg(wasm)
        .args(["--name", name, "--quiet", "-o"])
        .arg(out)
        .status()
        .expect("node runs (is node 18+ installed?)");
    assert!(status.success(), "jco transpile {} failed", wasm.display());
}

/// Runs an ES module script in node from `dir` (where jco's node_modules is)
/// and returns its stdout.
fn node(dir: &Path, script_name: &str, script: &str) -> String {
    let path = dir.join(script_name);
    std::fs::write(&path, script).unwrap();
    let out = Command::new("node").arg(&path).current_dir(dir).output().expect("node runs");
    assert!(
        out.status.success(),
        "node {} failed:\n{}{}",
        path.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn add_example_runs_in_node_via_jco() {
    let jco = jco_dir();
    let out = jco.join("out/add");
    transpile(&jco, &guest_wasm("add_guest"), "add", &out);
    let stdout = node(
        &jco,
        "add.mjs",
        "import { add } from './out/add/add.js';\n\
         console.log(`1 + 2 = ${add(1, 2)}`);\n\
         console.log(`-5 + 3 = ${add(-5, 3)}`);\n\
         console.log(`2147483647 + 1 = ${add(2147483647, 1)}`);\n",
    );
    assert_eq!(stdout, "1 + 2 = 3\n-5 + 3 = -2\n2147483647 + 1 = -2147483648\n");
}

#[test]
fn composed_calculator_runs_in_node_via_jco() {
    let jco = jco_dir();
    let (calculator, _) = compose_app(calculator_host::ADDER, "-jco").unwrap();
    let out = jco.join("out/calculator");
    transpile(&jco, &calculator, "calculator", &out);
    // An `err` result is thrown as a ComponentError whose payload is the string.
    let stdout = node(
        &jco,
        "calculator.mjs",
        "import { calculate } from './out/calculator/calculator.js';\n\
         console.log(calculate.evalExpression('add', 1, 2));\n\
         console.log(calculate.evalExpression('mul', 6, 7));\n\
         try { calculate.evalExpression('div', 1, 0); } catch (e) { console.log(`error: ${e.payload}`); }\n",
    );
    assert_eq!(stdout, "3\n42\nerror: 1 / 0: division by zero\n");
}
