//! `wasi-p3-host path/to/wasi_p3_upper.wasm < input` runs the WASI 0.3
//! command on this process's stdin and prints what it wrote to stdout.

use std::io::{Read, Write};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let Some(component) = std::env::args().nth(1) else {
        eprintln!("usage: wasi-p3-host COMPONENT.wasm < INPUT");
        return ExitCode::FAILURE;
    };
    let mut input = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut input) {
        eprintln!("error: reading stdin: {e}");
        return ExitCode::FAILURE;
    }
    match wasi_p3_host::run(component.as_ref(), input).await {
        Ok(out) => {
            let _ = std::io::stdout().write_all(&out);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:?}");
            ExitCode::FAILURE
        }
    }
}
