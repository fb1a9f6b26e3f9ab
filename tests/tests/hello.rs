//! The greeter example (`examples/hello`): the export's results and the
//! import it calls.

use wasmtime::component::HasSelf;
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

wasmtime::component::bindgen!({ path: "../examples/hello/guest/wit", world: "greeter" });

#[derive(Default)]
struct Host {
    wasi: Wasi,
    logs: Vec<String>,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl GreeterImports for Host {
    fn log(&mut self, msg: String) {
        self.logs.push(msg);
    }
}

#[test]
fn greets_each_name_and_logs() {
    let (mut store, mut linker) = store_and_linker(Host::default());
    Greeter::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    let greeter = Greeter::instantiate(&mut store, &component("hello_guest"), &linker).unwrap();
    let names = ["Ada".to_string(), "Grace".to_string()];
    let style = Greeting { text: "Hello".to_string(), exclaim: true };
    let got = greeter.call_greet(&mut store, &names, &style).unwrap();
    assert_eq!(got, Ok(vec!["Hello, Ada!".to_string(), "Hello, Grace!".to_string()]));

    let style = Greeting { text: "Bye".to_string(), exclaim: false };
    let got = greeter.call_greet(&mut store, &["".to_string()], &style).unwrap();
    assert_eq!(got, Err("names cannot be empty".to_string()));
    assert_eq!(store.data().logs, ["greeting 2 name(s)", "greeting 1 name(s)"]);
}

/// The component says which generator made its bindings, as wit-bindgen's
/// do: its core module's `processed-by` names wit-guest and its version.
#[test]
fn the_producers_section_names_wit_guest() {
    let bytes = std::fs::read(wit_guest_tests::guest_wasm("hello_guest")).unwrap();
    let mut versions = Vec::new();
    let mut all = Vec::new();
    // Every producers section, the nested modules' included.
    for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
        if let Ok(wasmparser::Payload::CustomSection(c)) = payload
            && c.name() == "producers"
        {
            let p = wasm_metadata::Producers::from_bytes(c.data(), c.data_offset()).unwrap();
            if let Some(v) = p.get("processed-by").and_then(|f| f.get("wit-guest").cloned()) {
                versions.push(v);
            }
            all.push(format!("{p:?}"));
        }
    }
    assert_eq!(versions, [env!("CARGO_PKG_VERSION")], "{all:?}");
}
