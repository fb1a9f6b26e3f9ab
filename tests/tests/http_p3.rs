//! The `wasi:http@0.3` example (`examples/http/p3-guest`): an async handler
//! served by the example host on a loopback port, driven by hyper's HTTP/1.1
//! client; the bodies stream both ways while the guest runs.

use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::channel::{Channel, Sender};
use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Incoming};
use hyper::client::conn::http1;
use tokio::net::TcpStream;
use wasmtime_wasi_http::io::TokioIo;
use wit_guest_tests::guest_wasm;

/// Every step of a test must finish within this.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Opens a connection and sends `req` on it.
async fn send<B>(addr: SocketAddr, req: Request<B>) -> http::Response<Incoming>
where
    B: Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let tcp = TcpStream::connect(addr).await.expect("connect");
    let (mut sender, conn) = http1::handshake(TokioIo::new(tcp)).await.expect("HTTP/1.1 handshake");
    tokio::spawn(conn);
    sender.send_request(req).await.expect("a response head")
}

fn get(addr: SocketAddr, path: &str) -> Request<Full<Bytes>> {
    request(addr, Method::GET, path, Bytes::new())
}

fn request(addr: SocketAddr, method: Method, path: &str, body: Bytes) -> Request<Full<Bytes>> {
    Request::builder().method(method).uri(format!("http://{addr}{path}")).body(Full::new(body)).unwrap()
}

/// The whole body as text.
async fn text(res: http::Response<Incoming>) -> String {
    let body = tokio::time::timeout(TIMEOUT, res.into_body().collect()).await.expect("the body in time");
    String::from_utf8(body.expect("a body").to_bytes().to_vec()).expect("UTF-8")
}

fn header<'a>(res: &'a http::Response<Incoming>, name: &str) -> Option<&'a str> {
    res.headers().get(name).map(|v| v.to_str().unwrap())
}

/// Serves the guest from its own thread and runtime, runs `client` on
/// another runtime, then stops the server and checks it is gone.
fn with_server<F: Future<Output = ()>>(client: impl FnOnce(SocketAddr) -> F) {
    let server = http_host::spawn(&guest_wasm("http_p3_guest"), "127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = server.addr;
    assert!(addr.ip().is_loopback() && addr.port() != 0);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(client(addr));
    server.stop().unwrap();
    assert!(std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(5)).is_err(), "still listening after stop");
}

#[test]
fn p3_service_answers_over_loopback() {
    with_server(answers);
}

async fn answers(addr: SocketAddr) {
    let res = send(addr, get(addr, "/hello")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "content-type"), Some("application/json"));
    assert_eq!(header(&res, "content-length"), Some("27"));
    assert_eq!(text(res).await, r#"{"message":"Hello, world!"}"#);

    let res = send(addr, get(addr, "/hello?x=1&name=Ada%20Lovelace")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(text(res).await, r#"{"message":"Hello, Ada Lovelace!"}"#);

    let res = send(addr, request(addr, Method::DELETE, "/hello", Bytes::new())).await;
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(text(res).await, "method not allowed\n");

    let res = send(addr, get(addr, "/nope")).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(header(&res, "content-type"), Some("text/plain"));
    assert_eq!(text(res).await, "no route for /nope\n");

    // A fixed body in one request, then a megabyte: upper-cased, counted in
    // the trailer (sent because the client says it takes trailers).
    for size in [11, 1 << 20] {
        let body: Vec<u8> = (0..size).map(|i| b"abcXYZ-09 \n"[i % 11]).collect();
        let mut req = request(addr, Method::POST, "/upper", Bytes::from(body.clone()));
        req.headers_mut().insert("te", "trailers".parse().unwrap());
        let res = send(addr, req).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(header(&res, "content-type"), Some("text/plain"));
        assert_eq!(header(&res, "trailer"), Some("x-upper-bytes, x-request-trailers"));
        let collected = res.into_body().collect().await.expect("the body");
        let trailers = collected.trailers().cloned();
        assert_eq!(collected.to_bytes(), body.to_ascii_uppercase());
        assert_eq!(trailer(trailers.as_ref(), "x-upper-bytes"), Some(size.to_string()), "size {size}");
        assert_eq!(trailer(trailers.as_ref(), "x-request-trailers").as_deref(), Some("none"));
    }
}

fn trailer(trailers: Option<&HeaderMap>, name: &str) -> Option<String> {
    trailers?.get(name).map(|v| v.to_str().unwrap().to_string())
}

/// The response head and the first upper-cased chunk arrive while the
/// request body is still open: nothing waits for the whole body.
#[test]
fn p3_bodies_stream_both_ways() {
    with_server(streams_both_ways);
}

async fn streams_both_ways(addr: SocketAddr) {
    let (mut upload, body) = Channel::<Bytes>::new(1);
    let req = Request::builder()
        .method(Method::POST)
        .uri(format!("http://{addr}/upper"))
        .header("te", "trailers")
        .header("trailer", "x-from-client")
        .body(body)
        .unwrap();
    let client = tokio::spawn(async move { send(addr, req).await });
    upload.send_data(Bytes::from_static(b"first chunk; ")).await.unwrap();
    let res = tokio::time::timeout(TIMEOUT, client).await.expect("the head before the body ends").unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let mut body = res.into_body();
    assert_eq!(read_until(&mut body, b"FIRST CHUNK; ").await, b"FIRST CHUNK; ");

    // Ten more rounds, each answered before the next is sent.
    let mut sent = 13;
    for round in 0..10 {
        let chunk = format!("round {round} of ten; ");
        sent += chunk.len();
        upload.send_data(Bytes::from(chunk.clone())).await.unwrap();
        let want = chunk.to_ascii_uppercase();
        assert_eq!(read_until(&mut body, want.as_bytes()).await, want.as_bytes());
    }
    let mut trailers = HeaderMap::new();
    trailers.insert("x-from-client", "yes".parse().unwrap());
    upload.send_trailers(trailers).await.unwrap();
    drop(upload);

    let rest = tokio::time::timeout(TIMEOUT, body.collect()).await.expect("the end in time").unwrap();
    let trailers = rest.trailers().cloned();
    assert!(rest.to_bytes().is_empty());
    assert_eq!(trailer(trailers.as_ref(), "x-upper-bytes"), Some(sent.to_string()));
    // The request's trailers reached the guest (a `fields` resource inside
    // the `future<result<option<trailers>, error-code>>` the host wrote).
    assert_eq!(trailer(trailers.as_ref(), "x-request-trailers").as_deref(), Some("x-from-client"));
}

/// Reads data frames until `want.len()` bytes have come.
async fn read_until(body: &mut Incoming, want: &[u8]) -> Vec<u8> {
    let mut got = Vec::new();
    while got.len() < want.len() {
        let frame = tokio::time::timeout(TIMEOUT, body.frame()).await.expect("a frame in time");
        let frame = frame.expect("the body goes on").expect("a frame");
        got.extend_from_slice(frame.data_ref().expect("data before trailers"));
    }
    got
}

/// A client that hangs up mid-body costs the server nothing: the next
/// request is served.
#[test]
fn p3_client_hanging_up_mid_stream() {
    with_server(hangs_up);
}

async fn hangs_up(addr: SocketAddr) {
    let (mut upload, body): (Sender<Bytes, std::io::Error>, _) = Channel::new(1);
    let req = Request::builder().method(Method::POST).uri(format!("http://{addr}/upper")).body(body).unwrap();
    let client = tokio::spawn(async move { send(addr, req).await });
    upload.send_data(Bytes::from_static(b"partial")).await.unwrap();
    let res = tokio::time::timeout(TIMEOUT, client).await.unwrap().unwrap();
    let mut body = res.into_body();
    assert_eq!(read_until(&mut body, b"PARTIAL").await, b"PARTIAL");
    drop(body);
    upload.abort(std::io::Error::other("the client hangs up"));
    let res = send(addr, get(addr, "/hello?name=again")).await;
    assert_eq!(text(res).await, r#"{"message":"Hello, again!"}"#);
}
