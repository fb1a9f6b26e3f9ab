//! The async benchmark guest: exports that echo, and loops over async
//! imports and `spawn_local`. Built by wit-guest and by wit-bindgen 0.63.

use std::hint::black_box;

wit_bindgen::generate!({ world: "asyncs", path: "../../wit-async" });

use bench::asyncs::host::{self, Rec};
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
}

export!(Component);
