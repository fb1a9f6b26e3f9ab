//! The HTTP example (`examples/http`): the `wasi:http/proxy` guest served by
//! the example host on a loopback port, driven by real HTTP/1.1 requests.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use wit_guest_tests::guest_wasm;

/// A parsed response.
#[derive(Debug)]
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Sends one request on a new connection (closed after it) and reads the response.
fn request(addr: SocketAddr, method: &str, path: &str, body: &str) -> Response {
    let timeout = Duration::from_secs(30);
    let mut stream = TcpStream::connect_timeout(&addr, timeout).expect("connect");
    stream.set_read_timeout(Some(timeout)).unwrap();
    stream.set_write_timeout(Some(timeout)).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read the response");
    parse(&String::from_utf8(raw).expect("UTF-8 response"))
}

fn parse(raw: &str) -> Response {
    let (head, body) = raw.split_once("\r\n\r\n").expect("a header section");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap();
    let status = status_line.split(' ').nth(1).and_then(|s| s.parse().ok()).expect(status_line);
    let headers: Vec<(String, String)> = lines
        .map(|l| l.split_once(':').expect("a header"))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let chunked = headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v == "chunked");
    let body = if chunked { dechunk(body) } else { body.to_string() };
    Response { status, headers, body }
}

fn dechunk(mut rest: &str) -> String {
    let mut body = String::new();
    loop {
        let (size, after) = rest.split_once("\r\n").expect("a chunk size");
        let size = usize::from_str_radix(size.trim(), 16).expect("a hex chunk size");
        if size == 0 {
            return body;
        }
        body.push_str(&after[..size]);
        rest = &after[size + 2..];
    }
}

#[test]
fn serves_json_over_loopback() {
    let server = http_host::spawn(&guest_wasm("http_guest"), "127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = server.addr;
    assert!(addr.ip().is_loopback() && addr.port() != 0);

    let r = request(addr, "GET", "/hello", "");
    assert_eq!((r.status, r.body.as_str()), (200, r#"{"message":"Hello, world!"}"#), "{r:?}");
    assert_eq!(r.header("content-type"), Some("application/json"));

    let r = request(addr, "GET", "/hello?name=Ada%20Lovelace&x=1", "");
    assert_eq!((r.status, r.body.as_str()), (200, r#"{"message":"Hello, Ada Lovelace!"}"#), "{r:?}");

    let r = request(addr, "GET", "/hello?name=%22q%22", "");
    assert_eq!((r.status, r.body.as_str()), (200, r#"{"message":"Hello, \"q\"!"}"#), "{r:?}");

    let r = request(addr, "GET", "/hello?name=", "");
    assert_eq!((r.status, r.body.as_str()), (400, r#"{"error":"`name` must not be empty"}"#), "{r:?}");

    let r = request(addr, "POST", "/echo", "{\"a\": [1, 2]}\n");
    let echoed = r#"{"method":"POST","path":"/echo","length":14,"body":"{\"a\": [1, 2]}\n"}"#;
    assert_eq!((r.status, r.body.as_str()), (200, echoed), "{r:?}");

    let big = "x".repeat(10_000);
    let r = request(addr, "POST", "/echo", &big);
    assert_eq!(r.status, 200);
    assert!(r.body.contains("\"length\":10000") && r.body.contains(&big), "{} bytes", r.body.len());

    let r = request(addr, "GET", "/nope", "");
    assert_eq!((r.status, r.body.as_str()), (404, r#"{"error":"no route for /nope"}"#), "{r:?}");
    assert_eq!(r.header("content-type"), Some("application/json"));

    let r = request(addr, "DELETE", "/hello", "");
    assert_eq!((r.status, r.body.as_str()), (405, r#"{"error":"DELETE is not allowed on /hello"}"#), "{r:?}");

    server.stop().unwrap();
    assert!(TcpStream::connect_timeout(&addr, Duration::from_secs(5)).is_err(), "still listening after stop");
}
