//! A WASI 0.3 command: reads stdin as a `stream<u8>`, upper-cases ASCII
//! letters, and writes the result to stdout through another `stream<u8>`.

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));

use wasi::cli::{stdin, stdout};
use wit_guest::StreamResult;

struct Upper;

impl exports::wasi::cli::run::Guest for Upper {
    async fn run() -> Result<(), ()> {
        let (mut input, input_done) = stdin::read_via_stream();
        let (mut output, to_stdout) = wit_stream::new();
        // The host copies what is written here to stdout as it arrives;
        // `output_done` resolves once the stream ends.
        let output_done = stdout::write_via_stream(to_stdout);
        loop {
            let (result, mut chunk) = input.read(Vec::with_capacity(16 * 1024)).await;
            chunk.make_ascii_uppercase();
            if !chunk.is_empty() && !output.write_all(chunk).await.is_empty() {
                return Err(()); // stdout went away
            }
            if let StreamResult::Dropped | StreamResult::Cancelled = result {
                break;
            }
        }
        drop(output);
        output_done.await.map_err(drop)?;
        input_done.await.map_err(drop)
    }
}

export!(Upper);
