//! Futures and streams between components: the `stream-driver` component
//! calls the `streams` component's exports with futures and streams going
//! both ways, composed with wasm-compose and run in wasmtime. Each side is
//! built by wit-guest or by wit-bindgen 0.63 from the same source.

use calculator_host::compose;
use wasmtime::component::Component;
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, async_store_and_linker, engine, guest_wasm, target_dir};

wasmtime::component::bindgen!({
    path: "guests/streams/wit",
    world: "composed",
    exports: { default: async | store },
});

#[derive(Default)]
struct Host {
    wasi: Wasi,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

/// The driver composed with an `api` implementation (crate names).
fn composed(driver: &str, api: &str) -> Component {
    let out = target_dir().join(format!("wasm32-wasip2/debug/composed/{driver}+{api}.wasm"));
    compose(&guest_wasm(driver), &[guest_wasm(api)], &out).expect("composes");
    Component::from_file(engine(), &out).expect("composed component compiles")
}

async fn drive(driver: &str, api: &str) {
    let (mut store, linker) = async_store_and_linker(Host::default());
    let c = Composed::instantiate_async(&mut store, &composed(driver, api), &linker).await.unwrap();
    let (log, words) = store
        .run_concurrent(async |a| {
            let d = c.test_streams_driver();
            let log = d.call_run(a).await.unwrap();
            let words = d.call_ping_pong(a, vec!["a".to_string(), "bc".to_string()], 3).await.unwrap();
            (log, words)
        })
        .await
        .unwrap();
    let sum: u64 = (0..10u64).map(|c| (0..10_000u64).map(|i| (i + c) % 256).sum::<u64>()).sum();
    assert_eq!(
        log,
        [
            "future-of 5".to_string(),
            "future-default default".to_string(),
            r#"future-item here ["a", "b"] [1, 2]"#.to_string(),
            "stream-count 1000 true".to_string(),
            format!("stream-sum {sum}"),
            "stream-blobs [0, 1, 2, 3]".to_string(),
            "stream-blob-sum 6".to_string(),
            "stream-futures [0, 1, 2]".to_string(),
        ],
        "{driver} + {api}"
    );
    assert_eq!(words, ["A012", "BC012"], "{driver} + {api}");
}

#[tokio::test]
async fn wit_guest_with_wit_guest() {
    drive("guest_stream_driver", "guest_streams").await;
}

#[tokio::test]
async fn wit_bindgen_calls_wit_guest() {
    drive("guest_stream_driver_wb", "guest_streams").await;
}

#[tokio::test]
async fn wit_guest_calls_wit_bindgen() {
    drive("guest_stream_driver", "guest_streams_wb").await;
}
