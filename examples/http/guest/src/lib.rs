//! A `wasi:http/proxy` component: a small JSON greeting and echo service.
//!
//! | request | response |
//! |---|---|
//! | `GET /hello` | 200 `{"message":"Hello, world!"}` |
//! | `GET /hello?name=Ada` | 200 `{"message":"Hello, Ada!"}` |
//! | `GET /hello?name=` | 400 `{"error":"..."}` |
//! | `POST /echo` with a body | 200 `{"method":"POST","path":"/echo","length":N,"body":"..."}` |
//! | another method on those paths | 405 `{"error":"..."}` |
//! | any other path | 404 `{"error":"..."}` |
//!
//! The WIT comes from the `wasmtime-wasi-http` crate; see `build.rs`.

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));

use exports::wasi::http::incoming_handler::Guest;
use wasi::http::types::{Fields, IncomingRequest, Method, OutgoingBody, OutgoingResponse, ResponseOutparam};
use wasi::io::streams::StreamError;

struct Service;

impl Guest for Service {
    fn handle(request: IncomingRequest, response_out: ResponseOutparam) {
        let path_with_query = request.path_with_query().unwrap_or_else(|| "/".to_string());
        let (path, query) = path_with_query.split_once('?').unwrap_or((&path_with_query, ""));
        let method = request.method();
        let (status, json) = match (path, &method) {
            ("/hello", Method::Get) => hello(query),
            ("/echo", Method::Post) => match read_body(request) {
                Ok(body) => echo(path, &body),
                Err(e) => (400, error(&format!("cannot read the body: {e}"))),
            },
            ("/hello" | "/echo", _) => (405, error(&format!("{} is not allowed on {path}", method_name(&method)))),
            _ => (404, error(&format!("no route for {path}"))),
        };
        respond(response_out, status, json.as_bytes());
    }
}

export!(Service);

/// `GET /hello[?name=NAME]`.
fn hello(query: &str) -> (u16, String) {
    let name = query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "name")
        .map(|(_, v)| percent_decode(v));
    match name.as_deref() {
        None => (200, format!("{{\"message\":{}}}", json_string("Hello, world!"))),
        Some("") => (400, error("`name` must not be empty")),
        Some(name) => (200, format!("{{\"message\":{}}}", json_string(&format!("Hello, {name}!")))),
    }
}

/// `POST /echo`: the body back, as a JSON string.
fn echo(path: &str, body: &[u8]) -> (u16, String) {
    let text = String::from_utf8_lossy(body);
    let json = format!(
        "{{\"method\":\"POST\",\"path\":{},\"length\":{},\"body\":{}}}",
        json_string(path),
        body.len(),
        json_string(&text)
    );
    (200, json)
}

fn error(message: &str) -> String {
    format!("{{\"error\":{}}}", json_string(message))
}

/// Reads the whole request body (the service is small; so are its bodies).
fn read_body(request: IncomingRequest) -> Result<Vec<u8>, String> {
    const LIMIT: usize = 1 << 20;
    let body = request.consume().map_err(|()| "body already taken".to_string())?;
    let stream = body.stream().map_err(|()| "body stream already taken".to_string())?;
    let mut bytes = Vec::new();
    loop {
        match stream.blocking_read(64 * 1024) {
            Ok(chunk) => bytes.extend_from_slice(&chunk),
            Err(StreamError::Closed) => break,
            Err(StreamError::LastOperationFailed(e)) => return Err(e.to_debug_string()),
        }
        if bytes.len() > LIMIT {
            return Err(format!("body larger than {LIMIT} bytes"));
        }
    }
    Ok(bytes)
}

/// Sends `status` with a JSON body.
fn respond(out: ResponseOutparam, status: u16, body: &[u8]) {
    let headers = Fields::from_list(&[
        ("content-type".to_string(), b"application/json".to_vec()),
        ("content-length".to_string(), body.len().to_string().into_bytes()),
    ])
    .expect("valid headers");
    let response = OutgoingResponse::new(headers);
    response.set_status_code(status).expect("valid status");
    let outgoing = response.body().expect("body taken once");
    ResponseOutparam::set(out, Ok(response));
    {
        let stream = outgoing.write().expect("stream taken once");
        // `blocking-write-and-flush` takes at most 4096 bytes a call.
        for chunk in body.chunks(4096) {
            stream.blocking_write_and_flush(chunk).expect("writing the body");
        }
        // The stream is a child of the body: dropped before `finish`.
    }
    OutgoingBody::finish(outgoing, None).expect("finishing the body");
}

fn method_name(method: &Method) -> String {
    match method {
        Method::Get => "GET".into(),
        Method::Head => "HEAD".into(),
        Method::Post => "POST".into(),
        Method::Put => "PUT".into(),
        Method::Delete => "DELETE".into(),
        Method::Connect => "CONNECT".into(),
        Method::Options => "OPTIONS".into(),
        Method::Trace => "TRACE".into(),
        Method::Patch => "PATCH".into(),
        Method::Other(m) => m.clone(),
    }
}

/// A JSON string literal for `s`.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Decodes `%XX` escapes and `+` in a query value (invalid UTF-8 is replaced).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
                continue;
            }
            (b'+', _) => out.push(b' '),
            (b, _) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
