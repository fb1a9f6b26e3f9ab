//! Futures and streams guest: every export makes, reads, cancels or drops
//! futures and streams a different way (see `wit/world.wit`).
//!
//! Written against wit-bindgen 0.63's API, with wit-guest renamed in.

use std::future::IntoFuture;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use guest_support::CountingAlloc;
use wit_bindgen::{FutureReader, FutureWriteCancel, StreamReader, StreamResult, spawn_local, yield_async};

#[global_allocator]
static A: CountingAlloc = CountingAlloc;

wit_bindgen::generate!({
    world: "streams",
    // From the manifest of either crate that builds this file.
    path: "../streams/wit",
});

use exports::test::streams::api::{Blob, BlobBorrow, Guest as Api, GuestBlob, Item, Point, Sample};

struct Component;

struct MyBlob(u32);

impl GuestBlob for MyBlob {
    fn new(v: u32) -> Self {
        MyBlob(v)
    }

    fn get(&self) -> u32 {
        self.0
    }
}

fn item(i: u32) -> Item {
    Item {
        name: format!("item-{i}"),
        tags: (0..i % 3).map(|t| format!("t{t}")).collect(),
        data: vec![i as u8; i as usize % 5],
    }
}

/// Polls `fut` once, with a waker that does nothing.
fn poll_once<F: std::future::Future>(fut: std::pin::Pin<&mut F>) -> Poll<F::Output> {
    fut.poll(&mut Context::from_waker(Waker::noop()))
}

impl Api for Component {
    type Blob = MyBlob;

    async fn future_of(v: u32) -> FutureReader<u32> {
        let (tx, rx) = wit_future::new(|| 0);
        spawn_local(async move {
            yield_async().await;
            tx.write(v).await.expect("the host reads");
        });
        rx
    }

    async fn future_default() -> FutureReader<String> {
        let (tx, rx) = wit_future::new(|| "default".to_string());
        drop(tx);
        rx
    }

    async fn future_item(f: FutureReader<Item>) -> Item {
        f.await
    }

    async fn future_echo(f: FutureReader<String>) -> FutureReader<String> {
        f
    }

    async fn future_local() -> Vec<String> {
        let mut log = Vec::new();
        // Write, then read: the write completes when the reader reads.
        let (tx, rx) = wit_future::new(|| 0u32);
        let mut write = pin!(tx.write(5));
        assert!(poll_once(write.as_mut()).is_pending());
        log.push(format!("write-then-read {}", rx.await));
        log.push(format!("write resolved {:?}", write.await.is_ok()));
        // Read, then write.
        let (tx, rx) = wit_future::new(|| 0u32);
        let mut read = pin!(rx.into_future());
        assert!(poll_once(read.as_mut()).is_pending());
        let w = spawn_local(async move { tx.write(6).await.is_ok() });
        log.push(format!("read-then-write {} {:?}", read.await, w.await));
        // Cancel a read: the reader comes back and reads later.
        let (tx, rx) = wit_future::new(|| 0u32);
        let rx = {
            let mut read = pin!(rx.into_future());
            assert!(poll_once(read.as_mut()).is_pending());
            read.as_mut().cancel().expect_err("nothing was written")
        };
        let w = spawn_local(async move { tx.write(8).await.is_ok() });
        log.push(format!("cancelled read, read again {} {:?}", rx.await, w.await));
        // Cancel a write: the value and the writer come back.
        let (tx, rx) = wit_future::new(|| 0u32);
        let cancelled = {
            let mut write = pin!(tx.write(9));
            assert!(poll_once(write.as_mut()).is_pending());
            write.as_mut().cancel()
        };
        match cancelled {
            FutureWriteCancel::Cancelled(v, tx) => {
                let w = spawn_local(async move { tx.write(v + 1).await.is_ok() });
                log.push(format!("cancelled write {v}, wrote again {} {:?}", rx.await, w.await));
            }
            _ => log.push("cancelled write: not cancelled".to_string()),
        }
        // The reader is dropped: the value comes back.
        let (tx, rx) = wit_future::new(|| 0u32);
        drop(rx);
        match tx.write(11).await {
            Err(e) => log.push(format!("reader dropped: {} ({e})", e.value)),
            Ok(()) => log.push("reader dropped: written".to_string()),
        }
        // A dropped writer delivers its default.
        let (tx, rx) = wit_future::new(|| 12u32);
        drop(tx);
        log.push(format!("writer dropped: {}", rx.await));
        log
    }

    async fn stream_count(n: u32, chunk: u32) -> StreamReader<u8> {
        let (mut tx, rx) = wit_stream::new();
        spawn_local(async move {
            let mut next = 0u32;
            while next < n {
                let len = chunk.min(n - next);
                let buf: Vec<u8> = (next..next + len).map(|i| i as u8).collect();
                let rest = tx.write_all(buf).await;
                assert!(rest.is_empty(), "the host reads everything");
                next += len;
            }
        });
        rx
    }

    async fn stream_sum(mut s: StreamReader<u8>) -> u64 {
        let mut sum = 0u64;
        loop {
            let (result, buf) = s.read(Vec::with_capacity(4096)).await;
            sum += buf.iter().map(|b| *b as u64).sum::<u64>();
            if let StreamResult::Dropped = result {
                return sum;
            }
        }
    }

    async fn stream_upper(mut s: StreamReader<String>) -> StreamReader<String> {
        let (mut tx, rx) = wit_stream::new();
        spawn_local(async move {
            while let Some(v) = s.next().await {
                if tx.write_one(v.to_uppercase()).await.is_some() {
                    break;
                }
            }
        });
        rx
    }

    async fn stream_items(n: u32) -> StreamReader<Item> {
        let (mut tx, rx) = wit_stream::new();
        spawn_local(async move {
            let rest = tx.write_all((0..n).map(item).collect()).await;
            assert!(rest.is_empty());
        });
        rx
    }

    async fn stream_blobs(n: u32) -> StreamReader<Blob> {
        let (mut tx, rx) = wit_stream::new();
        spawn_local(async move {
            let rest = tx.write_all((0..n).map(|i| Blob::new(MyBlob(i))).collect()).await;
            assert!(rest.is_empty());
        });
        rx
    }

    async fn stream_blob_sum(s: StreamReader<Blob>) -> u32 {
        s.collect().await.iter().map(|b| b.get::<MyBlob>().0).sum()
    }

    async fn stream_futures(n: u32) -> StreamReader<FutureReader<u32>> {
        let (mut tx, rx) = wit_stream::new();
        spawn_local(async move {
            for i in 0..n {
                let (ftx, frx) = wit_future::new(|| 0);
                spawn_local(async move {
                    let _ = ftx.write(i).await;
                });
                if tx.write_one(frx).await.is_some() {
                    break;
                }
            }
        });
        rx
    }

    async fn futures_to_stream(fs: Vec<FutureReader<u32>>) -> StreamReader<u32> {
        let (mut tx, rx) = wit_stream::new();
        spawn_local(async move {
            for f in fs {
                if tx.write_one(f.await).await.is_some() {
                    break;
                }
            }
        });
        rx
    }

    async fn stream_collect(s: StreamReader<String>) -> Vec<String> {
        use futures_core::Stream;
        let mut s = pin!(s.into_stream());
        let mut out = Vec::new();
        while let Some(v) = std::future::poll_fn(|cx| s.as_mut().poll_next(cx)).await {
            out.push(v);
        }
        out
    }

    async fn stream_local() -> Vec<String> {
        let mut log = Vec::new();
        // A reader that takes part of a write: the rest is written later.
        let (mut tx, mut rx) = wit_stream::new::<u32>();
        let writer = spawn_local(async move {
            let (r1, rest) = tx.write((0..10).collect()).await;
            let left = rest.remaining();
            let rest = tx.write_all(rest.into_vec()).await;
            (r1, left, rest.len())
        });
        let mut got = Vec::new();
        loop {
            let (r, buf) = rx.read(Vec::with_capacity(3)).await;
            got.extend(buf);
            if r == StreamResult::Dropped || got.len() == 10 {
                break;
            }
        }
        let (r1, left, unwritten) = writer.await.expect("finished");
        log.push(format!("partial: {got:?} first {r1:?} left {left} unwritten {unwritten}"));
        // The writer dropped: the reader sees `Dropped` (after the data).
        let (r, buf) = rx.read(Vec::with_capacity(3)).await;
        log.push(format!("writer dropped: {r:?} {}", buf.len()));
        // The reader dropped mid-stream: the writer gets its values back.
        let (mut tx, mut rx) = wit_stream::new::<u32>();
        let writer = spawn_local(async move { tx.write_all((0..6).collect()).await });
        let (r, buf) = rx.read(Vec::with_capacity(2)).await;
        drop(rx);
        let rest = writer.await.expect("finished");
        log.push(format!("reader dropped: read {r:?} {buf:?}, back {rest:?}"));
        // Cancel a read: nothing arrived.
        let (tx, mut rx) = wit_stream::new::<u32>();
        {
            let mut read = pin!(rx.read(Vec::with_capacity(4)));
            assert!(poll_once(read.as_mut()).is_pending());
            let (r, buf) = read.as_mut().cancel();
            log.push(format!("cancelled read: {r:?} {}", buf.len()));
        }
        drop(tx);
        let (r, _) = rx.read(Vec::with_capacity(4)).await;
        log.push(format!("after cancel, writer gone: {r:?}"));
        // Cancel a write: everything comes back.
        let (mut tx, rx) = wit_stream::new::<u32>();
        {
            let mut write = pin!(tx.write(vec![1, 2, 3]));
            assert!(poll_once(write.as_mut()).is_pending());
            let (r, rest) = write.as_mut().cancel();
            log.push(format!("cancelled write: {r:?} {:?}", rest.into_vec()));
        }
        drop(rx);
        let (r, rest) = tx.write(vec![4]).await;
        log.push(format!("write to a dropped reader: {r:?} {}", rest.remaining()));
        log
    }

    async fn stream_u32_sum(s: StreamReader<u32>) -> u64 {
        s.collect().await.iter().map(|v| *v as u64).sum()
    }

    async fn stream_samples(n: u32) -> StreamReader<Sample> {
        let (mut tx, rx) = wit_stream::new();
        spawn_local(async move {
            let all: Vec<Sample> = (0..n).map(sample).collect();
            for chunk in all.chunks(7) {
                assert!(tx.write_all(chunk.to_vec()).await.is_empty());
            }
        });
        rx
    }

    async fn stream_shift(mut s: StreamReader<Sample>) -> StreamReader<Sample> {
        let (mut tx, rx) = wit_stream::new();
        spawn_local(async move {
            loop {
                let (result, got) = s.read(Vec::with_capacity(5)).await;
                let shifted: Vec<Sample> = got
                    .into_iter()
                    .map(|v| Sample { t: v.t + 1, at: Point { x: v.at.x * 2.0, y: v.at.y - 1 }, tag: v.tag ^ 0xff })
                    .collect();
                if !shifted.is_empty() && !tx.write_all(shifted).await.is_empty() {
                    return;
                }
                if let StreamResult::Dropped | StreamResult::Cancelled = result {
                    return;
                }
            }
        });
        rx
    }

    fn heap() -> i64 {
        guest_support::live_bytes()
    }

    async fn stream_units(n: u32) -> StreamReader<()> {
        let (mut tx, rx) = wit_stream::new::<()>();
        spawn_local(async move {
            let rest = tx.write_all(vec![(); n as usize]).await;
            assert!(rest.is_empty());
        });
        rx
    }
}

fn sample(i: u32) -> Sample {
    Sample { t: i as u64, at: Point { x: i as f32 / 2.0, y: -(i as i16) }, tag: i as u8 }
}

// Keeps `BlobBorrow` referenced (the trait's borrowed form).
#[allow(dead_code)]
fn blob_value(b: BlobBorrow<'_>) -> u32 {
    b.get::<MyBlob>().0
}

export!(Component);
