//! `http-host [ADDR] [path/to/component.wasm]`: serves a `wasi:http/proxy@0.2`
//! or `wasi:http/service@0.3.0` component (default: this example's 0.2
//! guest) on ADDR (default `127.0.0.1:8080`) until interrupted.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:8080".to_string());
    let wasm = args.next().map(PathBuf::from).unwrap_or_else(default_guest);
    let run = || -> wasmtime::Result<()> {
        let addr: SocketAddr = addr.parse()?;
        let server = http_host::spawn(&wasm, addr)?;
        println!("serving {} on http://{}", wasm.display(), server.addr);
        // Until the process is interrupted.
        loop {
            std::thread::park();
        }
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:?}");
            ExitCode::FAILURE
        }
    }
}

fn default_guest() -> PathBuf {
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../target"),
    };
    target.join("wasm32-wasip2/debug/http_guest.wasm")
}
