//! Serves a `wasi:http` component over HTTP/1.1 with wasmtime and
//! `wasmtime-wasi-http`, whichever WASI it was written for: a
//! `wasi:http/proxy@0.2` component answers through
//! `wasi:http/incoming-handler`, a `wasi:http/service@0.3.0` one through the
//! async `wasi:http/handler` (see [`p3`]). Every request gets a fresh
//! instance from one pre-instantiation.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use hyper::server::conn::http1;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::error::Context;
use wasmtime::{Config, Engine, Result, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;
use wasmtime_wasi_http::p3::bindings::ServicePre;
use wasmtime_wasi_http::{RequestOptions, WasiBody, WasiHttpCtx, WasiHttpCtxView, WasiHttpHooks, WasiHttpView};

pub mod p3;

/// Per-request host state.
pub struct State {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    hooks: NoOutgoingRequests,
}

impl State {
    fn new() -> Self {
        State {
            wasi: WasiCtx::builder().inherit_stderr().build(),
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            hooks: NoOutgoingRequests,
        }
    }
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

/// A component ready to serve, by the WASI HTTP version it exports.
pub enum Handler {
    /// `wasi:http/incoming-handler@0.2.x`.
    P2(ProxyPre<State>),
    /// `wasi:http/handler@0.3.0`.
    P3(ServicePre<State>),
}

/// Compiles the component at `wasm` and links it against WASI and WASI HTTP,
/// 0.2 and 0.3 (Rust's std for `wasm32-wasip2` imports WASI 0.2 either way).
pub fn load(wasm: &Path) -> Result<Handler> {
    let mut config = Config::new();
    config.wasm_component_model_async(true);
    let engine = Engine::new(&config)?;
    let component = Component::from_file(&engine, wasm).with_context(|| format!("loading {}", wasm.display()))?;
    let mut linker = Linker::new(&engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
    wasmtime_wasi::p3::add_to_linker(&mut linker)?;
    wasmtime_wasi_http::p3::add_to_linker(&mut linker)?;
    let p3 = component.component_type().exports(&engine).any(|(name, _)| name.starts_with("wasi:http/handler@0.3"));
    let pre = linker.instantiate_pre(&component)?;
    Ok(if p3 { Handler::P3(ServicePre::new(pre)?) } else { Handler::P2(ProxyPre::new(pre)?) })
}

/// Accepts connections on `listener` until `shutdown` resolves, serving each
/// request with a new instance of the component.
pub async fn serve(listener: TcpListener, handler: Handler, shutdown: impl Future<Output = ()>) -> Result<()> {
    let handler = Arc::new(handler);
    tokio::pin!(shutdown);
    loop {
        let (client, _) = tokio::select! {
            accepted = listener.accept() => accepted?,
            () = &mut shutdown => return Ok(()),
        };
        let handler = handler.clone();
        tokio::task::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let handler = handler.clone();
                async move {
                    match &*handler {
                        Handler::P2(pre) => handle(pre, req).await,
                        Handler::P3(pre) => p3::handle(pre, req).await,
                    }
                }
            });
            if let Err(e) = http1::Builder::new().serve_connection(TokioIo::new(client), service).await {
                eprintln!("http-host: connection error: {e}");
            }
        });
    }
}

/// Runs one request through the component's `incoming-handler.handle`.
async fn handle(
    pre: &ProxyPre<State>,
    req: hyper::Request<hyper::body::Incoming>,
) -> Result<hyper::Response<HyperOutgoingBody>> {
    let mut store = Store::new(pre.engine(), State::new());
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
    let handler = load(wasm)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let listener = runtime.block_on(TcpListener::bind(addr)).with_context(|| format!("binding {addr}"))?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        runtime.block_on(serve(listener, handler, async {
            let _ = stopped.await;
        }))
    });
    Ok(Running { addr, stop: Some(stop), thread: Some(thread) })
}
