//! The `add` example (`examples/add`): the host's command line run on the guest.

use wit_guest_tests::guest_wasm;

fn run(args: &[&str]) -> Result<String, String> {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    add_host::run(&args).map_err(|e| format!("{e:#}"))
}

#[test]
fn host_prints_the_sum() {
    let wasm = guest_wasm("add_guest");
    let wasm = wasm.to_str().unwrap();
    assert_eq!(run(&["1", "2", wasm]).unwrap(), "1 + 2 = 3");
    assert_eq!(run(&["-5", "3", wasm]).unwrap(), "-5 + 3 = -2");
    assert_eq!(run(&["2147483647", "1", wasm]).unwrap(), "2147483647 + 1 = -2147483648");
}

#[test]
fn host_reports_bad_arguments() {
    let wasm = guest_wasm("add_guest");
    let wasm = wasm.to_str().unwrap();
    assert_eq!(run(&["1", "2"]).unwrap_err(), "usage: add-host X Y path/to/add.wasm");
    assert!(run(&["one", "2", wasm]).unwrap_err().starts_with("`one` is not an s32"));
    assert!(run(&["1", "2", "/nonexistent/add.wasm"]).unwrap_err().starts_with("loading /nonexistent/add.wasm"));
}
