//! A `wasi:http@0.3.0` service: `handle` is an `async fn` that answers with
//! a response whose body is a `stream<u8>` written by a spawned task, so the
//! head goes out before the body is made and large bodies stream through.
//!
//! - `GET /hello[?name=N]`: `{"message":"Hello, N!"}` (`world` by default);
//! - `POST /upper`: the request body streamed back upper-cased, chunk by
//!   chunk as it arrives, with a trailer `x-upper-bytes` counting the bytes;
//! - another method on those paths: 405; any other path: 404.

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));

use exports::wasi::http::handler::Guest;
use wasi::http::types::{ErrorCode, Fields, Method, Request, Response};
use wit_guest::{StreamResult, spawn_local};

struct Service;

impl Guest for Service {
    async fn handle(request: Request) -> Result<Response, ErrorCode> {
        let target = request.get_path_with_query().unwrap_or_default();
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        match (path, request.get_method()) {
            ("/hello", Method::Get) => {
                let name = query.split('&').find_map(|kv| kv.strip_prefix("name=")).unwrap_or("world");
                let body = format!(r#"{{"message":"Hello, {}!"}}"#, decode(name));
                fixed(200, "application/json", body.into_bytes())
            }
            ("/upper", Method::Post) => upper(request),
            ("/hello" | "/upper", _) => fixed(405, "text/plain", b"method not allowed\n".to_vec()),
            _ => fixed(404, "text/plain", format!("no route for {path}\n").into_bytes()),
        }
    }
}

/// A response with a body known in advance (and its `content-length`).
fn fixed(status: u16, content_type: &str, body: Vec<u8>) -> Result<Response, ErrorCode> {
    let headers = fields(&[("content-type", content_type), ("content-length", &body.len().to_string())])?;
    let (mut contents, reader) = wit_stream::new();
    let (trailers, no_trailers) = wit_future::new(|| Ok(None));
    let (response, _sent) = Response::new(headers, Some(reader), no_trailers);
    response.set_status_code(status).map_err(|()| internal("bad status"))?;
    spawn_local(async move {
        // What the client does not take is dropped with the stream.
        let _ = contents.write_all(body).await;
        drop(contents);
        drop(trailers); // writes the default: no trailers
    });
    Ok(response)
}

/// Streams the request body back upper-cased, then sends the byte count and
/// the request's trailer names as trailers once the request's own trailers
/// have arrived.
fn upper(request: Request) -> Result<Response, ErrorCode> {
    let (done, request_done) = wit_future::new(|| Ok(()));
    let (mut body, request_trailers) = Request::consume_body(request, request_done);
    let (mut contents, reader) = wit_stream::new();
    let (trailers, response_trailers) = wit_future::new(|| Ok(None));
    let headers = fields(&[("content-type", "text/plain"), ("trailer", "x-upper-bytes, x-request-trailers")])?;
    let (response, _sent) = Response::new(headers, Some(reader), response_trailers);
    spawn_local(async move {
        let mut total = 0usize;
        loop {
            let (result, mut chunk) = body.read(Vec::with_capacity(16 * 1024)).await;
            total += chunk.len();
            chunk.make_ascii_uppercase();
            if !chunk.is_empty() && !contents.write_all(chunk).await.is_empty() {
                return; // the client went away
            }
            if let StreamResult::Dropped | StreamResult::Cancelled = result {
                break;
            }
        }
        drop(contents);
        let ended = request_trailers.await;
        let names = match &ended {
            Ok(Some(t)) => t.copy_all().into_iter().map(|(name, _)| name).collect::<Vec<_>>().join(","),
            Ok(None) | Err(_) => "none".to_string(),
        };
        // Tells the host the request was taken whole (or why not).
        let _ = done.write(ended.map(drop)).await;
        let _ = trailers
            .write(fields(&[("x-upper-bytes", &total.to_string()), ("x-request-trailers", &names)]).map(Some))
            .await;
    });
    Ok(response)
}

fn fields(entries: &[(&str, &str)]) -> Result<Fields, ErrorCode> {
    let entries: Vec<_> = entries.iter().map(|(k, v)| (k.to_string(), v.as_bytes().to_vec())).collect();
    Fields::from_list(&entries).map_err(|e| internal(&format!("{e:?}")))
}

fn internal(why: &str) -> ErrorCode {
    ErrorCode::InternalError(Some(why.to_string()))
}

/// Percent-decodes a query value (`+` is a space), keeping JSON's quotes
/// and backslashes out.
fn decode(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.bytes();
    while let Some(b) = bytes.next() {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hex: String = bytes.by_ref().take(2).map(char::from).collect();
                out.push(u8::from_str_radix(&hex, 16).unwrap_or(b'?'));
            }
            _ => out.push(b),
        }
    }
    String::from_utf8_lossy(&out).replace(['"', '\\'], "")
}

export!(Service);
