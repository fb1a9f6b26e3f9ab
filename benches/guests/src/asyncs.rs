//! The async benchmark guest: exports that echo, and loops over async
//! imports and `spawn_local`. Built by wit-guest and by wit-bindgen 0.63.

use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Waker};

use wit_bindgen::{FutureReader, StreamReader, StreamResult};

wit_bindgen::generate!({ world: "asyncs", path: "../../wit-async" });

use bench::asyncs::host::{self, Point, Rec};
use exports::bench::asyncs::api::Guest;

struct Component;

impl Guest for Component {
    async fn nothing() {}

    async fn echo_string(s: String) -> String {
        s
    }

    async fn echo_records(r: Vec<Rec>) -> Vec<Rec> {
        r
    }

    async fn run_imports(kind: u32, iters: u32, s: String, r: Vec<Rec>) {
        for _ in 0..iters {
            match kind {
                1 => host::nothing().await,
                2 => drop(black_box(host::echo_string(black_box(s.clone())).await)),
                3 => drop(black_box(host::echo_records(black_box(r.clone())).await)),
                4 => drop(black_box(black_box(s.clone()))),
                5 => drop(black_box(black_box(r.clone()))),
                _ => black_box(()),
            }
        }
    }

    async fn run_spawns(spawn: bool, iters: u32) {
        for i in 0..iters {
            let fut = async move { black_box(i) };
            if spawn {
                black_box(wit_bindgen::spawn_local(fut).await);
            } else {
                black_box(fut.await);
            }
        }
    }

    async fn read_bytes(s: StreamReader<u8>, chunk: u32) -> u64 {
        let mut s = s;
        let mut total = 0u64;
        let mut buf = Vec::with_capacity(chunk as usize);
        loop {
            buf.clear();
            let (result, b) = s.read(buf).await;
            buf = b;
            total += buf.len() as u64;
            if let StreamResult::Dropped | StreamResult::Cancelled = result {
                return total;
            }
        }
    }

    async fn take_future(f: FutureReader<u32>) -> u32 {
        f.await
    }

    async fn read_strings(s: StreamReader<String>) -> u32 {
        read_all(s).await
    }

    async fn read_records(s: StreamReader<Rec>) -> u32 {
        read_all(s).await
    }

    async fn read_points(s: StreamReader<Point>) -> u32 {
        read_all(s).await
    }

    async fn future_trips(trip: bool, iters: u32) {
        for i in 0..iters {
            if trip {
                let (tx, rx) = wit_future::new(|| 0u32);
                let mut write = pin!(tx.write(black_box(i)));
                let started = write.as_mut().poll(&mut Context::from_waker(Waker::noop()));
                black_box(rx.await);
                if started.is_pending() {
                    let _ = write.await;
                }
            } else {
                let mut ready = pin!(async { black_box(i) });
                let _ = black_box(ready.as_mut().poll(&mut Context::from_waker(Waker::noop())));
            }
        }
    }
}

/// Reads every element, 64 at a time, dropping them.
async fn read_all<T: 'static>(mut s: StreamReader<T>) -> u32 {
    let mut n = 0;
    let mut buf = Vec::with_capacity(64);
    loop {
        buf.clear();
        let (result, b) = s.read(buf).await;
        buf = b;
        n += buf.len() as u32;
        if let StreamResult::Dropped | StreamResult::Cancelled = result {
            return n;
        }
    }
}

export!(Component);
