//! `wasi:http/handler@0.3.0`: `handle` is an async export taking a `request`
//! and giving back a `response` whose body is a `stream<u8>` the guest may
//! go on writing after it returned.
//!
//! Each request runs in its own tokio task owning the store: inside
//! `run_concurrent` it calls `handle`, sends the response head to hyper as
//! soon as it exists, and then copies body frames (and trailers) into a
//! channel hyper reads from, so the guest's body streams out while the
//! guest runs. The request body streams in the same way, read by the guest
//! through `wasmtime-wasi-http`'s `Request::from_http`.

use bytes::Bytes;
use http_body_util::channel::{Channel, Sender};
use http_body_util::{BodyExt, combinators::UnsyncBoxBody};
use tokio::sync::oneshot;
use wasmtime::error::Context;
use wasmtime::{Result, Store};
use wasmtime_wasi_http::Error;
use wasmtime_wasi_http::p3::Request;
use wasmtime_wasi_http::p3::bindings::ServicePre;

use crate::State;

/// Frames the host may hold before it waits for hyper to take them.
const BUFFERED_FRAMES: usize = 4;

/// Runs one request through the component's `handler.handle`.
pub async fn handle(
    pre: &ServicePre<State>,
    req: hyper::Request<hyper::body::Incoming>,
) -> Result<hyper::Response<UnsyncBoxBody<Bytes, Error>>> {
    let (head_tx, head_rx) = oneshot::channel();
    let (frames, body) = Channel::<Bytes, Error>::new(BUFFERED_FRAMES);
    let pre = pre.clone();
    let task = tokio::task::spawn(async move {
        let mut store = Store::new(pre.engine(), State::new());
        let service = pre.instantiate_async(&mut store).await?;
        let (req, consumed) = Request::from_http(&mut store.data_mut().hooks, req);
        store
            .run_concurrent(async move |store| {
                let respond = async {
                    let res = match service.handle(store, req).await? {
                        Ok(res) => res,
                        Err(code) => wasmtime::bail!("the component answered with `{code:?}`"),
                    };
                    let res = store.with(|store| res.into_http(store, async { Ok(()) }))?;
                    let (head, body) = res.into_parts();
                    if head_tx.send(head).is_ok() {
                        forward(body, frames).await;
                    }
                    Ok(())
                };
                let (responded, consumed) = tokio::join!(respond, consumed);
                responded?;
                consumed.context("reading the request body")
            })
            .await?
    });
    match head_rx.await {
        Ok(head) => {
            // The body is on its way; a failure from here on cuts it short
            // (the channel's sender is gone), which hyper reports to the
            // client by closing the connection.
            tokio::task::spawn(async move {
                if let Ok(Err(e)) = task.await {
                    eprintln!("http-host: the component failed while streaming its response: {e:?}");
                }
            });
            Ok(hyper::Response::from_parts(head, body.boxed_unsync()))
        }
        Err(_) => match task.await {
            Ok(Ok(())) => wasmtime::bail!("the component did not respond"),
            Ok(Err(e)) => Err(e.context("the component did not respond")),
            Err(e) => Err(e.into()),
        },
    }
}

/// Copies the guest's body frames (data, then trailers) to hyper; a body
/// error aborts the response.
async fn forward(mut from: UnsyncBoxBody<Bytes, Error>, mut to: Sender<Bytes, Error>) {
    while let Some(frame) = from.frame().await {
        match frame {
            Ok(frame) => {
                if to.send(frame).await.is_err() {
                    return; // the client went away
                }
            }
            Err(e) => return to.abort(e),
        }
    }
}
