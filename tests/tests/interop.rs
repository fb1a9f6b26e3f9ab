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

/// jco lowers a JavaScript `char` with `codePointAt(0)` and no range check,
/// so a lone surrogate from a JavaScript host reaches the guest as is: the
/// guest must trap (tests/guests/hostile, the core module made a component
/// here, debug and release builds). Strings cannot arrive malformed from
/// JavaScript: jco encodes them with `TextEncoder`, which turns a lone
/// surrogate into U+FFFD; that case runs too, and the guest sees 3 bytes.
#[test]
fn jco_hosts_lone_surrogates_trap_in_the_guest() {
    let jco = jco_dir();
    for profile in ["debug", "release"] {
        let path = target_dir().join(format!("wasm32-unknown-unknown/{profile}/guest_hostile.wasm"));
        let module =
            std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}: run `cargo xtask guests`", path.display()));
        let mut encoder = wit_component::ComponentEncoder::default().module(&module).unwrap().validate(true);
        let wasm = jco.join(format!("hostile-{profile}.wasm"));
        std::fs::write(&wasm, encoder.encode().unwrap()).unwrap();
        let name = format!("hostile-{profile}");
        let status = Command::new("node")
            .arg(jco.join("node_modules/@bytecodealliance/jco/dist/jco.js"))
            .arg("transpile")
            .arg(&wasm)
            .args(["--name", &name, "--quiet", "--instantiation", "sync", "-o"])
            .arg(jco.join("out").join(&name))
            .status()
            .expect("node runs");
        assert!(status.success(), "jco transpile {} failed", wasm.display());
        let script = HOSTILE_JS.replace("NAME", &name);
        let stdout = node(&jco, &format!("{name}.mjs"), &script);
        assert_eq!(
            stdout,
            "take-char é: 233\n\
             take-char 😀: 128512\n\
             take-char \\uD800: trap\n\
             take-char \\uDFFF: trap\n\
             give-char 😀: 128512\n\
             give-char \\uDBFF: trap\n\
             take-string a\\uD800b: 5\n\
             give-string \\uDC00: 3\n",
            "{profile}"
        );
    }
}

/// Each case on a fresh instance (a trap leaves an instance unusable).
const HOSTILE_JS: &str = r#"import { readFileSync } from 'node:fs';
import { instantiate } from './out/NAME/NAME.js';

const load = (file) => new WebAssembly.Module(readFileSync(new URL(`./out/NAME/${file}`, import.meta.url)));
const instance = (giveChar, giveString) => instantiate(load, {
  'give-string': { default: () => giveString },
  'give-bytes': { default: () => new BigUint64Array([1n]) },
  'give-char': { default: () => giveChar },
});
const show = (s) => s.replace(/[\uD800-\uDFFF]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
const run = (label, f) => {
  let out;
  try { out = f(); } catch (e) { out = e instanceof WebAssembly.RuntimeError ? 'trap' : `error ${e}`; }
  console.log(`${label}: ${out}`);
};
for (const c of ['é', '😀', '\uD800', '\uDFFF']) run(`take-char ${show(c)}`, () => instance('a', '').takeChar(c));
for (const c of ['😀', '\uDBFF']) run(`give-char ${show(c)}`, () => instance(c, '').callGiveChar());
run(`take-string ${show('a\uD800b')}`, () => instance('a', '').takeString('a\uD800b'));
run(`give-string ${show('\uDC00')}`, () => instance('a', '\uDC00').callGiveString());
"#;
