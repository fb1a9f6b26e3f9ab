//! Serves a `wasi:http/proxy` component over HTTP/1.1 with wasmtime and
//! `wasmtime-wasi-http`: every request gets a fresh instance (from one
//! pre-instantiation) that answers through `wasi:http/incoming-handler`.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use hyper::server::conn::http1;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::error::Context;
use wasmtime::{Engine, Result, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;
use wasmtime_wasi_http::{RequestOptions, WasiBody, WasiHttpCtx, WasiHttpCtxView, WasiHttpHooks, WasiHttpView};

/// Per-request host state.
pub struct State {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    hooks: NoOutgoingRequests,
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl WasiHttpView for State {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView { ctx: &mut self.http, table: &mut self.table, hooks: &mut self.hooks }
    }
}

/// The served components make no outgoing requests: `wasi:http/outgoing-handler`
/// answers every one with `HTTP-request-denied` (and the host needs no TLS stack).
struct NoOutgoingRequests;

type ResponseFuture = Box<
    dyn Future<
            Output = wasmtime_wasi_http::Result<(
                http::Response<WasiBody>,
                Box<dyn Future<Output = wasmtime_wasi_http::Result<()>> + Send>,
            )>,
        > + Send,
>;

impl WasiHttpHooks for NoOutgoingRequests {
    fn send_request(
        &mut self,
        _request: http::Request<WasiBody>,
        _options: Option<RequestOptions>,
        _sent: Box<dyn Future<Output = wasmtime_wasi_http::Result<()>> + Send>,
    ) -> ResponseFuture {
        Box::new(async { Err(wasmtime_wasi_http::Error::HttpRequestDenied) })
    }
}

/// Compiles the component at `wasm` and links it against WASI and WASI HTTP.
pub fn load(wasm: &Path) -> Result<ProxyPre<State>> {
    let engine = Engine::default();
    let component = Component::from_file(&engine, wasm).with_context(|| format!("loading {}", wasm.display()))?;
    let mut linker = Linker::new(&engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
    ProxyPre::new(linker.instantiate_pre(&component)?)
}

/// Accepts connections on `listener` until `shutdown` resolves, serving each
/// request with a new instance of the component.
pub async fn serve(listener: TcpListener, pre: ProxyPre<State>, shutdown: impl Future<Output = ()>) -> Result<()> {
    let pre = Arc::new(pre);
    tokio::pin!(shutdown);
    loop {
        let (client, _) = tokio::select! {
            accepted = listener.accept() => accepted?,
            () = &mut shutdown => return Ok(()),
        };
        let pre = pre.clone();
        tokio::task::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let pre = pre.clone();
                async move { handle(&pre, req).await }
            });
            if let Err(e) = http1::Builder::new().serve_connection(TokioIo::new(client), service).await {
                eprintln!("http-host: connection error: {e}");
            }
        });
    }
}

/// Runs one request through the component's `handle` export.
async fn handle(
    pre: &ProxyPre<State>,
    req: hyper::Request<hyper::body::Incoming>,
) -> Result<hyper::Response<HyperOutgoingBody>> {
    let state = State {
        wasi: WasiCtx::builder().inherit_stderr().build(),
        http: WasiHttpCtx::new(),
        table: ResourceTable::new(),
        hooks: NoOutgoingRequests,
    };
    let mut store = Store::new(pre.engine(), state);
    let (sender, receiver) = oneshot::channel();
    let req = store.data_mut().http().new_incoming_request(Scheme::Http, req)?;
    let out = store.data_mut().http().new_response_outparam(sender)?;
    let pre = pre.clone();
    // The guest may keep running after it has sent the response head (to
    // stream the body), so it runs in its own task.
    let task = tokio::task::spawn(async move {
        let proxy = pre.instantiate_async(&mut store).await?;
        proxy.wasi_http_incoming_handler().call_handle(&mut store, req, out).await
    });
    match receiver.await {
        Ok(response) => Ok(response?),
        // The guest dropped the outparam without setting it; its error says why.
        Err(_) => match task.await {
            Ok(Ok(())) => wasmtime::bail!("the component did not set a response"),
            Ok(Err(e)) => Err(e.context("the component did not set a response")),
            Err(e) => Err(e.into()),
        },
    }
}

/// A server running on its own thread, stopped when dropped.
pub struct Running {
    /// The address it listens on.
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<Result<()>>>,
}

impl Running {
    /// Stops the server and waits for its thread.
    pub fn stop(mut self) -> Result<()> {
        self.stop_and_join()
    }

    fn stop_and_join(&mut self) -> Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.thread.take().map(|t| t.join()) {
            Some(Ok(result)) => result,
            Some(Err(_)) => wasmtime::bail!("the server thread panicked"),
            None => Ok(()),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.stop_and_join();
    }
}

/// Serves the component at `wasm` on `addr` (port 0 picks a free port) from a
/// new thread with its own tokio runtime.
pub fn spawn(wasm: &Path, addr: SocketAddr) -> Result<Running> {
    let pre = load(wasm)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let listener = runtime.block_on(TcpListener::bind(addr)).with_context(|| format!("binding {addr}"))?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        runtime.block_on(serve(listener, pre, async {
            let _ = stopped.await;
        }))
    });
    Ok(Running { addr, stop: Some(stop), thread: Some(thread) })
}
