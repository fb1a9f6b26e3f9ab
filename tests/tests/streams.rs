//! Futures and streams end to end (`tests/guests/streams`): the host reads
//! the futures and streams the guest makes and writes the ones the guest
//! reads, through wasmtime's own producers and consumers, asserting every
//! value; the guest's own checks (cancelling, dropping, partial reads) come
//! back as lines the host compares.

use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::sync::oneshot;
use wasmtime::component::{
    Accessor, FutureConsumer, FutureReader, Lift, ResourceAny, Source, StreamConsumer, StreamReader, StreamResult,
};
use wasmtime::{Store, StoreContextMut};
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, async_store_and_linker, component};

wasmtime::component::bindgen!({
    path: "guests/streams/wit",
    world: "streams",
    exports: { default: async | store },
    additional_derives: [PartialEq],
});

use exports::test::streams::api::{Item, Point, Sample};

#[derive(Default)]
struct Host {
    wasi: Wasi,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

/// The guest built with wit-guest, and the same source built with
/// wit-bindgen 0.63: every test runs on both.
const GUESTS: [&str; 2] = ["guest_streams", "guest_streams_wb"];

async fn instantiate(guest: &str) -> (Store<Host>, Streams) {
    let (mut store, linker) = async_store_and_linker(Host::default());
    let guest = Streams::instantiate_async(&mut store, &component(guest), &linker).await.unwrap();
    (store, guest)
}

/// Takes a future's value.
struct TakeOne<T>(Option<oneshot::Sender<T>>);

impl<D, T: Lift + Send + Sync + 'static> FutureConsumer<D> for TakeOne<T> {
    type Item = T;

    fn poll_consume(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        store: StoreContextMut<D>,
        mut source: Source<'_, T>,
        _: bool,
    ) -> Poll<wasmtime::Result<()>> {
        let mut value = None;
        source.read(store, &mut value)?;
        if let (Some(v), Some(tx)) = (value, self.get_mut().0.take()) {
            let _ = tx.send(v);
        }
        Poll::Ready(Ok(()))
    }
}

/// Collects a stream's elements; sends them when the writer is gone.
struct Collect<T>(Vec<T>, Option<oneshot::Sender<Vec<T>>>, usize);

impl<T> Unpin for Collect<T> {}

impl<D, T: Lift + Send + Sync + 'static> StreamConsumer<D> for Collect<T> {
    type Item = T;

    fn poll_consume(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        mut store: StoreContextMut<D>,
        mut source: Source<'_, T>,
        _: bool,
    ) -> Poll<wasmtime::Result<StreamResult>> {
        let this = self.get_mut();
        // At most `this.2` per read: the guest's writes are taken in parts.
        let n = source.remaining(&mut store).clamp(1, this.2);
        this.0.reserve(n);
        let mut part = Vec::with_capacity(n);
        source.read(&mut store, &mut part)?;
        this.0.extend(part);
        Poll::Ready(Ok(StreamResult::Completed))
    }
}

impl<T> Drop for Collect<T> {
    fn drop(&mut self) {
        if let Some(tx) = self.1.take() {
            let _ = tx.send(std::mem::take(&mut self.0));
        }
    }
}

async fn read_future<T: Lift + Send + Sync + 'static>(a: &Accessor<Host>, f: FutureReader<T>) -> T {
    let (tx, rx) = oneshot::channel();
    a.with(|mut s| f.pipe(&mut s, TakeOne(Some(tx)))).unwrap();
    rx.await.expect("the future's value")
}

async fn read_stream<T: Lift + Send + Sync + 'static>(
    a: &Accessor<Host>,
    s: StreamReader<T>,
    per_read: usize,
) -> Vec<T> {
    let (tx, rx) = oneshot::channel();
    a.with(|mut st| s.pipe(&mut st, Collect(Vec::new(), Some(tx), per_read))).unwrap();
    rx.await.expect("the stream's elements")
}

fn item(i: u32) -> Item {
    Item {
        name: format!("item-{i}"),
        tags: (0..i % 3).map(|t| format!("t{t}")).collect(),
        data: vec![i as u8; i as usize % 5],
    }
}

#[tokio::test]
async fn futures_made_by_the_guest_are_read_by_the_host() {
    for name in GUESTS {
        let (mut store, guest) = instantiate(name).await;
        store
            .run_concurrent(async |a| {
                let api = guest.test_streams_api();
                let f = api.call_future_of(a, 42).await.unwrap();
                assert_eq!(read_future(a, f).await, 42);
                // The writer was dropped unwritten: its default arrives.
                let f = api.call_future_default(a).await.unwrap();
                assert_eq!(read_future(a, f).await, "default");
            })
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn futures_made_by_the_host_are_read_by_the_guest_and_come_back() {
    for name in GUESTS {
        let (mut store, guest) = instantiate(name).await;
        store
            .run_concurrent(async |a| {
                let api = guest.test_streams_api();
                let f =
                    a.with(|mut s| FutureReader::new(&mut s, async { wasmtime::Result::<_>::Ok(item(4)) })).unwrap();
                assert_eq!(api.call_future_item(a, f).await.unwrap(), item(4));
                // To the guest and back, unread: the host reads its own value.
                let f = a
                    .with(|mut s| {
                        FutureReader::new(&mut s, async { wasmtime::Result::<_>::Ok("round trip".to_string()) })
                    })
                    .unwrap();
                let back = api.call_future_echo(a, f).await.unwrap();
                assert_eq!(read_future(a, back).await, "round trip");
            })
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn future_writes_and_reads_cancelled_and_dropped_in_the_guest() {
    for name in GUESTS {
        let (mut store, guest) = instantiate(name).await;
        let log =
            store.run_concurrent(async |a| guest.test_streams_api().call_future_local(a).await.unwrap()).await.unwrap();
        assert_eq!(
            log,
            [
                "write-then-read 5",
                "write resolved true",
                "read-then-write 6 Some(true)",
                "cancelled read, read again 8 Some(true)",
                "cancelled write 9, wrote again 10 Some(true)",
                "reader dropped: 11 (read end dropped)",
                "writer dropped: 12",
            ]
        );
    }
}

#[tokio::test]
async fn byte_streams_of_0_1_and_100000_elements() {
    for name in GUESTS {
        let (mut store, guest) = instantiate(name).await;
        store
            .run_concurrent(async |a| {
                let api = guest.test_streams_api();
                for (n, chunk, per_read) in
                    [(0u32, 16u32, 64usize), (1, 16, 64), (100_000, 4096, 1000), (100_000, 65536, 1 << 20)]
                {
                    let s = api.call_stream_count(a, n, chunk).await.unwrap();
                    let got: Vec<u8> = read_stream(a, s, per_read).await;
                    assert_eq!(got.len(), n as usize);
                    assert!(got.iter().enumerate().all(|(i, b)| *b == i as u8), "bytes in order for n = {n}");
                }
                // The host writes, the guest sums.
                let data: Vec<u8> = (0..100_000u32).map(|i| (i * 7) as u8).collect();
                let want: u64 = data.iter().map(|b| *b as u64).sum();
                let s = a.with(|mut st| StreamReader::new(&mut st, data)).unwrap();
                assert_eq!(api.call_stream_sum(a, s).await.unwrap(), want);
                let nums: Vec<u32> = (0..10_000).collect();
                let s = a.with(|mut st| StreamReader::new(&mut st, nums)).unwrap();
                assert_eq!(api.call_stream_u32_sum(a, s).await.unwrap(), (0..10_000u64).sum::<u64>());
            })
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn string_record_and_unit_streams() {
    for name in GUESTS {
        let (mut store, guest) = instantiate(name).await;
        store
            .run_concurrent(async |a| {
                let api = guest.test_streams_api();
                let words: Vec<String> = ["one", "two", "", "ünïcode"].iter().map(|s| s.to_string()).collect();
                let s = a.with(|mut st| StreamReader::new(&mut st, words.clone())).unwrap();
                let upper = api.call_stream_upper(a, s).await.unwrap();
                let got: Vec<String> = read_stream(a, upper, 2).await;
                assert_eq!(got, words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>());
                // Records with lists, taken three at a time (partial writes).
                let s = api.call_stream_items(a, 50).await.unwrap();
                let got: Vec<Item> = read_stream(a, s, 3).await;
                assert_eq!(got, (0..50).map(item).collect::<Vec<_>>());
                // `into_stream`.
                let s = a.with(|mut st| StreamReader::new(&mut st, words.clone())).unwrap();
                assert_eq!(api.call_stream_collect(a, s).await.unwrap(), words);
                // Unit streams.
                let s = api.call_stream_units(a, 1000).await.unwrap();
                let got: Vec<()> = read_stream(a, s, 7).await;
                assert_eq!(got.len(), 1000);
            })
            .await
            .unwrap();
    }
}

fn sample(i: u32) -> Sample {
    Sample { t: i as u64, at: Point { x: i as f32 / 2.0, y: -(i as i16) }, tag: i as u8 }
}

/// Records of numbers move in bulk in the wit-guest build (their `repr(C)`
/// layout is the canonical one, padding included): the host sees the same
/// values as per-element lifting and lowering gives.
#[tokio::test]
async fn streams_of_records_of_numbers() {
    for name in GUESTS {
        let (mut store, guest) = instantiate(name).await;
        store
            .run_concurrent(async |a| {
                let api = guest.test_streams_api();
                for (n, per_read) in [(0, 1), (1, 1), (1000, 64), (1000, 3)] {
                    let s = api.call_stream_samples(a, n).await.unwrap();
                    let got: Vec<Sample> = read_stream(a, s, per_read).await;
                    assert_eq!(got, (0..n).map(sample).collect::<Vec<_>>(), "{name}: {n} samples");
                }
                let sent: Vec<Sample> = (0..500).map(sample).collect();
                let s = a.with(|mut st| StreamReader::new(&mut st, sent.clone())).unwrap();
                let back = api.call_stream_shift(a, s).await.unwrap();
                let got: Vec<Sample> = read_stream(a, back, 4).await;
                let want: Vec<Sample> = sent
                    .iter()
                    .map(|v| Sample { t: v.t + 1, at: Point { x: v.at.x * 2.0, y: v.at.y - 1 }, tag: v.tag ^ 0xff })
                    .collect();
                assert_eq!(got, want, "{name}: shifted");
            })
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn streams_of_resources_and_of_futures() {
    for name in GUESTS {
        let (mut store, guest) = instantiate(name).await;
        store
            .run_concurrent(async |a| {
                let api = guest.test_streams_api();
                let s = api.call_stream_blobs(a, 5).await.unwrap();
                let blobs: Vec<ResourceAny> = read_stream(a, s, 2).await;
                assert_eq!(blobs.len(), 5);
                let mut values = Vec::new();
                for b in &blobs {
                    values.push(api.blob().call_get(a, *b).await.unwrap());
                }
                assert_eq!(values, [0, 1, 2, 3, 4]);
                // Back to the guest, which sums and drops them.
                let s = a.with(|mut st| StreamReader::new(&mut st, blobs)).unwrap();
                assert_eq!(api.call_stream_blob_sum(a, s).await.unwrap(), 10);
                // A stream of futures, each read in turn.
                let s = api.call_stream_futures(a, 4).await.unwrap();
                let futures: Vec<FutureReader<u32>> = read_stream(a, s, 1).await;
                let mut got = Vec::new();
                for f in futures {
                    got.push(read_future(a, f).await);
                }
                assert_eq!(got, [0, 1, 2, 3]);
                // And back: host futures to the guest, their values as a stream.
                let fs: Vec<FutureReader<u32>> = (10..14)
                    .map(|v| {
                        a.with(|mut st| FutureReader::new(&mut st, async move { wasmtime::Result::<_>::Ok(v) }))
                            .unwrap()
                    })
                    .collect();
                let s = api.call_futures_to_stream(a, fs).await.unwrap();
                assert_eq!(read_stream(a, s, 3).await, [10, 11, 12, 13]);
            })
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn partial_reads_drops_and_cancels_in_the_guest() {
    for name in GUESTS {
        let (mut store, guest) = instantiate(name).await;
        let log =
            store.run_concurrent(async |a| guest.test_streams_api().call_stream_local(a).await.unwrap()).await.unwrap();
        assert_eq!(
            log,
            [
                "partial: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] first Complete(3) left 7 unwritten 0",
                "writer dropped: Dropped 0",
                "reader dropped: read Complete(2) [0, 1], back [2, 3, 4, 5]",
                "cancelled read: Cancelled 0",
                "after cancel, writer gone: Dropped",
                "cancelled write: Cancelled [1, 2, 3]",
                "write to a dropped reader: Dropped 1",
            ]
        );
    }
}

#[tokio::test]
async fn ten_thousand_round_trips_leak_nothing() {
    for name in GUESTS {
        let (mut store, guest) = instantiate(name).await;
        let (rounds, before, after) = store
            .run_concurrent(async |a| {
                let api = guest.test_streams_api();
                let round = async |i: u32| {
                    let f = a
                        .with(|mut s| FutureReader::new(&mut s, async move { wasmtime::Result::<_>::Ok(item(i)) }))
                        .unwrap();
                    assert_eq!(api.call_future_item(a, f).await.unwrap(), item(i));
                    let words = vec![format!("w{i}"), "xyz".to_string()];
                    let s = a.with(|mut st| StreamReader::new(&mut st, words)).unwrap();
                    let up = api.call_stream_upper(a, s).await.unwrap();
                    assert_eq!(read_stream(a, up, 1).await, [format!("W{i}"), "XYZ".to_string()]);
                    if i.is_multiple_of(20) {
                        // Cancelled, partial and dropped reads and writes.
                        assert_eq!(api.call_stream_local(a).await.unwrap().len(), 7);
                        assert_eq!(api.call_future_local(a).await.unwrap().len(), 7);
                        let s = api.call_stream_items(a, 7).await.unwrap();
                        assert_eq!(read_stream(a, s, 2).await.len(), 7);
                    }
                };
                // Warm up (the allocator's and the runtime's first allocations).
                for i in 0..50 {
                    round(i).await;
                }
                let before = api.call_heap(a).await.unwrap();
                let rounds = wit_guest_tests::soak_rounds();
                for i in 0..rounds {
                    round(i).await;
                }
                let after = api.call_heap(a).await.unwrap();
                assert_eq!(after, before, "guest heap after {rounds} round trips");
                (rounds, before, after)
            })
            .await
            .unwrap();
        // Every stream, future, subtask and waitable set, the guest's
        // handles to them and wasmtime's own records of them are gone: the
        // instance's handle tables and the store's concurrent-state table
        // are empty (wasmtime's own leak check, public but hidden).
        let left = store.concurrent_state_table_size();
        let what = format!("{name}: stream and future round trips");
        wit_guest_tests::soak_report(&what, rounds, before, after, &format!("{left} store table entries left"));
        assert_eq!(left, 0, "{name}: entries left in the store's table");
        store.assert_concurrent_state_empty();
    }
}
