//! Calls another component's async exports: awaited, concurrent, cancelled
//! mid-call, and with `error-context` values crossing.

wit_bindgen::generate!({
    world: "driver-world",
    path: "../asyncs/wit",
});

use exports::test::asyncs::driver::Guest;
use test::asyncs::{api, host};
use wit_bindgen::rt::async_support::ErrorContext;

struct Driver;

impl Guest for Driver {
    async fn echo_via(s: String) -> String {
        api::echo(s).await
    }

    async fn both_via(a: u32, b: u32) -> u32 {
        api::both(a, b).await
    }

    async fn cancel_slow(id: u32) -> u32 {
        cancel_pending(Box::pin(api::slow(id))).await;
        host::cancelled()
    }

    async fn cancel_starting(id: u32) -> u32 {
        let hold = wit_bindgen::spawn_local(api::hold_back(id));
        for _ in 0..5 {
            wit_bindgen::yield_async().await;
        }
        cancel_pending(Box::pin(api::echo("never sent".into()))).await;
        host::release(0);
        hold.await.expect("not cancelled");
        host::cancelled()
    }

    async fn cancel_starting_owned(id: u32) -> u32 {
        let hold = wit_bindgen::spawn_local(api::hold_back(id));
        for _ in 0..5 {
            wit_bindgen::yield_async().await;
        }
        let counter = host::Counter::new(9);
        cancel_pending(Box::pin(api::take_counter(counter))).await;
        host::release(0);
        hold.await.expect("not cancelled");
        9
    }

    async fn cancel_spawning(id: u32) -> u32 {
        cancel_pending(Box::pin(api::spawn_then_wait(id))).await;
        host::cancelled()
    }

    async fn error_roundtrip(msg: String) -> String {
        let made = api::make_error(msg.clone()).await;
        let Err(failed) = api::fail(msg, true).await else { panic!("`fail` with `true` fails") };
        format!("{made} | {failed:?}")
    }

    async fn error_pass(msg: String) -> String {
        let here = ErrorContext::new(&msg);
        api::error_message(here).await
    }

    async fn shift_via(points: Vec<host::Point>) -> Vec<host::Point> {
        api::shift_all(points).await
    }
}

export!(Driver);

/// Polls `call` until the callee is blocked in its own import, then drops
/// it, which cancels the callee's task.
async fn cancel_pending<F: Future + Unpin>(mut call: F) {
    for _ in 0..5 {
        let ready =
            std::future::poll_fn(|cx| std::task::Poll::Ready(std::pin::Pin::new(&mut call).poll(cx).is_ready())).await;
        assert!(!ready, "the callee waits for the host");
        wit_bindgen::yield_async().await;
    }
    drop(call);
}
