//! Calls another component's exports with futures and streams crossing both
//! ways: made there and read here, made here and read there, resources and
//! futures inside streams, and a ping-pong of streams.

wit_bindgen::generate!({
    world: "driver-world",
    path: "../streams/wit",
});

use exports::test::streams::driver::Guest;
use test::streams::api::{self, Item};
use wit_bindgen::spawn_local;

struct Driver;

impl Guest for Driver {
    async fn run() -> Vec<String> {
        let mut log = Vec::new();
        // Futures made there, read here.
        log.push(format!("future-of {}", api::future_of(5).await.await));
        log.push(format!("future-default {}", api::future_default().await.await));
        // A future made here, read there.
        let (tx, rx) = wit_future::new(|| Item { name: String::new(), tags: Vec::new(), data: Vec::new() });
        spawn_local(async move {
            let item =
                Item { name: "here".to_string(), tags: vec!["a".to_string(), "b".to_string()], data: vec![1, 2] };
            tx.write(item).await.expect("read there");
        });
        let got = api::future_item(rx).await;
        log.push(format!("future-item {} {:?} {:?}", got.name, got.tags, got.data));
        // Bytes made there, read here; bytes made here, summed there.
        let bytes = api::stream_count(1000, 64).await.collect().await;
        let ordered = bytes.iter().enumerate().all(|(i, b)| *b == i as u8);
        log.push(format!("stream-count {} {ordered}", bytes.len()));
        let (mut tx, rx) = wit_stream::new::<u8>();
        spawn_local(async move {
            for chunk in 0..10u32 {
                let rest = tx.write_all((0..10_000u32).map(|i| (i + chunk) as u8).collect()).await;
                assert!(rest.is_empty());
            }
        });
        log.push(format!("stream-sum {}", api::stream_sum(rx).await));
        // Resources in a stream, and back.
        let blobs = api::stream_blobs(4).await.collect().await;
        log.push(format!("stream-blobs {:?}", blobs.iter().map(|b| b.get()).collect::<Vec<_>>()));
        let (mut tx, rx) = wit_stream::new();
        spawn_local(async move {
            let rest = tx.write_all(blobs).await;
            assert!(rest.is_empty());
        });
        log.push(format!("stream-blob-sum {}", api::stream_blob_sum(rx).await));
        // Futures in a stream.
        let futures = api::stream_futures(3).await.collect().await;
        let mut values = Vec::new();
        for f in futures {
            values.push(f.await);
        }
        log.push(format!("stream-futures {values:?}"));
        log
    }

    async fn ping_pong(mut words: Vec<String>, rounds: u32) -> Vec<String> {
        for round in 0..rounds {
            let (mut tx, rx) = wit_stream::new();
            let sent = words.clone();
            spawn_local(async move {
                let rest = tx.write_all(sent).await;
                assert!(rest.is_empty());
            });
            let back = api::stream_upper(rx).await.collect().await;
            words = back.into_iter().map(|w| format!("{w}{round}")).collect();
        }
        words
    }
}

export!(Driver);
